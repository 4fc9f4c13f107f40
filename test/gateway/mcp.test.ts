/**
 * MCP connections: POST /{app}/{tool} becomes a JSON-RPC tools/call on the provider's MCP
 * server (Streamable HTTP, answers as JSON or server-sent events), with the session opened by
 * the gateway and handed back in Mcp-Session-Id; POST /{app}/mcp forwards raw JSON-RPC; an app
 * with both halves (Notion) sends tool calls to the MCP connection and REST paths to the REST one.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, useSecret, type TestGateway } from '../support/gateway.js';
import { startUpstream, type FakeUpstream, type Recorded } from '../support/upstream.js';

let mcp: FakeUpstream;
let rest: FakeUpstream;
let gw: TestGateway;
const sessions = new Set<string>();
const calls: { method: string; session?: string; auth?: string; body: Record<string, unknown> }[] = [];
const TOKEN = useSecret('granola-mcp-access-token-0123456789');

function rpc(r: Recorded) {
  return JSON.parse(r.body.toString()) as { jsonrpc: string; id?: number; method: string; params?: { name?: string; arguments?: Record<string, unknown> } };
}

beforeAll(async () => {
  mcp = await startUpstream((req, res, r) => {
    const msg = rpc(r);
    const session = req.headers['mcp-session-id'] as string | undefined;
    calls.push({ method: msg.method, session, auth: req.headers.authorization, body: msg as never });
    if (req.url === '/mcp' && msg.method === 'initialize') {
      const id = randomUUID();
      sessions.add(id);
      res.writeHead(200, { 'content-type': 'application/json', 'mcp-session-id': id });
      return res.end(JSON.stringify({ jsonrpc: '2.0', id: msg.id, result: { protocolVersion: '2025-06-18', capabilities: { tools: {} }, serverInfo: { name: 'fake', version: '1' } } }));
    }
    if (!session || !sessions.has(session)) {
      res.writeHead(404, { 'content-type': 'application/json' });
      return res.end('{"error":"unknown session"}');
    }
    if (msg.method === 'notifications/initialized') {
      res.writeHead(202);
      return res.end();
    }
    if (msg.method === 'tools/call' && msg.params?.name === 'broken') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ jsonrpc: '2.0', id: msg.id, error: { code: -32602, message: 'Unknown tool: broken' } }));
    }
    if (msg.method === 'tools/call' || msg.method === 'tools/list') {
      // Answer as an event stream with a progress notification first, like real servers do.
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(`event: message\ndata: ${JSON.stringify({ jsonrpc: '2.0', method: 'notifications/progress', params: { progress: 1 } })}\n\n`);
      const result =
        msg.method === 'tools/list'
          ? { tools: [{ name: 'list_meetings' }] }
          : { content: [{ type: 'text', text: `called ${msg.params!.name} with ${JSON.stringify(msg.params!.arguments)}` }], isError: false };
      res.end(`event: message\ndata: ${JSON.stringify({ jsonrpc: '2.0', id: msg.id, result })}\n\n`);
      return;
    }
    res.writeHead(400);
    res.end();
  });
  rest = await startUpstream();
  gw = await startGateway({
    env: { SWITCHBOARD_UPSTREAMS: JSON.stringify({ 'mcp.granola.ai': mcp.origin, 'mcp.notion.com': mcp.origin, 'api.notion.com': rest.origin }) },
  });
  await gw.connect({ app: 'granola', method: 'MCP', credentials: { access_token: TOKEN } });
});
afterAll(async () => {
  await gw.close();
  await mcp.close();
  await rest.close();
});

describe('MCP tool calls', () => {
  it('opens a session, calls the tool and returns its result with the session id', async () => {
    calls.length = 0;
    const res = await gw.call('/granola/list_meetings', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"limit":2}' });
    expect(res.status).toBe(200);
    const session = res.headers.get('mcp-session-id');
    expect(sessions.has(session!)).toBe(true);
    expect(await res.json()).toEqual({ content: [{ type: 'text', text: 'called list_meetings with {"limit":2}' }], isError: false });
    expect(calls.map((c) => c.method)).toEqual(['initialize', 'notifications/initialized', 'tools/call']);
    expect(calls.every((c) => c.auth === `Bearer ${TOKEN}`)).toBe(true);
    expect(calls[2]!.session).toBe(session);
    expect(calls[2]!.body).toMatchObject({ jsonrpc: '2.0', method: 'tools/call', params: { name: 'list_meetings', arguments: { limit: 2 } } });
  });

  it('reuses the session the caller sends, and opens a new one when the server forgot it', async () => {
    const first = await gw.call('/granola/list_meetings', { method: 'POST', body: '{}' });
    const session = first.headers.get('mcp-session-id')!;
    await first.arrayBuffer();
    calls.length = 0;
    const again = await gw.call('/granola/get_meetings', { method: 'POST', headers: { 'mcp-session-id': session }, body: '{"meeting_ids":["x"]}' });
    expect(again.status).toBe(200);
    expect(calls.map((c) => c.method)).toEqual(['tools/call']);
    sessions.delete(session);
    calls.length = 0;
    const renewed = await gw.call('/granola/get_meetings', { method: 'POST', headers: { 'mcp-session-id': session }, body: '{}' });
    expect(renewed.status).toBe(200);
    expect(renewed.headers.get('mcp-session-id')).not.toBe(session);
    expect(calls.map((c) => c.method)).toEqual(['tools/call', 'initialize', 'notifications/initialized', 'tools/call']);
  });

  it('answers a JSON-RPC error with 422 and the error as the server sent it', async () => {
    const res = await gw.call('/granola/broken', { method: 'POST', body: '{}' });
    expect(res.status).toBe(422);
    expect(res.headers.get('x-switchboard-error')).toBeNull();
    expect(await res.json()).toMatchObject({ jsonrpc: '2.0', error: { code: -32602, message: 'Unknown tool: broken' } });
  });

  it('refuses arguments that are not a JSON object with a gateway error', async () => {
    const res = await gw.call('/granola/list_meetings', { method: 'POST', body: '[1,2]' });
    expect(res.status).toBe(400);
    expect(res.headers.get('x-switchboard-error')).toBe('GW_ERR_BAD_REQUEST');
  });

  it('forwards raw JSON-RPC on /{app}/mcp and streams the events back untouched', async () => {
    const init = await gw.call('/granola/mcp', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } } }),
    });
    const session = init.headers.get('mcp-session-id')!;
    expect(session).toBeTruthy();
    await init.arrayBuffer();
    expect(mcp.last().headers.accept).toBe('application/json, text/event-stream');
    const res = await gw.call('/granola/mcp', { method: 'POST', headers: { 'content-type': 'application/json', 'mcp-session-id': session }, body: '{"jsonrpc":"2.0","id":2,"method":"tools/list"}' });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const text = await res.text();
    expect(text).toContain('notifications/progress');
    expect(text).toContain('"tools":[{"name":"list_meetings"}]');
  });
});

describe('an app with REST and MCP halves', () => {
  it('sends tool names to the MCP connection and REST paths to the REST connection', async () => {
    const apiToken = useSecret(`ntn_${'M'.repeat(40)}`);
    const mcpToken = useSecret('notion-mcp-access-token-abcdefgh');
    await gw.connect({ app: 'notion', method: 'API_KEY', credentials: { integration_token: apiToken } });
    await gw.connect({ app: 'notion', method: 'MCP', credentials: { access_token: mcpToken } });
    const r1 = await gw.call('/notion/v1/users/me');
    expect(r1.status).toBe(200);
    expect(rest.last().headers.authorization).toBe(`Bearer ${apiToken}`);
    calls.length = 0;
    const r2 = await gw.call('/notion/notion-search', { method: 'POST', body: '{"query":"meeting notes"}' });
    expect(r2.status).toBe(200);
    expect(calls.at(-1)).toMatchObject({ method: 'tools/call', auth: `Bearer ${mcpToken}` });
  });
});
