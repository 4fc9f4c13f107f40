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
 * The access log: one line per request, on its own logger because its fields are chosen here
 * (method, path without the query, app, account, connection, status, ms) and hold no secret,
 * so it skips redaction, which cost a tenth of the gateway's time per request. Same stream,
 * same time format (ISO 8601, `"time":"2026-01-31T20:03:32.593Z"`) as every other line.
 */
export function createAccessLogger(parent: Logger): Logger {
  const destination = (parent as unknown as Record<symbol, unknown>)[pino.symbols.streamSym] as pino.DestinationStream;
  return pino({ level: parent.level, base: { service: 'switchboard' }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { service: 'switchboard' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination as pino.DestinationStream | undefined,
  );
}
