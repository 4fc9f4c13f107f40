/**
 * Terminal step, moving the bytes: the request goes upstream through undici's keep-alive pools with both
 * bodies streamed (nothing is buffered), hop-by-hop headers are dropped both ways, and the
 * upstream's status, headers and body come back untouched. A client that goes away cancels
 * the upstream request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Writable } from 'node:stream';
import { Agent, type Dispatcher } from 'undici';
import { UPSTREAM_POOL_CONNECTIONS } from '../config.js';
import { GatewayError } from '../errors.js';
import { noteBodyBytes, sendError, withRequestId } from '../http.js';
import type { Logger } from '../log.js';
import { guardedConnector } from '../net/ssrf.js';
import type { Step } from './compose.js';
import type { Exchange } from './exchange.js';

export const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/**
 * Caller headers the gateway consumes and never forwards. `expect`: the gateway answers a
 * `100-continue` itself (undici refuses to send the header at all). `x-switchboard-*`: the
 * marks of an MCP action's internal hop (mcp/loopback.ts).
 */
const CONSUMED = new Set(['host', 'authorization', 'maton-connection', 'expect', 'x-switchboard-via', 'x-switchboard-operation']);

/** The gateway's own marker (http.ts sendError): an upstream's never passes, so it cannot impersonate the gateway. */
const GATEWAY_ONLY = 'x-switchboard-error';

/** The logger for upstream failures, per pool (Upstreams.useLog). */
const upstreamLogs = new WeakMap<Dispatcher, Logger>();

export interface Timeouts {
  connectMs: number;
  headersMs: number;
  idleMs: number;
}

export class Upstreams {
  /** Known providers. */
  readonly trusted: Agent;
  /** User-chosen origins: connections only to public addresses. */
  readonly guarded: Agent;

  constructor(timeouts: Timeouts) {
    const common = {
      // One account holds at most SWITCHBOARD_MAX_INFLIGHT_PER_ACCOUNT of these (config.ts keeps it below).
      connections: UPSTREAM_POOL_CONNECTIONS,
      pipelining: 1,
      keepAliveTimeout: 30_000,
      keepAliveMaxTimeout: 120_000,
      headersTimeout: timeouts.headersMs,
      bodyTimeout: timeouts.idleMs,
    };
    this.trusted = new Agent({ ...common, connect: { timeout: timeouts.connectMs } });
    this.guarded = new Agent({ ...common, connect: guardedConnector(timeouts.connectMs) });
  }

  /** Where upstream failures are logged (warn: app, origin host, error code; never headers or bodies). */
  useLog(log: Logger): void {
    upstreamLogs.set(this.trusted, log);
    upstreamLogs.set(this.guarded, log);
  }

  async close(): Promise<void> {
    await Promise.all([this.trusted.close(), this.guarded.close()]);
  }
}

/** Takes the upstream's answer instead of the caller's response when it returns a stream (replay-on-401.ts holds a 401). */
export type Intercept = (status: number, headers: Record<string, string | string[] | undefined>) => Writable | undefined;

/** One upstream attempt: `body` undefined streams the caller's body; a Buffer or null is sent as given. */
export type Send = (body: Buffer | null | undefined, intercept?: Intercept) => Promise<void>;

/** What the forward step uses of replay-on-401.ts (which imports this module, not the reverse). */
export interface Replayer {
  applies(ex: Exchange): boolean;
  run(ex: Exchange, send: Send): Promise<void>;
}

/**
 * The terminal step for REST upstreams: user-chosen origins go through the SSRF-guarded pool.
 * With `replay`, a 401 to an OAuth token is answered by one refresh and one replay (replay-on-401.ts).
 */
export function createForwardStep(upstreams: Upstreams, replay?: Replayer): Step {
  const send = (ex: Exchange, body?: Buffer | null, intercept?: Intercept) => {
    const target = ex.target!;
    ex.upstreamAt = performance.now();
    return forward(
      ex.req,
      ex.res,
      target.origin,
      ex.upstreamPath,
      target.userOrigin ? upstreams.guarded : upstreams.trusted,
      ex.replace!,
      ex.defaults!,
      ex.app!.app,
      body,
      intercept,
    );
  };
  return (ex: Exchange) => (replay?.applies(ex) ? replay.run(ex, (body, intercept) => send(ex, body, intercept)) : send(ex));
}

/** The caller's headers minus hop-by-hop and consumed ones, with the gateway's applied. */
export function forwardHeaders(raw: string[], replace: Map<string, [string, string]>, defaults: Map<string, [string, string]>): string[] {
  let listed: Set<string> | null = null;
  for (let i = 0; i < raw.length; i += 2) {
    if (raw[i]!.length === 10 && raw[i]!.toLowerCase() === 'connection') listed = connectionTokens(raw[i + 1]!, listed);
  }
  const out: string[] = [];
  const seen = defaults.size ? new Set<string>() : null;
  for (let i = 0; i < raw.length; i += 2) {
    const k = raw[i]!.toLowerCase();
    if (HOP_BY_HOP.has(k) || CONSUMED.has(k) || replace.has(k) || (listed !== null && listed.has(k))) continue;
    seen?.add(k);
    out.push(raw[i]!, raw[i + 1]!);
  }
  if (seen) for (const [k, [name, value]] of defaults) if (!seen.has(k)) out.push(name, value);
  for (const [name, value] of replace.values()) out.push(name, value);
  return out;
}

function connectionTokens(value: string, into: Set<string> | null): Set<string> | null {
  for (const t of value.split(',')) {
    const n = t.trim().toLowerCase();
    if (n && n !== 'close' && n !== 'keep-alive') (into ??= new Set()).add(n);
  }
  return into;
}

/** Upstream response headers minus hop-by-hop ones and the gateway's own error marker. */
export function responseHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  const conn = headers.connection;
  const listed = conn === undefined || conn === 'keep-alive' || conn === 'close' ? null : connectionTokens(Array.isArray(conn) ? conn.join(',') : conn, null);
  const out: Record<string, string | string[]> = {};
  for (const k in headers) {
    const v = headers[k];
    if (v === undefined || HOP_BY_HOP.has(k) || k === GATEWAY_ONLY || (listed !== null && listed.has(k))) continue;
    // The gateway's own request id stays the one the caller sees; the provider's is kept beside it.
    if (k === 'x-request-id') out['x-upstream-request-id'] = v;
    else out[k] = v;
  }
  return out;
}

function hasBody(req: IncomingMessage): boolean {
  const cl = req.headers['content-length'];
  return (cl !== undefined && cl !== '0') || req.headers['transfer-encoding'] !== undefined;
}

/** The caller left before the answer was complete: tell undici (it listens for 'abort' on the response). */
function onCallerGone(this: ServerResponse): void {
  if (!this.writableFinished) this.emit('abort');
}

function startAnswer(this: void, data: { statusCode: number; headers: Record<string, string | string[] | undefined>; opaque: unknown }): ServerResponse {
  const out = data.opaque as ServerResponse;
  const length = data.headers['content-length'];
  noteBodyBytes(out, typeof length === 'string' ? Number(length) : undefined);
  out.writeHead(data.statusCode, withRequestId(out, responseHeaders(data.headers)));
  // An event stream may stay quiet for a while: let the caller see the answer start at once.
  const type = data.headers['content-type'];
  if (typeof type === 'string' && type.startsWith('text/event-stream')) out.flushHeaders();
  return out;
}

/**
 * Streams the request to the target and the answer back. Resolves when the exchange ends;
 * errors before the answer started become gateway errors (502/504) for the caller.
 *
 * The caller's response object is the abort signal (undici accepts an EventEmitter that
 * emits 'abort'): no AbortController per request, which the profile showed costing more than
 * the header copying.
 */
export function forward(
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
  path: string,
  dispatcher: Dispatcher,
  replace: Map<string, [string, string]>,
  defaults: Map<string, [string, string]>,
  app: string,
  /** A body read beforehand (replay-on-401), instead of streaming the caller's. */
  given?: Buffer | null,
  /** May take the answer instead of the caller's response (replay-on-401 holds a 401). */
  intercept?: Intercept,
): Promise<void> {
  // A body is forwarded whatever the method (a GET with a body included), as the caller sent it.
  const body = given !== undefined ? given : !hasBody(req) ? null : req;
  res.once('close', onCallerGone);
  return new Promise((resolve) => {
    dispatcher.stream(
      {
        origin,
        path,
        method: req.method as Dispatcher.HttpMethod,
        headers: forwardHeaders(req.rawHeaders, replace, defaults),
        body,
        signal: res as unknown as AbortSignal,
        opaque: res,
      },
      (intercept === undefined ? startAnswer : (data: Parameters<typeof startAnswer>[0]) => intercept(data.statusCode, data.headers) ?? startAnswer(data)) as never,
      (err) => {
        res.off('close', onCallerGone);
        if (err) {
          if ((err as { code?: string }).code === 'UND_ERR_ABORTED' || res.destroyed) {
            // The caller left; nothing to answer.
          } else if (!res.headersSent) {
            logUpstreamFailure(dispatcher, err, app, origin, false);
            sendError(res, mapUpstreamError(err, app));
          } else {
            logUpstreamFailure(dispatcher, err, app, origin, true);
            res.destroy(err);
          }
        }
        if (body === null) req.resume();
        resolve();
      },
    );
  });
}

function logUpstreamFailure(dispatcher: Dispatcher, err: Error & { code?: string }, app: string, origin: string, midAnswer: boolean): void {
  const log = upstreamLogs.get(dispatcher);
  if (!log) return;
  let host = origin;
  try {
    host = new URL(origin).host;
  } catch {
    // keep the origin as given
  }
  const code = err.code ?? (err.cause as { code?: string } | undefined)?.code ?? err.name;
  log.warn({ app, host, code, midAnswer }, 'upstream failed');
}

export function mapUpstreamError(err: Error & { code?: string }, app: string): GatewayError {
  const code = err.code ?? (err.cause as { code?: string } | undefined)?.code;
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return new GatewayError('GW_ERR_UPSTREAM_TIMEOUT', { app });
  }
  return new GatewayError('GW_ERR_UPSTREAM_UNREACHABLE', { app });
}
