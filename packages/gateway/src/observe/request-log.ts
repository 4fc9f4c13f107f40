/**
 * The request log's writer: the server hands it one small record per finished request (no
 * body, no query string, no header), it keeps them in memory and writes them in one
 * transaction a batch, off the request path: every `flushMs`, or sooner when `batch` records
 * wait. The operation id is looked up in the catalog at write time, not while the request runs.
 * When the store cannot keep up, the oldest records beyond `maxBuffered` are dropped and
 * counted (the gateway keeps serving). Records older than the retention are purged hourly.
 */
import type { Catalog } from '../catalog/catalog.js';
import { isoAt, type Logger } from '../log.js';
import type { RequestLogEntry, RequestLogRepository } from '../store/request-log-repository.js';

/** What the server hands over per request: a log entry before its time is formatted and its operation matched. */
export interface LogRecord extends Omit<RequestLogEntry, 'at' | 'operation'> {
  /** Epoch ms the request arrived. */
  at: number;
  /** Set when known at once (an MCP tool); else matched from method and path at write time. */
  operation: string | null;
  /** The native path after /{app}, for the operation match only: never stored. */
  rest: string;
}

export interface RequestLogOptions {
  flushMs: number;
  batch: number;
  maxBuffered: number;
  retentionDays: number;
  /** Told how many records were dropped (the metrics count them). */
  onDrop?: (n: number) => void;
}

const HOUR = 3_600_000;

export class RequestLogWriter {
  private buffer: LogRecord[] = [];
  private readonly timer: NodeJS.Timeout;
  private readonly purgeTimer: NodeJS.Timeout;
  private flushing: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly repo: RequestLogRepository,
    private readonly catalog: Catalog,
    private readonly log: Logger,
    private readonly options: RequestLogOptions,
  ) {
    this.timer = setInterval(() => void this.flush(), options.flushMs);
    this.timer.unref();
    this.purgeTimer = setInterval(() => void this.purge(), HOUR);
    this.purgeTimer.unref();
    setImmediate(() => void this.purge());
  }

  record(r: LogRecord): void {
    if (this.closed) return;
    this.buffer.push(r);
    if (this.buffer.length >= this.options.batch && this.flushing === undefined) void this.flush();
  }

  /** Writes what is buffered; resolves when it is stored (or, on a store error, kept for the next try). */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing.then(() => (this.buffer.length ? this.flush() : undefined));
    if (!this.buffer.length) return Promise.resolve();
    const batch = this.buffer;
    this.buffer = [];
    this.flushing = this.repo
      .insertMany(batch.map((r) => this.entry(r)))
      .catch((err: unknown) => {
        this.log.warn({ err: (err as Error).message, entries: batch.length }, 'request log write failed; will retry');
        this.buffer = batch.concat(this.buffer);
        const over = this.buffer.length - this.options.maxBuffered;
        if (over > 0) {
          this.buffer.splice(0, over);
          this.options.onDrop?.(over);
          this.log.warn({ dropped: over }, 'request log dropped its oldest entries');
        }
      })
      .finally(() => {
        this.flushing = undefined;
      });
    return this.flushing;
  }

  private entry(r: LogRecord): RequestLogEntry {
    let operation = r.operation;
    if (operation === null && r.app !== null) {
      try {
        operation = this.catalog.match(r.app, r.method, r.rest)?.id ?? null;
      } catch {
        operation = null; // an unreadable catalog file costs the id, not the entry
      }
    }
    // Field by field (no spread of the record): this runs once per request.
    return {
      at: isoAt(r.at),
      requestId: r.requestId,
      accountId: r.accountId,
      keyId: r.keyId,
      connectionId: r.connectionId,
      app: r.app,
      operation,
      surface: r.surface,
      method: r.method,
      status: r.status,
      ms: Math.round(r.ms * 1000) / 1000,
      upstreamMs: r.upstreamMs === null ? null : Math.round(r.upstreamMs * 1000) / 1000,
      bytesIn: r.bytesIn,
      bytesOut: r.bytesOut,
      errorCode: r.errorCode,
    };
  }

  private async purge(): Promise<void> {
    if (this.closed) return;
    try {
      const removed = await this.repo.purge(new Date(Date.now() - this.options.retentionDays * 86_400_000).toISOString());
      if (removed) this.log.info({ removed, retentionDays: this.options.retentionDays }, 'request log purged');
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, 'request log purge failed');
    }
  }

  /** Stops the timers and writes what is left. */
  async close(): Promise<void> {
    if (this.closed) return;
    clearInterval(this.timer);
    clearInterval(this.purgeTimer);
    await this.flush();
    this.closed = true;
  }
}
