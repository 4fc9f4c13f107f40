/**
 * Terminal step, moving the bytes: the request goes upstream through undici's keep-alive pools with both
 * bodies streamed (nothing is buffered), hop-by-hop headers are dropped both ways, and the
 * upstream's status, headers and body come back untouched. A client that goes away cancels
 * the upstream request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Agent, type Dispatcher } from 'undici';
import { GatewayError } from '../errors.js';
import { sendError } from '../http.js';
import { publicOnlyLookup } from '../net/ssrf.js';
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

/** Caller headers the gateway consumes and never forwards. */
const CONSUMED = new Set(['host', 'authorization', 'maton-connection']);

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
      connections: 128,
      pipelining: 1,
      keepAliveTimeout: 30_000,
      keepAliveMaxTimeout: 120_000,
      headersTimeout: timeouts.headersMs,
      bodyTimeout: timeouts.idleMs,
    };
    this.trusted = new Agent({ ...common, connect: { timeout: timeouts.connectMs } });
    this.guarded = new Agent({ ...common, connect: { timeout: timeouts.connectMs, lookup: publicOnlyLookup as never } });
  }

  async close(): Promise<void> {
    await Promise.all([this.trusted.close(), this.guarded.close()]);
  }
}

/** The terminal step for REST upstreams: user-chosen origins go through the SSRF-guarded pool. */
export function createForwardStep(upstreams: Upstreams): Step {
  return (ex: Exchange) => {
    const target = ex.target!;
    return forward(
      ex.req,
      ex.res,
      target.origin,
      ex.upstreamPath,
      target.userOrigin ? upstreams.guarded : upstreams.trusted,
      ex.replace!,
      ex.defaults!,
      ex.app!.app,
    );
  };
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

/** Upstream response headers minus hop-by-hop ones. */
export function responseHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  const conn = headers.connection;
  const listed = conn === undefined || conn === 'keep-alive' || conn === 'close' ? null : connectionTokens(Array.isArray(conn) ? conn.join(',') : conn, null);
  const out: Record<string, string | string[]> = {};
  for (const k in headers) {
    const v = headers[k];
    if (v === undefined || HOP_BY_HOP.has(k) || (listed !== null && listed.has(k))) continue;
    out[k] = v;
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
  out.writeHead(data.statusCode, responseHeaders(data.headers));
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
): Promise<void> {
  const body = req.method === 'GET' || req.method === 'HEAD' || !hasBody(req) ? null : req;
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
      startAnswer as never,
      (err) => {
        res.off('close', onCallerGone);
        if (err) {
          if ((err as { code?: string }).code === 'UND_ERR_ABORTED' || res.destroyed) {
            // The caller left; nothing to answer.
          } else if (!res.headersSent) {
            sendError(res, mapUpstreamError(err, app));
          } else {
            res.destroy(err);
          }
        }
        if (body === null) req.resume();
        resolve();
      },
    );
  });
}

export function mapUpstreamError(err: Error & { code?: string }, app: string): GatewayError {
  const code = err.code ?? (err.cause as { code?: string } | undefined)?.code;
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return new GatewayError('GW_ERR_UPSTREAM_TIMEOUT', { app });
  }
  return new GatewayError('GW_ERR_UPSTREAM_UNREACHABLE', { app });
}
