/**
 * /connections: list (?app=&status=&method=&limit=&cursor=, answering next_cursor while more
 * remain), create, read, change (PATCH: name, metadata, API_KEY/BASIC credentials), delete — the objects and
 * envelopes of the seed documents — and POST /connections/{id}, a new connect link for the
 * connection (re-authorise). Credentials go in, never out; the connect url comes out only for
 * PENDING connections and in the answer that makes a new link. Every request of an account
 * counts against its control API budget (ControlRateLimit).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Caller } from '../accounts/api-keys.js';
import type { ConnectionLifecycle } from '../connections/lifecycle.js';
import type { ConnectSessions } from '../connections/session.js';
import { connectionView, type ConnectionView } from '../connections/view.js';
import { GatewayError } from '../errors.js';
import { readJson, sendJson } from '../http.js';
import type { ConnectionRecord } from '../store/store.js';
import type { ControlRateLimit } from './control-limit.js';
import { allowOf } from './openapi.js';

/** POST /connections bodies: an app, a method, a few credentials (8 KiB each at most) and metadata (8 KiB in all). */
export const MAX_CREATE_BODY = 64 << 10;

export class ConnectionsApi {
  constructor(
    private readonly connections: ConnectionLifecycle,
    private readonly sessions: ConnectSessions,
    private readonly limit?: ControlRateLimit,
  ) {}

  async handle(req: IncomingMessage, res: ServerResponse, caller: Caller, id: string | undefined, query: URLSearchParams): Promise<void> {
    const method = req.method ?? 'GET';
    const c = this.connections;
    await this.limit?.check(caller.accountId);
    if (id === undefined) {
      if (method === 'GET') {
        const page = await c.page(caller.accountId, query);
        return sendJson(res, 200, {
          connections: page.items.map((r) => this.view(r)),
          ...(page.nextCursor === undefined ? {} : { next_cursor: page.nextCursor }),
        });
      }
      if (method === 'POST') {
        const rec = await c.create(caller.accountId, await readJson(req, MAX_CREATE_BODY));
        return sendJson(res, 201, { connection: this.view(rec) }, { location: `/connections/${rec.id}` });
      }
      throw new GatewayError('GW_ERR_METHOD_NOT_ALLOWED', { method, path: '/connections' }, { headers: { allow: allowOf('/connections') } });
    }
    if (method === 'GET') return sendJson(res, 200, { connection: this.view(await c.get(caller.accountId, id)) });
    if (method === 'POST') {
      // A new connect link, shown this once whatever the status: the key holder asked for it.
      const rec = await c.reconnect(caller.accountId, id);
      return sendJson(res, 200, { connection: connectionView(rec, this.sessions.connectUrl(rec)) });
    }
    if (method === 'PATCH') {
      const rec = await c.update(caller.accountId, id, await readJson(req, MAX_CREATE_BODY));
      return sendJson(res, 200, { connection: this.view(rec) });
    }
    if (method === 'DELETE') {
      const rec = await c.delete(caller.accountId, id);
      return sendJson(res, 200, { connection: { ...connectionView(rec, undefined), status: 'DELETED' } });
    }
    throw new GatewayError('GW_ERR_METHOD_NOT_ALLOWED', { method, path: `/connections/${id}` }, { headers: { allow: allowOf('/connections/{connection_id}') } });
  }

  private view(rec: ConnectionRecord): ConnectionView {
    return connectionView(rec, rec.status === 'PENDING' ? this.sessions.connectUrl(rec) : undefined);
  }
}
