/**
 * Issue 9, item 9 (part): edge requests. An upstream cannot impersonate the gateway's own
 * errors; a body is forwarded whatever the method (GET with a body); HEAD is forwarded;
 * oversized headers get 431; an absolute-form target gets a clear 400; a caller that goes
 * away is logged as such (not as an internal error) and an upstream failure is logged at warn
 * with the app, the origin host and the error code.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startGateway, type TestGateway } from '../../support/gateway.js';
import { startUpstream, type FakeUpstream } from '../../support/upstream.js';
import { connect as netConnect } from 'node:net';
import { after, openRequest, rawExchange } from './support.js';

let gw: TestGateway;
let up: FakeUpstream;
const TOKEN = 'xoxb-edge-test-5555';

beforeAll(async () => {
  up = await startUpstream((req, res, rec) => {
    if (req.url?.startsWith('/impersonate')) {
      res.writeHead(400, { 'content-type': 'application/json', 'x-switchboard-error': 'GW_ERR_NO_CONNECTION' });
      return res.end('{"error":"from upstream"}');
    }
    if (req.url?.startsWith('/drop')) return req.socket.destroy();
    if (req.url?.startsWith('/never')) return; // no answer
    const body = JSON.stringify({ method: rec.method, url: rec.url, body: rec.body.toString('utf8') });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-upstream': 'fake' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  gw = await startGateway({ env: { SWITCHBOARD_UPSTREAMS: JSON.stringify({ slack: up.origin }) } });
  await gw.connect({ app: 'slack', method: 'API_KEY', credentials: { token: TOKEN } });
});

afterAll(async () => {
  await gw?.close();
  await up?.close();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Writes `first` on one connection, waits for its answer, then writes `second` on the same connection: both answers' text, and whether the connection stayed open for the second. */
function twoOnOneConnection(url: string, first: string, second: string): Promise<{ first: string; second: string; reused: boolean }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    let text = '';
    let firstText = '';
    let closed = false;
    const socket = netConnect(Number(port), hostname, () => socket.write(first));
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ first: firstText || text, second: firstText ? text.slice(firstText.length) : '', reused: firstText !== '' && !closed });
    };
    const timer = setTimeout(finish, 3000);
    socket.on('data', (c: Buffer) => {
      text += c.toString('latin1');
      // The first answer is a small JSON error with a Content-Length: complete once its body is in.
      if (!firstText) {
        const head = text.indexOf('\r\n\r\n');
        const length = /content-length: (\d+)/i.exec(text);
        if (head >= 0 && length && text.length >= head + 4 + Number(length[1])) {
          firstText = text;
          if (!closed) socket.write(second);
        }
      } else if (/\r\n\r\n/.test(text.slice(firstText.length))) finish();
    });
    socket.on('end', () => {
      closed = true;
      if (firstText) finish();
    });
    socket.on('error', finish);
  });
}

describe('edge requests', () => {
  it('a refused call with a small body keeps its connection (the body is read and dropped); a large unread one closes it', async () => {
    const body = 'x'.repeat(1024);
    const refused = `POST /slack/api/chat.postMessage HTTP/1.1\r\nhost: x\r\nauthorization: Bearer not-a-key\r\ncontent-type: text/plain\r\ncontent-length: ${body.length}\r\n\r\n`;
    const next = `GET /slack/api/auth.test HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${gw.key}\r\n\r\n`;
    // The body follows the head a moment later, as a client streaming it would send it.
    const small = await twoOnOneConnection(gw.url, refused + body, next);
    expect(small.first).toMatch(/^HTTP\/1\.1 401 /);
    expect(small.first).not.toMatch(/connection: close/i);
    expect(small.reused).toBe(true);
    expect(small.second).toMatch(/^HTTP\/1\.1 200 /);
    // A body over 64 KiB that has not arrived is not waited for: the connection closes.
    const large = await twoOnOneConnection(gw.url, refused.replace(`content-length: ${body.length}`, 'content-length: 1048576'), next);
    expect(large.first).toMatch(/^HTTP\/1\.1 401 /);
    expect(large.first).toMatch(/connection: close/i);
    expect(large.reused).toBe(false);
  });

  it('a refused caller that keeps its connection cannot hold it by stalling the rest of its small body: the body timeout closes it', async () => {
    const quick = await startGateway({ env: { SWITCHBOARD_UPSTREAMS: JSON.stringify({ slack: up.origin }), SWITCHBOARD_BODY_TIMEOUT_MS: '400' } });
    try {
      const { hostname, port } = new URL(quick.url);
      const started = performance.now();
      const outcome = await new Promise<{ text: string; closedAfterMs: number }>((resolve) => {
        let text = '';
        const socket = netConnect(Number(port), hostname, () => {
          // 60 KiB announced (drained after a refusal), 10 bytes sent, then nothing.
          socket.write(`POST /slack/api/chat.postMessage HTTP/1.1\r\nhost: x\r\nauthorization: Bearer not-a-key\r\ncontent-length: 61440\r\n\r\n0123456789`);
        });
        socket.on('data', (c: Buffer) => (text += c.toString('latin1')));
        socket.on('close', () => resolve({ text, closedAfterMs: performance.now() - started }));
        setTimeout(() => socket.destroy(), 10_000).unref();
      });
      expect(outcome.text).toMatch(/^HTTP\/1\.1 401 /);
      expect(outcome.text).not.toMatch(/connection: close/i);
      // Closed by the gateway after the 400 ms body timeout, long before the test's own 10 s.
      expect(outcome.closedAfterMs).toBeGreaterThanOrEqual(350);
      expect(outcome.closedAfterMs).toBeLessThan(8000);
    } finally {
      await quick.close();
    }
  });

  it('an upstream answer carrying x-switchboard-error does not pass as the gateway\'s', async () => {
    const res = await gw.call('/slack/impersonate');
    expect(res.status).toBe(400);
    expect(res.headers.get('x-switchboard-error')).toBeNull();
    expect(await res.json()).toEqual({ error: 'from upstream' });
  });

  it('a GET with a body forwards the body', async () => {
    const { req, answer } = openRequest(gw.url, '/slack/api/search', {
      method: 'GET',
      headers: { authorization: `Bearer ${gw.key}`, 'content-type': 'application/json', 'content-length': 13 },
    });
    req.end('{"q":"hello"}');
    const got = await answer;
    expect(got?.status).toBe(200);
    expect(JSON.parse(got!.body)).toEqual({ method: 'GET', url: '/api/search', body: '{"q":"hello"}' });
  });

  it('HEAD is forwarded', async () => {
    const res = await gw.call('/slack/api/users.list', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-upstream')).toBe('fake');
    expect(up.last().method).toBe('HEAD');
  });

  it('oversized request headers get 431 with a stable code', async () => {
    const text = await rawExchange(gw.url, `GET /slack/api/x HTTP/1.1\r\nhost: x\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(text).toMatch(/^HTTP\/1\.1 431 /);
    expect(text).toMatch(/x-switchboard-error: GW_ERR_HEADERS_TOO_LARGE/i);
  });

  it('an absolute-form request target gets a clear 400', async () => {
    const text = await rawExchange(gw.url, `GET http://example.com/slack/api/x HTTP/1.1\r\nhost: example.com\r\nauthorization: Bearer ${gw.key}\r\n\r\n`);
    expect(text).toMatch(/^HTTP\/1\.1 400 /);
    expect(text).toMatch(/x-switchboard-error: GW_ERR_BAD_TARGET/i);
    expect(text).not.toMatch(/ttp:/);
  });

  it('a caller that goes away is logged as a client abort, not as an internal error', async () => {
    const error = vi.spyOn(gw.sb.log, 'error');
    const info = vi.spyOn(gw.sb.log, 'info');
    // A control API body cut off halfway, and a gateway call left before the upstream answers.
    const control = openRequest(gw.url, '/connections', { headers: { authorization: `Bearer ${gw.key}`, 'content-type': 'application/json', 'content-length': 100 } });
    control.req.write('{"app":');
    const call = openRequest(gw.url, '/slack/never', { method: 'GET', headers: { authorization: `Bearer ${gw.key}` } });
    call.req.end();
    await after(300, null);
    control.req.destroy();
    call.req.destroy();
    await after(300, null);
    expect(error).not.toHaveBeenCalled();
    const aborts = info.mock.calls.filter((c) => /client aborted/.test(String(c[1])));
    expect(aborts.length).toBeGreaterThanOrEqual(2);
  });

  it('an upstream failure is logged at warn with the app, the origin host and the error code, and no secret', async () => {
    const warn = vi.spyOn(gw.sb.log, 'warn');
    const res = await gw.call('/slack/drop');
    expect(res.status).toBe(502);
    const calls = warn.mock.calls.filter((c) => /upstream/.test(String(c[1])));
    expect(calls.length).toBe(1);
    expect(calls[0]![0]).toMatchObject({ app: 'slack', host: up.host, code: expect.stringMatching(/^[A-Z_]+$/) });
    expect(JSON.stringify(calls[0])).not.toContain(TOKEN);
    expect(JSON.stringify(calls[0])).not.toContain(gw.key);
  });
});
