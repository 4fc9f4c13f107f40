/**
 * The connect page and the OAuth callback, driven in headless Chromium against a real gateway.
 * API key forms (Brevo: a wrong-format key is refused on the page, a good one makes the
 * connection ACTIVE and is injected upstream), form variables (ActiveCampaign's account name),
 * the OAuth 2.0 authorization-code flow (QuickBooks, with a fake Intuit on 127.0.0.1 that checks
 * the authorize parameters and the basic-authenticated token request, realmId from the
 * callback), a refused authorization, reused or unknown state, and bad session tokens. Every
 * gateway page is checked for its Content-Security-Policy and for echoing no secret.
 *
 * Network: the browser reaches the gateway at SWITCHBOARD_PUBLIC_URL through a TCP relay on
 * 127.0.0.1 (the gateway takes a random port, so its public URL is fixed before it starts),
 * and resolves appcenter.intuit.com to a local HTTPS server (--host-resolver-rules); every
 * other host name fails to resolve, so nothing leaves 127.0.0.1.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { connect as tcpConnect, createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Response as PageResponse } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGateway, useSecret, type TestGateway } from '../../support/gateway.js';
import { startUpstream, type FakeUpstream } from '../../support/upstream.js';

const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.warn(`connect-page browser tests skipped: ${CHROMIUM} is absent (apt-get install -y chromium)`);

const CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' https:; base-uri 'none'; frame-ancestors 'none'";
const QB_CLIENT_ID = 'ABqbClientIdForTests0123456789';
const QB_CLIENT_SECRET = useSecret('qb-client-secret-0123456789abcdef');
const QB_SCOPE = 'com.intuit.quickbooks.accounting';
const REALM = '9130348362411236';

/** A TCP relay: the gateway's public URL exists before the gateway has a port. */
async function startRelay(): Promise<{ origin: string; pointAt(port: number): void; close(): Promise<void> }> {
  let target = 0;
  const sockets = new Set<Socket>();
  const server = createTcpServer((client) => {
    const upstream = tcpConnect(target, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    pointAt: (port) => (target = port),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * Fake Intuit: the authorize page (HTTPS, reached by the browser as appcenter.intuit.com) checks
 * the parameters and offers Connect / Cancel links back to the callback; the token endpoint
 * (plain HTTP, reached by the gateway through SWITCHBOARD_UPSTREAMS) checks the code exchange.
 */
class FakeIntuit {
  https!: HttpsServer;
  httpsOrigin = '';
  token!: FakeUpstream;
  readonly authorizeQueries: URLSearchParams[] = [];
  readonly codes = new Map<string, string>(); // code → redirect_uri
  readonly issued: { access_token: string; refresh_token: string }[] = [];
  private certDir = '';

  constructor(private readonly redirectUri: () => string) {}

  async start(): Promise<void> {
    this.certDir = mkdtempSync(join(tmpdir(), 'switchboard-fake-intuit-'));
    const key = join(this.certDir, 'key.pem');
    const cert = join(this.certDir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=appcenter.intuit.com', '-addext', 'subjectAltName=DNS:appcenter.intuit.com', '-keyout', key, '-out', cert], { stdio: 'ignore' });
    this.https = createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
      const url = new URL(req.url ?? '/', 'https://appcenter.intuit.com');
      if (url.pathname !== '/connect/oauth2') {
        res.writeHead(404).end();
        return;
      }
      const q = url.searchParams;
      this.authorizeQueries.push(q);
      const problems = [
        q.get('client_id') !== QB_CLIENT_ID && 'client_id',
        q.get('redirect_uri') !== this.redirectUri() && 'redirect_uri',
        q.get('response_type') !== 'code' && 'response_type',
        q.get('scope') !== QB_SCOPE && 'scope',
        !/^[A-Za-z0-9_-]{32}$/.test(q.get('state') ?? '') && 'state',
      ].filter(Boolean);
      if (problems.length) {
        res.writeHead(400, { 'content-type': 'text/html' }).end(`<h1>Bad authorization request</h1><p id="problems">${problems.join(' ')}</p>`);
        return;
      }
      const code = useSecret(`AB11qbcode${randomBytes(12).toString('hex')}`);
      this.codes.set(code, q.get('redirect_uri')!);
      const allow = new URL(q.get('redirect_uri')!);
      allow.search = new URLSearchParams({ code, state: q.get('state')!, realmId: REALM }).toString();
      const deny = new URL(q.get('redirect_uri')!);
      deny.search = new URLSearchParams({ error: 'access_denied', error_description: 'User <b>denied</b> access', state: q.get('state')! }).toString();
      const forged = new URL(q.get('redirect_uri')!); // a code this server never issued
      forged.search = new URLSearchParams({ code: 'AB11forgedcode', state: q.get('state')!, realmId: REALM }).toString();
      const link = (id: string, url: URL, label: string) => `<a id="${id}" href="${url.href.replace(/&/g, '&amp;')}">${label}</a> `;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
        `<!doctype html><title>Intuit sign-in (fake)</title><h1>Connect Switchboard to your company?</h1>` +
          link('allow', allow, 'Connect') + link('deny', deny, 'Cancel') + link('forged', forged, 'Forged code'),
      );
    });
    await new Promise<void>((resolve) => this.https.listen(0, '127.0.0.1', resolve));
    this.httpsOrigin = `https://127.0.0.1:${(this.https.address() as AddressInfo).port}`;

    this.token = await startUpstream((req, res, r) => {
      const form = new URLSearchParams(r.body.toString());
      const basic = `Basic ${Buffer.from(`${QB_CLIENT_ID}:${QB_CLIENT_SECRET}`).toString('base64')}`;
      const send = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (req.url !== '/oauth2/v1/tokens/bearer' || req.method !== 'POST') return send(404, { error: 'not_found' });
      if (req.headers.authorization !== basic) return send(401, { error: 'invalid_client' });
      const code = form.get('code') ?? '';
      if (form.get('grant_type') !== 'authorization_code' || this.codes.get(code) !== form.get('redirect_uri')) {
        return send(400, { error: 'invalid_grant', error_description: 'Invalid authorization code' });
      }
      this.codes.delete(code);
      const n = this.issued.length + 1;
      const tokens = { access_token: useSecret(`eyJqb-access-${n}-${randomBytes(8).toString('hex')}`), refresh_token: useSecret(`AB11refresh${n}${randomBytes(8).toString('hex')}`) };
      this.issued.push(tokens);
      send(200, { ...tokens, token_type: 'bearer', expires_in: 3600, x_refresh_token_expires_in: 8726400 });
    });
  }

  get port(): number {
    return (this.https.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.https.close(() => resolve());
      this.https.closeAllConnections();
    });
    await this.token.close();
    rmSync(this.certDir, { recursive: true, force: true });
  }
}

type Conn = { connection_id: string; status: string; url: string; method: string; metadata: Record<string, string> };

describe.skipIf(!HAVE_CHROMIUM)('connect page in a browser', () => {
  let up: FakeUpstream;
  let relay: Awaited<ReturnType<typeof startRelay>>;
  let intuit: FakeIntuit;
  let gw: TestGateway;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    up = await startUpstream();
    relay = await startRelay();
    intuit = new FakeIntuit(() => `${relay.origin}/oauth/callback`);
    await intuit.start();
    gw = await startGateway({
      env: {
        SWITCHBOARD_PUBLIC_URL: relay.origin,
        SWITCHBOARD_OAUTH_QUICKBOOKS_CLIENT_ID: QB_CLIENT_ID,
        SWITCHBOARD_OAUTH_QUICKBOOKS_CLIENT_SECRET: QB_CLIENT_SECRET,
        SWITCHBOARD_UPSTREAMS: JSON.stringify({
          'api.brevo.com': up.origin,
          'myaccount.api-us1.com': up.origin,
          'quickbooks.api.intuit.com': up.origin,
          'appcenter.intuit.com': intuit.httpsOrigin,
          'oauth.platform.intuit.com': intuit.token.origin,
        }),
      },
    });
    relay.pointAt(Number(new URL(gw.url).port));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        `--host-resolver-rules=MAP appcenter.intuit.com 127.0.0.1:${intuit.port}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await gw?.close();
    await relay?.close();
    await intuit?.close();
    await up?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ ignoreHTTPSErrors: true }); // the fake Intuit's certificate is self-signed
    page = await context.newPage();
  });
  afterEach(async () => {
    await context.close();
  });

  /** Status, headers every connect page carries, no secret in the body; returns the body. */
  async function expectPage(resp: PageResponse | null, status: number, secrets: string[] = []): Promise<string> {
    expect(resp).not.toBeNull();
    expect(resp!.url().startsWith(`${relay.origin}/`)).toBe(true);
    expect(resp!.status()).toBe(status);
    const h = resp!.headers();
    expect(h['content-type']).toBe('text/html; charset=utf-8');
    expect(h['content-security-policy']).toBe(CSP);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['cache-control']).toBe('no-store');
    const body = await resp!.text();
    for (const s of [...secrets, QB_CLIENT_SECRET, gw.key]) expect(body).not.toContain(s);
    return body;
  }

  /** Runs `action` (a click) and resolves with the navigation response whose URL `match`es, once the new page has loaded. */
  async function navigate(action: () => Promise<unknown>, match: (url: string) => boolean): Promise<PageResponse> {
    const [resp] = await Promise.all([
      page.waitForResponse((r) => match(r.url()) && r.request().isNavigationRequest() && r.request().frame() === page.mainFrame()),
      page.waitForEvent('load'),
      action(),
    ]);
    return resp;
  }

  const text = (selector: string) => page.locator(selector).innerText();

  async function connection(id: string): Promise<Conn> {
    const res = await gw.call(`/connections/${id}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { connection: Conn }).connection;
  }

  describe('API key and BASIC forms', () => {
    it('Brevo: the page shows the key field; a wrong-format key is refused on the page; a valid key makes the connection ACTIVE and is injected', async () => {
      const wrong = useSecret('wrong-format-brevo-key-0123456789');
      const key = useSecret('xkeysib-browserflow0123456789abcdefghij-AbCdEf');
      const conn = (await gw.connect({ app: 'brevo' })) as Conn;
      expect(conn.status).toBe('PENDING');
      expect(conn.method).toBe('API_KEY');
      expect(conn.url).toMatch(new RegExp(`^${relay.origin}/connect\\?session_token=[A-Za-z0-9_-]{32}$`));

      await expectPage(await page.goto(conn.url), 200);
      expect(await page.title()).toBe('Connect Brevo · Switchboard');
      expect(await text('h1')).toBe('Connect Brevo');
      // Brevo's OAuth client is not set up on this gateway: its section says which settings are missing, no button.
      expect(await page.locator('legend').allInnerTexts()).toEqual(['API key']);
      expect(await text('section.unavailable h2')).toBe('Sign in (OAuth 2.0)');
      expect(await text('section.unavailable p')).toContain('SWITCHBOARD_OAUTH_BREVO_CLIENT_ID');
      const field = page.getByLabel('API key', { exact: true });
      expect(await field.getAttribute('type')).toBe('password');
      expect(await field.getAttribute('name')).toBe('cred.api_key');
      expect(await text('small')).toBe('Create one in Brevo under Settings → SMTP & API → API keys; it starts with xkeysib-.');
      expect(await page.getByRole('button', { name: 'Continue to Brevo' }).count()).toBe(0);

      await field.fill(wrong);
      let resp = await navigate(() => page.getByRole('button', { name: 'Connect', exact: true }).click(), (u) => u === `${relay.origin}/connect`);
      await expectPage(resp, 400, [wrong]);
      expect(await text('[role=alert]')).toBe('api_key is not in the form API key takes');
      expect(await page.getByLabel('API key', { exact: true }).inputValue()).toBe('');
      expect((await connection(conn.connection_id)).status).toBe('PENDING');

      await page.getByLabel('API key', { exact: true }).fill(key);
      resp = await navigate(() => page.getByRole('button', { name: 'Connect', exact: true }).click(), (u) => u === `${relay.origin}/connect`);
      await expectPage(resp, 200, [key]);
      expect(await text('h1')).toBe('Brevo is connected');
      expect(await text('[role=status]')).toBe('You can close this window; the connection is now ACTIVE.');
      expect(await connection(conn.connection_id)).toMatchObject({ status: 'ACTIVE', method: 'API_KEY', metadata: {} });

      const call = await gw.call('/brevo/v3/account', { headers: { 'maton-connection': conn.connection_id } });
      expect(call.status).toBe(200);
      expect(up.last().url).toBe('/v3/account');
      expect(up.last().headers['api-key']).toBe(key);

      // The link is used up: opening it again says so (410) and still never shows the key.
      await expectPage(await page.goto(conn.url), 410, [key]);
      expect(await text('h1')).toBe('This link has already been used');
      // A new link, asked for with the API key, says the connection is active and what submitting does.
      const renewed = (await (await gw.call(`/connections/${conn.connection_id}`, { method: 'POST' })).json()) as { connection: Conn };
      expect(renewed.connection.url).not.toBe(conn.url);
      await expectPage(await page.goto(renewed.connection.url), 200, [key]);
      expect(await text('p.ok')).toBe('This connection is active. Submitting again replaces its credential.');
    });

    it('ActiveCampaign: the page asks for the account name; an invalid one is refused, a valid one is stored and routes the call', async () => {
      const key = useSecret('activecampaign-browser-key-0123456789');
      const conn = (await gw.connect({ app: 'active-campaign' })) as Conn;
      expect(conn.status).toBe('PENDING');

      await expectPage(await page.goto(conn.url), 200);
      expect(await page.locator('label').allInnerTexts()).toEqual(['API key', 'Account name']);
      const account = page.getByLabel('Account name');
      expect(await account.getAttribute('name')).toBe('var.account');
      expect(await account.getAttribute('placeholder')).toBe('youraccountname');
      expect(await page.locator('small').allInnerTexts()).toEqual([
        'Shown under Settings → Developer; each user of the account has their own key.',
        'The part before .api-us1.com in the API URL shown under Settings → Developer.',
      ]);

      await page.getByLabel('API key').fill(key);
      await account.fill('Not Valid!');
      let resp = await navigate(() => page.getByRole('button', { name: 'Connect', exact: true }).click(), (u) => u === `${relay.origin}/connect`);
      await expectPage(resp, 400, [key]);
      expect(await text('[role=alert]')).toBe('account "Not Valid!" is not valid');
      expect(await connection(conn.connection_id)).toMatchObject({ status: 'PENDING', metadata: {} });

      await page.getByLabel('API key').fill(key);
      await page.getByLabel('Account name').fill('myaccount');
      resp = await navigate(() => page.getByRole('button', { name: 'Connect', exact: true }).click(), (u) => u === `${relay.origin}/connect`);
      await expectPage(resp, 200, [key]);
      expect(await text('h1')).toBe('ActiveCampaign is connected');
      expect(await connection(conn.connection_id)).toMatchObject({ status: 'ACTIVE', metadata: { account: 'myaccount' } });

      const call = await gw.call('/active-campaign/api/3/contacts', { headers: { 'maton-connection': conn.connection_id } });
      expect(call.status).toBe(200);
      expect(up.last().url).toBe('/api/3/contacts');
      expect(up.last().headers['api-token']).toBe(key);
    });
  });

  describe('OAuth 2.0 (QuickBooks)', () => {
    const authorizeUrl = (u: string) => /\/connect\/oauth2\?/.test(u) && !u.startsWith(relay.origin);
    const callbackUrl = (u: string) => u.startsWith(`${relay.origin}/oauth/callback?`);

    /** Opens the connect link and presses Continue; resolves on the fake Intuit page. */
    async function continueToIntuit(conn: Conn): Promise<void> {
      await expectPage(await page.goto(conn.url), 200);
      // The realm ID field is `required` on the page (see the it.fails below), so the browser needs a value to submit.
      await page.getByLabel('Company (realm) ID').fill('1111');
      const resp = await navigate(() => page.getByRole('button', { name: 'Continue to QuickBooks' }).click(), authorizeUrl);
      expect(resp.status()).toBe(200);
      expect(await page.title()).toBe('Intuit sign-in (fake)');
    }

    /** The whole sign-in; returns the callback URL the browser was sent to. */
    async function signIn(conn: Conn): Promise<string> {
      await continueToIntuit(conn);
      const resp = await navigate(() => page.click('#allow'), callbackUrl);
      await expectPage(resp, 200, [intuit.issued.at(-1)!.access_token, intuit.issued.at(-1)!.refresh_token, new URL(resp.url()).searchParams.get('code')!]);
      expect(await text('h1')).toBe('QuickBooks is connected');
      return resp.url();
    }

    it('Continue goes to the authorize page, the code is exchanged with basic client auth, realmId comes from the callback, and the token is injected', async () => {
      const conn = (await gw.connect({ app: 'quickbooks' })) as Conn;
      expect(conn).toMatchObject({ status: 'PENDING', method: 'OAUTH2', metadata: {} });
      const tokensBefore = intuit.token.requests.length;

      await expectPage(await page.goto(conn.url), 200);
      expect(await text('h1')).toBe('Connect QuickBooks');
      expect(await page.locator('legend').allInnerTexts()).toEqual(['Sign in (OAuth 2.0)']);
      await page.getByLabel('Company (realm) ID').fill('1111');
      const atIntuit = await navigate(() => page.getByRole('button', { name: 'Continue to QuickBooks' }).click(), authorizeUrl);
      expect(atIntuit.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe('/connect/oauth2');

      const q = intuit.authorizeQueries.at(-1)!;
      expect(Object.fromEntries(q)).toEqual({
        response_type: 'code',
        client_id: QB_CLIENT_ID,
        redirect_uri: `${relay.origin}/oauth/callback`,
        state: q.get('state'),
        scope: QB_SCOPE, // no code_challenge: QuickBooks takes no PKCE
      });
      expect(q.get('state')).toMatch(/^[A-Za-z0-9_-]{32}$/);

      const back = await navigate(() => page.click('#allow'), callbackUrl);
      const callback = new URL(back.url());
      expect(callback.searchParams.get('state')).toBe(q.get('state'));
      const code = callback.searchParams.get('code')!;
      const tokens = intuit.issued.at(-1)!;
      await expectPage(back, 200, [tokens.access_token, tokens.refresh_token, code]);
      expect(await page.title()).toBe('QuickBooks connected · Switchboard');
      expect(await text('h1')).toBe('QuickBooks is connected');

      // The code exchange: form-encoded, the client in a Basic header (clientAuth: basic), nothing else.
      expect(intuit.token.requests.length).toBe(tokensBefore + 1);
      const t = intuit.token.last();
      expect(t.method).toBe('POST');
      expect(t.url).toBe('/oauth2/v1/tokens/bearer');
      expect(t.headers['content-type']).toBe('application/x-www-form-urlencoded');
      expect(t.headers.authorization).toBe(`Basic ${Buffer.from(`${QB_CLIENT_ID}:${QB_CLIENT_SECRET}`).toString('base64')}`);
      expect(Object.fromEntries(new URLSearchParams(t.body.toString()))).toEqual({
        grant_type: 'authorization_code',
        code,
        redirect_uri: `${relay.origin}/oauth/callback`,
      });

      // The callback's realmId wins over what was typed on the page.
      expect(await connection(conn.connection_id)).toMatchObject({ status: 'ACTIVE', method: 'OAUTH2', metadata: { realmId: REALM } });
      const call = await gw.call('/quickbooks/v3/company/:realmId/companyinfo/:realmId', { headers: { 'maton-connection': conn.connection_id } });
      expect(call.status).toBe(200);
      expect(up.last().url).toBe(`/v3/company/${REALM}/companyinfo/${REALM}`);
      expect(up.last().headers.authorization).toBe(`Bearer ${tokens.access_token}`);
    });

    // The realm ID input used to be `required` although the callback supplies realmId.
    it('Continue needs no realm ID: the callback supplies it', async () => {
      const conn = (await gw.connect({ app: 'quickbooks' })) as Conn;
      await expectPage(await page.goto(conn.url), 200);
      const form = page.locator('form[action="/connect/start"]');
      expect(await form.evaluate((f: HTMLFormElement) => f.checkValidity())).toBe(true);
    });

    it.each([
      ['the user cancels: a PENDING connection becomes FAILED', '#deny', false, 'FAILED', 'User <b>denied</b> access', 0],
      ['the user cancels: an ACTIVE connection being re-authorised stays ACTIVE', '#deny', true, 'ACTIVE', 'User <b>denied</b> access', 0],
      ['the token endpoint refuses the code: the connection becomes FAILED', '#forged', false, 'FAILED', 'token endpoint refused: invalid_grant (Invalid authorization code)', 1],
    ] as const)('a sign-in that does not finish (%s) shows a readable page', async (_name, link, activeFirst, status, alert, exchanges) => {
      let conn = (await gw.connect({ app: 'quickbooks' })) as Conn;
      if (activeFirst) {
        await signIn(conn);
        // Re-authorising an ACTIVE connection takes a new link, asked for with the API key.
        conn = ((await (await gw.call(`/connections/${conn.connection_id}`, { method: 'POST' })).json()) as { connection: Conn }).connection;
      }
      const tokensBefore = intuit.token.requests.length;

      await continueToIntuit(conn);
      const resp = await navigate(() => page.click(link), callbackUrl);
      await expectPage(resp, 400, ['AB11forgedcode']);
      expect(await page.title()).toBe('Not connected · Switchboard');
      expect(await text('h1')).toBe('QuickBooks was not connected');
      // The reason is shown as text: markup in error_description is escaped, not rendered.
      expect(await text('[role=alert]')).toBe(alert);
      expect(await page.locator('[role=alert] b').count()).toBe(0);
      expect(intuit.token.requests.length).toBe(tokensBefore + exchanges);
      expect((await connection(conn.connection_id)).status).toBe(status);
    });

    it('a FAILED connection can be signed in again from the same link', async () => {
      const conn = (await gw.connect({ app: 'quickbooks' })) as Conn;
      await continueToIntuit(conn);
      await navigate(() => page.click('#deny'), callbackUrl);
      expect((await connection(conn.connection_id)).status).toBe('FAILED');
      await signIn(conn);
      expect(await connection(conn.connection_id)).toMatchObject({ status: 'ACTIVE', metadata: { realmId: REALM } });
    });

    it('a reused, unknown or missing state shows the expired sign-in page and changes nothing', async () => {
      const conn = (await gw.connect({ app: 'quickbooks' })) as Conn;
      const used = await signIn(conn);
      const before = await connection(conn.connection_id);
      const tokensBefore = intuit.token.requests.length;
      const cases: [string, string][] = [
        ['the state of a finished sign-in', used],
        ['an unknown state', `${relay.origin}/oauth/callback?code=AB11unknowncode&state=${'Z'.repeat(32)}&realmId=${REALM}`],
        ['no state', `${relay.origin}/oauth/callback?code=AB11unknowncode&realmId=${REALM}`],
      ];
      for (const [name, url] of cases) {
        const body = await expectPage(await page.goto(url), 400);
        expect(await page.title(), name).toBe('Sign-in expired · Switchboard');
        expect(await text('h1'), name).toBe('This sign-in has expired');
        expect(body, name).toContain('<p>Open the connection link again to start over.</p>');
      }
      expect(intuit.token.requests.length).toBe(tokensBefore);
      expect(await connection(conn.connection_id)).toEqual(before);
    });
  });

  describe('bad session tokens', () => {
    it.each([
      ['no session_token', '/connect'],
      ['a malformed session_token', '/connect?session_token=..%2F..%2Fadmin'],
      ['a well-formed but unknown session_token', `/connect?session_token=${'A'.repeat(32)}`],
      ['/connect/start with an unknown session_token', `/connect/start?session_token=${'A'.repeat(32)}&method=OAUTH2`],
    ])('%s → 404 "This link is not valid"', async (_name, path) => {
      await expectPage(await page.goto(`${relay.origin}${path}`), 404);
      expect(await page.title()).toBe('Link expired · Switchboard');
      expect(await text('h1')).toBe('This link is not valid');
    });

    it('the link of a deleted connection → 404, and a form posted with an unknown token → 404', async () => {
      const conn = (await gw.connect({ app: 'brevo' })) as Conn;
      expect((await gw.call(`/connections/${conn.connection_id}`, { method: 'DELETE' })).status).toBe(200);
      await expectPage(await page.goto(conn.url), 404);
      expect(await text('h1')).toBe('This link is not valid');

      const key = useSecret('xkeysib-posted-with-unknown-token-0123456789');
      const res = await fetch(`${relay.origin}/connect`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ session_token: 'B'.repeat(32), method: 'API_KEY', 'cred.api_key': key }).toString(),
      });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-security-policy')).toBe(CSP);
      const body = await res.text();
      expect(body).toContain('<h1>This link is not valid</h1>');
      expect(body).not.toContain(key);
    });
  });
});
