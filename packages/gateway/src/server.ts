/**
 * One HTTP server for everything: the control API (/connections, /api/apikeys), the connect
 * page and OAuth callbacks (/connect, /oauth), health checks, and the gateway on every other
 * first segment. Errors of any step become the one JSON envelope; nothing else leaks out.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isReservedSegment } from '@switchboard/contract';
import type { ApiKeys } from './accounts/api-keys.js';
import type { ConnectPages } from './connect/pages.js';
import type { ApiKeysApi } from './control/api-keys-api.js';
import type { ConnectionsApi } from './control/connections-api.js';
import { GatewayError } from './errors.js';
import { sendError, sendJson, splitTarget } from './http.js';
import type { Logger } from './log.js';
import { handleGateway, type GatewayDeps, type RequestInfo } from './proxy/gateway.js';
import type { Routes } from './routes.js';
import type { Store } from './store/store.js';

export interface ServerDeps {
  routes: Routes;
  accessLog: Logger;
  keys: ApiKeys;
  store: Store;
  gateway: GatewayDeps;
  connectionsApi: ConnectionsApi;
  apiKeysApi: ApiKeysApi;
  connect: ConnectPages;
  log: Logger;
}

export function createGatewayServer(deps: ServerDeps): Server {
  const server = createServer({ keepAliveTimeout: 65_000, requestTimeout: 0, headersTimeout: 60_000 }, (req, res) => {
    void dispatch(deps, req, res);
  });
  server.on('clientError', (err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy(err);
  });
  return server;
}

interface Exchange extends RequestInfo {
  app?: string;
  method: string | undefined;
  path: string;
  started: number;
  res: ServerResponse;
  log: Logger;
}

/** One access-log line, when the answer has gone out (or the caller went away). */
function logExchange(this: Exchange): void {
  this.log.info(
    { method: this.method, path: this.path, app: this.app, account: this.accountId, connection: this.connectionId, status: this.res.statusCode, ms: Math.round(performance.now() - this.started) },
    'request',
  );
}

async function dispatch(deps: ServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { path, query } = splitTarget(req.url ?? '/');
  const info: Exchange = { method: req.method, path, started: performance.now(), res, log: deps.accessLog };
  try {
    const slash = path.indexOf('/', 1);
    const first = slash < 0 ? path.slice(1) : path.slice(1, slash);
    const rest = slash < 0 ? '' : path.slice(slash);
    if (first === '' || isReservedSegment(first)) {
      await control(deps, req, res, first, rest, query);
    } else {
      const app = deps.routes.get(first);
      if (!app) {
        const hint = deps.routes.suggest(first);
        throw new GatewayError('GW_ERR_UNKNOWN_APP', { app: first, suggestion: hint ? ` Did you mean "${hint}"?` : '' });
      }
      info.app = app.app;
      await handleGateway(deps.gateway, req, res, app, rest, query, info);
    }
  } catch (err) {
    if (err instanceof GatewayError) sendError(res, err);
    else {
      deps.log.error({ err, method: req.method, path }, 'internal error');
      sendError(res, new GatewayError('GW_ERR_INTERNAL'));
    }
  } finally {
    if (res.writableFinished) logExchange.call(info);
    else res.once('close', logExchange.bind(info));
  }
}

async function control(deps: ServerDeps, req: IncomingMessage, res: ServerResponse, first: string, rest: string, rawQuery: string): Promise<void> {
  const query = new URLSearchParams(rawQuery.slice(1));
  switch (first) {
    case '':
      return sendJson(res, 200, { service: 'switchboard', apps: deps.routes.names().length, docs: '/docs' });
    case 'health':
      return sendJson(res, 200, { status: 'ok' });
    case 'ready': {
      await deps.store.db.get('SELECT 1 AS ok');
      return sendJson(res, 200, { status: 'ready' });
    }
    case 'connect':
      return deps.connect.page(req, res, rest, query);
    case 'oauth':
      return deps.connect.callback(req, res, rest, query);
    case 'connections': {
      const caller = await deps.keys.authenticate(req.headers.authorization);
      const id = rest === '' || rest === '/' ? undefined : decodeSegment(rest.slice(1));
      return deps.connectionsApi.handle(req, res, caller, id, query);
    }
    case 'api': {
      const m = /^\/apikeys(?:\/([^/]*))?\/?$/.exec(rest);
      if (!m) throw new GatewayError('GW_ERR_NOT_FOUND', { what: `"/api${rest}"` });
      const caller = await deps.keys.authenticate(req.headers.authorization);
      return deps.apiKeysApi.handle(req, res, caller, m[1] ? decodeSegment(m[1]) : undefined, query);
    }
    default:
      throw new GatewayError('GW_ERR_NOT_FOUND', { what: `"/${first}${rest}"` });
  }
}

function decodeSegment(s: string): string {
  if (s.includes('/')) throw new GatewayError('GW_ERR_NOT_FOUND', { what: `"${s}"` });
  try {
    return decodeURIComponent(s);
  } catch {
    throw new GatewayError('GW_ERR_NOT_FOUND', { what: `"${s}"` });
  }
}
