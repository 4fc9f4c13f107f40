/**
 * Terminal step, moving the bytes: the request goes upstream through undici's keep-alive pools with both
 * bodies streamed (nothing is buffered), hop-by-hop headers are dropped both ways, and the
 * upstream's status, headers and body come back untouched. A client that goes away cancels
 * the upstream request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { finished, type Writable } from 'node:stream';
import { Agent, errors, util, type Dispatcher } from 'undici';
import { UPSTREAM_POOL_CONNECTIONS } from '../config.js';
import { GatewayError } from '../errors.js';
import { noteBodyBytes, requestIdFor, sendError } from '../http.js';
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

const { headerNameToString, parseHeaders } = util;

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

/** Header names a Connection value lists (added to `into`); the usual values name none and are not split. */
function connectionTokens(value: string, into: Set<string> | null): Set<string> | null {
  if (value === 'keep-alive' || value === 'close' || value === 'Keep-Alive') return into;
  for (const t of value.split(',')) {
    const n = t.trim().toLowerCase();
    if (n && n !== 'close' && n !== 'keep-alive') (into ??= new Set()).add(n);
  }
  return into;
}

/** Upstream response headers minus hop-by-hop ones and the gateway's own error marker. */
export function responseHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  const conn = headers.connection;
  const listed = conn === undefined ? null : connectionTokens(Array.isArray(conn) ? conn.join(',') : conn, null);
  const out: Record<string, string | string[]> = {};
  for (const k in headers) {
    const v = headers[k];
    if (v === undefined || dropsFromAnswer(k, listed)) continue;
    out[answerName(k)] = v;
  }
  return out;
}

/** An upstream answer's header the caller never sees: hop-by-hop, listed in its Connection, or the gateway's own error marker. */
function dropsFromAnswer(name: string, listed: Set<string> | null): boolean {
  return HOP_BY_HOP.has(name) || name === GATEWAY_ONLY || (listed !== null && listed.has(name));
}

/** The gateway's own request id stays the one the caller sees; the provider's is kept beside it. */
function answerName(name: string): string {
  return name === 'x-request-id' ? 'x-upstream-request-id' : name;
}

/**
 * responseHeaders on undici's raw head (name, value, name, value … as Buffers), into the flat
 * [name, value …] list writeHead takes: no object is built and repeated fields (Set-Cookie)
 * stay as the upstream sent them. Also returns the Content-Length and whether the answer is an
 * event stream.
 */
function rawResponseHead(raw: Buffer[], requestId: string | undefined): { head: string[]; length: string | undefined; eventStream: boolean } {
  let listed: Set<string> | null = null;
  const names: string[] = new Array(raw.length >> 1);
  for (let i = 0; i < raw.length; i += 2) {
    const name = (names[i >> 1] = headerNameToString(raw[i]!));
    if (name === 'connection') listed = connectionTokens(raw[i + 1]!.toString('latin1'), listed);
  }
  const head: string[] = [];
  let length: string | undefined;
  let eventStream = false;
  for (let i = 0; i < raw.length; i += 2) {
    const name = names[i >> 1]!;
    if (dropsFromAnswer(name, listed)) continue;
    const value = raw[i + 1]!.toString('latin1');
    if (name === 'content-length') length = value;
    else if (name === 'content-type' && value.startsWith('text/event-stream')) eventStream = true;
    head.push(answerName(name), value);
  }
  if (requestId !== undefined) head.push('x-request-id', requestId);
  return { head, length, eventStream };
}

function hasBody(req: IncomingMessage): boolean {
  const cl = req.headers['content-length'];
  return (cl !== undefined && cl !== '0') || req.headers['transfer-encoding'] !== undefined;
}

const kCall = Symbol('switchboard.upstreamCall');
type Carrying = ServerResponse & { [kCall]?: UpstreamCall };

/**
 * Cancels the upstream request answering `res`, when one runs (server.ts: a 408 for a body that
 * stopped arriving). The forward step cancels it by itself when the caller goes away.
 */
export function cancelUpstream(res: ServerResponse): void {
  (res as Carrying)[kCall]?.cancel();
}

/** The caller left before the answer was complete: the upstream request is cancelled. */
function onCallerGone(this: Carrying): void {
  if (!this.writableFinished) this[kCall]?.cancel();
}

/**
 * One upstream request, as undici's dispatch handler (its native callback interface; what
 * `stream()` builds on): the head is filtered from undici's raw header list straight into the
 * caller's response, body chunks are written as they come with backpressure (a full response
 * pauses the upstream socket until 'drain'), and the call settles when the answer has been
 * handed over. Against `stream()` this saves, per request, a headers object and its copy, an
 * AsyncResource, the five listeners `finished()` puts on the response and an abort-signal
 * listener (bench/RESULTS.md).
 */
class UpstreamCall {
  private abortUpstream: ((err: Error) => void) | null = null;
  private cancelled: Error | null = null;
  /** Where the answer's body goes: the caller's response, or what `intercept` returned. */
  private sink: Writable | ServerResponse | null = null;
  private resumeUpstream: (() => void) | null = null;
  private settled = false;

  constructor(
    private readonly req: IncomingMessage,
    private readonly res: ServerResponse,
    /** The caller's request when its body streams upstream. */
    private readonly streamed: IncomingMessage | null,
    private readonly intercept: Intercept | undefined,
    private readonly dispatcher: Dispatcher,
    private readonly app: string,
    private readonly origin: string,
    private readonly done: () => void,
  ) {}

  /** The caller left or timed out: undici stops the request, and onError follows. */
  cancel(): void {
    if (this.settled) return;
    const err = new errors.RequestAbortedError();
    if (this.abortUpstream !== null) this.abortUpstream(err);
    else this.cancelled = err;
  }

  onConnect(abort: (err: Error) => void): void {
    if (this.cancelled !== null) abort(this.cancelled);
    else this.abortUpstream = abort;
  }

  onHeaders(statusCode: number, raw: Buffer[], resume: () => void): boolean {
    if (statusCode < 200) return true; // 1xx: informational, not forwarded
    this.resumeUpstream = resume;
    const held = this.intercept?.(statusCode, parseHeaders(raw) as Record<string, string | string[] | undefined>);
    if (held !== undefined) {
      this.sink = held;
      // The holder may refuse the body (too large to hold): the upstream request stops, and the
      // call ends as a failed one. It settles when the holder has all of it.
      finished(held, (err) => {
        if (this.settled) return;
        if (err) this.abortUpstream?.(err);
        else this.settle();
      });
      return true;
    }
    const res = this.res;
    const { head, length, eventStream } = rawResponseHead(raw, requestIdFor(res));
    noteBodyBytes(res, length !== undefined ? Number(length) : undefined);
    res.writeHead(statusCode, head);
    // An event stream may stay quiet for a while: let the caller see the answer start at once.
    if (eventStream) res.flushHeaders();
    this.sink = res;
    return !res.writableNeedDrain;
  }

  onData(chunk: Buffer): boolean {
    const sink = this.sink!;
    if (sink.write(chunk)) return true;
    sink.once('drain', this.resumeUpstream!);
    return false;
  }

  onComplete(): void {
    const sink = this.sink!;
    sink.end();
    if (sink === this.res) this.settle(); // else when the holder has finished (onHeaders)
  }

  onError(err: Error & { code?: string }): void {
    if (this.settled) return;
    const { res, sink } = this;
    // A holder (intercept) loses what it held; the caller gets the failure as with any answer.
    if (sink !== null && sink !== res && !(sink as Writable).destroyed) (sink as Writable).destroy(err);
    if (err.code === 'UND_ERR_ABORTED' || res.destroyed) {
      // The caller left; nothing to answer.
    } else if (!res.headersSent) {
      logUpstreamFailure(this.dispatcher, err, this.app, this.origin, false);
      sendError(res, mapUpstreamError(err, this.app));
    } else {
      logUpstreamFailure(this.dispatcher, err, this.app, this.origin, true);
      res.destroy(err);
    }
    const body = this.streamed;
    if (body !== null && !body.destroyed) {
      // As undici does for a request body it could not send: end the stream, not the caller's
      // socket (its answer may still be on the way).
      (body as { socket: unknown }).socket = null;
      body.destroy(err);
    }
    this.settle();
  }

  private settle(): void {
    if (this.settled) return;
    this.settled = true;
    this.res.off('close', onCallerGone);
    (this.res as Carrying)[kCall] = undefined;
    if (this.streamed === null) this.req.resume();
    this.done();
  }
}

/**
 * Streams the request to the target and the answer back. Resolves when the exchange ends;
 * errors before the answer started become gateway errors (502/504) for the caller.
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
  const streamed = given === undefined && hasBody(req) ? req : null;
  return new Promise((resolve) => {
    const call = new UpstreamCall(req, res, streamed, intercept, dispatcher, app, origin, resolve);
    (res as Carrying)[kCall] = call;
    res.once('close', onCallerGone);
    if (streamed !== null) streamed.once('error', (err) => call.onError(err));
    try {
      dispatcher.dispatch(
        {
          origin,
          path,
          method: req.method as Dispatcher.HttpMethod,
          headers: forwardHeaders(req.rawHeaders, replace, defaults),
          body: given !== undefined ? given : streamed,
        },
        call as unknown as Dispatcher.DispatchHandler,
      );
    } catch (err) {
      call.onError(err as Error);
    }
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
