/**
 * The one object a gateway request carries through the pipeline. Each step reads what the
 * steps before it set and sets its own part; the access log reads its fields from here when
 * the answer has gone out (server.ts logExchange). Every field is set in the constructor, so all exchanges share one
 * shape (V8 keeps the steps' property reads monomorphic).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Caller } from '../accounts/api-keys.js';
import type { InjectionPlan } from '../auth/injection.js';
import type { ActiveConnection } from '../connections/types.js';
import type { RuntimeApp } from '../routes.js';
import type { UpstreamTarget } from './upstream-url.js';

export type HeaderMap = Map<string, [string, string]>;

export class Exchange {
  /** route: the app named by the first path segment. */
  app: RuntimeApp | undefined = undefined;
  /** route (what the path asks for), then select-connection (what the connection serves): the MCP server, or the REST upstream. */
  mcp = false;
  /** authenticate: the account behind the API key. */
  caller: Caller | undefined = undefined;
  /** select-connection, refresh-credential: the connection and its (fresh) credential. */
  connection: ActiveConnection | undefined = undefined;
  /** resolve-target: the upstream origin and path (no query). */
  target: UpstreamTarget | undefined = undefined;
  /** inject-credential: the connection's injection plan. */
  injection: InjectionPlan | undefined = undefined;
  /** inject-credential: the path and query sent upstream. */
  upstreamPath = '';
  /** inject-credential: headers the gateway sets (replacing the caller's) and sends when the caller did not. */
  replace: HeaderMap | undefined = undefined;
  defaults: HeaderMap | undefined = undefined;
  /** inflight: the exchange holds one of its account's in-flight slots (given back when it ends). */
  holdsSlot = false;
  /** server: the caller sent `Expect: 100-continue` and has not been told to go on yet. */
  expectsContinue = false;
  /** server: the request was answered 408 (body or control request timeout), so its end is no client abort. */
  timedOut = false;
  /** server: the request's id (the caller's well-formed x-request-id, or a new one), answered in x-request-id. */
  requestId = '';
  /** server: how the call came: the REST path, or an MCP action (mcp/loopback.ts marks those). */
  surface: 'rest' | 'mcp' = 'rest';
  /** server: the catalog operation, when the caller named it (an MCP action); else the request log matches the path. */
  operation: string | undefined = undefined;
  /** server: the observer (metrics, request log) counted this exchange's start and must count its end. */
  observed = false;
  /** forward, mcp: when the request was dispatched upstream (performance.now()); 0 while it was not. */
  upstreamAt = 0;
  /** server: the control API's whole-request timer, while the request is still arriving. */
  timer: NodeJS.Timeout | undefined = undefined;

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
    /** The request path, without the query. */
    readonly path: string,
    /** The raw query with its "?", or "". */
    readonly query: string,
    /** The first path segment (the app the caller named) and the native path after it. */
    readonly segment: string,
    readonly rest: string,
    readonly started: number,
  ) {}
}
