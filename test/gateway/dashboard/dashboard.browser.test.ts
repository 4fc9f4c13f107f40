/**
 * The dashboard (/dashboard) driven in headless Chromium against a real gateway: a wrong key
 * is refused; signing in shows the account's connections (status, reason for FAILED, app,
 * created, last updated) and keys; a Slack connection created on the dashboard is completed
 * through its connect link's API-key form and shows ACTIVE; reconnect gives a fresh link;
 * delete asks for confirmation; a key created on the dashboard is shown once and not on
 * reload, and once revoked gets 401 from /connections; signing out asks for sign-in again;
 * and the sign-in and sign-out work from the keyboard alone. A screenshot of the signed-in
 * page goes to /tmp/dashboard.png.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page, type Response as PageResponse } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGateway, useSecret, type TestGateway } from '../../support/gateway.js';

const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.warn(`dashboard browser tests skipped: ${CHROMIUM} is absent (apt-get install -y chromium)`);

const CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

type Conn = { connection_id: string; status: string; url?: string; app: string; method: string; status_reason?: string };

describe.skipIf(!HAVE_CHROMIUM)('dashboard in a browser', () => {
  let gw: TestGateway;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    gw = await startGateway();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await gw?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterEach(async () => {
    await context.close();
  });

  const dashboard = () => `${gw.url}/dashboard`;

  /** Runs `action` and resolves with the main-frame navigation response that ends it (after redirects), once loaded. */
  async function navigate(action: () => Promise<unknown>): Promise<PageResponse> {
    const [resp] = await Promise.all([
      page.waitForResponse((r) => r.request().isNavigationRequest() && r.request().frame() === page.mainFrame() && r.status() !== 303),
      page.waitForEvent('load'),
      action(),
    ]);
    return resp;
  }

  /** Headers every dashboard page carries; no secret in the body; returns the body. */
  async function expectPage(resp: PageResponse | null, status: number, secrets: string[] = []): Promise<string> {
    expect(resp).not.toBeNull();
    expect(resp!.status()).toBe(status);
    const h = resp!.headers();
    expect(h['content-type']).toBe('text/html; charset=utf-8');
    expect(h['content-security-policy']).toBe(CSP);
    expect(h['cache-control']).toBe('no-store');
    const body = await resp!.text();
    for (const s of [...secrets, gw.key]) expect(body).not.toContain(s);
    return body;
  }

  async function signIn(key = gw.key): Promise<void> {
    await expectPage(await page.goto(dashboard()), 200);
    await page.getByLabel('API key').fill(key);
    await expectPage(await navigate(() => page.getByRole('button', { name: 'Sign in' }).click()), 200);
    expect(await page.getByRole('heading', { name: 'Connections' }).count()).toBe(1);
  }

  async function connection(id: string, key = gw.key): Promise<{ status: number; conn?: Conn }> {
    const res = await gw.call(`/connections/${id}`, { key });
    return { status: res.status, conn: res.ok ? ((await res.json()) as { connection: Conn }).connection : undefined };
  }

  const row = (id: string) => page.locator(`tr[data-connection="${id}"]`);

  it('refuses a wrong key; signed in, lists the connections with status, reason, app, created and last updated (screenshot)', async () => {
    const wrong = useSecret('sbk_AAAAAAAAAAAA_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB');
    await expectPage(await page.goto(dashboard()), 200);
    expect(await page.title()).toBe('Sign in · Switchboard');
    await page.getByLabel('API key').fill(wrong);
    const refused = await navigate(() => page.getByRole('button', { name: 'Sign in' }).click());
    await expectPage(refused, 401, [wrong]);
    expect(await page.locator('[role=alert]').innerText()).toBe('That API key was not accepted.');
    expect(await context.cookies()).toEqual([]);

    const token = useSecret('xoxb-dashboard-active-0123456789');
    const active = await gw.connect({ app: 'slack', method: 'API_KEY', credentials: { token } });
    const failed = await gw.connect({ app: 'hubspot' });
    await gw.sb.connections.fail((await gw.sb.store.getConnection(failed.connection_id))!, 'refresh refused: invalid_grant');

    await signIn();
    const cookies = await context.cookies();
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ name: 'sb_dashboard', path: '/dashboard', httpOnly: true, sameSite: 'Strict', secure: false });
    expect(cookies[0]!.value).not.toContain(gw.key);
    expect(page.url()).toBe(dashboard());
    const body = await page.content();
    for (const s of [gw.key, token]) expect(body).not.toContain(s);
    // Self-contained: no script, no stylesheet or font from elsewhere.
    expect(body).not.toMatch(/<script|<link|@import|url\(|@font-face/i);

    const a = row(active.connection_id);
    expect(await a.locator('td').nth(0).innerText()).toContain('slack');
    expect(await a.locator('td').nth(1).innerText()).toBe('ACTIVE');
    expect(await a.locator('td').nth(2).innerText()).toBe('API_KEY');
    const f = row(failed.connection_id);
    expect(await f.locator('td').nth(0).innerText()).toContain('hubspot');
    expect(await f.locator('td').nth(1).innerText()).toBe('FAILED\nrefresh refused: invalid_grant');
    const rec = (await gw.sb.store.getConnection(failed.connection_id))!;
    expect(await f.locator('td:nth-child(4) time').getAttribute('datetime')).toBe(rec.createdAt);
    expect(await f.locator('td:nth-child(5) time').getAttribute('datetime')).toBe(rec.updatedAt);
    expect(await page.locator('section[aria-labelledby=connections-h] thead th').allInnerTexts()).toEqual(['App', 'Status', 'Method', 'Created', 'Last updated', 'Actions']);
    await page.screenshot({ path: '/tmp/dashboard.png', fullPage: true });
  });

  it('creates a Slack connection, completes it through its connect link (ACTIVE on the dashboard), reconnects, deletes after confirming', async () => {
    const token = useSecret('xoxb-dashboard-created-0123456789');
    await signIn();
    await page.getByLabel('App').selectOption('slack');
    const created = await navigate(() => page.getByRole('button', { name: 'Create connection' }).click());
    await expectPage(created, 201);
    expect(await page.locator('h1').innerText()).toBe('slack connection created');
    const link = page.getByRole('link', { name: 'Open the connect link' });
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/\/connect\?session_token=[A-Za-z0-9_-]{32}$/);
    const id = /Connection (\S+) is PENDING/.exec(await page.locator('[role=status]').innerText())![1]!;
    expect((await connection(id)).conn).toMatchObject({ status: 'PENDING', app: 'slack', url: href });

    // The connect page's API-key form (Slack's bot or user token).
    await navigate(() => link.click());
    expect(await page.locator('h1').innerText()).toBe('Connect Slack');
    await page.getByLabel('Token', { exact: true }).fill(token);
    await navigate(() => page.getByRole('button', { name: 'Connect', exact: true }).click());
    expect(await page.locator('h1').innerText()).toBe('Slack is connected');

    await expectPage(await page.goto(dashboard()), 200, [token]);
    expect(await row(id).locator('td').nth(1).innerText()).toBe('ACTIVE');
    expect(await row(id).locator('td').nth(2).innerText()).toBe('API_KEY');

    // Reconnect: a fresh single-use link (the same code as POST /connections/{id}).
    await expectPage(await navigate(() => row(id).getByRole('button', { name: /^Reconnect/ }).click()), 200);
    const renewed = (await page.getByRole('link', { name: 'Open the connect link' }).getAttribute('href'))!;
    expect(renewed).not.toBe(href);
    await navigate(() => page.getByRole('link', { name: 'Open the connect link' }).click());
    expect(await page.locator('p.ok').innerText()).toBe('This connection is active. Submitting again replaces its credential.');
    expect((await page.goto(href))!.status()).toBe(404); // the first link was replaced: it opens nothing now

    // Delete: a confirmation page; Cancel keeps it, confirming deletes it.
    await page.goto(dashboard());
    await expectPage(await navigate(() => row(id).getByRole('link', { name: /^Delete/ }).click()), 200);
    expect(await page.locator('h1').innerText()).toBe('Delete this slack connection?');
    await navigate(() => page.getByRole('link', { name: 'Cancel' }).click());
    expect(await row(id).count()).toBe(1);
    expect((await connection(id)).status).toBe(200);
    await navigate(() => row(id).getByRole('link', { name: /^Delete/ }).click());
    await expectPage(await navigate(() => page.getByRole('button', { name: 'Delete connection' }).click()), 200);
    expect(page.url()).toBe(dashboard());
    expect(await row(id).count()).toBe(0);
    expect((await connection(id)).status).toBe(404);
  });

  it('creates a key (shown once: not on reload, not on the dashboard), which works until revoked (then 401 from /connections)', async () => {
    await signIn();
    await page.getByLabel('Key name').fill('ci robot');
    const created = await navigate(() => page.getByRole('button', { name: 'Create key' }).click());
    const body = await expectPage(created, 201);
    expect(await page.locator('h1').innerText()).toBe('API key “ci robot” created');
    const secret = useSecret(await page.getByLabel('New API key').inputValue());
    expect(secret).toMatch(/^sbk_[A-Za-z0-9]{12}_[A-Za-z0-9]{32}$/);
    expect(body).toContain(secret);
    expect((await gw.call('/connections', { key: secret })).status).toBe(200);

    // A reload sends the same form again: nothing new is created and the secret is not shown.
    const reloaded = await page.reload();
    const again = await reloaded!.text();
    expect(again).not.toContain(secret);
    expect(await page.locator('h1').innerText()).toBe('This key was already created');
    const before = (await gw.sb.store.listApiKeys(gw.accountId, 0, 1000)).items.filter((k) => k.name === 'ci robot');
    expect(before).toHaveLength(1);

    const home = await expectPage(await page.goto(dashboard()), 200, [secret]);
    expect(home).not.toContain(secret.slice(4));
    const keyRow = page.locator(`tr[data-key="${before[0]!.id}"]`);
    expect(await keyRow.locator('td').first().innerText()).toBe('ci robot');
    expect(await keyRow.locator('time').getAttribute('datetime')).toBe(before[0]!.createdAt);

    await expectPage(await navigate(() => keyRow.getByRole('button', { name: 'Revoke key ci robot' }).click()), 200, [secret]);
    expect(await page.locator(`tr[data-key="${before[0]!.id}"]`).count()).toBe(0);
    expect((await gw.call('/connections', { key: secret })).status).toBe(401);
  });

  it('signing out clears the cookie; the dashboard then asks for sign-in again', async () => {
    await signIn();
    await expectPage(await navigate(() => page.getByRole('button', { name: 'Sign out' }).click()), 200);
    expect(await page.title()).toBe('Sign in · Switchboard');
    expect(await context.cookies()).toEqual([]);
    await expectPage(await page.goto(dashboard()), 200);
    expect(await page.getByLabel('API key').count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Connections' }).count()).toBe(0);
    // Pages behind the sign-in send the browser back to it.
    await page.goto(`${dashboard()}/connections/00000000-0000-4000-8000-000000000000/delete`);
    expect(page.url()).toBe(dashboard());
  });

  it('works from the keyboard: Tab to the key field, type, Enter signs in; Tab to Sign out, Enter signs out', async () => {
    await page.goto(dashboard());
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.id || document.activeElement?.textContent?.trim() || '');
    let steps = 0;
    while ((await focused()) !== 'key' && steps++ < 10) await page.keyboard.press('Tab');
    expect(await focused()).toBe('key');
    await page.keyboard.type(gw.key);
    await navigate(() => page.keyboard.press('Enter'));
    expect(await page.getByRole('heading', { name: 'Connections' }).count()).toBe(1);

    steps = 0;
    while ((await focused()) !== 'Sign out' && steps++ < 10) await page.keyboard.press('Tab');
    expect(await focused()).toBe('Sign out');
    await navigate(() => page.keyboard.press('Enter'));
    expect(await page.title()).toBe('Sign in · Switchboard');
  });
});
