/**
 * Every error the gateway answers itself: one JSON envelope with a stable code and a hint,
 * the x-switchboard-error header, never a stack trace; and upstream errors never wrapped.
 */
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../packages/gateway/src/accounts/api-keys.js';
import { startGateway, useSecret, type TestGateway } from '../support/gateway.js';
import { startUpstream, type FakeUpstream } from '../support/upstream.js';

let up: FakeUpstream;
let gw: TestGateway;

beforeAll(async () => {
  up = await startUpstream();
  gw = await startGateway({ env: { SWITCHBOARD_UPSTREAMS: JSON.stringify({ brevo: up.origin, slack: up.origin, stripe: up.origin }) } });
});
afterAll(async () => {
  await gw.close();
  await up.close();
});

type Envelope = { error: { code: string; status: number; message: string; hint: string; field?: string } };

async function expectError(res: Response, status: number, code: string): Promise<Envelope['error']> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(res.headers.get('x-switchboard-error')).toBe(code);
  const text = await res.text();
  expect(text).not.toMatch(/\n\s+at |\.ts:\d+/); // no stack trace
  const body = JSON.parse(text) as Envelope;
  expect(body.error.code).toBe(code);
  expect(body.error.status).toBe(status);
  expect(body.error.message.length).toBeGreaterThan(5);
  expect(body.error.hint.length).toBeGreaterThan(5);
  return body.error;
}

function rawGet(url: string, path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    // Options, not a URL string: a URL would be normalised (dot segments resolved) before sending.
    const u = new URL(url);
    const req = httpRequest({ host: u.hostname, port: u.port, path, headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('gateway errors', () => {
  it('401 GW_ERR_UNAUTHORIZED without a key, with a malformed key, with an unknown key', async () => {
    await expectError(await gw.call('/slack/api/auth.test', { key: null }), 401, 'GW_ERR_UNAUTHORIZED');
    await expectError(await gw.call('/slack/api/auth.test', { key: 'not-a-key' }), 401, 'GW_ERR_UNAUTHORIZED');
    await expectError(await gw.call('/slack/api/auth.test', { key: `sbk_${'A'.repeat(12)}_${'B'.repeat(32)}` }), 401, 'GW_ERR_UNAUTHORIZED');
    await expectError(await gw.call('/connections', { key: null }), 401, 'GW_ERR_UNAUTHORIZED');
  });

  it('404 GW_ERR_UNKNOWN_APP with a "did you mean"', async () => {
    const e = await expectError(await gw.call('/gmail/gmail/v1/users/me/messages'), 404, 'GW_ERR_UNKNOWN_APP');
    expect(e.message).toContain('"google-mail"');
    const typo = await expectError(await gw.call('/slakc/api/auth.test'), 404, 'GW_ERR_UNKNOWN_APP');
    expect(typo.message).toContain('"slack"');
    const none = await expectError(await gw.call('/zzzzzzzzzz/x'), 404, 'GW_ERR_UNKNOWN_APP');
    expect(none.message).not.toContain('Did you mean');
  });

  it('400 GW_ERR_NO_CONNECTION when the account has no connection for the app, with the fix in the hint', async () => {
    const e = await expectError(await gw.call('/google-docs/v1/documents/abc'), 400, 'GW_ERR_NO_CONNECTION');
    expect(e.hint).toContain('POST /connections');
    expect(e.hint).toContain('google-docs');
  });

  it('400 GW_ERR_CONNECTION_NOT_FOUND for an unknown id, a malformed id, another app\'s and another account\'s connection — all alike', async () => {
    const mine = await gw.connect({ app: 'stripe', method: 'API_KEY', credentials: { api_key: useSecret('sk_test_errorsMineKey') } });
    const other = await createAccount(gw.sb.store, 'other');
    const otherKey = await gw.newKey(other.id);
    const theirs = await gw.connect({ app: 'slack', method: 'API_KEY', credentials: { token: useSecret('xoxb-theirs-0000-1111') } }, otherKey);
    const cases = [theirs.connection_id, mine.connection_id, '00000000-0000-4000-8000-000000000000', 'not-a-uuid'];
    const bodies: string[] = [];
    for (const id of cases) {
      const e = await expectError(await gw.call('/slack/api/auth.test', { headers: { 'Maton-Connection': id } }), 400, 'GW_ERR_CONNECTION_NOT_FOUND');
      bodies.push(e.message.replace(id, 'ID'));
    }
    expect(new Set(bodies).size).toBe(1);
    expect(up.requests.some((r) => r.headers.authorization === 'Bearer xoxb-theirs-0000-1111')).toBe(false);
  });

  it('400 GW_ERR_CONNECTION_NOT_ACTIVE for a named PENDING connection', async () => {
    const pending = await gw.connect({ app: 'slack' });
    expect(pending.status).toBe('PENDING');
    await expectError(await gw.call('/slack/api/auth.test', { headers: { 'Maton-Connection': pending.connection_id } }), 400, 'GW_ERR_CONNECTION_NOT_ACTIVE');
  });

  it('400 GW_ERR_BAD_PATH for dot segments, raw or encoded', async () => {
    await gw.connect({ app: 'brevo', method: 'API_KEY', credentials: { api_key: useSecret('xkeysib-badpath-0123456789abcdefghij') } });
    for (const path of ['/brevo/v3/%2e%2e/admin', '/brevo/v3/../../admin', '/brevo/./v3']) {
      const r = await rawGet(gw.url, path, { authorization: `Bearer ${gw.key}` });
      expect(r.status, path).toBe(400);
      expect(JSON.parse(r.body).error.code).toBe('GW_ERR_BAD_PATH');
    }
  });

  it('400 GW_ERR_BAD_VARIABLE when a stored value no longer matches its pattern; the upstream is never called', async () => {
    const conn = await gw.connect({ app: 'active-campaign', method: 'API_KEY', credentials: { api_key: useSecret('ac-bad-variable-key-1') }, metadata: { account: 'good' } });
    await gw.sb.store.db.run('UPDATE connections SET metadata = ? WHERE id = ?', [JSON.stringify({ account: 'evil.com/x?' }), conn.connection_id]);
    await gw.sb.store.db.run("UPDATE connections SET updated_at = '2099-01-01T00:00:00.000Z' WHERE id = ?", [conn.connection_id]);
    const gw2 = await startGateway({ dataDir: gw.dataDir, env: { SWITCHBOARD_UPSTREAMS: JSON.stringify({ 'active-campaign': up.origin }) } });
    try {
      const before = up.requests.length;
      const res = await fetch(`${gw2.url}/active-campaign/api/3/contacts`, { headers: { authorization: `Bearer ${gw.key}` } });
      await expectError(res, 400, 'GW_ERR_BAD_VARIABLE');
      expect(up.requests.length).toBe(before);
    } finally {
      await gw2.close();
    }
  });

  it('429 GW_ERR_RATE_LIMITED over the account\'s limit, with Retry-After; other accounts unaffected', async () => {
    const limited = await startGateway({ env: { SWITCHBOARD_RATE_LIMIT: '3', SWITCHBOARD_RATE_BURST: '3', SWITCHBOARD_UPSTREAMS: JSON.stringify({ brevo: up.origin }) } });
    try {
      await limited.connect({ app: 'brevo', method: 'API_KEY', credentials: { api_key: useSecret('xkeysib-ratelimit-0123456789abcdefgh') } });
      const statuses: number[] = [];
      let refused: Response | undefined;
      for (let i = 0; i < 8; i++) {
        const res = await limited.call('/brevo/v3/account');
        statuses.push(res.status);
        if (res.status === 429 && !refused) refused = res;
        else await res.arrayBuffer();
      }
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(3);
      expect(statuses).toContain(429);
      const e = await expectError(refused!, 429, 'GW_ERR_RATE_LIMITED');
      expect(e.message).toContain('3 requests per second');
      expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      const other = await createAccount(limited.sb.store, 'b');
      const otherKey = await limited.newKey(other.id);
      await expectError(await limited.call('/brevo/v3/account', { key: otherKey }), 400, 'GW_ERR_NO_CONNECTION');
    } finally {
      await limited.close();
    }
  });

  it('502 GW_ERR_UPSTREAM_UNREACHABLE when nothing listens upstream', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const dead = await startGateway({ env: { SWITCHBOARD_UPSTREAMS: JSON.stringify({ brevo: `http://127.0.0.1:${port}` }) } });
    try {
      await dead.connect({ app: 'brevo', method: 'API_KEY', credentials: { api_key: useSecret('xkeysib-unreachable-0123456789abcdef') } });
      const e = await expectError(await dead.call('/brevo/v3/account'), 502, 'GW_ERR_UPSTREAM_UNREACHABLE');
      expect(e.message).toContain('brevo');
    } finally {
      await dead.close();
    }
  });

  it('504 GW_ERR_UPSTREAM_TIMEOUT when the upstream does not answer in time', async () => {
    const silent = await startUpstream(() => {
      /* never answers */
    });
    const slow = await startGateway({ env: { SWITCHBOARD_HEADERS_TIMEOUT_MS: '300', SWITCHBOARD_UPSTREAMS: JSON.stringify({ brevo: silent.origin }) } });
    try {
      await slow.connect({ app: 'brevo', method: 'API_KEY', credentials: { api_key: useSecret('xkeysib-timeout-0123456789abcdefghij') } });
      await expectError(await slow.call('/brevo/v3/account'), 504, 'GW_ERR_UPSTREAM_TIMEOUT');
    } finally {
      await slow.close();
      await silent.close();
    }
  });

  it('500 GW_ERR_INTERNAL with no stack trace when a stored credential cannot be opened', async () => {
    const conn = await gw.connect({ app: 'slack', method: 'API_KEY', credentials: { token: useSecret('xoxb-tampered-0000-1111') } });
    const row = await gw.sb.store.db.get<{ credentials: string }>('SELECT credentials FROM connections WHERE id = ?', [conn.connection_id]);
    const parts = row!.credentials.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    await gw.sb.store.db.run('UPDATE connections SET credentials = ? WHERE id = ?', [parts.join('.'), conn.connection_id]);
    const e = await expectError(await gw.call('/slack/api/auth.test', { headers: { 'Maton-Connection': conn.connection_id } }), 500, 'GW_ERR_INTERNAL');
    expect(e.message).toBe('Internal gateway error.');
  });

  it('upstream errors pass through unwrapped, without x-switchboard-error', async () => {
    const failing = await startUpstream((_req, res) => {
      res.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '9' });
      res.end('upstream maintenance');
    });
    const g = await startGateway({ env: { SWITCHBOARD_UPSTREAMS: JSON.stringify({ brevo: failing.origin }) } });
    try {
      await g.connect({ app: 'brevo', method: 'API_KEY', credentials: { api_key: useSecret('xkeysib-passthrough-0123456789abcde') } });
      const res = await g.call('/brevo/v3/account');
      expect(res.status).toBe(503);
      expect(res.headers.get('x-switchboard-error')).toBeNull();
      expect(res.headers.get('retry-after')).toBe('9');
      expect(await res.text()).toBe('upstream maintenance');
    } finally {
      await g.close();
      await failing.close();
    }
  });
});

describe('connection selection', () => {
  it('uses the oldest ACTIVE connection, Maton-Connection picks another, and deleting one takes effect at once', async () => {
    const g = await startGateway({ env: { SWITCHBOARD_UPSTREAMS: JSON.stringify({ slack: up.origin }) } });
    try {
      const first = await g.connect({ app: 'slack', method: 'API_KEY', credentials: { token: useSecret('xoxb-first-aaaa-1111') } });
      await g.connect({ app: 'slack' }); // PENDING ones never serve
      const second = await g.connect({ app: 'slack', method: 'API_KEY', credentials: { token: useSecret('xoxb-second-bbbb-2222') } });
      await g.call('/slack/api/auth.test');
      expect(up.last().headers.authorization).toBe('Bearer xoxb-first-aaaa-1111');
      await g.call('/slack/api/auth.test', { headers: { 'Maton-Connection': second.connection_id } });
      expect(up.last().headers.authorization).toBe('Bearer xoxb-second-bbbb-2222');
      const del = await g.call(`/connections/${first.connection_id}`, { method: 'DELETE' });
      expect(del.status).toBe(200);
      await g.call('/slack/api/auth.test');
      expect(up.last().headers.authorization).toBe('Bearer xoxb-second-bbbb-2222');
      await g.call(`/connections/${second.connection_id}`, { method: 'DELETE' });
      await expectError(await g.call('/slack/api/auth.test'), 400, 'GW_ERR_NO_CONNECTION');
    } finally {
      await g.close();
    }
  });
});
