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
 * The access log: one line per request, on its own logger because its fields are chosen here
 * (method, path without the query, app, account, connection, status, ms) and hold no secret,
 * so it skips redaction, which cost a tenth of the gateway's time per request. Same stream,
 * same time format (ISO 8601, `"time":"2026-01-31T20:03:32.593Z"`) as every other line.
 */
export function createAccessLogger(parent: Logger): Logger {
  const destination = (parent as unknown as Record<symbol, unknown>)[pino.symbols.streamSym] as pino.DestinationStream;
  // Under serve --workers N, the parent's worker number on every line too.
  const worker = (parent.bindings() as { worker?: unknown }).worker;
  return pino({ level: parent.level, base: { service: 'switchboard', ...(worker !== undefined ? { worker } : {}) }, timestamp: isoTime }, destination);
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
