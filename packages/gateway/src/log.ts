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
 * The access log: one line per request, onto the logger's destination (in blocks: LineBlocks). Its
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
  private readonly buffered: LineBlocks | undefined;
  private readonly base: string;

  constructor(parent: Logger) {
    const destination = (parent as unknown as Record<symbol, unknown>)[pino.symbols.streamSym] as { write(line: string): unknown } | undefined;
    if (parent.isLevelEnabled('info')) {
      this.unbuffered = destination;
      this.buffered = LineBlocks.onto(destination);
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
    this.buffered?.close();
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
const NOT_ASCII = /[\u007f-\uffff]/g;

/**
 * A JSON string in ASCII only: quoted as it is when nothing in it needs escaping (the usual
 * case), else by JSON.stringify with every character past ASCII as a \u escape. So an access
 * line is ASCII whatever a caller sends, and is written byte for character (LineBlocks).
 */
function text(s: string): string {
  return PLAIN.test(s) ? `"${s}"` : JSON.stringify(s).replace(NOT_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** How long an access line may wait in its buffer before it is written. */
export const ACCESS_FLUSH_MS = 200;
/** Bytes of access lines written at once. */
const BLOCK = 4096;
/** A block's buffer: room for the block and the longest usual line after it. */
const BUFFER = 3 * BLOCK;

type Destination = pino.DestinationStream & { destroyed?: boolean };
const blocks = new Set<LineBlocks>();
let flusher: NodeJS.Timeout | undefined;

function flushAll(): void {
  for (const b of blocks) b.flush();
}

/**
 * The access log's own buffered writer onto the file descriptor of the logger's destination
 * (stdout, or a file): lines are copied into a buffer (they are ASCII, `text`) and written in
 * blocks of 4 KiB, at the latest ACCESS_FLUSH_MS after they were made, and when the process
 * exits. Writes stay synchronous on the event loop, as the application log's are, so the two
 * writers on one descriptor never write at once and a line is never split. Measured: one
 * write(2) per access line cost as much as building it; buffering the lines as text (sonic-boom's
 * minLength, or one joined string) cost ~1.5 µs a line more, to count and re-encode the text
 * as UTF-8 (bench/RESULTS.md).
 */
class LineBlocks {
  private buffer = Buffer.allocUnsafeSlow(BUFFER);
  private length = 0;

  private constructor(private readonly out: Destination) {}

  /** Undefined for a destination without a descriptor (a stream a test passes): lines go to it as they come. */
  static onto(destination: unknown): LineBlocks | undefined {
    const fd = (destination as { fd?: unknown } | undefined)?.fd;
    if (typeof fd !== 'number' || fd < 0) return undefined;
    // sonic-boom writes the blocks: it retries a write the descriptor refused for now (EAGAIN) and finishes a partial one.
    const b = new LineBlocks(pino.destination({ dest: fd, sync: true, contentMode: 'buffer' }) as Destination);
    blocks.add(b);
    if (flusher === undefined) {
      flusher = setInterval(flushAll, ACCESS_FLUSH_MS);
      flusher.unref();
      process.once('exit', flushAll);
    }
    return b;
  }

  /** `line` is ASCII (AccessLog.request): one byte a character. */
  write(line: string): void {
    if (line.length > BUFFER - this.length) {
      this.flush();
      if (line.length > BUFFER) {
        this.out.write(Buffer.from(line, 'latin1') as never);
        return;
      }
    }
    this.length += this.buffer.write(line, this.length, 'latin1');
    if (this.length >= BLOCK) this.flush();
  }

  flush(): void {
    if (this.length === 0 || this.out.destroyed) return;
    const block = this.buffer.subarray(0, this.length);
    // The written block is the writer's now (it may hold it to retry): the next lines go into a new buffer.
    this.buffer = Buffer.allocUnsafeSlow(BUFFER);
    this.length = 0;
    this.out.write(block as never);
  }

  close(): void {
    blocks.delete(this);
    this.flush();
  }
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
