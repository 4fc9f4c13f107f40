/**
 * Bodies stream through the gateway both ways: a 256 MB download and a 256 MB upload pass while
 * the gateway process's resident memory stays far below the body size (nothing buffered),
 * server-sent events reach the caller one by one while the upstream is still sending, and a
 * caller that goes away cancels the upstream call.
 *
 * The gateway is the compiled CLI (`switchboard serve --port 0`) in a child process of its own,
 * so the memory measured is the gateway's alone: the test client and the fake upstream live in
 * this process. Memory is the child's resident set from /proc/<pid>/status: its peak (VmHWM,
 * reset through /proc/<pid>/clear_refs before the transfer, so short spikes count) against its
 * size when the transfer starts. Each memory case gets a fresh gateway: memory a process once
 * mapped stays mapped, so a body buffered by an earlier case would hide one buffered later.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOG_DIR, ROOT, useSecret } from '../support/gateway.js';
import { startUpstream, type FakeUpstream } from '../support/upstream.js';

const MB = 1024 * 1024;
const SIZE = 256 * MB;
/**
 * Peak growth allowed while SIZE passes. The streaming gateway measured 0–19 MB for the download
 * and 26–35 MB for the upload (2 cores, idle and with one or both cores kept busy); with the body
 * buffered (download or upload) it grew by 383–456 MB. A quarter of the body leaves room for a
 * loaded machine and still catches any buffering.
 */
const BOUND = SIZE / 4;
/**
 * A warm-up transfer before measuring: a fresh gateway's first tens of MB grow its heap to its
 * working size once (~60 MB). Kept small, so that a buffering gateway could not map during the
 * warm-up the memory that the measured transfer then reuses.
 */
const WARM_UP = 64 * MB;
const CHUNK = Buffer.alloc(64 * 1024, 0x61);
const PROC = existsSync('/proc/self/status');

let up: FakeUpstream;
let env: NodeJS.ProcessEnv;
let key: string;
/** The gateway the SSE and cancel cases use. */
let shared: Gateway;
let dataDir: string;
let sseGate: (() => void) | undefined;
let upstreamClosed: Promise<void> | undefined;
let uploadedBytes = 0;

/** The CLI's environment: this process's, without any Switchboard setting it may carry. */
function cliEnv(settings: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('SWITCHBOARD_') && k !== 'DATABASE_URL' && k !== 'REDIS_URL') env[k] = v;
  return { ...env, ...settings };
}

interface Gateway {
  child: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

const running = new Set<Gateway>();

/** Starts `switchboard serve --port 0` on the test's data dir and reads its URL from the "switchboard listening" log line. */
async function serve(): Promise<Gateway> {
  const p = spawn(process.execPath, ['packages/cli/bin/switchboard.js', 'serve', '--port', '0', '--data-dir', dataDir], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  mkdirSync(LOG_DIR, { recursive: true });
  const log = createWriteStream(join(LOG_DIR, `streaming-child-${process.pid}-${p.pid}.log`)); // the run's secret-leak check reads it
  p.stdout!.pipe(log);
  p.stderr!.pipe(log);
  let seen = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway did not start: ${seen}`)), 30_000);
    p.stdout!.setEncoding('utf8').on('data', (text: string) => {
      seen += text;
      for (const line of seen.split('\n')) {
        if (!line.includes('"switchboard listening"')) continue;
        clearTimeout(timer);
        resolve((JSON.parse(line) as { url: string }).url);
      }
    });
    p.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`gateway exited with ${code}: ${seen}`));
    });
  });
  const gw: Gateway = {
    child: p,
    url,
    stop: async () => {
      running.delete(gw);
      if (p.exitCode !== null || p.signalCode !== null) return;
      p.kill('SIGTERM');
      await once(p, 'exit');
    },
  };
  running.add(gw);
  return gw;
}

beforeAll(async () => {
  up = await startUpstream(
    async (req, res) => {
      const u = new URL(req.url ?? '/', 'http://upstream');
      if (u.pathname === '/download') {
        const size = Number(u.searchParams.get('size') ?? SIZE);
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(size) });
        for (let sent = 0; sent < size; sent += CHUNK.length) {
          if (!res.write(CHUNK)) await once(res, 'drain');
        }
        res.end();
      } else if (u.pathname === '/upload') {
        let n = 0;
        for await (const c of req) n += (c as Buffer).length;
        uploadedBytes = n;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ received: n }));
      } else if (u.pathname === '/events') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        res.write('event: first\ndata: {"n":1}\n\n');
        await new Promise<void>((resolve) => (sseGate = resolve)); // the second event only after the caller saw the first
        res.write('event: second\ndata: {"n":2}\n\n');
        res.end();
      } else if (u.pathname === '/slow') {
        upstreamClosed = new Promise((resolve) => res.once('close', () => resolve()));
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('first chunk\n');
        // then nothing more: only a cancelled request ends this
      } else {
        res.writeHead(404);
        res.end();
      }
    },
    { recordBody: false },
  );
  dataDir = mkdtempSync(join(tmpdir(), 'switchboard-streaming-'));
  env = cliEnv({ HOST: '127.0.0.1', LOG_LEVEL: 'info', SWITCHBOARD_UPSTREAMS: JSON.stringify({ brevo: up.origin }) });
  const made = spawnSync(process.execPath, ['packages/cli/bin/switchboard.js', 'keys', 'create', '--name', 'streaming', '--json', '--data-dir', dataDir], { cwd: ROOT, env, encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`keys create failed: ${made.stderr}`);
  key = useSecret(JSON.parse(made.stdout).key as string);
  shared = await serve();
  const created = await fetch(`${shared.url}/connections`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ app: 'brevo', method: 'API_KEY', credentials: { api_key: useSecret('xkeysib-streaming-0123456789abcdefgh') } }),
  });
  if (created.status !== 201) throw new Error(`POST /connections: ${created.status} ${await created.text()}`);
}, 120_000);

afterAll(async () => {
  for (const gw of [...running]) await gw.stop();
  await up?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function* chunks(total: number): Generator<Buffer> {
  for (let sent = 0; sent < total; sent += CHUNK.length) yield CHUNK;
}

async function download(url: string, size: number): Promise<number> {
  const res = await fetch(`${url}/brevo/download?size=${size}`, { headers: { authorization: `Bearer ${key}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-length')).toBe(String(size));
  let received = 0;
  const reader = res.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.length;
  }
  return received;
}

/** node:http with pipeline(): it honours backpressure (fetch's stream upload would hold the body itself). */
async function upload(url: string, size: number): Promise<string> {
  const u = new URL(url);
  const req = httpRequest({ host: u.hostname, port: u.port, path: '/brevo/upload', method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/octet-stream' } });
  let answer = '';
  const done = new Promise<void>((resolve, reject) => {
    req.on('response', (res) => {
      res.setEncoding('utf8');
      res.on('data', (c: string) => (answer += c));
      res.on('end', resolve);
    });
    req.on('error', reject);
  });
  await pipeline(Readable.from(chunks(size)), req);
  await done;
  return answer;
}

/** The child's resident set size and its peak since the last reset, in bytes. */
function residentMemory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/**
 * Runs `fn` and returns how far the gateway's resident memory rose above where it started: the
 * kernel's peak counter (reset first) and a 10 ms sample, whichever is higher.
 */
async function peakGrowth(gw: Gateway, fn: () => Promise<void>): Promise<number> {
  const pid = gw.child.pid!;
  let resettable = true;
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5'); // 5: reset the peak RSS to the current RSS
  } catch {
    resettable = false; // an older kernel: the 10 ms samples alone
  }
  const start = residentMemory(pid).rss;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, residentMemory(pid).rss)), 10);
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  const end = residentMemory(pid);
  const growth = Math.max(peak, end.rss, resettable ? end.peak : 0) - start;
  console.info(`gateway process: ${(start / MB).toFixed(1)} MB at start, +${(growth / MB).toFixed(1)} MB at the peak (bound ${BOUND / MB} MB)`);
  return growth;
}

describe('streaming (gateway in its own process)', () => {
  // Linux only: the memory is read from /proc.
  it.skipIf(!PROC)(`streams a ${SIZE / MB} MB download without holding it`, async () => {
    const gw = await serve();
    await download(gw.url, WARM_UP);
    let received = 0;
    const growth = await peakGrowth(gw, async () => {
      received = await download(gw.url, SIZE);
    });
    await gw.stop();
    expect(received).toBe(SIZE);
    expect(growth).toBeLessThan(BOUND);
  }, 120_000);

  it.skipIf(!PROC)(`streams a ${SIZE / MB} MB upload without holding it`, async () => {
    const gw = await serve();
    await upload(gw.url, WARM_UP);
    let answer = '';
    const growth = await peakGrowth(gw, async () => {
      answer = await upload(gw.url, SIZE);
    });
    await gw.stop();
    expect(JSON.parse(answer)).toEqual({ received: SIZE });
    expect(uploadedBytes).toBe(SIZE);
    expect(growth).toBeLessThan(BOUND);
  }, 120_000);

  it('passes server-sent events through as they come', async () => {
    const res = await fetch(`${shared.url}/brevo/events`, { headers: { authorization: `Bearer ${key}`, accept: 'text/event-stream' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes('\n\n')) text += decoder.decode((await reader.read()).value);
    expect(text).toBe('event: first\ndata: {"n":1}\n\n'); // arrived while the upstream is still open
    sseGate!();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    expect(text).toBe('event: first\ndata: {"n":1}\n\nevent: second\ndata: {"n":2}\n\n');
  });

  it('cancels the upstream request when the caller goes away', async () => {
    const abort = new AbortController();
    const res = await fetch(`${shared.url}/brevo/slow`, { headers: { authorization: `Bearer ${key}` }, signal: abort.signal });
    const reader = res.body!.getReader();
    await reader.read(); // the first chunk arrived: the exchange is under way
    abort.abort();
    await expect(
      Promise.race([upstreamClosed!, new Promise((_, reject) => setTimeout(() => reject(new Error('upstream still open')), 5000))]),
    ).resolves.toBeUndefined();
  });
});
