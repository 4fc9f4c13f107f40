/**
 * Issue 12, item 4: the API host (and for Zoho the accounts server) is chosen per connection.
 * Fake servers on 127.0.0.1 stand in for each regional host through SWITCHBOARD_UPSTREAMS, so
 * every request shows which region it reached:
 * - Zoho CRM: an EU and a US account connect side by side through the real connect page and
 *   OAuth callback. The code is exchanged at the accounts server the callback names, the calls
 *   go to the API host the token answer names, and a refresh goes to the account's own
 *   accounts server. A callback or token answer naming any host that is not Zoho's own fails
 *   the connection with a message naming the value, and nothing is sent to it.
 * - Mailgun (API key): the region chosen on the connect form (or given as metadata) picks the
 *   host; other hosts are refused.
 * - Wrike: the token answer's host field picks the host; other hosts are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, useSecret, type TestGateway } from '../../support/gateway.js';
import { startUpstream, type FakeUpstream, type Recorded } from '../../support/upstream.js';

const SESSION_URL = /\/connect\?session_token=([A-Za-z0-9_-]{32})$/;
const ZOHO_SECRET = useSecret('zoho-client-secret-regional-0001');
const WRIKE_SECRET = useSecret('wrike-client-secret-regional-0002');

interface Connection {
  connection_id: string;
  status: string;
  url?: string;
  metadata: Record<string, string>;
  status_reason?: string;
}

/** An OAuth token endpoint that answers each code (and refresh token) as the test set it up. */
class TokenServer {
  server!: FakeUpstream;
  readonly answers = new Map<string, Record<string, unknown>>();

  async start(): Promise<this> {
    this.server = await startUpstream((_req, res, r) => {
      const form = new URLSearchParams(r.body.toString());
      const key = form.get('grant_type') === 'refresh_token' ? `refresh:${form.get('refresh_token')}` : `code:${form.get('code')}`;
      const answer = this.answers.get(key);
      res.writeHead(answer ? 200 : 400, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer ?? { error: 'invalid_grant' }));
    });
    return this;
  }

  /** The token requests (form bodies) this server received. */
  get requests(): URLSearchParams[] {
    return this.server.requests.map((r) => new URLSearchParams(r.body.toString()));
  }
}

/** An API host that answers 200 with what it saw, or 401 to the tokens in `revoked`. */
function apiServer(revoked: Set<string>, organizationId?: string): Promise<FakeUpstream> {
  return startUpstream((_req, res, r: Recorded) => {
    const auth = String(r.headers.authorization ?? '');
    const status = [...revoked].some((t) => auth.endsWith(` ${t}`)) ? 401 : 200;
    res.writeHead(status, { 'content-type': 'application/json' });
    // Zoho Books' organisation list: each data centre's API host knows its own organisations.
    if (organizationId && r.url === '/books/v3/organizations') return res.end(JSON.stringify({ code: 0, organizations: [{ organization_id: organizationId }] }));
    res.end(JSON.stringify({ url: r.url, auth }));
  });
}

let gw: TestGateway;
let zohoAccountsUs: TokenServer;
let zohoAccountsEu: TokenServer;
let zohoApiUs: FakeUpstream;
let zohoApiEu: FakeUpstream;
let mailgunUs: FakeUpstream;
let mailgunEu: FakeUpstream;
let wrikeLogin: TokenServer;
let wrikeUs: FakeUpstream;
let wrikeEu: FakeUpstream;
const revoked = new Set<string>();

beforeAll(async () => {
  [zohoAccountsUs, zohoAccountsEu, wrikeLogin] = await Promise.all([new TokenServer().start(), new TokenServer().start(), new TokenServer().start()]);
  [zohoApiUs, zohoApiEu, mailgunUs, mailgunEu, wrikeUs, wrikeEu] = await Promise.all([
    apiServer(revoked, '10000001'),
    apiServer(revoked, '20000002'),
    apiServer(revoked),
    apiServer(revoked),
    apiServer(revoked),
    apiServer(revoked),
  ]);
  gw = await startGateway({
    env: {
      SWITCHBOARD_OAUTH_ZOHO_CRM_CLIENT_ID: 'zoho-client-id',
      SWITCHBOARD_OAUTH_ZOHO_CRM_CLIENT_SECRET: ZOHO_SECRET,
      SWITCHBOARD_OAUTH_ZOHO_BOOKS_CLIENT_ID: 'zoho-books-client-id',
      SWITCHBOARD_OAUTH_ZOHO_BOOKS_CLIENT_SECRET: ZOHO_SECRET,
      SWITCHBOARD_OAUTH_WRIKE_CLIENT_ID: 'wrike-client-id',
      SWITCHBOARD_OAUTH_WRIKE_CLIENT_SECRET: WRIKE_SECRET,
      SWITCHBOARD_UPSTREAMS: JSON.stringify({
        'accounts.zoho.com': zohoAccountsUs.server.origin,
        'accounts.zoho.eu': zohoAccountsEu.server.origin,
        'www.zohoapis.com': zohoApiUs.origin,
        'www.zohoapis.eu': zohoApiEu.origin,
        'api.mailgun.net': mailgunUs.origin,
        'api.eu.mailgun.net': mailgunEu.origin,
        'login.wrike.com': wrikeLogin.server.origin,
        'www.wrike.com': wrikeUs.origin,
        'app-eu.wrike.com': wrikeEu.origin,
      }),
    },
  });
});

afterAll(async () => {
  await gw?.close();
  for (const s of [zohoAccountsUs?.server, zohoAccountsEu?.server, wrikeLogin?.server, zohoApiUs, zohoApiEu, mailgunUs, mailgunEu, wrikeUs, wrikeEu]) await s?.close();
});

function sessionToken(c: Connection): string {
  expect(c.url).toMatch(SESSION_URL);
  return SESSION_URL.exec(c.url!)![1]!;
}

async function connection(id: string): Promise<Connection> {
  const res = await gw.call(`/connections/${id}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { connection: Connection }).connection;
}

/** Opens the connect link, starts the sign-in and returns the redirect and its state. */
async function startSignIn(app: string, vars: Record<string, string> = {}): Promise<{ id: string; location: URL; state: string }> {
  const c = (await gw.connect({ app })) as Connection;
  const token = sessionToken(c);
  const query = new URLSearchParams({ session_token: token, method: 'OAUTH2' });
  for (const [k, v] of Object.entries(vars)) query.set(`var.${k}`, v);
  const start = await fetch(`${gw.url}/connect/start?${query}`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const location = new URL(start.headers.get('location')!);
  return { id: c.connection_id, location, state: location.searchParams.get('state')! };
}

/** The provider sending the browser back to the gateway's callback. */
async function callback(params: Record<string, string>): Promise<{ status: number; text: string }> {
  const res = await fetch(`${gw.url}/oauth/callback?${new URLSearchParams(params)}`);
  return { status: res.status, text: await res.text() };
}

function call(id: string, path: string): Promise<Response> {
  return gw.call(path, { headers: { 'maton-connection': id } });
}

/** Signs a Zoho CRM account in; `callbackExtra` is what Zoho adds to the callback (location, accounts-server). */
async function connectZoho(code: string, callbackExtra: Record<string, string>, answer: Record<string, unknown>, server: TokenServer, app = 'zoho-crm') {
  server.answers.set(`code:${code}`, answer);
  const { id, location, state } = await startSignIn(app);
  const cb = await callback({ code, state, ...callbackExtra });
  return { id, location, cb };
}

describe('Zoho: the data centre comes from the sign-in', () => {
  it('an EU and a US account side by side: each code is exchanged, each call made and each token refreshed at its own data centre', async () => {
    const euAccess = useSecret('1000.eu-access-token-regional');
    const euRefresh = useSecret('1000.eu-refresh-token-regional');
    const euFresh = useSecret('1000.eu-fresh-token-regional');
    const usAccess = useSecret('1000.us-access-token-regional');
    const usRefresh = useSecret('1000.us-refresh-token-regional');
    const euTokensBefore = zohoAccountsEu.requests.length;
    const usTokensBefore = zohoAccountsUs.requests.length;

    const eu = await connectZoho(
      'code-eu-1',
      { location: 'eu', 'accounts-server': 'https://accounts.zoho.eu' },
      { access_token: euAccess, refresh_token: euRefresh, api_domain: 'https://www.zohoapis.eu', token_type: 'Bearer', expires_in: 3600 },
      zohoAccountsEu,
    );
    const us = await connectZoho(
      'code-us-1',
      { location: 'us', 'accounts-server': 'https://accounts.zoho.com' },
      { access_token: usAccess, refresh_token: usRefresh, api_domain: 'https://www.zohoapis.com', token_type: 'Bearer', expires_in: 3600 },
      zohoAccountsUs,
    );

    // Both sign-ins start at accounts.zoho.com (Zoho sends EU users on from there).
    for (const s of [eu, us]) {
      expect(s.location.origin).toBe(zohoAccountsUs.server.origin);
      expect(s.location.pathname).toBe('/oauth/v2/auth');
      expect(s.cb.status).toBe(200);
      expect(s.cb.text).toContain('is connected');
    }
    // Each code went to its own accounts server, and only there.
    const euTokens = zohoAccountsEu.requests.slice(euTokensBefore);
    const usTokens = zohoAccountsUs.requests.slice(usTokensBefore);
    expect(euTokens.map((f) => f.get('code'))).toEqual(['code-eu-1']);
    expect(usTokens.map((f) => f.get('code'))).toEqual(['code-us-1']);
    expect(euTokens[0]!.get('client_secret')).toBe(ZOHO_SECRET);
    expect(zohoAccountsEu.server.requests.at(-1)!.url).toBe('/oauth/v2/token');

    expect((await connection(eu.id)).metadata).toEqual({ zoho_domain: 'zoho.eu', api_host: 'www.zohoapis.eu' });
    expect((await connection(us.id)).metadata).toEqual({ zoho_domain: 'zoho.com', api_host: 'www.zohoapis.com' });

    // Calls go to each connection's own API host.
    const euApiBefore = zohoApiEu.requests.length;
    const usApiBefore = zohoApiUs.requests.length;
    let res = await call(eu.id, '/zoho-crm/crm/v8/Leads?fields=Last_Name');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ url: '/crm/v8/Leads?fields=Last_Name', auth: `Zoho-oauthtoken ${euAccess}` });
    res = await call(us.id, '/zoho-crm/crm/v8/Leads?fields=Last_Name');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ url: '/crm/v8/Leads?fields=Last_Name', auth: `Zoho-oauthtoken ${usAccess}` });
    expect(zohoApiEu.requests.length - euApiBefore).toBe(1);
    expect(zohoApiUs.requests.length - usApiBefore).toBe(1);

    // The EU token is rejected: the refresh goes to accounts.zoho.eu, and the call is replayed on the EU host.
    zohoAccountsEu.answers.set(`refresh:${euRefresh}`, { access_token: euFresh, api_domain: 'https://www.zohoapis.eu', expires_in: 3600 });
    revoked.add(euAccess);
    const usTokensNow = zohoAccountsUs.requests.length;
    res = await call(eu.id, '/zoho-crm/crm/v8/users');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ url: '/crm/v8/users', auth: `Zoho-oauthtoken ${euFresh}` });
    const refresh = zohoAccountsEu.requests.at(-1)!;
    expect(Object.fromEntries(refresh)).toEqual({ grant_type: 'refresh_token', refresh_token: euRefresh, client_id: 'zoho-client-id', client_secret: ZOHO_SECRET });
    expect(zohoAccountsUs.requests.length).toBe(usTokensNow);
    expect(zohoApiUs.requests.length - usApiBefore).toBe(1);
  });

  it('an accounts-server that is not one of Zoho\'s is refused before any code is sent to it', async () => {
    const hostile = [
      'https://evil.example',
      'https://accounts.evil.example',
      'https://accounts.zoho.eu.evil.example',
      'https://accounts.zoho.eu@evil.example',
      'https://accounts.zoho.eu:8443',
      'https://accounts.zoho.eu/',
      'http://accounts.zoho.eu',
      'https://accounts.zoho.eu/../evil',
      'https://accounts.zoho.com%2F@evil.example',
    ];
    for (const [i, server] of hostile.entries()) {
      const before = zohoAccountsUs.requests.length + zohoAccountsEu.requests.length;
      const s = await connectZoho(`code-hostile-${i}`, { location: 'eu', 'accounts-server': server }, { access_token: 'never-issued' }, zohoAccountsEu);
      expect(s.cb.status, server).toBe(400);
      expect(s.cb.text).toContain('was not connected');
      expect(s.cb.text).toContain('accounts-server');
      expect(s.cb.text).toContain('is not one of Zoho CRM&#39;s own');
      expect(zohoAccountsUs.requests.length + zohoAccountsEu.requests.length, server).toBe(before);
      const c = await connection(s.id);
      expect(c.status).toBe('FAILED');
      expect(c.status_reason).toContain(JSON.stringify(server));
      expect(c.metadata).toEqual({});
    }
  });

  it('an api_domain that is not one of Zoho\'s fails the connection: the token is never stored or sent anywhere', async () => {
    const hostile = ['https://evil.example', 'https://www.zohoapis.eu.evil.example', 'http://www.zohoapis.eu', 'https://www.zohoapis.eu:444', 'https://api.zoho.eu', 'www.zohoapis.eu'];
    for (const [i, apiDomain] of hostile.entries()) {
      const access = useSecret(`1000.hostile-api-domain-token-${i}`);
      const s = await connectZoho(`code-api-${i}`, { location: 'eu', 'accounts-server': 'https://accounts.zoho.eu' }, { access_token: access, api_domain: apiDomain, expires_in: 3600 }, zohoAccountsEu);
      expect(s.cb.status, apiDomain).toBe(400);
      expect(s.cb.text).toContain('api_domain');
      expect(s.cb.text).toContain('is not one of Zoho CRM&#39;s own');
      const c = await connection(s.id);
      expect(c.status).toBe('FAILED');
      const before = zohoApiEu.requests.length + zohoApiUs.requests.length;
      const res = await call(s.id, '/zoho-crm/crm/v8/Leads');
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(zohoApiEu.requests.length + zohoApiUs.requests.length).toBe(before);
    }
  });

  it('Zoho Books: the organisation is looked up on the account\'s own API host, and the calls carry it', async () => {
    const access = useSecret('1000.books-eu-access-token-regional');
    const s = await connectZoho(
      'code-books-eu',
      { location: 'eu', 'accounts-server': 'https://accounts.zoho.eu' },
      { access_token: access, api_domain: 'https://www.zohoapis.eu', expires_in: 3600 },
      zohoAccountsEu,
      'zoho-books',
    );
    expect(s.cb.status).toBe(200);
    expect(zohoApiEu.requests.some((r) => r.url === '/books/v3/organizations' && r.headers.authorization === `Zoho-oauthtoken ${access}`)).toBe(true);
    expect(zohoApiUs.requests.some((r) => r.url === '/books/v3/organizations')).toBe(false);
    expect((await connection(s.id)).metadata).toEqual({ zoho_domain: 'zoho.eu', api_host: 'www.zohoapis.eu', organizationId: '20000002' });
    const res = await call(s.id, '/zoho-books/books/v3/invoices');
    expect(await res.json()).toEqual({ url: '/books/v3/invoices?organization_id=20000002', auth: `Zoho-oauthtoken ${access}` });
  });

  it('the key holder cannot point a connection at another host afterwards', async () => {
    const c = (await gw.connect({ app: 'zoho-crm' })) as Connection;
    for (const metadata of [{ api_host: 'evil.example' }, { api_host: 'www.zohoapis.eu.evil.example' }, { zoho_domain: 'evil.example' }, { zoho_domain: 'zoho.eu/x' }]) {
      const res = await gw.call(`/connections/${c.connection_id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ metadata }) });
      expect(res.status, JSON.stringify(metadata)).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('GW_ERR_BAD_REQUEST');
    }
  });

  it('China accounts choose their data centre on the connect page: the sign-in starts at accounts.zoho.com.cn', async () => {
    const c = (await gw.connect({ app: 'zoho-crm' })) as Connection;
    const page = await (await fetch(`${gw.url}/connect?session_token=${sessionToken(c)}`)).text();
    expect(page).toContain('<select id="var.zoho_domain" name="var.zoho_domain"><option value="zoho.com" selected>');
    expect(page).toContain('<option value="zoho.com.cn">');
    const { location } = await startSignIn('zoho-crm', { zoho_domain: 'zoho.com.cn' });
    expect(location.host).toBe('accounts.zoho.com.cn'); // no fake stands in for it: the browser would go there
    expect(location.pathname).toBe('/oauth/v2/auth');
    // A value outside the list is refused before any redirect.
    const bad = (await gw.connect({ app: 'zoho-crm' })) as Connection;
    const res = await fetch(`${gw.url}/connect/start?session_token=${sessionToken(bad)}&method=OAUTH2&var.zoho_domain=evil.example`, { redirect: 'manual' });
    expect(res.status).toBe(400);
  });
});

describe('Mailgun: the region chosen for the connection picks the host', () => {
  const key = (n: number) => useSecret(`${String(n).repeat(32).slice(0, 32)}-0123abcd-4567ef01`);

  it('EU and US connections made through the API reach their own hosts', async () => {
    const euKey = key(1);
    const usKey = key(2);
    const eu = (await gw.connect({ app: 'mailgun', credentials: { api_key: euKey }, metadata: { api_host: 'api.eu.mailgun.net' } })) as Connection;
    const us = (await gw.connect({ app: 'mailgun', credentials: { api_key: usKey } })) as Connection;
    expect(eu.metadata).toEqual({ api_host: 'api.eu.mailgun.net' });
    expect(us.metadata).toEqual({ api_host: 'api.mailgun.net' });
    const basic = (k: string) => `Basic ${Buffer.from(`api:${k}`).toString('base64')}`;
    let res = await call(eu.connection_id, '/mailgun/v4/domains');
    expect(await res.json()).toEqual({ url: '/v4/domains', auth: basic(euKey) });
    expect(mailgunEu.last().url).toBe('/v4/domains');
    res = await call(us.connection_id, '/mailgun/v4/domains');
    expect(await res.json()).toEqual({ url: '/v4/domains', auth: basic(usKey) });
    expect(mailgunEu.requests).toHaveLength(1);
    expect(mailgunUs.requests).toHaveLength(1);
  });

  it('any other host is refused when the connection is made', async () => {
    for (const api_host of ['evil.example', 'api.mailgun.net.evil.example', 'api.eu.mailgun.net:444', 'api.us.mailgun.net', 'https://api.eu.mailgun.net']) {
      const res = await gw.call('/connections', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ app: 'mailgun', credentials: { api_key: key(3) }, metadata: { api_host } }),
      });
      expect(res.status, api_host).toBe(400);
      expect(((await res.json()) as { error: { code: string; field?: string } }).error).toMatchObject({ code: 'GW_ERR_BAD_REQUEST', field: 'metadata.api_host' });
    }
  });

  it('the connect page offers the two regions; the chosen one is stored, a forged one refused', async () => {
    const c = (await gw.connect({ app: 'mailgun' })) as Connection;
    const token = sessionToken(c);
    const page = await (await fetch(`${gw.url}/connect?session_token=${token}`)).text();
    expect(page).toContain('<select id="var.api_host" name="var.api_host"><option value="api.mailgun.net" selected>US (api.mailgun.net)</option><option value="api.eu.mailgun.net">EU (api.eu.mailgun.net)</option></select>');
    const submit = (host: string) =>
      fetch(`${gw.url}/connect`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ session_token: token, method: 'API_KEY', 'cred.api_key': key(4), 'var.api_host': host }).toString(),
      });
    const forged = await submit('evil.example');
    expect(forged.status).toBe(400);
    expect((await connection(c.connection_id)).status).toBe('PENDING');
    const ok = await submit('api.eu.mailgun.net');
    expect(ok.status).toBe(200);
    expect((await connection(c.connection_id)).metadata).toEqual({ api_host: 'api.eu.mailgun.net' });
    const before = mailgunEu.requests.length;
    expect((await call(c.connection_id, '/mailgun/v3/domains/mg.example.com/webhooks')).status).toBe(200);
    expect(mailgunEu.requests.length).toBe(before + 1);
  });
});

describe('Wrike: the token answer names the host', () => {
  it('an EU account\'s calls go to app-eu.wrike.com, a US account\'s to www.wrike.com', async () => {
    const euAccess = useSecret('wrike-eu-access-token-regional');
    const usAccess = useSecret('wrike-us-access-token-regional');
    wrikeLogin.answers.set('code:wrike-eu', { access_token: euAccess, refresh_token: useSecret('wrike-eu-refresh-regional'), host: 'app-eu.wrike.com', token_type: 'bearer', expires_in: 3600 });
    wrikeLogin.answers.set('code:wrike-us', { access_token: usAccess, refresh_token: useSecret('wrike-us-refresh-regional'), host: 'www.wrike.com', token_type: 'bearer', expires_in: 3600 });
    const eu = await startSignIn('wrike');
    expect((await callback({ code: 'wrike-eu', state: eu.state })).status).toBe(200);
    const us = await startSignIn('wrike');
    expect((await callback({ code: 'wrike-us', state: us.state })).status).toBe(200);
    expect((await connection(eu.id)).metadata).toEqual({ wrike_host: 'app-eu.wrike.com' });

    let res = await call(eu.id, '/wrike/api/v4/spaces');
    expect(await res.json()).toEqual({ url: '/api/v4/spaces', auth: `Bearer ${euAccess}` });
    res = await call(us.id, '/wrike/api/v4/spaces');
    expect(await res.json()).toEqual({ url: '/api/v4/spaces', auth: `Bearer ${usAccess}` });
    expect(wrikeEu.requests).toHaveLength(1);
    expect(wrikeUs.requests).toHaveLength(1);
  });

  it('a host outside wrike.com in the token answer fails the connection', async () => {
    for (const [i, host] of ['evil.example', 'www.wrike.com.evil.example', 'app-eu.wrike.com:8443', 'https://app-eu.wrike.com', 'login.wrike.com@evil.example'].entries()) {
      wrikeLogin.answers.set(`code:wrike-hostile-${i}`, { access_token: useSecret(`wrike-hostile-token-${i}`), host, expires_in: 3600 });
      const s = await startSignIn('wrike');
      const cb = await callback({ code: `wrike-hostile-${i}`, state: s.state });
      expect(cb.status, host).toBe(400);
      expect(cb.text).toContain('the token answer&#39;s host');
      expect((await connection(s.id)).status).toBe('FAILED');
    }
  });

  it('a permanent token names its data centre on the form or as metadata', async () => {
    const token = useSecret('wrike-permanent-token-eu-regional');
    const c = (await gw.connect({ app: 'wrike', method: 'API_KEY', credentials: { token }, metadata: { wrike_host: 'app-eu.wrike.com' } })) as Connection;
    const before = wrikeEu.requests.length;
    const res = await call(c.connection_id, '/wrike/api/v4/contacts?me=true');
    expect(await res.json()).toEqual({ url: '/api/v4/contacts?me=true', auth: `Bearer ${token}` });
    expect(wrikeEu.requests.length).toBe(before + 1);
  });
});
