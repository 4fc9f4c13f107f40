/**
 * The one logger. Pino, JSON lines, with every place a secret could sit redacted: callers'
 * keys, provider tokens, credentials and session tokens never reach a log line.
 */
import { pino, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;

export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'authorization',
  'credentials',
  '*.credentials',
  'access_token',
  '*.access_token',
  'refresh_token',
  '*.refresh_token',
  'api_key',
  '*.api_key',
  'key',
  '*.key',
  'secret',
  '*.secret',
  'session_token',
  '*.session_token',
  'client_secret',
  '*.client_secret',
  'password',
  '*.password',
];

/**
 * ISO time stamps without a Date each: a Date and its ISO string cost ~3.5 µs here, as much as
 * the rest of an access-log line. The text up to the seconds is made once a second; the
 * milliseconds are appended. Log lines (pino's isoTime format) and request-log rows use it.
 */
let secondAt = Number.NaN;
let secondText = '';

/** `new Date(ms).toISOString()` without a Date per call: the text up to the second is made once a second. */
export function isoAt(ms: number): string {
  const t = Math.floor(ms);
  const rest = t % 1000;
  if (t - rest !== secondAt) {
    secondAt = t - rest;
    secondText = new Date(secondAt).toISOString().slice(0, 20); // …T20:03:32.
  }
  return `${secondText}${rest < 10 ? '00' : rest < 100 ? '0' : ''}${rest}Z`;
}

/** pino's isoTime: `,"time":"2026-01-31T20:03:32.593Z"`. */
export function isoTimeAt(now: number): string {
  return `,"time":"${isoAt(now)}"`;
}

export function isoTime(): string {
  return isoTimeAt(Date.now());
}

/**
 * The access log: one line per request, onto the logger's destination (buffered: bufferedOnto). Its
 * fields are chosen here (request id, method, path without the query, app, account,
 * connection, status, ms) and hold no secret, so it needs neither redaction nor pino's
 * general serializer: the line is put together by hand, which cost ~1 µs where pino's
 * child-less logger cost ~8 µs a request (bench/RESULTS.md). Same stream and the same JSON
 * shape as pino's lines (level 30, ISO `time`, `service`, `worker` under serve --workers N,
 * `msg: "request"`); fields that are unknown are left out, as pino leaves out undefined.
 */
export class AccessLog {
  private destination: { write(line: string): unknown } | undefined;
  private readonly unbuffered: { write(line: string): unknown } | undefined;
  private readonly buffered: Buffered | undefined;
  private readonly base: string;

  constructor(parent: Logger) {
    const destination = (parent as unknown as Record<symbol, unknown>)[pino.symbols.streamSym] as { write(line: string): unknown } | undefined;
    if (parent.isLevelEnabled('info')) {
      this.unbuffered = destination;
      this.buffered = bufferedOnto(destination);
      this.destination = this.buffered ?? destination;
    }
    // Under serve --workers N, the parent's worker number on every line too.
    const worker = (parent.bindings() as { worker?: unknown }).worker;
    this.base = `,"service":"switchboard"${worker !== undefined ? `,"worker":${JSON.stringify(worker)}` : ''}`;
  }

  get enabled(): boolean {
    return this.destination !== undefined;
  }

  /** Writes what is buffered (the gateway closing); later lines are written as they come. */
  close(): void {
    const b = this.buffered;
    if (b === undefined) return;
    buffers.delete(b);
    if (b._len) b.flush();
    this.destination = this.unbuffered;
  }

  request(requestId: string, method: string | undefined, path: string, app: string | undefined, account: string | undefined, connection: string | undefined, status: number, ms: number): void {
    if (this.destination === undefined) return;
    let line = `{"level":30${isoTime()}${this.base},"request_id":${text(requestId)},"method":${text(method ?? '')},"path":${text(path)}`;
    if (app !== undefined) line += `,"app":${text(app)}`;
    if (account !== undefined) line += `,"account":${text(account)}`;
    if (connection !== undefined) line += `,"connection":${text(connection)}`;
    this.destination.write(`${line},"status":${status},"ms":${Math.round(ms)},"msg":"request"}\n`);
  }
}

/** Characters a JSON string may hold as they are. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** A JSON string: quoted as it is when nothing in it needs escaping (the usual case), else by JSON.stringify. */
function text(s: string): string {
  return PLAIN.test(s) ? `"${s}"` : JSON.stringify(s);
}

/** How long an access line may wait in its buffer before it is written. */
export const ACCESS_FLUSH_MS = 200;

type Buffered = pino.DestinationStream & { flush(): void; _len?: number; destroyed?: boolean };
const buffers = new Set<Buffered>();
let flusher: NodeJS.Timeout | undefined;

function flushAll(): void {
  for (const b of buffers) if (!b.destroyed && (b._len ?? 1) > 0) b.flush();
}

/**
 * The access log's own buffered writer onto the file descriptor of the logger's destination
 * (stdout, or a file): lines are written in blocks of 4 KiB, at the latest ACCESS_FLUSH_MS after
 * they were made, and when the process exits. Writes stay synchronous on the event loop, as
 * the application log's are, so the two writers on one descriptor never write at once and a
 * line is never split. Measured: one write(2) per access line cost as much as building it.
 * Undefined for a destination without a descriptor (a stream a test passes): lines go to it as they come.
 */
function bufferedOnto(destination: unknown): Buffered | undefined {
  const fd = (destination as { fd?: unknown } | undefined)?.fd;
  if (typeof fd !== 'number' || fd < 0) return undefined;
  const out = pino.destination({ dest: fd, minLength: 4096, sync: true }) as Buffered;
  buffers.add(out);
  if (flusher === undefined) {
    flusher = setInterval(flushAll, ACCESS_FLUSH_MS);
    flusher.unref();
    process.once('exit', flushAll);
  }
  return out;
}

/** `fields`: more on every line, such as `worker` (1…N, 0 for the primary) under serve --workers N. */
export function createLogger(level: string, destination?: NodeJS.WritableStream, fields: Record<string, unknown> = {}): Logger {
  return pino(
    {
      level,
      base: { service: 'switchboard', ...fields },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      timestamp: isoTime,
    },
    destination as pino.DestinationStream | undefined,
  );
}
