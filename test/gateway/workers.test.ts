/**
 * `switchboard serve --workers 2` without Redis: the real CLI, two worker processes on one port,
 * the primary coordinating them. Each request below goes on a new TCP connection, so node:cluster
 * hands them to the workers in turn; the access log (one JSON line per request, with the worker
 * number and the request id the test sent) says which worker answered. Proves that the workers
 * behave as one gateway: one rate limit per account, a revoked key and a deleted connection are
 * refused by every worker once the control API has answered, one token refresh for a connection
 * however many workers need it at once, and a killed worker is replaced with nothing lost.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOG_DIR, ROOT, useSecret } from '../support/gateway.js';
import { startUpstream, type FakeUpstream } from '../support/upstream.js';

const CLIENT_ID = 'sheets-client-id.workers.example';
const CLIENT_SECRET = useSecret('sheets-client-secret-workers-test');
const RATE_BURST = 10;
const RATE_PER_SECOND = 2;

/** Until the owner's bucket has `tokens` again (the rate-limit test uses an account of its own). */
const refill = (tokens: number) => new Promise((r) => setTimeout(r, (1000 * tokens) / RATE_PER_SECOND));

interface Line {
  msg: string;
  worker?: number;
  slot?: number;
  pid?: number;
  request_id?: string;
  path?: string;
  status?: number;
  url?: string;
}

let up: FakeUpstream;
let tokenEndpoint: FakeUpstream;
let tokenCalls = 0;
let dataDir: string;
let child: ChildProcess;
let base: string;
const lines: Line[] = [];
let seq = 0;

function cli(args: string[]): { key: string; id: string; account?: string } {
  const out = spawnSync(process.execPath, ['packages/cli/bin/switchboard.js', ...args, '--json', '--data-dir', dataDir], { cwd: ROOT, encoding: 'utf8' });
  expect(out.status, out.stderr).toBe(0);
  return JSON.parse(out.stdout) as { key: string; id: string; account?: string };
}

/** One request on its own TCP connection; `rid` is the x-request-id the access log will show. */
function hit(path: string, key: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body: string; rid: string }> {
  const rid = `wt-${process.pid}-${++seq}`;
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      {
        agent: false,
        method: init.method ?? 'GET',
        headers: { authorization: `Bearer ${key}`, 'x-request-id': rid, connection: 'close', ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, rid }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

/** Waits until the access log has the lines of these requests (a worker logs after answering). */
async function workersOf(rids: string[]): Promise<Set<number>> {
  for (let i = 0; i < 100; i++) {
    const found = lines.filter((l) => l.msg === 'request' && l.request_id !== undefined && rids.includes(l.request_id));
    if (found.length === rids.length) return new Set(found.map((l) => l.worker!));
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('access-log lines missing');
}

async function waitFor(what: string, test: () => boolean, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

let owner: { key: string; id: string; account?: string };

beforeAll(async () => {
  up = await startUpstream();
  tokenEndpoint = await startUpstream((_req, res) => {
    tokenCalls++;
    // Slow enough that every worker's request arrives while the refresh runs.
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ access_token: useSecret(`ya29.workers-fresh-${tokenCalls}-${process.pid}`), expires_in: 3600, token_type: 'Bearer' }));
    }, 500);
  });
  dataDir = mkdtempSync(join(tmpdir(), 'switchboard-workers-'));
  owner = cli(['keys', 'create', '--name', 'owner']);
  useSecret(owner.key);
  child = spawn(process.execPath, ['packages/cli/bin/switchboard.js', 'serve', '--workers', '2', '--port', '0', '--data-dir', dataDir], {
    cwd: ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SWITCHBOARD_WORKERS: '',
      SWITCHBOARD_RATE_LIMIT: String(RATE_PER_SECOND),
      SWITCHBOARD_RATE_BURST: String(RATE_BURST),
      SWITCHBOARD_CONTROL_RATE_LIMIT: '1000',
      SWITCHBOARD_OAUTH_GOOGLE_SHEETS_CLIENT_ID: CLIENT_ID,
      SWITCHBOARD_OAUTH_GOOGLE_SHEETS_CLIENT_SECRET: CLIENT_SECRET,
      SWITCHBOARD_UPSTREAMS: JSON.stringify({ slack: up.origin, 'sheets.googleapis.com': up.origin, 'oauth2.googleapis.com': tokenEndpoint.origin }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  mkdirSync(LOG_DIR, { recursive: true });
  const log = createWriteStream(join(LOG_DIR, `workers-${process.pid}-${child.pid}.log`)); // the run's secret-leak check reads it
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  let partial = '';
  child.stdout!.setEncoding('utf8').on('data', (text: string) => {
    const parts = (partial + text).split('\n');
    partial = parts.pop()!;
    for (const p of parts) if (p.startsWith('{')) lines.push(JSON.parse(p) as Line);
  });
  await waitFor('switchboard listening', () => lines.some((l) => l.msg === 'switchboard listening'));
  base = lines.find((l) => l.msg === 'switchboard listening')!.url!;
});

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
  await up?.close();
  await tokenEndpoint?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function connectSlack(token: string): Promise<string> {
  const res = await hit('/connections', owner.key, { method: 'POST', body: JSON.stringify({ app: 'slack', method: 'API_KEY', credentials: { token } }) });
  expect(res.status, res.body).toBe(201);
  return (JSON.parse(res.body) as { connection: { connection_id: string } }).connection.connection_id;
}

describe('serve --workers 2 (coordinated by the primary)', () => {
  it('starts two workers that log their number and one "listening" line', () => {
    const listening = lines.filter((l) => l.msg === 'worker listening');
    expect(new Set(listening.map((l) => l.worker))).toEqual(new Set([1, 2]));
    expect(lines.find((l) => l.msg === 'switchboard listening')!.worker).toBe(0);
  });

  it('applies one rate limit for the account across the workers', async () => {
    const account = cli(['accounts', 'create', '--name', 'limited']);
    const limited = cli(['keys', 'create', '--name', 'limited', '--account', account.id]);
    useSecret(limited.key);
    const res = await hit('/connections', limited.key, { method: 'POST', body: JSON.stringify({ app: 'slack', method: 'API_KEY', credentials: { token: useSecret(`xoxb-workers-limit-${process.pid}`) } }) });
    expect(res.status, res.body).toBe(201);
    const requests = 3 * RATE_BURST;
    const started = Date.now();
    const results = await Promise.all(Array.from({ length: requests }, () => hit('/slack/api/auth.test', limited.key)));
    const seconds = (Date.now() - started) / 1000;
    const ok = results.filter((r) => r.status === 200).length;
    const refused = results.filter((r) => r.status === 429).length;
    expect(ok + refused).toBe(requests);
    // One bucket of 10 (plus what refilled meanwhile); a bucket per worker would let 20 through.
    expect(ok).toBeGreaterThanOrEqual(RATE_BURST - 1);
    expect(ok).toBeLessThanOrEqual(RATE_BURST + Math.ceil(seconds * RATE_PER_SECOND) + 1);
    expect(ok).toBeLessThan(2 * RATE_BURST);
    // Both workers answered some of them.
    expect((await workersOf(results.map((r) => r.rid))).size).toBe(2);
  });

  it('answers GET /metrics with the counts of every worker, whichever worker serves the scrape', async () => {
    const metricValue = (text: string, app: string) => {
      let sum = 0;
      for (const m of text.matchAll(new RegExp(`^switchboard_requests_total\\{app="${app}",[^}]*\\} (\\d+)$`, 'gm'))) sum += Number(m[1]);
      return sum;
    };
    const scrape = async () => {
      const r = await hit('/metrics', owner.key);
      expect(r.status).toBe(200);
      return r.body;
    };
    const before = metricValue(await scrape(), 'slack');
    await refill(8);
    const results = await Promise.all(Array.from({ length: 8 }, () => hit('/slack/api/auth.test', owner.key)));
    // Both workers counted some of them; every scrape sees all eight.
    expect((await workersOf(results.map((r) => r.rid))).size).toBe(2);
    const scrapes = await Promise.all(Array.from({ length: 4 }, scrape));
    for (const text of scrapes) expect(metricValue(text, 'slack') - before).toBe(8);
  });

  it('refuses a revoked key in every worker once the revoke has answered', async () => {
    const other = cli(['keys', 'create', '--name', 'to-revoke', '--account', owner.account!]);
    useSecret(other.key);
    await refill(6);
    // Both workers have the key in their cache (a 200 or 429 both mean "authenticated").
    const before = await Promise.all(Array.from({ length: 6 }, () => hit('/slack/api/auth.test', other.key)));
    for (const r of before) expect(r.status).not.toBe(401);
    expect((await workersOf(before.map((r) => r.rid))).size).toBe(2);
    const revoked = await hit(`/api/apikeys/${other.id}`, owner.key, { method: 'DELETE' });
    expect(revoked.status).toBe(204);
    const after = await Promise.all(Array.from({ length: 6 }, () => hit('/slack/api/auth.test', other.key)));
    for (const r of after) expect(r.status).toBe(401);
    expect((await workersOf(after.map((r) => r.rid))).size).toBe(2);
  });

  it('forgets a deleted connection in every worker once the delete has answered', async () => {
    const id = await connectSlack(useSecret(`xoxb-workers-delete-${process.pid}`));
    await refill(6);
    const named = { headers: { 'maton-connection': id } };
    const before = await Promise.all(Array.from({ length: 2 }, () => hit('/slack/api/auth.test', owner.key, named)));
    for (const r of before) expect(r.status).toBe(200);
    expect((await workersOf(before.map((r) => r.rid))).size).toBe(2);
    const deleted = await hit(`/connections/${id}`, owner.key, { method: 'DELETE' });
    expect(deleted.status).toBe(200);
    const after = await Promise.all(Array.from({ length: 4 }, () => hit('/slack/api/auth.test', owner.key, named)));
    for (const r of after) {
      // Naming a deleted connection is a 400 (not found), not a 200 from a worker's cache.
      expect(r.status).toBe(400);
      expect(r.body).toContain('GW_ERR_CONNECTION_NOT_FOUND');
    }
    expect((await workersOf(after.map((r) => r.rid))).size).toBe(2);
  });

  it('refreshes an expired token once, however many workers need it at the same moment', async () => {
    const access = useSecret(`ya29.workers-old-${process.pid}`);
    const refresh = useSecret(`1//workers-refresh-${process.pid}`);
    const res = await hit('/connections', owner.key, {
      method: 'POST',
      body: JSON.stringify({ app: 'google-sheets', credentials: { access_token: access, refresh_token: refresh, expires_in: 10 } }),
    });
    expect(res.status, res.body).toBe(201);
    const id = (JSON.parse(res.body) as { connection: { connection_id: string } }).connection.connection_id;
    await refill(4);
    const calls = tokenCalls;
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, n) => hit(`/google-sheets/v4/spreadsheets/s${n}/values/A1:B2`, owner.key, { headers: { 'maton-connection': id } })),
    );
    for (const r of results) expect(r.status, r.body).toBe(200);
    expect((await workersOf(results.map((r) => r.rid))).size).toBe(2);
    expect(tokenCalls - calls).toBe(1);
    expect(up.last().headers.authorization).toMatch(/^Bearer ya29\.workers-fresh-/);
  });

  it('replaces a worker that dies, and loses nothing', async () => {
    const id = await connectSlack(useSecret(`xoxb-workers-kill-${process.pid}`));
    const victim = lines.filter((l) => l.msg === 'worker listening' && l.worker === 1).pop()!;
    const listeningBefore = lines.filter((l) => l.msg === 'worker listening').length;
    process.kill(victim.pid!, 'SIGKILL');
    await waitFor('a new worker 1', () => lines.filter((l) => l.msg === 'worker listening').length > listeningBefore);
    const replacement = lines.filter((l) => l.msg === 'worker listening').pop()!;
    expect(replacement.worker).toBe(1);
    expect(replacement.pid).not.toBe(victim.pid);
    expect(lines.some((l) => l.msg === 'worker exited; starting another' && l.slot === 1 && l.worker === 0)).toBe(true);
    await refill(2);
    const after = await Promise.all(Array.from({ length: 2 }, () => hit('/slack/api/auth.test', owner.key, { headers: { 'maton-connection': id } })));
    for (const r of after) expect(r.status).toBe(200);
    expect((await workersOf(after.map((r) => r.rid))).size).toBe(2);
  });

  it('drains every worker on SIGTERM and exits 0', async () => {
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(lines.filter((l) => l.msg === 'worker draining').map((l) => l.worker).sort()).toEqual([1, 2]);
  });
});

describe('serve --workers 2 that cannot start', () => {
  it('stops every worker and exits 1 when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-workers-busy-'));
    try {
      const p = spawn(process.execPath, ['packages/cli/bin/switchboard.js', 'serve', '--workers', '2', '--port', String(port), '--data-dir', dir], {
        cwd: ROOT,
        env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'info' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let err = '';
      p.stderr!.setEncoding('utf8').on('data', (s: string) => (err += s));
      p.stdout!.resume();
      const [code] = (await once(p, 'exit')) as [number | null];
      expect(code).toBe(1);
      expect(err).toContain(`port ${port} is already in use`);
      expect(err).not.toContain('Error:'); // a message, not a stack trace
    } finally {
      blocker.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
