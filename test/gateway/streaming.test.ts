/**
 * Bodies stream through the gateway both ways: a 50 MB download and a 50 MB upload pass with
 * memory that stays flat (nothing buffered), server-sent events reach the caller one by one
 * while the upstream is still sending, and a caller that goes away cancels the upstream call.
 * Gateway, upstream and client share this process, so buffering anywhere would show.
 */
import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, useSecret, type TestGateway } from '../support/gateway.js';
import { startUpstream, type FakeUpstream } from '../support/upstream.js';

const SIZE = 50 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 0x61);

let up: FakeUpstream;
let gw: TestGateway;
let sseGate: (() => void) | undefined;
let upstreamClosed: Promise<void> | undefined;
let uploadedBytes = 0;

beforeAll(async () => {
  up = await startUpstream(
    async (req, res) => {
      if (req.url === '/download') {
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(SIZE) });
        for (let sent = 0; sent < SIZE; sent += CHUNK.length) {
          if (!res.write(CHUNK)) await once(res, 'drain');
        }
        res.end();
      } else if (req.url === '/upload') {
        let n = 0;
        for await (const c of req) n += (c as Buffer).length;
        uploadedBytes = n;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ received: n }));
      } else if (req.url === '/events') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        res.write('event: first\ndata: {"n":1}\n\n');
        await new Promise<void>((resolve) => (sseGate = resolve)); // the second event only after the caller saw the first
        res.write('event: second\ndata: {"n":2}\n\n');
        res.end();
      } else if (req.url === '/slow') {
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
  gw = await startGateway({ env: { SWITCHBOARD_UPSTREAMS: JSON.stringify({ brevo: up.origin }) } });
  await gw.connect({ app: 'brevo', method: 'API_KEY', credentials: { api_key: useSecret('xkeysib-streaming-0123456789abcdefgh') } });
});
afterAll(async () => {
  await gw.close();
  await up.close();
});

function* chunks(total: number): Generator<Buffer> {
  for (let sent = 0; sent < total; sent += CHUNK.length) yield CHUNK;
}

function memory(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/**
 * Runs `fn` while collecting garbage and sampling memory every 20 ms; returns the peak growth
 * of live memory over the starting point (what the transfer holds, not what it allocated).
 */
async function peakGrowth(fn: () => Promise<void>): Promise<number> {
  const gc = globalThis.gc;
  if (!gc) throw new Error('run with --expose-gc (vitest.config.ts sets it)');
  gc();
  const start = memory();
  let peak = start;
  const timer = setInterval(() => {
    gc();
    peak = Math.max(peak, memory());
  }, 20);
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  return peak - start;
}

describe('streaming', () => {
  it('streams a 50 MB download without holding it', async () => {
    let received = 0;
    const growth = await peakGrowth(async () => {
      const res = await gw.call('/brevo/download');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-length')).toBe(String(SIZE));
      const reader = res.body!.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        received += value.length;
      }
    });
    expect(received).toBe(SIZE);
    expect(growth).toBeLessThan(SIZE / 5);
  });

  it('streams a 50 MB upload without holding it', async () => {
    // node:http with pipeline() on the client side: it honours backpressure (fetch's stream
    // upload does not, and would hold the body itself).
    let answer = '';
    const growth = await peakGrowth(async () => {
      const u = new URL(gw.url);
      const req = httpRequest({ host: u.hostname, port: u.port, path: '/brevo/upload', method: 'POST', headers: { authorization: `Bearer ${gw.key}`, 'content-type': 'application/octet-stream' } });
      const done = new Promise<void>((resolve, reject) => {
        req.on('response', (res) => {
          res.setEncoding('utf8');
          res.on('data', (c: string) => (answer += c));
          res.on('end', resolve);
        });
        req.on('error', reject);
      });
      await pipeline(Readable.from(chunks(SIZE)), req);
      await done;
    });
    expect(JSON.parse(answer)).toEqual({ received: SIZE });
    expect(uploadedBytes).toBe(SIZE);
    expect(growth).toBeLessThan(SIZE / 5);
  });

  it('passes server-sent events through as they come', async () => {
    const res = await gw.call('/brevo/events', { headers: { accept: 'text/event-stream' } });
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
    const res = await gw.call('/brevo/slow', { signal: abort.signal });
    const reader = res.body!.getReader();
    await reader.read(); // the first chunk arrived: the exchange is under way
    abort.abort();
    await expect(
      Promise.race([upstreamClosed!, new Promise((_, reject) => setTimeout(() => reject(new Error('upstream still open')), 5000))]),
    ).resolves.toBeUndefined();
  });
});
