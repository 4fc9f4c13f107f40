/**
 * The connect page a connection's `url` opens, and the OAuth callbacks. API_KEY and BASIC
 * methods get a form for their fields (and for variables the user supplies); OAuth 2.0,
 * OAuth 1.0a and MCP servers get a redirect to the provider and a callback that stores the
 * tokens. The session token in the URL is the only authority these pages accept.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MethodRoute } from '@switchboard/contract';
import { oauthEnvPrefix } from '../config.js';
import { credentialInput, oauthClient, type Connections, type StoredCredentials } from '../connections/service.js';
import { GatewayError } from '../errors.js';
import { readText } from '../http.js';
import type { Logger } from '../log.js';
import type { Outbound } from '../net/outbound.js';
import { oauth1Header } from '../oauth/oauth1.js';
import { authorizationUrl, exchangeCode, fillAngle, OAuthError, pkcePair } from '../oauth/oauth2.js';
import { discoverMcpAuth, mcpTokenRoute, registerMcpClient } from '../oauth/mcp-auth.js';
import type { Routes, RuntimeApp } from '../routes.js';
import type { Sealer } from '../secrets/sealer.js';
import type { PublicUrl } from '../config.js';
import type { ConnectionRecord, Store } from '../store/store.js';
import { esc, page } from './html.js';

const HANDOFF_TTL_MS = 15 * 60_000;

interface Handoff {
  method: string;
  verifier?: string;
  tokenSecret?: string; // OAuth 1.0a request-token secret
  given: Record<string, string>;
  mcpClient?: { clientId: string; clientSecret?: string; tokenUrl: string };
}

export class ConnectPages {
  constructor(
    private readonly deps: {
      store: Store;
      routes: Routes;
      connections: Connections;
      sealer: Sealer;
      outbound: Outbound;
      publicUrl: PublicUrl;
      env: Record<string, string | undefined>;
      log: Logger;
    },
  ) {}

  private get redirectUri(): string {
    return `${this.deps.publicUrl.value}/oauth/callback`;
  }

  /** GET /connect?session_token=…, POST /connect (form), GET /connect/start?session_token=…&method=… */
  async page(req: IncomingMessage, res: ServerResponse, rest: string, query: URLSearchParams): Promise<void> {
    if (rest === '/start') return this.start(res, query);
    if (req.method === 'POST' && (rest === '' || rest === '/')) return this.submit(req, res);
    if (rest !== '' && rest !== '/') throw new GatewayError('GW_ERR_NOT_FOUND', { what: `"/connect${rest}"` });
    const found = await this.bySession(query.get('session_token'));
    if (!found) return html(res, 404, page('Link expired', '<h1>This link is not valid</h1><p>Create a new connection and open its url.</p>'));
    const { rec, app } = found;
    html(res, 200, this.render(rec, app, query.get('session_token')!));
  }

  private render(rec: ConnectionRecord, app: RuntimeApp, token: string, error?: string): string {
    const methods = [app.methodByType.get(rec.method) ?? app.defaultMethod, ...app.methods.filter((m) => m.type !== rec.method)];
    const status = rec.status === 'ACTIVE' ? '<p class="ok">This connection is active. Submitting again replaces its credential.</p>' : '';
    const sections = methods.map((m) => this.section(m, app, rec, token)).join('\n');
    return page(
      `Connect ${app.name}`,
      `<h1>Connect ${esc(app.name)}</h1>${status}${error ? `<p class="error" role="alert">${esc(error)}</p>` : ''}\n${sections}`,
    );
  }

  private section(m: MethodRoute, app: RuntimeApp, rec: ConnectionRecord, token: string): string {
    const formVars = Object.entries(app.variables).filter(([, v]) => v.from.some((s) => 'form' in s));
    const varInputs = formVars
      .map(([name, v]) => {
        const f = v.from.find((s) => 'form' in s) as { form: { label: string; placeholder?: string; help?: string } };
        // Required only when nothing else (the OAuth callback, the token answer, a default…) can supply it.
        const required = v.from.every((s) => 'form' in s);
        return input(`var.${name}`, f.form.label, 'text', rec.metadata[name] ?? '', f.form.placeholder ?? v.example, f.form.help, required);
      })
      .join('');
    const usesFields = m.type === 'API_KEY' || m.type === 'BASIC' || (m.type === 'MCP' && m.fields.length > 0);
    if (usesFields) {
      const fields = m.fields.map((f) => input(`cred.${f.name}`, f.label, f.secret === false ? 'text' : 'password', '', undefined, f.help, !f.optional)).join('');
      return `<form method="post" action="/connect"><fieldset><legend>${esc(m.label)}</legend>
<input type="hidden" name="session_token" value="${esc(token)}"><input type="hidden" name="method" value="${esc(m.type)}">
${fields}${varInputs}<button type="submit">Connect</button></fieldset></form>`;
    }
    // Redirect methods: variables needed before the redirect go in the same form.
    return `<form method="get" action="/connect/start"><fieldset><legend>${esc(m.label)}</legend>
<input type="hidden" name="session_token" value="${esc(token)}"><input type="hidden" name="method" value="${esc(m.type)}">
${varInputs}<button type="submit">Continue to ${esc(app.name)}</button></fieldset></form>`;
  }

  /** POST /connect: credentials typed on the page. */
  private async submit(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams(await readText(req, 64 << 10));
    const token = form.get('session_token');
    const found = await this.bySession(token);
    if (!found) return html(res, 404, page('Link expired', '<h1>This link is not valid</h1>'));
    const { rec, app } = found;
    const method = app.methodByType.get(form.get('method') ?? '');
    if (!method) return html(res, 400, this.render(rec, app, token!, 'Choose one of the connection methods below.'));
    const creds: Record<string, string> = {};
    const given: Record<string, string> = { ...rec.metadata };
    for (const [k, v] of form) {
      if (k.startsWith('cred.') && v !== '') creds[k.slice(5)] = v;
      if (k.startsWith('var.') && v !== '') given[k.slice(4)] = v.trim();
    }
    try {
      const { stored } = credentialInput(creds, method);
      await this.deps.connections.complete(rec, method, stored, { given, accessToken: stored.access_token as string | undefined });
    } catch (err) {
      if (err instanceof GatewayError && err.status === 400) {
        const message = err.message.replace(/^credentials\./, '').replace(/^metadata\./, '');
        return html(res, 400, this.render(rec, app, token!, message));
      }
      throw err;
    }
    html(res, 200, done(app));
  }

  /** GET /connect/start: the redirect to the provider's authorization page. */
  private async start(res: ServerResponse, query: URLSearchParams): Promise<void> {
    const token = query.get('session_token');
    const found = await this.bySession(token);
    if (!found) return html(res, 404, page('Link expired', '<h1>This link is not valid</h1>'));
    const { rec, app } = found;
    const method = app.methodByType.get(query.get('method') ?? rec.method);
    if (!method) return html(res, 400, this.render(rec, app, token!, 'Unknown connection method.'));
    const given: Record<string, string> = { ...rec.metadata };
    for (const [k, v] of query) if (k.startsWith('var.') && v !== '') given[k.slice(4)] = v.trim();
    for (const [name, v] of Object.entries(app.variables)) {
      if (given[name] !== undefined && !new RegExp(v.pattern).test(given[name]!)) {
        return html(res, 400, this.render(rec, app, token!, `${name} is not valid.`));
      }
    }
    const state = randomBytes(24).toString('base64url');
    const handoff: Handoff = { method: method.type, given };
    let location: string;
    try {
      if (method.oauth2) {
        const client = this.client(app);
        const pkce = method.oauth2.pkce ? pkcePair() : undefined;
        handoff.verifier = pkce?.verifier;
        location = authorizationUrl(method.oauth2, client, { redirectUri: this.redirectUri, state, codeChallenge: pkce?.challenge, vars: given });
      } else if (method.oauth1) {
        const client = this.client(app);
        const callback = `${this.redirectUri}?state=${state}`;
        const url = fillAngle(method.oauth1.requestTokenUrl, given);
        const r = await this.deps.outbound.request(url, {
          method: 'POST',
          headers: { authorization: oauth1Header('POST', url, { consumerKey: client.clientId, consumerSecret: client.clientSecret ?? '', token: '', tokenSecret: '' }, { oauth_callback: callback }) },
        });
        const answer = new URLSearchParams(r.text);
        if (r.status >= 400 || !answer.get('oauth_token')) throw new OAuthError('request_token', `request token refused (HTTP ${r.status})`, r.status);
        handoff.tokenSecret = answer.get('oauth_token_secret') ?? '';
        const auth = new URL(fillAngle(method.oauth1.authorizationUrl, given));
        auth.searchParams.set('oauth_token', answer.get('oauth_token')!);
        for (const [k, v] of Object.entries(method.oauth1.authorizationParams)) auth.searchParams.set(k, v);
        if (method.oauth1.scopes.length) auth.searchParams.set('scope', method.oauth1.scopes.join(','));
        location = auth.toString();
      } else if (method.type === 'MCP' && app.mcp) {
        const meta = await discoverMcpAuth(this.deps.outbound, app.mcp.url, method.mcp!);
        const client = await registerMcpClient(this.deps.outbound, meta, this.redirectUri, this.client(app, true));
        const pkce = pkcePair();
        handoff.verifier = pkce.verifier;
        handoff.mcpClient = { clientId: client.clientId, clientSecret: client.clientSecret, tokenUrl: meta.tokenUrl };
        location = authorizationUrl(
          mcpTokenRoute(meta, method.mcp!.scopes),
          client,
          { redirectUri: this.redirectUri, state, codeChallenge: pkce.challenge, vars: given },
        );
      } else {
        return html(res, 400, this.render(rec, app, token!, 'This method is completed with the form.'));
      }
    } catch (err) {
      if (err instanceof GatewayError) return html(res, err.status, this.render(rec, app, token!, err.message));
      this.deps.log.warn({ app: app.app, err: (err as Error).message }, 'authorization start failed');
      return html(res, 502, this.render(rec, app, token!, `${app.name} could not be reached to start sign-in. Try again later.`));
    }
    await this.deps.store.putHandoff({
      state,
      connectionId: rec.id,
      payload: this.deps.sealer.sealJson(handoff, `handoff:${state}`),
      expiresAt: new Date(Date.now() + HANDOFF_TTL_MS).toISOString(),
    });
    // SWITCHBOARD_UPSTREAMS replaces a provider host everywhere, the browser's sign-in page included.
    res.writeHead(302, { location: this.deps.outbound.rewrite(location), 'cache-control': 'no-store' });
    res.end();
  }

  /** GET /oauth/callback?code=…&state=… (OAuth 2.0, MCP) or ?oauth_token=…&oauth_verifier=…&state=… (OAuth 1.0a). */
  async callback(_req: IncomingMessage, res: ServerResponse, rest: string, query: URLSearchParams): Promise<void> {
    if (rest !== '/callback') throw new GatewayError('GW_ERR_NOT_FOUND', { what: `"/oauth${rest}"` });
    const state = query.get('state') ?? '';
    const h = state ? await this.deps.store.takeHandoff(state) : undefined;
    if (!h || h.expiresAt < new Date().toISOString()) {
      return html(res, 400, page('Sign-in expired', '<h1>This sign-in has expired</h1><p>Open the connection link again to start over.</p>'));
    }
    const handoff = this.deps.sealer.openJson<Handoff>(h.payload, `handoff:${state}`);
    const rec = await this.deps.store.getConnection(h.connectionId);
    const app = rec && this.deps.routes.get(rec.app);
    const method = app?.methodByType.get(handoff.method);
    if (!rec || !app || !method) return html(res, 404, page('Not found', '<h1>The connection no longer exists</h1>'));
    const callbackQuery = Object.fromEntries(query);
    try {
      if (query.get('error')) throw new OAuthError(query.get('error')!, query.get('error_description') ?? 'authorization was not granted', 400);
      let credentials: StoredCredentials;
      let tokenResponse: Record<string, unknown> = {};
      if (method.oauth2 || handoff.mcpClient) {
        const code = query.get('code');
        if (!code) throw new OAuthError('invalid_request', 'the callback carries no code', 400);
        const oauth = method.oauth2 ?? mcpTokenRoute({ authorizationUrl: '', tokenUrl: handoff.mcpClient!.tokenUrl });
        const client = handoff.mcpClient ?? this.client(app);
        const tokens = await exchangeCode(this.deps.outbound, oauth, client, { code, redirectUri: this.redirectUri, verifier: handoff.verifier, vars: handoff.given });
        tokenResponse = tokens.raw;
        credentials = { access_token: tokens.access_token, refresh_token: tokens.refresh_token, expires_at: tokens.expires_at };
        if (handoff.mcpClient) {
          credentials.client_id = handoff.mcpClient.clientId;
          credentials.client_secret = handoff.mcpClient.clientSecret;
          credentials.token_url = handoff.mcpClient.tokenUrl;
        }
      } else if (method.oauth1) {
        const client = this.client(app);
        const url = fillAngle(method.oauth1.accessTokenUrl, handoff.given);
        const r = await this.deps.outbound.request(url, {
          method: 'POST',
          headers: {
            authorization: oauth1Header(
              'POST',
              url,
              { consumerKey: client.clientId, consumerSecret: client.clientSecret ?? '', token: query.get('oauth_token') ?? '', tokenSecret: handoff.tokenSecret ?? '' },
              { oauth_verifier: query.get('oauth_verifier') ?? '' },
            ),
          },
        });
        const answer = new URLSearchParams(r.text);
        if (r.status >= 400 || !answer.get('oauth_token')) throw new OAuthError('access_token', `access token refused (HTTP ${r.status})`, r.status);
        credentials = { oauth_token: answer.get('oauth_token')!, oauth_token_secret: answer.get('oauth_token_secret') ?? '' };
        tokenResponse = Object.fromEntries(answer);
      } else {
        throw new OAuthError('unsupported', 'this method does not use a callback', 400);
      }
      await this.deps.connections.complete(rec, method, credentials, {
        given: handoff.given,
        tokenResponse,
        callbackQuery,
        accessToken: credentials.access_token as string | undefined,
      });
    } catch (err) {
      const message = err instanceof OAuthError || err instanceof GatewayError ? err.message : 'the provider could not be reached';
      this.deps.log.warn({ app: app.app, connection: rec.id, err: message }, 'connect failed');
      if (rec.status !== 'ACTIVE') await this.deps.connections.fail(rec, message);
      return html(res, 400, page('Not connected', `<h1>${esc(app.name)} was not connected</h1><p class="error" role="alert">${esc(message)}</p>`));
    }
    html(res, 200, done(app));
  }

  private client(app: RuntimeApp, optional = false): { clientId: string; clientSecret?: string } {
    const c = oauthClient(app.app, this.deps.env);
    if (!c && !optional) throw new GatewayError('GW_ERR_OAUTH_NOT_CONFIGURED', { app: app.app, env: oauthEnvPrefix(app.app) });
    return c ?? { clientId: '' };
  }

  private async bySession(token: string | null): Promise<{ rec: ConnectionRecord; app: RuntimeApp } | undefined> {
    const m = token ? /^([A-Za-z0-9_-]{32})$/.exec(token) : null;
    if (!m) return undefined;
    const id = await this.sessionIndex(token!);
    if (!id) return undefined;
    const rec = await this.deps.store.getConnection(id);
    const app = rec && this.deps.routes.get(rec.app);
    return rec && app ? { rec, app } : undefined;
  }

  /** Session tokens are sealed per connection; the connect URL carries the connection id too. */
  private async sessionIndex(token: string): Promise<string | undefined> {
    return this.deps.connections.connectionForSession(token);
  }
}

function input(name: string, label: string, type: string, value: string, placeholder?: string, help?: string, required = true): string {
  return `<label for="${esc(name)}">${esc(label)}</label><input id="${esc(name)}" name="${esc(name)}" type="${esc(type)}" value="${esc(value)}"${
    placeholder ? ` placeholder="${esc(placeholder)}"` : ''
  }${required ? ' required' : ''} autocomplete="off">${help ? `<small>${esc(help)}</small>` : ''}`;
}

function done(app: RuntimeApp): string {
  return page(`${app.name} connected`, `<h1>${esc(app.name)} is connected</h1><p class="ok" role="status">You can close this window; the connection is now ACTIVE.</p>`);
}

function html(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' https:; base-uri 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  res.end(body);
}
