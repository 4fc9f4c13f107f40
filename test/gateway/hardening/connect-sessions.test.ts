/**
 * Issue 9, item 3: the connect url is no longer a permanent bearer capability. A connect
 * session expires (SWITCHBOARD_CONNECT_TTL_SECONDS), is used once, never replaces an ACTIVE
 * connection's credential unless the key holder asked for a new session (POST /connections/{id}),
 * and the url is listed only while the connection is PENDING.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../../packages/gateway/src/accounts/api-keys.js';
import { startGateway, useSecret, type TestGateway } from '../../support/gateway.js';
import { startUpstream, type FakeUpstream } from '../../support/upstream.js';

const SESSION_URL = /\/connect\?session_token=([A-Za-z0-9_-]{32})$/;

interface Connection {
  connection_id: string;
  status: string;
  url?: string;
  app: string;
}

let gw: TestGateway;
let up: FakeUpstream;

beforeAll(async () => {
  up = await startUpstream();
  gw = await startGateway({ env: { SWITCHBOARD_UPSTREAMS: JSON.stringify({ 'slack.com': up.origin }) } });
});
afterAll(async () => {
  await gw?.close();
  await up?.close();
});

async function freshKey(name: string): Promise<string> {
  const { id } = await createAccount(gw.sb.store, name);
  return gw.newKey(id);
}

function submit(g: TestGateway, token: string, fields: Record<string, string>): Promise<Response> {
  return fetch(`${g.url}/connect`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ session_token: token, method: 'API_KEY', ...fields }).toString(),
  });
}

/** What the fake Slack saw as the credential of the account's next proxied call. */
async function nextCallAuth(key: string): Promise<string | undefined> {
  const res = await gw.call('/slack/api/auth.test', { method: 'POST', key });
  expect(res.status).toBe(200);
  return up.last().headers.authorization as string | undefined;
}

function tokenOf(url: string | undefined): string {
  expect(url).toMatch(SESSION_URL);
  return SESSION_URL.exec(url!)![1]!;
}

describe('connect sessions', () => {
  it('a used link cannot be replayed: the page and the form answer 410 "already been used"', async () => {
    const key = await freshKey('replay');
    const owner = useSecret('xoxb-replay-owner-token-0001');
    const c = await gw.connect({ app: 'slack', method: 'API_KEY' }, key);
    const token = tokenOf(c.url);

    let res = await submit(gw, token, { 'cred.token': owner });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('is connected');

    res = await fetch(`${gw.url}/connect?session_token=${token}`);
    expect(res.status).toBe(410);
    expect(await res.text()).toContain('already been used');
    res = await submit(gw, token, { 'cred.token': useSecret('xoxb-replay-attacker-token-0002') });
    expect(res.status).toBe(410);
    expect(await res.text()).toContain('already been used');
    expect(await nextCallAuth(key)).toBe(`Bearer ${owner}`);
  });

  it('an old link against an ACTIVE connection leaves its credential unchanged', async () => {
    const key = await freshKey('old-link-active');
    const original = useSecret('xoxb-old-link-original-0003');
    const attacker = useSecret('xoxb-old-link-attacker-0004');
    // ACTIVE at once, from a credential: its session was never meant to be used.
    const c = await gw.connect({ app: 'slack', method: 'API_KEY', credentials: { token: original } }, key);
    expect(c.status).toBe('ACTIVE');
    const rec = (await gw.sb.store.getConnection(c.connection_id))!;
    const token = gw.sb.sealer.open(rec.session, `session:${rec.id}`);

    const res = await submit(gw, token, { 'cred.token': attacker });
    expect(res.status).toBe(410);
    expect(await nextCallAuth(key)).toBe(`Bearer ${original}`);
  });

  it('the url is listed only while the connection is PENDING', async () => {
    const key = await freshKey('url-listing');
    const active = await gw.connect({ app: 'slack', method: 'API_KEY', credentials: { token: useSecret('xoxb-url-listing-0005') } }, key);
    const pending = await gw.connect({ app: 'slack' }, key);
    expect(active).not.toHaveProperty('url');
    tokenOf(pending.url);

    const listed = ((await (await gw.call('/connections', { key })).json()) as { connections: Connection[] }).connections;
    const byId = new Map(listed.map((x) => [x.connection_id, x]));
    expect(byId.get(active.connection_id)).not.toHaveProperty('url');
    tokenOf(byId.get(pending.connection_id)!.url);
    const one = ((await (await gw.call(`/connections/${active.connection_id}`, { key })).json()) as { connection: Connection }).connection;
    expect(one.status).toBe('ACTIVE');
    expect(one).not.toHaveProperty('url');
  });

  it('POST /connections/{id} gives the key holder a new single-use link that re-authorises', async () => {
    const key = await freshKey('reconnect');
    const first = useSecret('xoxb-reconnect-first-0006');
    const second = useSecret('xoxb-reconnect-second-0007');
    const c = await gw.connect({ app: 'slack', method: 'API_KEY', credentials: { token: first } }, key);

    // Without the key, no new session.
    expect((await gw.call(`/connections/${c.connection_id}`, { method: 'POST', key: null })).status).toBe(401);
    const res = await gw.call(`/connections/${c.connection_id}`, { method: 'POST', key });
    expect(res.status).toBe(200);
    const again = ((await res.json()) as { connection: Connection }).connection;
    expect(again.status).toBe('ACTIVE');
    const token = tokenOf(again.url);

    expect((await submit(gw, token, { 'cred.token': second })).status).toBe(200);
    expect(await nextCallAuth(key)).toBe(`Bearer ${second}`);
    expect((await submit(gw, token, { 'cred.token': first })).status).toBe(410);
    expect(await nextCallAuth(key)).toBe(`Bearer ${second}`);
  });

  it('an OAuth sign-in started through a link cannot finish once the link was used: the callback changes nothing', async () => {
    const owner = useSecret('xoxb-oauth-race-owner-0009');
    const attacker = useSecret('xoxp-oauth-race-attacker-0010');
    const slack = await startUpstream((_req, res, r) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      if (r.url.startsWith('/api/oauth.v2.access')) res.end(JSON.stringify({ ok: true, authed_user: { access_token: attacker } }));
      else res.end(JSON.stringify({ ok: true, auth: r.headers.authorization }));
    });
    const g = await startGateway({
      env: {
        SWITCHBOARD_UPSTREAMS: JSON.stringify({ 'slack.com': slack.origin }),
        SWITCHBOARD_OAUTH_SLACK_CLIENT_ID: 'slack-client-id',
        SWITCHBOARD_OAUTH_SLACK_CLIENT_SECRET: useSecret('slack-client-secret-0011'),
      },
    });
    try {
      const c = await g.connect({ app: 'slack' });
      const token = tokenOf(c.url);
      // Someone holding the link starts a sign-in with it...
      const start = await fetch(`${g.url}/connect/start?session_token=${token}&method=OAUTH2`, { redirect: 'manual' });
      expect(start.status).toBe(302);
      const state = new URL(start.headers.get('location')!).searchParams.get('state')!;
      // ...the owner completes the link with the form...
      expect((await submit(g, token, { 'cred.token': owner })).status).toBe(200);
      // ...and the sign-in's callback arrives afterwards.
      const cb = await fetch(`${g.url}/oauth/callback?code=code-1&state=${state}`);
      expect(cb.status).toBe(410);
      expect(await cb.text()).toContain('already been used');
      const res = await g.call('/slack/api/auth.test', { method: 'POST' });
      expect(((await res.json()) as { auth: string }).auth).toBe(`Bearer ${owner}`);
      const after = ((await (await g.call(`/connections/${c.connection_id}`)).json()) as { connection: Connection }).connection;
      expect(after.status).toBe('ACTIVE');
    } finally {
      await g.close();
      await slack.close();
    }
  });

  it('a link expires after SWITCHBOARD_CONNECT_TTL_SECONDS', async () => {
    const short = await startGateway({ env: { SWITCHBOARD_CONNECT_TTL_SECONDS: '1' } });
    try {
      const c = await short.connect({ app: 'slack', method: 'API_KEY' });
      const token = tokenOf(c.url);
      expect((await fetch(`${short.url}/connect?session_token=${token}`)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 1300));
      let res = await fetch(`${short.url}/connect?session_token=${token}`);
      expect(res.status).toBe(410);
      expect(await res.text()).toContain('expired');
      res = await submit(short, token, { 'cred.token': useSecret('xoxb-expired-link-0008') });
      expect(res.status).toBe(410);
      const after = ((await (await short.call(`/connections/${c.connection_id}`)).json()) as { connection: Connection }).connection;
      expect(after.status).toBe('PENDING');
    } finally {
      await short.close();
    }
  });
});
