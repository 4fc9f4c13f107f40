/**
 * Where a finished gateway request is counted: the metrics and the request log, from fields
 * the exchange already holds (nothing is computed on the request path but a few numbers).
 * Bytes are the bodies' Content-Length, in and out (null for a chunked body: counting it would
 * mean listening to the stream the other side reads, and the socket's own counters lag behind
 * the HTTP parser).
 */
import type { Caller } from '../accounts/api-keys.js';
import { answerFacts } from '../http.js';
import type { Exchange } from '../pipeline/exchange.js';
import type { Metrics } from './metrics.js';
import type { RequestLogWriter } from './request-log.js';

export class Observer {
  constructor(
    readonly metrics: Metrics | undefined,
    readonly requestLog: RequestLogWriter | undefined,
  ) {}

  get enabled(): boolean {
    return this.metrics !== undefined || this.requestLog !== undefined;
  }

  /** A gateway request arrived (control API requests are not counted). */
  begin(): void {
    this.metrics?.started();
  }

  /** The gateway request ended (answered, failed, or its caller went away). */
  end(ex: Exchange): void {
    const now = performance.now();
    const facts = answerFacts(ex.res);
    const errorCode = facts.code ?? null;
    const status = ex.res.headersSent || ex.res.writableFinished ? ex.res.statusCode : 499;
    const dispatched = ex.upstreamAt > 0;
    const app = ex.app?.app ?? '';
    this.metrics?.finished({
      app,
      status,
      code: errorCode ?? '',
      surface: ex.surface,
      gatewaySeconds: ((dispatched ? ex.upstreamAt : now) - ex.started) / 1000,
      upstreamSeconds: dispatched ? (now - ex.upstreamAt) / 1000 : undefined,
    });
    if (!this.requestLog) return;
    const length = ex.req.headers['content-length'];
    const bytesIn = length !== undefined ? Number(length) : ex.req.headers['transfer-encoding'] !== undefined ? null : 0;
    const bytesOut = facts.bytes !== undefined ? facts.bytes : status === 204 || status === 304 || ex.req.method === 'HEAD' ? 0 : null;
    const caller = ex.caller;
    this.requestLog.add(
      performance.timeOrigin + ex.started,
      ex.requestId,
      caller?.accountId ?? null,
      caller?.keyId ?? null,
      ex.connection?.record.id ?? null,
      ex.app?.app ?? null,
      ex.operation ?? null,
      ex.rest,
      ex.surface,
      ex.req.method ?? 'GET',
      status,
      now - ex.started,
      dispatched ? now - ex.upstreamAt : null,
      bytesIn,
      bytesOut,
      errorCode,
    );
  }

  /** An MCP tool the gateway answered itself (search, describe, connections): one log entry. */
  tool(caller: Caller, requestId: string, tool: string, app: string | null, ok: boolean, ms: number): void {
    this.requestLog?.record({
      at: Date.now() - ms,
      requestId,
      accountId: caller.accountId,
      keyId: caller.keyId,
      connectionId: null,
      app,
      operation: `mcp.${tool}`,
      rest: '',
      surface: 'mcp',
      method: 'MCP',
      status: ok ? 200 : 400,
      ms,
      upstreamMs: null,
      bytesIn: null,
      bytesOut: null,
      errorCode: null,
    });
  }
}
