/**
 * GET /logs: the caller's account's request log, newest first, a page at a time. Filters: app,
 * key, connection, operation, code (gateway error code), surface (rest or mcp), status (429 or
 * a class such as 4xx), since and until (ISO times), limit (1–1000, default 100) and cursor
 * (the `next_cursor` of the previous page). What is buffered is written first, so a call shows
 * up as soon as it has ended.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Caller } from '../accounts/api-keys.js';
import { badRequest } from '../errors.js';
import { sendJson } from '../http.js';
import type { RequestLogWriter } from '../observe/request-log.js';
import type { LogFilter, StoredLogEntry } from '../store/request-log-repository.js';
import type { Store } from '../store/store.js';
import type { ControlRateLimit } from './control-limit.js';

const MAX_LIMIT = 1000;

export class LogsApi {
  constructor(
    private readonly store: Store,
    private readonly writer: RequestLogWriter | undefined,
    private readonly limit?: ControlRateLimit,
  ) {}

  /** GET or HEAD (server.ts answers other methods). */
  async handle(_req: IncomingMessage, res: ServerResponse, caller: Caller, query: URLSearchParams): Promise<void> {
    await this.limit?.check(caller.accountId);
    const { filter, limit } = parseLogQuery(query);
    await this.writer?.flush();
    const rows = await this.store.requestLog.list(caller.accountId, filter, limit + 1);
    const page = rows.slice(0, limit);
    const more = rows.length > limit;
    sendJson(res, 200, {
      items: page.map(logView),
      next_cursor: more && filter.afterId === undefined ? String(page[page.length - 1]!.id) : null,
      ...(filter.afterId !== undefined ? { last_id: page.length ? String(page[page.length - 1]!.id) : String(filter.afterId) } : {}),
      enabled: this.writer !== undefined,
    });
  }
}

export function parseLogQuery(query: URLSearchParams): { filter: LogFilter; limit: number } {
  const filter: LogFilter = {};
  const text = (name: string, max = 200) => {
    const v = query.get(name);
    if (v === null || v === '') return undefined;
    if (v.length > max) throw badRequest(`"${name}" is too long`, name);
    return v;
  };
  filter.app = text('app');
  filter.keyId = text('key');
  filter.connectionId = text('connection');
  filter.operation = text('operation');
  filter.errorCode = text('code');
  const surface = text('surface');
  if (surface !== undefined && surface !== 'rest' && surface !== 'mcp') throw badRequest('"surface" is rest or mcp', 'surface');
  filter.surface = surface;
  const status = text('status');
  if (status !== undefined) {
    const m = /^([1-5])(xx|\d\d)$/i.exec(status);
    if (!m) throw badRequest('"status" is a status code (429) or a class (4xx)', 'status');
    const base = Number(m[1]) * 100;
    filter.status = m[2]!.toLowerCase() === 'xx' ? [base, base + 100] : [Number(status), Number(status) + 1];
  }
  for (const name of ['since', 'until'] as const) {
    const v = text(name);
    if (v === undefined) continue;
    const t = Date.parse(v);
    if (Number.isNaN(t)) throw badRequest(`"${name}" must be an ISO 8601 time`, name);
    filter[name] = new Date(t).toISOString();
  }
  const cursor = text('cursor');
  if (cursor !== undefined) {
    if (!/^\d{1,15}$/.test(cursor)) throw badRequest('"cursor" must be the next_cursor of a previous page', 'cursor');
    filter.beforeId = Number(cursor);
  }
  const after = text('after');
  if (after !== undefined) {
    if (!/^\d{1,15}$/.test(after)) throw badRequest('"after" must be an entry id', 'after');
    filter.afterId = Number(after);
  }
  const rawLimit = text('limit');
  let limit = 100;
  if (rawLimit !== undefined) {
    limit = Number(rawLimit);
    if (!/^\d+$/.test(rawLimit) || limit < 1 || limit > MAX_LIMIT) throw badRequest(`"limit" must be an integer from 1 to ${MAX_LIMIT}`, 'limit');
  }
  return { filter, limit };
}

/** One entry as the API and the CLI show it. */
export function logView(e: StoredLogEntry) {
  return {
    id: String(e.id),
    time: e.at,
    request_id: e.requestId,
    key_id: e.keyId,
    connection_id: e.connectionId,
    app: e.app,
    operation: e.operation,
    surface: e.surface,
    method: e.method,
    status: e.status,
    ms: e.ms,
    upstream_ms: e.upstreamMs,
    bytes_in: e.bytesIn,
    bytes_out: e.bytesOut,
    error_code: e.errorCode,
  };
}
