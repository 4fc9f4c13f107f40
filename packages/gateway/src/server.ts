/**
 * One HTTP server for everything: the control API (/connections, /api/apikeys), the connect
 * page and OAuth callbacks (/connect, /oauth), health checks, and the gateway pipeline on
 * every other first segment. Errors of any step become the one JSON envelope; nothing else
 * leaks out. One access-log line per request, read from its exchange.
 *
 * What one request may cost is bounded here (config.ts RequestLimits): the request line and
 * headers (431), the target (414, and 400 for anything but a path), a body that pauses too
 * long (408, SWITCHBOARD_BODY_TIMEOUT_MS, from the socket's own idle timer: no timer of ours
 * per request) and a control API request that takes too long to arrive (408). A caller that
 * sends `Expect: 100-continue` is told to go on only once its request is admitted.
 */
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { isReservedSegment } from '@switchboard/contract';
import type { ConnectRoutes } from './connect/routes.js';
import { presentedKey } from './accounts/api-keys.js';
import type { ApiKeysApi } from './control/api-keys-api.js';
import type { ConnectionsApi } from './control/connections-api.js';
import type { LogsApi } from './control/logs-api.js';
import { allowOf, controlOpenApi } from './control/openapi.js';
import { GatewayError } from './errors.js';
import { requestId, sendError, sendJson, splitTarget, tagRequestId } from './http.js';
import type { AccessLog, Logger } from './log.js';
import { OPERATION_HEADER, VIA_HEADER } from './mcp/loopback.js';
import type { McpEndpoint } from './mcp/server.js';
import type { Metrics } from './observe/metrics.js';
import type { Observer } from './observe/observer.js';
import { cancelUpstream } from './pipeline/forward.js';
import { Exchange, type GatewayPipeline } from './pipeline/index.js';
import type { Routes } from './routes.js';
import type { Store } from './store/store.js';

export interface ServerDeps {
  routes: Routes;
  accessLog: AccessLog;
  store: Store;
  gateway: GatewayPipeline;
  connectionsApi: ConnectionsApi;
  apiKeysApi: ApiKeysApi;
  connect: ConnectRoutes;
  log: Logger;
  /** The operator dashboard under /dashboard, when the server has one (then `GET /` lists it). */
  dashboard?: (req: IncomingMessage, res: ServerResponse, rest: string, query: URLSearchParams) => Promise<void> | void;
  /** Metrics and the request log, fed one record per gateway request. */
  observer?: Observer;
  /** The MCP server for agents (/mcp). */
  mcp?: McpEndpoint;
  /** GET /logs. */
  logsApi?: LogsApi;
  /** GET /metrics, and the bearer token it asks for when one is set. */
  metrics?: { metrics: Metrics; token?: string };
  /** The token that marks an MCP action's internal request (mcp/loopback.ts). */
  viaToken?: string;
}

export function createGatewayServer(deps: ServerDeps): Server {
  const limits = deps.gateway.limits;
  deps.gateway.useLog(deps.log);
  const server = createServer(
    { keepAliveTimeout: 65_000, requestTimeout: 0, headersTimeout: 60_000, maxHeaderSize: limits.maxHeaderBytes },
    (req, res) => {
      void dispatch(deps, req, res, false);
    },
  );
  // Without this listener node answers 100 at once; the gateway answers it once the request is admitted.
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    void dispatch(deps, req, res, true);
  });
  server.on('clientError', (err: Error & { code?: string }, socket: Duplex) => {
    if (!socket.writable) {
      socket.destroy(err);
      return;
    }
    if (err.code === 'HPE_HEADER_OVERFLOW') socket.end(rawError(new GatewayError('GW_ERR_HEADERS_TOO_LARGE', { limit: limits.maxHeaderBytes })));
    else if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') socket.end(rawError(new GatewayError('GW_ERR_REQUEST_TIMEOUT', { detail: 'the request headers did not arrive in time' })));
    else socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
  });
  return server;
}

/** A gateway error written straight to a socket the HTTP parser gave up on. */
function rawError(err: GatewayError): string {
  const id = randomUUID();
  const body = JSON.stringify(err.envelope(id));
  return (
    `HTTP/1.1 ${err.status} ${STATUS_CODES[err.status] ?? ''}\r\ncontent-type: application/json; charset=utf-8\r\n` +
    `content-length: ${Buffer.byteLength(body)}\r\ncache-control: no-store\r\nx-switchboard-error: ${err.code}\r\nx-request-id: ${id}\r\n` +
    `connection: close\r\n\r\n${body}`
  );
}

/** One access-log line, when the answer has gone out (or the caller went away); the observer counts a gateway request's end. */
function logExchange(deps: ServerDeps, ex: Exchange): void {
  deps.accessLog.request(ex.requestId, ex.req.method, ex.path, ex.app?.app, ex.caller?.accountId, ex.connection?.record.id, ex.res.statusCode, performance.now() - ex.started);
  if (ex.observed) {
    ex.observed = false;
    deps.observer!.end(ex);
  }
}

/** The exchange ended before its answer was complete: a caller that went away is said so (not an error). */
function logEnded(deps: ServerDeps, ex: Exchange): void {
  const res = ex.res;
  if (!res.writableFinished && !ex.timedOut && !res.errored) {
    deps.log.info({ request_id: ex.requestId, method: ex.req.method, path: ex.path, app: ex.app?.app, account: ex.caller?.accountId }, 'client aborted');
  }
  logExchange(deps, ex);
}

const SLASH = 47;

async function dispatch(deps: ServerDeps, req: IncomingMessage, res: ServerResponse, expectsContinue: boolean): Promise<void> {
  const started = performance.now();
  const url = req.url ?? '/';
  const { path, query } = splitTarget(url);
  const slash = path.indexOf('/', 1);
  const first = slash < 0 ? path.slice(1) : path.slice(1, slash);
  const rest = slash < 0 ? '' : path.slice(slash);
  const ex = new Exchange(req, res, path, query, first, rest, started);
  // Every answer names its request: errors, control API, connect pages and upstream answers alike.
  ex.requestId = requestId(req.headers['x-request-id']);
  tagRequestId(res, ex.requestId);
  ex.expectsContinue = expectsContinue;
  const limits = deps.gateway.limits;
  // openapi.json (no app name has a dot) and the dashboard, when served, are control paths too.
  const isControl = first === '' || isReservedSegment(first) || first === 'openapi.json' || (first === 'dashboard' && deps.dashboard !== undefined);
  // Control answers have many writers (pages, redirects, JSON): the header is set for all of
  // them here. Gateway answers get it when their head is written (http.ts withRequestId).
  if (isControl) res.setHeader('x-request-id', ex.requestId);
  if (hasBody(req)) watchBody(ex, limits.bodyTimeoutMs, isControl ? limits.controlRequestTimeoutMs : 0);
  if (req.headers[VIA_HEADER] !== undefined) markInternal(deps, ex);
  if (!isControl && deps.observer !== undefined) {
    ex.observed = true;
    deps.observer.begin();
  }
  try {
    if (url.length > limits.maxUrlBytes) throw new GatewayError('GW_ERR_URI_TOO_LONG', { limit: limits.maxUrlBytes });
    // Absolute-form ("GET http://host/x"), "*" and the like: not a path, so no app either.
    if (url.charCodeAt(0) !== SLASH) throw new GatewayError('GW_ERR_BAD_TARGET');
    if (isControl) await control(deps, ex);
    else await deps.gateway.run(ex);
  } catch (err) {
    if (ex.timedOut || callerGone(req, res, err)) {
      // Answered 408 already, or nobody is listening: logEnded says which.
    } else if (err instanceof GatewayError) {
      answerError(ex, err.code === 'GW_ERR_UNAUTHORIZED' && ex.segment !== 'metrics' ? unauthorized(req, err) : err, limits.bodyTimeoutMs);
    } else {
      deps.log.error({ err, request_id: ex.requestId, method: req.method, path }, 'internal error');
      answerError(ex, new GatewayError('GW_ERR_INTERNAL'), limits.bodyTimeoutMs);
    }
  } finally {
    if (ex.timer !== undefined) {
      clearTimeout(ex.timer);
      ex.timer = undefined;
    }
    if (res.writableFinished) logExchange(deps, ex);
    else if (res.destroyed) logEnded(deps, ex);
    else res.once('close', () => logEnded(deps, ex));
  }
}

/** An MCP action's hop through the REST path (mcp/loopback.ts): trusted only with this process's token. */
function markInternal(deps: ServerDeps, ex: Exchange): void {
  const given = ex.req.headers[VIA_HEADER];
  if (typeof given !== 'string' || deps.viaToken === undefined) return;
  const a = Buffer.from(given);
  const b = Buffer.from(deps.viaToken);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return;
  ex.surface = 'mcp';
  const op = ex.req.headers[OPERATION_HEADER];
  if (typeof op === 'string' && op.length <= 200) ex.operation = op;
}

function hasBody(req: IncomingMessage): boolean {
  const cl = req.headers['content-length'];
  return (cl !== undefined && cl !== '0') || req.headers['transfer-encoding'] !== undefined;
}

/** The error came from the caller going away (its body cut off, its socket closed). */
function callerGone(req: IncomingMessage, res: ServerResponse, err: unknown): boolean {
  if (res.destroyed || (req.destroyed && !req.complete)) return true;
  const code = (err as { code?: string } | null)?.code;
  return code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE';
}

/**
 * The most of an unread request body node may read and discard after an error answer, so the
 * connection stays open for the caller's next request. A refusal (429, 401, 403) of an
 * ordinary API call must not cost the caller a new connection: under a burst, closing made
 * every refused caller reconnect, and the reconnects alone kept the gateway over its limits.
 */
const DRAIN_LIMIT = 64 * 1024;

/**
 * Answers a gateway error. A body the caller has not sent in full closes the connection after,
 * unless it was announced with a Content-Length of at most DRAIN_LIMIT: node discards it and
 * the connection is reused, if it arrives within `drainMs` (the body timeout; once the answer
 * is sent node gives the socket its keep-alive timer, so a stalled body would otherwise hold the
 * connection that long). A body the caller was not asked for yet (Expect: 100-continue) closes
 * it too.
 */
function answerError(ex: Exchange, err: GatewayError, drainMs: number): void {
  const { req, res } = ex;
  if (!res.headersSent) {
    if (ex.expectsContinue || (!req.complete && !drainable(req))) res.setHeader('connection', 'close');
    else if (!req.complete) boundDrain(req, drainMs);
  }
  sendError(res, err);
}

/** The rest of a refused request's small body must arrive within `ms`, or its connection closes. */
function boundDrain(req: IncomingMessage, ms: number): void {
  const socket = req.socket;
  const timer = setTimeout(() => {
    if (!req.complete) socket.destroy();
  }, ms);
  timer.unref();
  req.once('end', () => clearTimeout(timer));
  socket.once('close', () => clearTimeout(timer));
}

function drainable(req: IncomingMessage): boolean {
  if (req.headers['transfer-encoding'] !== undefined) return false;
  const length = Number(req.headers['content-length']);
  return Number.isSafeInteger(length) && length <= DRAIN_LIMIT;
}

const kExchange = Symbol('switchboard.exchange');
type Watched = IncomingMessage & { [kExchange]?: Exchange };

/**
 * Bounds how a request body arrives: the socket's idle timer (reset by every chunk, and by
 * nothing of ours) answers 408 after `idleMs` without a byte; a control API request must also
 * arrive in full within `wholeMs`. Both end with the body.
 */
function watchBody(ex: Exchange, idleMs: number, wholeMs: number): void {
  const req = ex.req as Watched;
  req[kExchange] = ex;
  req.setTimeout(idleMs);
  req.on('timeout', onBodyIdle);
  req.once('end', onBodyDone);
  if (wholeMs > 0) ex.timer = setTimeout(onControlDeadline, wholeMs, ex, wholeMs);
}

function onBodyIdle(this: Watched): void {
  const ex = this[kExchange];
  // Bytes are waiting for the gateway (an upstream reading slowly): not the caller's pause.
  if (!ex || this.readableLength > 0) return;
  requestTimedOut(ex, `the body paused for more than ${this.socket?.timeout ?? '?'} ms`);
}

function onBodyDone(this: Watched): void {
  const ex = this[kExchange];
  if (!ex) return;
  if (ex.timer !== undefined) {
    clearTimeout(ex.timer);
    ex.timer = undefined;
  }
  // The idle timer was for the body only (an answer may stream for long); once the answer is
  // done node has set its keep-alive timer on the socket, which stays.
  if (!ex.res.writableFinished) this.socket?.setTimeout(0);
}

function onControlDeadline(ex: Exchange, ms: number): void {
  ex.timer = undefined;
  requestTimedOut(ex, `the request did not arrive in full within ${ms} ms`);
}

/** 408 for a request still arriving: any upstream call for it is cancelled and the connection closed. */
function requestTimedOut(ex: Exchange, detail: string): void {
  const { req, res } = ex;
  if (req.complete || ex.timedOut) return;
  ex.timedOut = true;
  cancelUpstream(res);
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  res.setHeader('connection', 'close');
  sendError(res, new GatewayError('GW_ERR_REQUEST_TIMEOUT', { detail }));
}

async function control(deps: ServerDeps, ex: Exchange): Promise<void> {
  const { req, res, segment: first, rest } = ex;
  if (ex.expectsContinue) {
    ex.expectsContinue = false;
    res.writeContinue();
  }
  const query = new URLSearchParams(ex.query.slice(1));
  switch (first) {
    case '':
      if (req.method !== 'GET' && req.method !== 'HEAD') throw methodNotAllowed(req, '/', allowOf('/'));
      return sendJson(res, 200, { service: 'switchboard', apps: deps.routes.names().length, links: entryPoints(deps) });
    case 'openapi.json':
      if (rest !== '') break;
      if (req.method !== 'GET' && req.method !== 'HEAD') throw methodNotAllowed(req, '/openapi.json', allowOf('/openapi.json'));
      return sendJson(res, 200, controlOpenApi(), { 'cache-control': 'public, max-age=300' });
    case 'health':
      if (rest !== '') break;
      if (req.method !== 'GET' && req.method !== 'HEAD') throw methodNotAllowed(req, '/health', allowOf('/health'));
      return sendJson(res, 200, { status: 'ok' });
    case 'ready': {
      if (rest !== '') break;
      if (req.method !== 'GET' && req.method !== 'HEAD') throw methodNotAllowed(req, '/ready', allowOf('/ready'));
      await deps.store.db.get('SELECT 1 AS ok');
      return sendJson(res, 200, { status: 'ready' });
    }
    case 'dashboard':
      if (!deps.dashboard) break;
      return deps.dashboard(req, res, rest, query);
    case 'mcp': {
      if (!deps.mcp || (rest !== '' && rest !== '/')) break;
      if (req.method !== 'POST') throw methodNotAllowed(req, '/mcp', allowOf('/mcp'));
      const who = await caller(deps, ex);
      return deps.mcp.handle(req, res, who, query, ex.requestId);
    }
    case 'logs': {
      if (!deps.logsApi || (rest !== '' && rest !== '/')) break;
      if (req.method !== 'GET' && req.method !== 'HEAD') throw methodNotAllowed(req, '/logs', allowOf('/logs'));
      const who = await caller(deps, ex);
      return deps.logsApi.handle(req, res, who, query);
    }
    case 'metrics':
      if (!deps.metrics || rest !== '') break;
      if (req.method !== 'GET' && req.method !== 'HEAD') throw methodNotAllowed(req, '/metrics', allowOf('/metrics'));
      return serveMetrics(deps.metrics, req, res);
    case 'connect':
      return deps.connect.page(req, res, rest, query);
    case 'oauth':
      return deps.connect.callback(req, res, rest, query);
    case 'connections': {
      const who = await caller(deps, ex);
      const id = rest === '' || rest === '/' ? undefined : decodeSegment(rest.slice(1));
      return deps.connectionsApi.handle(req, res, who, id, query);
    }
    case 'api': {
      const p = /^\/profiles\/([^/]+)\/?$/.exec(rest);
      if (p) {
        const who = await caller(deps, ex);
        return deps.apiKeysApi.profile(req, res, who, decodeSegment(p[1]!));
      }
      const m = /^\/apikeys(?:\/([^/]*))?\/?$/.exec(rest);
      if (!m) throw new GatewayError('GW_ERR_NOT_FOUND', { what: `"/api${rest}"` });
      const who = await caller(deps, ex);
      return deps.apiKeysApi.handle(req, res, who, m[1] ? decodeSegment(m[1]) : undefined, query);
    }
  }
  throw new GatewayError('GW_ERR_NOT_FOUND', { what: `"/${first}${rest}"` });
}

/** What `GET /` lists: the entry points this server answers (each one answers, none is a dead link). */
function entryPoints(deps: ServerDeps): Record<string, string> {
  return {
    connections: '/connections',
    apikeys: '/api/apikeys',
    openapi: '/openapi.json',
    health: '/health',
    ready: '/ready',
    ...(deps.mcp ? { mcp: '/mcp' } : {}),
    ...(deps.logsApi ? { logs: '/logs' } : {}),
    ...(deps.metrics ? { metrics: '/metrics' } : {}),
    ...(deps.dashboard ? { dashboard: '/dashboard' } : {}),
  };
}

/** GET /metrics: Prometheus text; with SWITCHBOARD_METRICS_TOKEN set, only for `Authorization: Bearer <token>`. */
async function serveMetrics(m: NonNullable<ServerDeps['metrics']>, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (m.token !== undefined) {
    const given = Buffer.from(req.headers.authorization ?? '');
    const want = Buffer.from(`Bearer ${m.token}`);
    if (given.length !== want.length || !timingSafeEqual(given, want)) {
      throw new GatewayError('GW_ERR_UNAUTHORIZED', {}, { headers: { 'www-authenticate': 'Bearer realm="switchboard-metrics"' } });
    }
  }
  const body = await m.metrics.text();
  res.writeHead(200, { 'content-type': m.metrics.contentType, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function methodNotAllowed(req: IncomingMessage, path: string, allow: string): GatewayError {
  return new GatewayError('GW_ERR_METHOD_NOT_ALLOWED', { method: req.method ?? '', path }, { headers: { allow } });
}

/**
 * A 401 says which case it is (RFC 6750): no key sent, a malformed Authorization header, or a
 * key that is unknown or revoked; WWW-Authenticate names the realm, and the error when a
 * credential was sent.
 */
function unauthorized(req: IncomingMessage, err: GatewayError): GatewayError {
  const header = req.headers.authorization;
  let detail: string;
  let challenge = 'Bearer realm="switchboard"';
  if (header === undefined || header.trim() === '') {
    detail = 'no API key was sent';
  } else if (presentedKey(header) === undefined) {
    detail = 'the Authorization header is malformed (expected "Bearer <key>")';
    challenge += ', error="invalid_request"';
  } else {
    detail = 'the API key is unknown or revoked';
    challenge += ', error="invalid_token"';
  }
  const out = new GatewayError(err.code, {}, { headers: { ...err.headers, 'www-authenticate': challenge } });
  // The catalogue's message ("Missing or invalid API key."), then which case it is.
  out.message = `${out.message.replace(/\.$/, '')}: ${detail}.`;
  return out;
}

/** The control APIs act for the account behind the key: the gateway's authenticate step. */
async function caller(deps: ServerDeps, ex: Exchange) {
  await deps.gateway.authenticate(ex);
  return ex.caller!;
}

function decodeSegment(s: string): string {
  if (s.includes('/')) throw new GatewayError('GW_ERR_NOT_FOUND', { what: `"${s}"` });
  try {
    return decodeURIComponent(s);
  } catch {
    throw new GatewayError('GW_ERR_NOT_FOUND', { what: `"${s}"` });
  }
}
