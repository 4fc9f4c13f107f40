/** The forward step over real sockets: a fake upstream, and a server that runs only this step. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Exchange } from '../../../../packages/gateway/src/pipeline/exchange.js';
import { createForwardStep, Upstreams } from '../../../../packages/gateway/src/pipeline/forward.js';
import { startUpstream, type FakeUpstream } from '../../../support/upstream.js';
import { app } from './fixtures.js';

let up: FakeUpstream;
let server: Server;
let base: string;
let upstreamOrigin: string;
const upstreams = new Upstreams({ connectMs: 2000, headersMs: 5000, idleMs: 5000 });
const forward = createForwardStep(upstreams);

beforeAll(async () => {
  up = await startUpstream((_req, res, rec) => {
    res.writeHead(201, { 'content-type': 'application/json', 'x-upstream': 'yes', connection: 'keep-alive, x-hop', 'x-hop': 'dropped' });
    res.end(JSON.stringify({ url: rec.url, body: rec.body.toString() }));
  });
  upstreamOrigin = up.origin;
  server = createServer((req, res) => {
    const ex = new Exchange(req, res, req.url!, '', 'slack', req.url!, performance.now());
    ex.app = app('slack');
    ex.target = { origin: req.headers['x-test-origin'] as string ?? upstreamOrigin, path: '/api/x', userOrigin: false, overridden: true };
    ex.upstreamPath = '/api/x?a=1';
    ex.replace = new Map([['authorization', ['Authorization', 'Bearer upstream-token']]]);
    ex.defaults = new Map([['notion-version', ['Notion-Version', 'default']]]);
    void forward(ex);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await up.close();
  await upstreams.close();
});

describe('forward step', () => {
  it('sends the exchange’s path, the gateway’s headers, the body; answers with the upstream’s status, headers and body', async () => {
    const res = await fetch(`${base}/slack/api/x`, {
      method: 'POST',
      headers: { authorization: 'Bearer sbk_caller', 'maton-connection': 'c1', 'x-caller': 'kept', 'content-type': 'text/plain', 'notion-version': 'mine' },
      body: 'hello',
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-upstream')).toBe('yes');
    expect(res.headers.get('x-hop')).toBeNull(); // named in Connection: hop-by-hop
    expect(await res.json()).toEqual({ url: '/api/x?a=1', body: 'hello' });
    const got = up.last().headers;
    expect(got.authorization).toBe('Bearer upstream-token');
    expect(got['maton-connection']).toBeUndefined();
    expect(got['x-caller']).toBe('kept');
    expect(got['notion-version']).toBe('mine'); // a default the caller overrode
  });

  it('a default the caller did not send is added', async () => {
    await fetch(`${base}/slack/api/x`);
    expect(up.last().headers['notion-version']).toBe('default');
  });

  it('an upstream that refuses the connection: 502 GW_ERR_UPSTREAM_UNREACHABLE', async () => {
    const res = await fetch(`${base}/slack/api/x`, { headers: { 'x-test-origin': 'http://127.0.0.1:1' } });
    expect(res.status).toBe(502);
    expect(res.headers.get('x-switchboard-error')).toBe('GW_ERR_UPSTREAM_UNREACHABLE');
  });
});
