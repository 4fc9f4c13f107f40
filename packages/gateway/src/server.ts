/**
 * One HTTP server for everything: the control API (/connections, /api/apikeys), the connect
 * page and OAuth callbacks (/connect, /oauth), health checks, and the gateway pipeline on
 * every other first segment. Errors of any step become the one JSON envelope; nothing else
 * leaks out. One access-log line per request, read from its exchange.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isReservedSegment } from '@switchboard/contract';
import type { ConnectRoutes } from './connect/routes.js';
import type { ApiKeysApi } from './control/api-keys-api.js';
import type { ConnectionsApi } from './control/connections-api.js';
import { GatewayError } from './errors.js';
import { sendError, sendJson, splitTarget } from './http.js';
import type { Logger } from './log.js';
import { Exchange, type GatewayPipeline } from './pipeline/index.js';
import type { Routes } from './routes.js';
import type { Store } from './store/store.js';

export interface ServerDeps {
  routes: Routes;
  accessLog: Logger;
  store: Store;
  gateway: GatewayPipeline;
  connectionsApi: ConnectionsApi;
  apiKeysApi: ApiKeysApi;
  connect: ConnectRoutes;
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

/** One access-log line, when the answer has gone out (or the caller went away). */
function logExchange(log: Logger, ex: Exchange): void {
  log.info(ex.logFields(), 'request');
}

async function dispatch(deps: ServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = performance.now();
  const { path, query } = splitTarget(req.url ?? '/');
  const slash = path.indexOf('/', 1);
  const first = slash < 0 ? path.slice(1) : path.slice(1, slash);
  const rest = slash < 0 ? '' : path.slice(slash);
  const ex = new Exchange(req, res, path, query, first, rest, started);
  try {
    if (first === '' || isReservedSegment(first)) await control(deps, ex);
    else await deps.gateway.run(ex);
  } catch (err) {
    if (err instanceof GatewayError) sendError(res, err);
    else {
      deps.log.error({ err, method: req.method, path }, 'internal error');
      sendError(res, new GatewayError('GW_ERR_INTERNAL'));
    }
  } finally {
    if (res.writableFinished) logExchange(deps.accessLog, ex);
    else res.once('close', () => logExchange(deps.accessLog, ex));
  }
}

async function control(deps: ServerDeps, ex: Exchange): Promise<void> {
  const { req, res, segment: first, rest } = ex;
  const query = new URLSearchParams(ex.query.slice(1));
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
      const who = await caller(deps, ex);
      const id = rest === '' || rest === '/' ? undefined : decodeSegment(rest.slice(1));
      return deps.connectionsApi.handle(req, res, who, id, query);
    }
    case 'api': {
      const m = /^\/apikeys(?:\/([^/]*))?\/?$/.exec(rest);
      if (!m) throw new GatewayError('GW_ERR_NOT_FOUND', { what: `"/api${rest}"` });
      const who = await caller(deps, ex);
      return deps.apiKeysApi.handle(req, res, who, m[1] ? decodeSegment(m[1]) : undefined, query);
    }
    default:
      throw new GatewayError('GW_ERR_NOT_FOUND', { what: `"/${first}${rest}"` });
  }
}

/** The control APIs act for the account behind the key: the gateway's authenticate step. */
async function caller(deps: ServerDeps, ex: Exchange) {
  await deps.gateway.authenticate(ex);
  return ex.caller!;
}

function decodeSegment(s: string): string {
  if (s.includes('/')) throw new GatewayError('GW_ERR_NOT_FOUND', { what: `"${s}"` });
  try {
    return decodeURIComponent(s);
  } catch {
    throw new GatewayError('GW_ERR_NOT_FOUND', { what: `"${s}"` });
  }
}
