/**
 * Issue 13, operators: every answer names its request in x-request-id (the caller's when
 * well-formed, else a new one), the error envelope and the log lines name it too, and every
 * log line has one time format (ISO 8601).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeys } from '../../../packages/gateway/src/accounts/api-keys.js';
import { createSwitchboard, ensureDefaultAccount, type Switchboard } from '../../../packages/gateway/src/app.js';
import { LocalInvalidation } from '../../../packages/gateway/src/cluster.js';
import { loadConfig } from '../../../packages/gateway/src/config.js';
import { createLogger } from '../../../packages/gateway/src/log.js';
import { ROOT, useSecret } from '../../support/gateway.js';
import { startUpstream, type FakeUpstream } from '../../support/upstream.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const lines: Record<string, unknown>[] = [];
let sb: Switchboard;
let url: string;
let key: string;
let up: FakeUpstream;
let dataDir: string;

beforeAll(async () => {
  up = await startUpstream((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url?.startsWith('/api/with-own-id')) res.setHeader('x-request-id', 'provider-req-77');
    res.end('{"ok":true}');
  });
  dataDir = mkdtempSync(join(tmpdir(), 'switchboard-reqid-'));
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString('utf8').split('\n')) if (l.trim()) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  const config = loadConfig(
    { SWITCHBOARD_RATE_LIMIT: '1000', SWITCHBOARD_UPSTREAMS: JSON.stringify({ slack: up.origin }), PORT: '0', HOST: '127.0.0.1', SWITCHBOARD_DATA_DIR: dataDir },
    {},
    { cwd: ROOT },
  );
  sb = await createSwitchboard(config, { log: createLogger('info', sink) });
  const { id } = await ensureDefaultAccount(sb.store);
  ({ url } = await sb.listen());
  const keys = new ApiKeys(sb.store, 100, new LocalInvalidation());
  key = useSecret((await keys.create(id, (await keys.initialise(id)).id, 'test')).key);
  const res = await call('/connections', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"app":"slack","method":"API_KEY","credentials":{"token":"xoxb-1"}}' });
  expect(res.status).toBe(201);
});
afterAll(async () => {
  await sb.close();
  await up.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function call(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('authorization')) headers.set('authorization', `Bearer ${key}`);
  return fetch(`${url}${path}`, { ...init, headers });
}

/** The log lines naming `id`, once the access line (written when the answer has gone) is in. */
async function linesFor(id: string): Promise<Record<string, unknown>[]> {
  for (let i = 0; i < 50 && !lines.some((l) => l.request_id === id && l.msg === 'request'); i++) await new Promise((r) => setTimeout(r, 10));
  return lines.filter((l) => l.request_id === id);
}

describe('x-request-id', () => {
  it.each([
    ['the gateway (a proxied upstream answer)', '/slack/api/auth.test', 200],
    ['the control API', '/connections', 200],
    ['the root', '/', 200],
    ['the health check', '/health', 200],
    ['a connect page', '/connect?session_token=nope', 404],
    ['a gateway error', '/no-such-app/x', 404],
  ] as const)('is kept from the caller on %s, and names the access-log line', async (_name, path, status) => {
    const id = `test-${Math.random().toString(36).slice(2)}:a.b_c`;
    const res = await call(path, { headers: { 'x-request-id': id } });
    expect(res.headers.get('x-request-id')).toBe(id);
    const access = (await linesFor(id)).find((l) => l.msg === 'request');
    expect(access).toMatchObject({ request_id: id, path: path.split('?')[0] });
    expect(access?.status).toBe(res.status);
    if (status === 200) expect(res.status).toBeLessThan(500);
  });

  it.each([
    ['none', undefined],
    ['too long', 'x'.repeat(129)],
    ['characters outside [A-Za-z0-9._:-]', 'a b<script>'],
    ['empty', ''],
  ])('is generated when the caller sent %s', async (_name, given) => {
    const res = await call('/connections', { headers: given === undefined ? {} : { 'x-request-id': given } });
    const id = res.headers.get('x-request-id')!;
    expect(id).toMatch(UUID);
    expect(await linesFor(id)).toHaveLength(1);
  });

  it('two requests without one get different ids', async () => {
    const [a, b] = await Promise.all([call('/health'), call('/health')]);
    expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
  });

  it('is named in the error envelope (error.request_id)', async () => {
    const res = await call('/connections/not-a-connection', { headers: { 'x-request-id': 'err-1' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('x-request-id')).toBe('err-1');
    expect(((await res.json()) as { error: { request_id: string } }).error.request_id).toBe('err-1');
  });

  it('an unauthenticated error carries one too', async () => {
    const res = await fetch(`${url}/connections`);
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(UUID);
    expect(((await res.json()) as { error: { request_id: string } }).error.request_id).toBe(id);
  });

  it("is not made up for the upstream: the caller's own x-request-id passes as any header, a generated one is not sent", async () => {
    await call('/slack/api/auth.test', { headers: { 'x-request-id': 'from-caller' } });
    expect(up.last().headers['x-request-id']).toBe('from-caller');
    await call('/slack/api/auth.test');
    expect(up.last().headers['x-request-id']).toBeUndefined();
  });

  it("stays the gateway's on a proxied answer whose provider sends its own, which comes as x-upstream-request-id", async () => {
    const res = await call('/slack/api/with-own-id', { headers: { 'x-request-id': 'mine-1' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('mine-1');
    expect(res.headers.get('x-upstream-request-id')).toBe('provider-req-77');
  });
});

describe('an internal error', () => {
  it('answers 500 naming the request, and the error log line names the same id (the hint is true)', async () => {
    const db = sb.store.db as { get: (...args: unknown[]) => Promise<unknown> };
    const real = db.get;
    db.get = () => Promise.reject(new Error('the store fell over'));
    try {
      const res = await call('/ready', { headers: { 'x-request-id': 'boom-1' } });
      expect(res.status).toBe(500);
      const body = (await res.json()) as { error: { code: string; hint: string; request_id: string } };
      expect(body.error).toMatchObject({ code: 'GW_ERR_INTERNAL', request_id: 'boom-1' });
      expect(body.error.hint).toContain('request id');
    } finally {
      db.get = real;
    }
    const logged = await linesFor('boom-1');
    expect(logged.find((l) => l.msg === 'internal error')).toMatchObject({ level: 50, request_id: 'boom-1', path: '/ready' });
    expect(logged.find((l) => l.msg === 'request')).toMatchObject({ status: 500 });
  });
});

describe('log lines', () => {
  it('have one time format: ISO 8601 on the access log and the application log alike', async () => {
    await call('/connections');
    await call('/no-such-app/x');
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(l.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});
