/** The MCP terminal step over real sockets: a fake Streamable HTTP server, and a server that runs only this step. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayError } from '../../../../packages/gateway/src/errors.js';
import { sendError } from '../../../../packages/gateway/src/http.js';
import { Exchange } from '../../../../packages/gateway/src/pipeline/exchange.js';
import { Upstreams } from '../../../../packages/gateway/src/pipeline/forward.js';
import { createMcpStep } from '../../../../packages/gateway/src/pipeline/mcp.js';
import { startUpstream, type FakeUpstream } from '../../../support/upstream.js';
import { app } from './fixtures.js';

let mcpServer: FakeUpstream;
let server: Server;
let base: string;
const upstreams = new Upstreams({ connectMs: 2000, headersMs: 5000, idleMs: 5000 });
const step = createMcpStep(upstreams);

beforeAll(async () => {
  mcpServer = await startUpstream((_req, res, rec) => {
    const msg = JSON.parse(rec.body.toString()) as { id?: number; method: string; params?: { name?: string } };
    if (msg.id === undefined) return void res.writeHead(202).end();
    const result = msg.method === 'initialize' ? { protocolVersion: '2025-06-18', capabilities: {} } : { content: [{ type: 'text', text: `ran ${msg.params?.name}` }] };
    res.writeHead(200, { 'content-type': 'text/event-stream', 'mcp-session-id': 'sess-1' });
    res.end(`event: message\ndata: ${JSON.stringify({ jsonrpc: '2.0', id: msg.id, result })}\n\n`);
  });
  server = createServer((req, res) => {
    const slash = req.url!.indexOf('/', 1);
    const ex = new Exchange(req, res, req.url!, '', 'granola', req.url!.slice(slash), performance.now());
    ex.app = app('granola');
    ex.mcp = true;
    ex.target = { origin: mcpServer.origin, path: '/mcp', userOrigin: false, overridden: true };
    ex.upstreamPath = '/mcp';
    ex.replace = new Map([['authorization', ['Authorization', 'Bearer mcp-token']]]);
    ex.defaults = new Map();
    Promise.resolve(step(ex)).catch((err: unknown) => sendError(res, err as GatewayError));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await mcpServer.close();
  await upstreams.close();
});

describe('mcp step', () => {
  it('POST /{app}/{tool}: opens a session, calls the tool with the token, returns the result and the session id', async () => {
    const res = await fetch(`${base}/granola/list_meetings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"limit":2}' });
    expect(res.status).toBe(200);
    expect(res.headers.get('mcp-session-id')).toBe('sess-1');
    expect(await res.json()).toEqual({ content: [{ type: 'text', text: 'ran list_meetings' }] });
    const methods = mcpServer.requests.map((r) => JSON.parse(r.body.toString()).method);
    expect(methods).toEqual(['initialize', 'notifications/initialized', 'tools/call']);
    expect(mcpServer.last().headers.authorization).toBe('Bearer mcp-token');
    expect(JSON.parse(mcpServer.last().body.toString()).params).toEqual({ name: 'list_meetings', arguments: { limit: 2 } });
  });

  it.each([
    ['GET on a tool', 'GET', '/granola/list_meetings', undefined, 'GW_ERR_METHOD_NOT_ALLOWED'],
    ['arguments that are not an object', 'POST', '/granola/list_meetings', '[1]', 'GW_ERR_BAD_REQUEST'],
    ['a nested tool path', 'POST', '/granola/a/b', '{}', 'GW_ERR_BAD_PATH'],
  ])('%s: %s', async (_, method, path, body, code) => {
    const res = await fetch(`${base}${path}`, { method, body });
    expect(res.headers.get('x-switchboard-error')).toBe(code);
  });
});
