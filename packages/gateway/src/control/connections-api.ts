/**
 * /connections: list (?app=&status=&method=), create, read, delete — the objects and
 * envelopes of the seed documents. Credentials go in, never out.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Caller } from '../accounts/api-keys.js';
import type { ConnectionLifecycle } from '../connections/lifecycle.js';
import type { ConnectSessions } from '../connections/session.js';
import { connectionView, type ConnectionView } from '../connections/view.js';
import { GatewayError } from '../errors.js';
import { readJson, sendJson } from '../http.js';
import type { ConnectionRecord } from '../store/store.js';

export class ConnectionsApi {
  constructor(
    private readonly connections: ConnectionLifecycle,
    private readonly sessions: ConnectSessions,
  ) {}

  async handle(req: IncomingMessage, res: ServerResponse, caller: Caller, id: string | undefined, query: URLSearchParams): Promise<void> {
    const method = req.method ?? 'GET';
    const c = this.connections;
    if (id === undefined) {
      if (method === 'GET') {
        const list = await c.list(caller.accountId, query);
        return sendJson(res, 200, { connections: list.map((r) => this.view(r)) });
      }
      if (method === 'POST') {
        const rec = await c.create(caller.accountId, await readJson(req, 256 << 10));
        return sendJson(res, 201, { connection: this.view(rec) }, { location: `/connections/${rec.id}` });
      }
      throw new GatewayError('GW_ERR_METHOD_NOT_ALLOWED', { method, path: '/connections' });
    }
    if (method === 'GET') return sendJson(res, 200, { connection: this.view(await c.get(caller.accountId, id)) });
    if (method === 'DELETE') {
      const rec = await c.delete(caller.accountId, id);
      return sendJson(res, 200, { connection: { ...this.view(rec), status: 'DELETED' } });
    }
    throw new GatewayError('GW_ERR_METHOD_NOT_ALLOWED', { method, path: `/connections/${id}` });
  }

  private view(rec: ConnectionRecord): ConnectionView {
    return connectionView(rec, this.sessions.connectUrl(rec));
  }
}
