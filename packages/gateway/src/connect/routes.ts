/**
 * The connect page a connection's `url` opens, and the OAuth callbacks: HTTP handling only.
 * Methods whose credential is typed get a form (views.ts); the others get a redirect to the
 * provider and a callback that stores the tokens, both done by the method's module (auth/).
 * The session token in the URL is the only authority these pages accept, and only while its
 * session is open: it expires, and completing a flow uses it up (410 with a page saying which).
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AUTH, type FlowContext, type Handoff } from '../auth/index.js';
import type { PublicUrl } from '../config.js';
import { credentialInput } from '../connections/input.js';
import { SessionUsedError, type ConnectionLifecycle } from '../connections/lifecycle.js';
import type { ConnectSessions, SessionLookup } from '../connections/session.js';
import { GatewayError } from '../errors.js';
import { readText } from '../http.js';
import type { Logger } from '../log.js';
import type { Outbound } from '../net/outbound.js';
import { OAuthError } from '../oauth/oauth2.js';
import type { Routes, RuntimeApp } from '../routes.js';
import type { Sealer } from '../secrets/sealer.js';
import type { Store } from '../store/store.js';
import {
  connectionGonePage,
  connectedPage,
  connectPage,
  linkInvalidPage,
  linkExpiredPage,
  linkInvalidShortPage,
  linkUsedPage,
  notConnectedPage,
  signInExpiredPage,
} from './views.js';

const HANDOFF_TTL_MS = 15 * 60_000;

export interface ConnectDeps {
  store: Store;
  routes: Routes;
  lifecycle: ConnectionLifecycle;
  sessions: ConnectSessions;
  sealer: Sealer;
  outbound: Outbound;
  publicUrl: PublicUrl;
  env: Record<string, string | undefined>;
  log: Logger;
}

export class ConnectRoutes {
  private readonly flow: FlowContext;

  constructor(private readonly deps: ConnectDeps) {
    this.flow = { outbound: deps.outbound, env: deps.env, redirectUri: () => `${deps.publicUrl.value}/oauth/callback` };
  }

  /** GET /connect?session_token=…, POST /connect (form), GET /connect/start?session_token=…&method=… */
  async page(req: IncomingMessage, res: ServerResponse, rest: string, query: URLSearchParams): Promise<void> {
    if (rest === '/start') return this.start(res, query);
    if (req.method === 'POST' && (rest === '' || rest === '/')) return this.submit(req, res);
    if (rest !== '' && rest !== '/') throw new GatewayError('GW_ERR_NOT_FOUND', { what: `"/connect${rest}"` });
    const found = await this.bySession(query.get('session_token'));
    if (!found) return html(res, 404, linkInvalidPage());
    if (found.state !== 'open') return closed(res, found.state);
    const { rec, app } = found;
    html(res, 200, connectPage(rec, app, query.get('session_token')!, this.flow.env));
  }

  /** POST /connect: credentials typed on the page. */
  private async submit(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams(await readText(req, 64 << 10));
    const token = form.get('session_token');
    const found = await this.bySession(token);
    if (!found) return html(res, 404, linkInvalidShortPage());
    if (found.state !== 'open') return closed(res, found.state);
    const { rec, app, sessionHash } = found;
    const method = app.methodByType.get(form.get('method') ?? '');
    if (!method) return html(res, 400, connectPage(rec, app, token!, this.flow.env, 'Choose one of the connection methods below.'));
    const creds: Record<string, string> = {};
    const given: Record<string, string> = { ...rec.metadata };
    for (const [k, v] of form) {
      if (k.startsWith('cred.') && v !== '') creds[k.slice(5)] = v;
      if (k.startsWith('var.') && v !== '') given[k.slice(4)] = v.trim();
    }
    try {
      const { stored } = credentialInput(creds, method);
      await this.deps.lifecycle.complete(rec, method, stored, { given, accessToken: stored.access_token as string | undefined }, sessionHash);
    } catch (err) {
      if (err instanceof SessionUsedError) return closed(res, 'used');
      if (err instanceof GatewayError && err.status === 400) {
        const message = err.message.replace(/^credentials\./, '').replace(/^metadata\./, '');
        return html(res, 400, connectPage(rec, app, token!, this.flow.env, message));
      }
      throw err;
    }
    html(res, 200, connectedPage(app));
  }

  /** GET /connect/start: the redirect to the provider's authorization page. */
  private async start(res: ServerResponse, query: URLSearchParams): Promise<void> {
    const token = query.get('session_token');
    const found = await this.bySession(token);
    if (!found) return html(res, 404, linkInvalidShortPage());
    if (found.state !== 'open') return closed(res, found.state);
    const { rec, app, sessionHash } = found;
    const method = app.methodByType.get(query.get('method') ?? rec.method);
    if (!method) return html(res, 400, connectPage(rec, app, token!, this.flow.env, 'Unknown connection method.'));
    const given: Record<string, string> = { ...rec.metadata };
    for (const [k, v] of query) if (k.startsWith('var.') && v !== '') given[k.slice(4)] = v.trim();
    for (const [name, v] of Object.entries(app.variables)) {
      if (given[name] !== undefined && !new RegExp(v.pattern).test(given[name]!)) {
        return html(res, 400, connectPage(rec, app, token!, this.flow.env, `${name} is not valid.`));
      }
    }
    const start = AUTH[method.type].start;
    if (!start) return html(res, 400, connectPage(rec, app, token!, this.flow.env, 'This method is completed with the form.'));
    const state = randomBytes(24).toString('base64url');
    const handoff: Handoff = { method: method.type, given };
    let location: string;
    try {
      location = await start(this.flow, { app, method, state, handoff });
    } catch (err) {
      if (err instanceof GatewayError) return html(res, err.status, connectPage(rec, app, token!, this.flow.env, err.message));
      this.deps.log.warn({ app: app.app, err: (err as Error).message }, 'authorization start failed');
      return html(res, 502, connectPage(rec, app, token!, this.flow.env, `${app.name} could not be reached to start sign-in. Try again later.`));
    }
    await this.deps.store.putHandoff({
      state,
      connectionId: rec.id,
      payload: this.deps.sealer.sealJson(handoff, `handoff:${state}`),
      expiresAt: new Date(Date.now() + HANDOFF_TTL_MS).toISOString(),
      sessionHash,
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
    // A hand-off from before connect sessions were single-use names no session: start over.
    if (!h || h.expiresAt < new Date().toISOString() || !h.sessionHash) return html(res, 400, signInExpiredPage());
    const sessionHash = h.sessionHash;
    const handoff = this.deps.sealer.openJson<Handoff>(h.payload, `handoff:${state}`);
    const rec = await this.deps.store.getConnection(h.connectionId);
    const app = rec && this.deps.routes.get(rec.app);
    const method = app?.methodByType.get(handoff.method);
    if (!rec || !app || !method) return html(res, 404, connectionGonePage());
    const callbackQuery = Object.fromEntries(query);
    try {
      if (query.get('error')) throw new OAuthError(query.get('error')!, query.get('error_description') ?? 'authorization was not granted', 400);
      const finish = AUTH[method.type].callback;
      if (!finish) throw new OAuthError('unsupported', 'this method does not use a callback', 400);
      const { credentials, tokenResponse } = await finish(this.flow, app, method, handoff, query);
      await this.deps.lifecycle.complete(
        rec,
        method,
        credentials,
        {
          given: handoff.given,
          tokenResponse,
          callbackQuery,
          accessToken: credentials.access_token as string | undefined,
        },
        sessionHash,
      );
    } catch (err) {
      // The link completed another flow (or was replaced) since this sign-in started: nothing changes.
      if (err instanceof SessionUsedError) return closed(res, 'used');
      const message = err instanceof OAuthError || err instanceof GatewayError ? err.message : 'the provider could not be reached';
      this.deps.log.warn({ app: app.app, connection: rec.id, err: message }, 'connect failed');
      if (rec.status !== 'ACTIVE') await this.deps.lifecycle.fail(rec, message);
      return html(res, 400, notConnectedPage(app, message));
    }
    html(res, 200, connectedPage(app));
  }

  private async bySession(token: string | null): Promise<(SessionLookup & { app: RuntimeApp }) | undefined> {
    if (!token || !/^[A-Za-z0-9_-]{32}$/.test(token)) return undefined;
    const found = await this.deps.sessions.lookup(token);
    const app = found && this.deps.routes.get(found.rec.app);
    return found && app ? { ...found, app } : undefined;
  }
}

/** 410 Gone: the link opened a connection once, and opens nothing now. */
function closed(res: ServerResponse, state: 'used' | 'expired'): void {
  html(res, 410, state === 'used' ? linkUsedPage() : linkExpiredPage());
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
