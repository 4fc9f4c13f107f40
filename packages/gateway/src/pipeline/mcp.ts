/**
 * Terminal step for MCP connections. `POST /{app}/{tool}` with the tool's arguments as the
 * JSON body is turned into a JSON-RPC `tools/call` on the provider's MCP server (Streamable
 * HTTP), opening a session first when the caller sends no Mcp-Session-Id; the tool's result
 * comes back as the body and the session id in the Mcp-Session-Id header, for reuse.
 * `/{app}/mcp` forwards raw JSON-RPC, with server-sent events streamed back as they come.
 */
import type { Dispatcher } from 'undici';
import { GatewayError } from '../errors.js';
import { noteBodyBytes, readText, withRequestId } from '../http.js';
import type { RuntimeApp } from '../routes.js';
import type { Step } from './compose.js';
import type { Exchange } from './exchange.js';
import { forward, mapUpstreamError, responseHeaders, type Upstreams } from './forward.js';

const ACCEPT = 'application/json, text/event-stream';
let nextId = 1;

export function createMcpStep(upstreams: Upstreams): Step {
  return (ex) => callMcp(upstreams.trusted, ex);
}

async function callMcp(dispatcher: Dispatcher, ex: Exchange): Promise<void> {
  const { req, res, rest } = ex;
  ex.upstreamAt = performance.now();
  const app = ex.app!;
  const target = ex.target!;
  const name = rest.slice(1);

  if (name === '' || name === 'mcp') {
    const defaults = new Map(ex.defaults);
    defaults.set('mcp-protocol-version', ['MCP-Protocol-Version', app.mcp!.protocolVersion]);
    // Streamable HTTP servers refuse a request that does not accept both answer forms, and
    // HTTP clients send */* by default; the gateway states what it can relay.
    const replace = new Map(ex.replace);
    replace.set('accept', ['Accept', ACCEPT]);
    return forward(req, res, target.origin, ex.upstreamPath, dispatcher, replace, defaults, app.app);
  }
  if (req.method !== 'POST') throw new GatewayError('GW_ERR_METHOD_NOT_ALLOWED', { method: req.method ?? '', path: `/${app.app}${rest}` });
  if (name.includes('/')) throw new GatewayError('GW_ERR_BAD_PATH', { detail: `MCP tools are called as POST /${app.app}/{tool}` });

  const text = await readText(req, 4 << 20);
  let args: unknown = {};
  if (text.trim()) {
    try {
      args = JSON.parse(text);
    } catch (err) {
      throw new GatewayError('GW_ERR_BAD_REQUEST', { detail: `the tool arguments are not valid JSON: ${(err as Error).message}` }, { field: 'body' });
    }
  }
  if (typeof args !== 'object' || args === null || Array.isArray(args)) {
    throw new GatewayError('GW_ERR_BAD_REQUEST', { detail: 'the tool arguments must be a JSON object' }, { field: 'body' });
  }

  const session = new McpSession(dispatcher, target.origin, target.path, app, ex.replace!);
  const given = req.headers['mcp-session-id'];
  let sessionId = typeof given === 'string' && given ? given : await session.initialize();
  let answer = await session.call(sessionId, 'tools/call', { name, arguments: args });
  if (answer.status === 404 && given) {
    // The server forgot the caller's session: open a new one and try once more.
    sessionId = await session.initialize();
    answer = await session.call(sessionId, 'tools/call', { name, arguments: args });
  }
  if (answer.message === undefined) {
    // Not a JSON-RPC answer (an HTTP error from the server): pass it back as it came.
    const headers = responseHeaders(answer.headers);
    noteBodyBytes(res, Buffer.byteLength(answer.raw));
    res.writeHead(answer.status, withRequestId(res, headers));
    res.end(answer.raw);
    return;
  }
  const status = answer.message.error ? 422 : 200;
  const body = JSON.stringify(answer.message.error ? answer.message : answer.message.result);
  noteBodyBytes(res, Buffer.byteLength(body));
  res.writeHead(
    status,
    withRequestId(res, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      ...(sessionId ? { 'mcp-session-id': sessionId } : {}),
    }),
  );
  res.end(body);
}

interface RpcMessage {
  jsonrpc: '2.0';
  id?: number | string;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

interface RpcAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  raw: string;
  message?: RpcMessage;
}

class McpSession {
  constructor(
    private readonly dispatcher: Dispatcher,
    private readonly origin: string,
    private readonly path: string,
    private readonly app: RuntimeApp,
    private readonly auth: Map<string, [string, string]>,
  ) {}

  async initialize(): Promise<string> {
    const answer = await this.call(undefined, 'initialize', {
      protocolVersion: this.app.mcp!.protocolVersion,
      capabilities: {},
      clientInfo: { name: 'switchboard', version: '0.1.0' },
    });
    if (!answer.message || answer.message.error) {
      throw new GatewayError('GW_ERR_UPSTREAM_PROTOCOL', { app: this.app.app, detail: `initialize answered HTTP ${answer.status}` });
    }
    const id = answer.headers['mcp-session-id'];
    const sessionId = Array.isArray(id) ? id[0]! : (id ?? '');
    await this.notify(sessionId, 'notifications/initialized');
    return sessionId;
  }

  async call(sessionId: string | undefined, method: string, params: unknown): Promise<RpcAnswer> {
    const id = nextId++;
    const r = await this.post(sessionId, { jsonrpc: '2.0', id, method, params });
    const type = String(r.headers['content-type'] ?? '');
    let message: RpcMessage | undefined;
    if (type.startsWith('text/event-stream')) message = readEventStream(r.raw, id);
    else if (type.includes('json')) {
      try {
        const parsed = JSON.parse(r.raw) as RpcMessage | RpcMessage[];
        message = Array.isArray(parsed) ? parsed.find((m) => m.id === id) : parsed;
      } catch {
        message = undefined;
      }
    }
    if (message && message.result === undefined && message.error === undefined) message = undefined;
    return { ...r, message };
  }

  private async notify(sessionId: string, method: string): Promise<void> {
    await this.post(sessionId || undefined, { jsonrpc: '2.0', method });
  }

  private async post(sessionId: string | undefined, body: unknown): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; raw: string }> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: ACCEPT,
      'mcp-protocol-version': this.app.mcp!.protocolVersion,
    };
    if (sessionId) headers['mcp-session-id'] = sessionId;
    for (const [name, value] of this.auth.values()) headers[name.toLowerCase()] = value;
    try {
      const r = await this.dispatcher.request({ origin: this.origin, path: this.path, method: 'POST', headers, body: JSON.stringify(body) });
      return { status: r.statusCode, headers: r.headers as Record<string, string | string[] | undefined>, raw: await r.body.text() };
    } catch (err) {
      throw mapUpstreamError(err as Error, this.app.app);
    }
  }
}

/** The JSON-RPC answer with the given id among the events of a server-sent event stream. */
export function readEventStream(text: string, id: number | string): RpcMessage | undefined {
  for (const event of text.split(/\r?\n\r?\n/)) {
    const data = event
      .split(/\r?\n/)
      .filter((l) => l.startsWith('data:'))
      .map((l) => l.slice(5).replace(/^ /, ''))
      .join('\n');
    if (!data) continue;
    try {
      const m = JSON.parse(data) as RpcMessage;
      if (m.id === id) return m;
    } catch {
      // not JSON: a comment or keep-alive event
    }
  }
  return undefined;
}
