/**
 * The dashboard's session cookie and CSRF rules over plain HTTP (no browser): the cookie's
 * flags (HttpOnly, SameSite=Strict, Path=/dashboard, Secure behind an https public URL) and
 * that it never holds the key in clear; POSTs without the session's CSRF token, with another
 * session's token, or marked cross-site are refused and change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type TestGateway } from '../../support/gateway.js';

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

describe('dashboard session and CSRF', () => {
  let gw: TestGateway;
  let https: TestGateway;

  beforeAll(async () => {
    gw = await startGateway();
    https = await startGateway({ env: { SWITCHBOARD_PUBLIC_URL: 'https://switchboard.example.com' } });
  });
  afterAll(async () => {
    await gw?.close();
    await https?.close();
  });

  async function signIn(g: TestGateway, key = g.key): Promise<Response> {
    return fetch(`${g.url}/dashboard/sign-in`, { method: 'POST', headers: FORM, body: form({ key }), redirect: 'manual' });
  }

  /** Signs in; returns the cookie pair to send and the CSRF token of the dashboard's forms. */
  async function session(g: TestGateway): Promise<{ cookie: string; csrf: string; page: string }> {
    const res = await signIn(g);
    expect(res.status).toBe(303);
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    const page = await (await fetch(`${g.url}/dashboard`, { headers: { cookie } })).text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(page)![1]!;
    return { cookie, csrf, page };
  }

  it('a wrong key gets 401 and no cookie; a good one a 303 with an HttpOnly, SameSite=Strict, Path=/dashboard cookie that hides the key', async () => {
    const wrong = await signIn(gw, 'sbk_AAAAAAAAAAAA_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect(await wrong.text()).toContain('That API key was not accepted.');

    const ok = await signIn(gw);
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/dashboard');
    const set = ok.headers.get('set-cookie')!;
    expect(set).toMatch(/^sb_dashboard=[A-Za-z0-9._-]+; Path=\/dashboard; HttpOnly; SameSite=Strict; Max-Age=43200$/);
    expect(set).not.toContain(gw.key);
    expect(set).not.toContain(gw.key.split('_')[2]);

    const { page } = await session(gw);
    expect(page).not.toContain(gw.key);
    expect(page).toContain('<h2 id="connections-h">Connections</h2>');

    // Behind an https public URL the cookie is also Secure.
    const secure = (await signIn(https)).headers.get('set-cookie')!;
    expect(secure).toMatch(/; HttpOnly; SameSite=Strict; Max-Age=43200; Secure$/);

    // A cookie that does not open (tampered) is no session: the sign-in page, and the cookie is cleared.
    const tampered = await fetch(`${gw.url}/dashboard`, { headers: { cookie: `${set.split(';')[0]!.slice(0, -2)}xx` } });
    expect(tampered.status).toBe(200);
    expect(await tampered.text()).toContain('<label for="key">API key</label>');
    expect(tampered.headers.get('set-cookie')).toBe('sb_dashboard=; Path=/dashboard; HttpOnly; SameSite=Strict; Max-Age=0');
  });

  it('refuses a POST without the CSRF token, with another session\'s, or sent cross-site; with the token it works', async () => {
    const a = await session(gw);
    const b = await session(gw);
    expect(a.csrf).not.toBe(b.csrf);
    const keyCount = async () => (await gw.sb.store.listApiKeys(gw.accountId, 0, 1000)).items.length;
    const connCount = async () => (await gw.sb.connections.list(gw.accountId, new URLSearchParams())).length;
    const keys = await keyCount();
    const conns = await connCount();
    const id = '5b0c7c1e-7d7e-4c59-9a51-2f7f3a9d6c01';
    const post = (path: string, body: Record<string, string>, headers: Record<string, string> = {}) =>
      fetch(`${gw.url}/dashboard${path}`, { method: 'POST', headers: { ...FORM, cookie: a.cookie, ...headers }, body: form(body), redirect: 'manual' });

    for (const res of [
      await post('/keys', { id, name: 'no token' }),
      await post('/keys', { id, name: 'other token', csrf: b.csrf }),
      await post('/keys', { id, name: 'cross site', csrf: a.csrf }, { 'sec-fetch-site': 'cross-site' }),
      await post('/connections', { app: 'slack' }),
      await post('/sign-out', {}),
    ]) {
      expect(res.status).toBe(403);
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(await res.text()).toContain('Request refused');
    }
    expect(await keyCount()).toBe(keys);
    expect(await connCount()).toBe(conns);

    const created = await post('/keys', { id, name: 'with token', csrf: a.csrf });
    expect(created.status).toBe(201);
    expect(await created.text()).toMatch(/value="sbk_[A-Za-z0-9]{12}_[A-Za-z0-9]{32}"/);
    const again = await post('/keys', { id, name: 'with token', csrf: a.csrf });
    expect(again.status).toBe(409);
    expect(await again.text()).not.toMatch(/sbk_/);
    expect(await keyCount()).toBe(keys + 1);
    expect((await post('/connections', { app: 'slack', csrf: a.csrf })).status).toBe(201);
    expect(await connCount()).toBe(conns + 1);

    // Without a session a POST does nothing but send the browser to the sign-in page.
    const anonymous = await fetch(`${gw.url}/dashboard/connections`, { method: 'POST', headers: FORM, body: form({ app: 'slack', csrf: a.csrf }), redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(await connCount()).toBe(conns + 1);

    // Signing out clears the cookie.
    const out = await post('/sign-out', { csrf: a.csrf });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toBe('sb_dashboard=; Path=/dashboard; HttpOnly; SameSite=Strict; Max-Age=0');
  });

  it('counts against the control API budget of the account and answers a page with Retry-After when over it', async () => {
    const slow = await startGateway({ env: { SWITCHBOARD_CONTROL_RATE_LIMIT: '1', SWITCHBOARD_CONTROL_RATE_BURST: '1' } });
    try {
      const cookie = (await signIn(slow)).headers.get('set-cookie')!.split(';')[0]!;
      expect((await fetch(`${slow.url}/dashboard`, { headers: { cookie } })).status).toBe(200);
      const over = await fetch(`${slow.url}/dashboard`, { headers: { cookie } });
      expect(over.status).toBe(429);
      expect(over.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(over.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await over.text()).toContain('Too many requests for this account');
    } finally {
      await slow.close();
    }
  });
});
