/**
 * The request log's writer: the server hands it one small record per finished request (no
 * body, no query string, no header), value by value into one flat list (no object per
 * request), it keeps them in memory and writes them in one
 * transaction a batch, off the request path: every `flushMs`, or sooner when `batch` records
 * wait. The operation id is looked up in the catalog at write time, not while the request runs.
 * When the store cannot keep up (its writes fail, or one hangs), the oldest records beyond
 * `maxBuffered` are dropped and counted: memory stays bounded and the gateway keeps serving.
 * Records older than the retention are purged hourly.
 */
import type { Catalog } from '../catalog/catalog.js';
import { isoAt, type Logger } from '../log.js';
import type { Param } from '../store/db.js';
import { LOG_ROW_VALUES, type RequestLogEntry, type RequestLogRepository } from '../store/request-log-repository.js';

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
/** Values a stored row has (the table's columns). */
const ROW = LOG_ROW_VALUES;
/** Values a buffered row has: the stored ones as recorded (time as epoch ms), then the native path for the operation match. */
const RAW = ROW + 1;

export class RequestLogWriter {
  /** Recorded rows, RAW values each, one flat array: no object per request. */
  private raw: Param[] = [];
  /** Rows of a write that failed, ROW values each, formatted already: written first next time. */
  private ready: Param[] = [];
  private readonly timer: NodeJS.Timeout;
  private readonly purgeTimer: NodeJS.Timeout;
  private flushing: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly repo: Pick<RequestLogRepository, 'insertRows' | 'purge'>,
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

  /** One request's entry, value by value (the observer calls this once per request). */
  add(
    at: number,
    requestId: string,
    accountId: string | null,
    keyId: string | null,
    connectionId: string | null,
    app: string | null,
    operation: string | null,
    rest: string,
    surface: 'rest' | 'mcp',
    method: string,
    status: number,
    ms: number,
    upstreamMs: number | null,
    bytesIn: number | null,
    bytesOut: number | null,
    errorCode: string | null,
  ): void {
    if (this.closed) return;
    if (this.raw.length + (this.ready.length / ROW) * RAW >= this.options.maxBuffered * RAW) this.dropOldest();
    this.raw.push(at, requestId, accountId, keyId, connectionId, app, operation, surface, method, status, ms, upstreamMs, bytesIn, bytesOut, errorCode, rest);
    if (this.raw.length >= this.options.batch * RAW && this.flushing === undefined) void this.flush();
  }

  /**
   * The buffer is full (the store has not answered for a while): the oldest tenth goes. A tenth
   * at a time, so a store that stays stalled costs one array move per maxBuffered / 10 requests,
   * not one per request.
   */
  private dropOldest(): void {
    this.drop(Math.max(1, Math.ceil(this.options.maxBuffered / 10)));
  }

  /** Drops the `n` oldest entries, those of a failed write first, and counts them. */
  private drop(n: number): void {
    this.options.onDrop?.(n);
    this.log.warn({ dropped: n }, 'request log dropped its oldest entries: the store is not keeping up');
    const fromReady = Math.min(n, this.ready.length / ROW);
    this.ready.splice(0, fromReady * ROW);
    n -= fromReady;
    if (n > 0) this.raw.splice(0, n * RAW);
  }

  record(r: LogRecord): void {
    this.add(r.at, r.requestId, r.accountId, r.keyId, r.connectionId, r.app, r.operation, r.rest, r.surface, r.method, r.status, r.ms, r.upstreamMs, r.bytesIn, r.bytesOut, r.errorCode);
  }

  /** Writes what is buffered; resolves when it is stored (or, on a store error, kept for the next try). */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing.then(() => (this.raw.length || this.ready.length ? this.flush() : undefined));
    if (!this.raw.length && !this.ready.length) return Promise.resolve();
    const rows = this.ready;
    this.ready = [];
    this.format(this.raw, rows);
    this.raw = [];
    this.flushing = this.repo
      .insertRows(rows)
      .catch((err: unknown) => {
        this.log.warn({ err: (err as Error).message, entries: rows.length / ROW }, 'request log write failed; will retry');
        this.ready = rows;
        // Beyond maxBuffered the oldest go.
        const over = rows.length / ROW + this.raw.length / RAW - this.options.maxBuffered;
        if (over > 0) this.drop(over);
      })
      .finally(() => {
        this.flushing = undefined;
      });
    return this.flushing;
  }

  /** Recorded rows into stored ones, appended to `out`: the time as ISO text, the operation matched, durations to the µs. */
  private format(raw: Param[], out: Param[]): void {
    for (let i = 0; i < raw.length; i += RAW) {
      const app = raw[i + 5] as string | null;
      let operation = raw[i + 6] as string | null;
      if (operation === null && app !== null) {
        try {
          operation = this.catalog.match(app, raw[i + 8] as string, raw[i + 15] as string)?.id ?? null;
        } catch {
          operation = null; // an unreadable catalog file costs the id, not the entry
        }
      }
      const upstreamMs = raw[i + 11] as number | null;
      out.push(
        isoAt(raw[i] as number),
        raw[i + 1]!,
        raw[i + 2]!,
        raw[i + 3]!,
        raw[i + 4]!,
        app,
        operation,
        raw[i + 7]!,
        raw[i + 8]!,
        raw[i + 9]!,
        Math.round((raw[i + 10] as number) * 1000) / 1000,
        upstreamMs === null ? null : Math.round(upstreamMs * 1000) / 1000,
        raw[i + 12]!,
        raw[i + 13]!,
        raw[i + 14]!,
      );
    }
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
