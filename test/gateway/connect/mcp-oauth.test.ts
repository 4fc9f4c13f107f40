/**
 * Signing in to an MCP server (Granola) through the connect flow, with fetch standing in for
 * the browser (redirect: 'manual', each hop followed by hand). A fake MCP server and a fake
 * authorization server on 127.0.0.1 play mcp.granola.ai and auth.granola.ai: protected-resource
 * metadata (RFC 9728), authorization-server metadata (RFC 8414), dynamic client registration
 * (RFC 7591), an authorize endpoint that redirects back with a code, and a token endpoint that
 * checks PKCE. Proves the gateway discovers, registers, uses S256 PKCE with a verifier matching
 * its challenge, stores the tokens (ACTIVE), calls tools with them and refreshes them with the
 * registered client; and that a server it cannot sign in with leaves the connection PENDING.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startGateway, useSecret, type TestGateway } from '../../support/gateway.js';
import { startUpstream, type FakeUpstream, type Recorded } from '../../support/upstream.js';

const PUBLIC_URL = 'https://switchboard.example'; // mapped to the gateway by `local()`, like a DNS entry
const REDIRECT_URI = `${PUBLIC_URL}/oauth/callback`;
const CONFIGURED_ID = 'operator-granola-client';
const CONFIGURED_SECRET = useSecret('operator-granola-client-secret');

interface Options {
  /** Serve /.well-known/oauth-protected-resource/mcp naming auth.granola.ai; otherwise the metadata sits at the MCP origin. */
  protectedResource: boolean;
  /** What /oauth/register answers; undefined = register normally. */
  registration?: { status: number; body: unknown };
  /** Serve no authorization-server metadata at all. */
  noMetadata?: boolean;
  /** expires_in of the tokens the token endpoint hands out. */
  expiresIn?: number;
}

/** The fake provider: one authorization server (mounted at `issuer`) and the MCP server that trusts its tokens. */
class FakeGranola {
  mcp!: FakeUpstream;
  auth!: FakeUpstream;
  readonly clients = new Map<string, { redirectUris: string[]; secret?: string }>([[CONFIGURED_ID, { redirectUris: [REDIRECT_URI], secret: CONFIGURED_SECRET }]]);
  readonly codes = new Map<string, { clientId: string; redirectUri: string; challenge: string }>();
  readonly access = new Set<string>();
  readonly refresh = new Map<string, string>(); // refresh token → client id
  readonly tokenRequests: URLSearchParams[] = [];
  readonly mcpCalls: { method: string; auth?: string }[] = [];
  issued: { access_token: string; refresh_token: string }[] = [];

  constructor(readonly opts: Options) {}

  get issuer(): string {
    return this.opts.protectedResource ? 'https://auth.granola.ai' : 'https://mcp.granola.ai';
  }

  async start(): Promise<void> {
    this.mcp = await startUpstream((req, res, r) => {
      const path = new URL(r.url, 'http://x').pathname;
      if (r.method === 'GET' && path === '/.well-known/oauth-protected-resource/mcp') {
        if (!this.opts.protectedResource) return json(res, 404, { error: 'not_found' });
        return json(res, 200, { resource: 'https://mcp.granola.ai/mcp', authorization_servers: ['https://auth.granola.ai'], bearer_methods_supported: ['header'] });
      }
      if (path === '/mcp') return this.rpc(req.headers.authorization, r, res);
      if (!this.opts.protectedResource) return this.authorization(r, res);
      json(res, 404, { error: 'not_found' });
    });
    this.auth = await startUpstream((_req, res, r) => (this.opts.protectedResource ? this.authorization(r, res) : json(res, 404, { error: 'not_found' })));
  }

  /** Host name → local origin, for the gateway (SWITCHBOARD_UPSTREAMS) and for the test's own "browser". */
  hosts(): Record<string, string> {
    return { 'mcp.granola.ai': this.mcp.origin, 'auth.granola.ai': this.auth.origin };
  }

  async close(): Promise<void> {
    await this.mcp.close();
    await this.auth.close();
  }

  private authorization(r: Recorded, res: ServerResponse): void {
    const url = new URL(r.url, 'http://x');
    if (r.method === 'GET' && url.pathname === '/.well-known/oauth-authorization-server') {
      if (this.opts.noMetadata) return json(res, 404, { error: 'not_found' });
      return json(res, 200, {
        issuer: this.issuer,
        authorization_endpoint: `${this.issuer}/oauth/authorize`,
        token_endpoint: `${this.issuer}/oauth/token`,
        registration_endpoint: `${this.issuer}/oauth/register`,
        response_types_supported: ['code'],
        grant_types_supported: ['authorization_code', 'refresh_token'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['none', 'client_secret_post'],
      });
    }
    if (r.method === 'POST' && url.pathname === '/oauth/register') {
      if (this.opts.registration) return json(res, this.opts.registration.status, this.opts.registration.body);
      const body = JSON.parse(r.body.toString()) as { redirect_uris: string[] };
      const clientId = `dyn-${randomUUID()}`;
      this.clients.set(clientId, { redirectUris: body.redirect_uris });
      return json(res, 201, { ...body, client_id: clientId, client_id_issued_at: Math.floor(Date.now() / 1000) });
    }
    if (r.method === 'GET' && url.pathname === '/oauth/authorize') {
      const q = url.searchParams;
      const client = this.clients.get(q.get('client_id') ?? '');
      const problems = [
        !client && 'unknown client_id',
        client && !client.redirectUris.includes(q.get('redirect_uri') ?? '') && 'redirect_uri not registered',
        q.get('response_type') !== 'code' && 'response_type must be code',
        !q.get('state') && 'no state',
        q.get('code_challenge_method') !== 'S256' && 'PKCE S256 required',
        !/^[A-Za-z0-9_-]{43}$/.test(q.get('code_challenge') ?? '') && 'bad code_challenge',
      ].filter(Boolean);
      if (problems.length) return json(res, 400, { error: 'invalid_request', problems });
      const code = randomBytes(16).toString('hex');
      this.codes.set(code, { clientId: q.get('client_id')!, redirectUri: q.get('redirect_uri')!, challenge: q.get('code_challenge')! });
      const back = new URL(q.get('redirect_uri')!);
      back.searchParams.set('code', code);
      back.searchParams.set('state', q.get('state')!);
      res.writeHead(302, { location: back.href });
      return void res.end();
    }
    if (r.method === 'POST' && url.pathname === '/oauth/token') {
      const form = new URLSearchParams(r.body.toString());
      this.tokenRequests.push(form);
      const clientId = form.get('client_id') ?? '';
      const client = this.clients.get(clientId);
      if (!client || (client.secret !== undefined && form.get('client_secret') !== client.secret)) return json(res, 401, { error: 'invalid_client' });
      if (form.get('grant_type') === 'authorization_code') {
        const grant = this.codes.get(form.get('code') ?? '');
        this.codes.delete(form.get('code') ?? '');
        const verifier = form.get('code_verifier') ?? '';
        const ok = grant && grant.clientId === clientId && grant.redirectUri === form.get('redirect_uri') && sha256(verifier) === grant.challenge;
        if (!ok) return json(res, 400, { error: 'invalid_grant' });
        return json(res, 200, this.issue(clientId));
      }
      if (form.get('grant_type') === 'refresh_token') {
        const owner = this.refresh.get(form.get('refresh_token') ?? '');
        if (owner !== clientId) return json(res, 400, { error: 'invalid_grant' });
        return json(res, 200, this.issue(clientId));
      }
      return json(res, 400, { error: 'unsupported_grant_type' });
    }
    json(res, 404, { error: 'not_found' });
  }

  private issue(clientId: string) {
    const n = this.issued.length + 1;
    const tokens = { access_token: useSecret(`granola-at-${n}-${randomUUID()}`), refresh_token: useSecret(`granola-rt-${n}-${randomUUID()}`) };
    this.issued.push(tokens);
    this.access.add(tokens.access_token);
    this.refresh.set(tokens.refresh_token, clientId);
    return { ...tokens, token_type: 'Bearer', expires_in: this.opts.expiresIn ?? 3600 };
  }

  /** A minimal Streamable HTTP MCP server that only accepts tokens this authorization server issued. */
  private rpc(authorization: string | undefined, r: Recorded, res: ServerResponse): void {
    const msg = JSON.parse(r.body.toString()) as { id?: number; method: string; params?: { name?: string } };
    this.mcpCalls.push({ method: msg.method, auth: authorization });
    if (!authorization?.startsWith('Bearer ') || !this.access.has(authorization.slice(7))) {
      res.writeHead(401, { 'www-authenticate': 'Bearer resource_metadata="https://mcp.granola.ai/.well-known/oauth-protected-resource/mcp"' });
      return void res.end();
    }
    if (msg.method === 'initialize') {
      res.setHeader('mcp-session-id', 'granola-session-1');
      return json(res, 200, { jsonrpc: '2.0', id: msg.id, result: { protocolVersion: '2025-06-18', capabilities: { tools: {} }, serverInfo: { name: 'fake-granola', version: '1' } } });
    }
    if (msg.method === 'notifications/initialized') {
      res.writeHead(202);
      return void res.end();
    }
    json(res, 200, { jsonrpc: '2.0', id: msg.id, result: { content: [{ type: 'text', text: `${msg.params?.name}: 2 meetings` }], isError: false } });
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('base64url');
}

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

async function setup(opts: Options, env: Record<string, string> = {}): Promise<{ fake: FakeGranola; gw: TestGateway; local: (url: string) => string }> {
  const fake = new FakeGranola(opts);
  await fake.start();
  cleanups.push(() => fake.close());
  const gw = await startGateway({ env: { SWITCHBOARD_PUBLIC_URL: PUBLIC_URL, SWITCHBOARD_UPSTREAMS: JSON.stringify(fake.hosts()), ...env } });
  cleanups.push(() => gw.close());
  const hosts: Record<string, string> = { ...fake.hosts(), 'switchboard.example': gw.url };
  const local = (url: string) => {
    const u = new URL(url);
    // The gateway already sends the browser to the mapped origin (SWITCHBOARD_UPSTREAMS applies to sign-in redirects).
    if (u.hostname === '127.0.0.1') return url;
    const origin = hosts[u.host];
    if (!origin) throw new Error(`the flow tried to leave 127.0.0.1: ${url}`);
    return `${origin}${u.pathname}${u.search}`;
  };
  return { fake, gw, local };
}

/** POST /connections, then what a browser does: open the url, press Continue, follow each redirect. */
async function signIn(gw: TestGateway, local: (url: string) => string) {
  const conn = await gw.connect({ app: 'granola' });
  expect(conn).toMatchObject({ status: 'PENDING', method: 'MCP', app: 'granola' });
  expect(conn.url).toMatch(/^https:\/\/switchboard\.example\/connect\?session_token=[A-Za-z0-9_-]{32}$/);
  const sessionToken = new URL(conn.url).searchParams.get('session_token')!;

  const page = await fetch(local(conn.url));
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain('<form method="get" action="/connect/start">');
  expect(html).toContain('<input type="hidden" name="method" value="MCP">');
  expect(html).toContain('<button type="submit">Continue to Granola</button>');

  const start = await fetch(`${gw.url}/connect/start?session_token=${sessionToken}&method=MCP`, { redirect: 'manual' });
  return { id: conn.connection_id, sessionToken, start };
}

async function follow(start: Response, local: (url: string) => string) {
  expect(start.status).toBe(302);
  expect(start.headers.get('cache-control')).toBe('no-store');
  const authorize = new URL(start.headers.get('location')!);
  const atProvider = await fetch(local(authorize.href), { redirect: 'manual' });
  expect(atProvider.status).toBe(302);
  const callback = new URL(atProvider.headers.get('location')!);
  const done = await fetch(local(callback.href), { redirect: 'manual' });
  return { authorize, callback, done, body: await done.text() };
}

async function connection(gw: TestGateway, id: string) {
  const res = await gw.call(`/connections/${id}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { connection: { status: string; method: string; metadata: Record<string, string> } }).connection;
}

function callTool(gw: TestGateway) {
  return gw.call('/granola/list_meetings', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"limit":5}' });
}

describe('MCP sign-in', () => {
  it.each([
    ['registers a client with the authorization server the protected-resource metadata names', { protectedResource: true }, false],
    ['finds the authorization-server metadata at the MCP origin when there is no protected-resource document', { protectedResource: false }, false],
    ['uses the operator-configured client and skips registration', { protectedResource: true }, true],
  ] as const)('%s; PKCE S256; the connection becomes ACTIVE and its tools get the token', async (_name, opts, configured) => {
    const env: Record<string, string> = configured
      ? { SWITCHBOARD_OAUTH_GRANOLA_CLIENT_ID: CONFIGURED_ID, SWITCHBOARD_OAUTH_GRANOLA_CLIENT_SECRET: CONFIGURED_SECRET }
      : {};
    const { fake, gw, local } = await setup({ ...opts }, env);
    const { id, start } = await signIn(gw, local);
    const { authorize, callback, done, body } = await follow(start, local);

    // Discovery: the protected-resource document first, then the issuer's metadata.
    const mcpGets = fake.mcp.requests.filter((r) => r.method === 'GET').map((r) => r.url);
    const authGets = fake.auth.requests.filter((r) => r.method === 'GET').map((r) => r.url);
    if (opts.protectedResource) {
      expect(mcpGets).toEqual(['/.well-known/oauth-protected-resource/mcp']);
      expect(authGets[0]).toBe('/.well-known/oauth-authorization-server');
    } else {
      expect(mcpGets.slice(0, 2)).toEqual(['/.well-known/oauth-protected-resource/mcp', '/.well-known/oauth-authorization-server']);
      expect(fake.auth.requests).toEqual([]);
    }

    // Registration (RFC 7591), unless the operator configured a client.
    const server = opts.protectedResource ? fake.auth : fake.mcp;
    const registrations = server.requests.filter((r) => r.url === '/oauth/register');
    let clientId = CONFIGURED_ID;
    if (configured) {
      expect(registrations).toEqual([]);
    } else {
      expect(registrations).toHaveLength(1);
      expect(registrations[0]!.method).toBe('POST');
      expect(registrations[0]!.headers['content-type']).toBe('application/json');
      expect(JSON.parse(registrations[0]!.body.toString())).toEqual({
        client_name: 'Switchboard',
        redirect_uris: [REDIRECT_URI],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'none',
      });
      clientId = [...fake.clients.keys()].find((k) => k.startsWith('dyn-'))!;
    }

    // The authorization redirect.
    // The browser is sent to the issuer's authorize page, moved to its local stand-in by SWITCHBOARD_UPSTREAMS.
    expect(`${authorize.origin}${authorize.pathname}`).toBe(new URL("/oauth/authorize", local(fake.issuer)).href);
    const q = Object.fromEntries(authorize.searchParams);
    expect(Object.keys(q).sort()).toEqual(['client_id', 'code_challenge', 'code_challenge_method', 'redirect_uri', 'response_type', 'state']);
    expect(q).toMatchObject({ response_type: 'code', client_id: clientId, redirect_uri: REDIRECT_URI, code_challenge_method: 'S256' });
    expect(q.state).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(q.code_challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);
    expect(callback.searchParams.get('state')).toBe(q.state);

    // The code exchange, with the verifier behind the challenge.
    expect(fake.tokenRequests).toHaveLength(1);
    const form = Object.fromEntries(fake.tokenRequests[0]!);
    expect(form).toEqual({
      grant_type: 'authorization_code',
      code: callback.searchParams.get('code'),
      redirect_uri: REDIRECT_URI,
      code_verifier: form.code_verifier,
      client_id: clientId,
      ...(configured ? { client_secret: CONFIGURED_SECRET } : {}),
    });
    expect(form.code_verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(sha256(form.code_verifier!)).toBe(q.code_challenge);

    // The page and the connection.
    expect(done.status).toBe(200);
    expect(done.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(body).toContain('<h1>Granola is connected</h1>');
    const [tokens] = fake.issued;
    for (const secret of [tokens!.access_token, tokens!.refresh_token, callback.searchParams.get('code')!, CONFIGURED_SECRET]) expect(body).not.toContain(secret);
    expect(await connection(gw, id)).toMatchObject({ status: 'ACTIVE', method: 'MCP', metadata: {} });

    // A tool call carries the new token to the MCP server.
    const res = await callTool(gw);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ content: [{ type: 'text', text: 'list_meetings: 2 meetings' }], isError: false });
    expect(fake.mcpCalls.map((c) => c.method)).toEqual(['initialize', 'notifications/initialized', 'tools/call']);
    expect(fake.mcpCalls.map((c) => c.auth)).toEqual(Array(3).fill(`Bearer ${tokens!.access_token}`));
  });

  it('a token about to expire is refreshed at the discovered token endpoint as the registered client', async () => {
    const { fake, gw, local } = await setup({ protectedResource: true, expiresIn: 30 });
    const { id, start } = await signIn(gw, local);
    expect((await follow(start, local)).done.status).toBe(200);
    expect((await connection(gw, id)).status).toBe('ACTIVE');
    const clientId = [...fake.clients.keys()].find((k) => k.startsWith('dyn-'))!;

    const res = await callTool(gw);

    expect(res.status).toBe(200);
    expect(fake.tokenRequests).toHaveLength(2);
    expect(Object.fromEntries(fake.tokenRequests[1]!)).toEqual({ grant_type: 'refresh_token', refresh_token: fake.issued[0]!.refresh_token, client_id: clientId });
    expect(fake.mcpCalls.map((c) => c.auth)).toEqual(Array(3).fill(`Bearer ${fake.issued[1]!.access_token}`));
  });

  it.each([
    ['the server refuses client registration', { protectedResource: true, registration: { status: 400, body: { error: 'invalid_client_metadata' } } }],
    ['the server publishes no authorization-server metadata', { protectedResource: true, noMetadata: true }],
  ] as const)('when %s, Continue shows a readable error page and the connection stays PENDING', async (_name, opts) => {
    const { fake, gw, local } = await setup({ ...opts });
    const { id, start } = await signIn(gw, local);

    expect(start.status).toBe(502);
    expect(start.headers.get('location')).toBeNull();
    expect(start.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(start.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await start.text();
    expect(html).toContain('<p class="error" role="alert">Granola could not be reached to start sign-in. Try again later.</p>');
    expect(html).toContain('<h1>Connect Granola</h1>');
    expect(fake.tokenRequests).toEqual([]);
    expect((await connection(gw, id)).status).toBe('PENDING');
  });
});
