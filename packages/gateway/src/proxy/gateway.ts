/**
 * The gateway path, `/{app}/{native path}`, as a chain of small steps:
 * caller (API key) → rate limit → connection → upstream URL → credential → forward.
 * Each step is its own function and throws a GatewayError that the server answers with.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiKeys } from '../accounts/api-keys.js';
import { oauthEnvPrefix } from '../config.js';
import type { Connections } from '../connections/service.js';
import { oauthClient } from '../connections/service.js';
import { GatewayError } from '../errors.js';
import type { RateLimiter } from '../limits/rate-limit.js';
import { oauth1Header } from '../oauth/oauth1.js';
import type { RuntimeApp } from '../routes.js';
import { forward, type Upstreams } from './forward.js';
import { injectionPlan, mergeQuery } from './inject.js';
import { callMcp } from './mcp.js';
import { buildUpstreamTarget } from './upstream-url.js';

export interface GatewayDeps {
  keys: ApiKeys;
  limiter: RateLimiter;
  rateLimit: number;
  connections: Connections;
  upstreams: Upstreams;
  overrides: Record<string, string>;
  env: Record<string, string | undefined>;
}

export interface RequestInfo {
  accountId?: string;
  connectionId?: string;
}

export async function handleGateway(
  deps: GatewayDeps,
  req: IncomingMessage,
  res: ServerResponse,
  app: RuntimeApp,
  rest: string,
  query: string,
  info: RequestInfo,
): Promise<void> {
  const caller = await deps.keys.authenticate(req.headers.authorization);
  info.accountId = caller.accountId;
  await rateLimit(deps, caller.accountId);
  const mcp = wantsMcp(app, rest);
  const named = header(req, 'maton-connection');
  const conn = await deps.connections.select(caller.accountId, app, named, mcp);
  info.connectionId = conn.record.id;
  if (conn.method.type === 'MCP') return callMcp(deps, req, res, app, conn, rest, query);

  const plan = injectionPlan(app, conn);
  const target = buildUpstreamTarget(app, rest, conn.vars, plan.segments, deps.overrides);
  const path = target.path + mergeQuery(query, plan.query);
  let replace = plan.replace;
  if (plan.oauth1) replace = withOAuth1(app, plan.oauth1, req.method ?? 'GET', target.origin + path, replace, deps.env);
  await forward(
    req,
    res,
    { origin: target.origin, path, dispatcher: target.userOrigin ? deps.upstreams.guarded : deps.upstreams.trusted, replace, defaults: plan.defaults },
    app.app,
  );
}

async function rateLimit(deps: GatewayDeps, accountId: string): Promise<void> {
  const d = await deps.limiter.take(accountId);
  if (!d.allowed) {
    throw new GatewayError(
      'GW_ERR_RATE_LIMITED',
      { limit: deps.rateLimit },
      { headers: { 'retry-after': String(Math.max(1, Math.ceil(d.retryAfterMs / 1000))) } },
    );
  }
}

/**
 * Whether a request is for the app's MCP server: an app with no REST upstream always is; an
 * app with both (Notion) when the path names one of its tools or the MCP endpoint itself.
 */
function wantsMcp(app: RuntimeApp, rest: string): boolean {
  if (!app.mcp) return false;
  if (!app.upstream) return true;
  const name = rest.slice(1);
  return name === 'mcp' || (name.length > 0 && !name.includes('/') && app.mcp.tools.includes(name));
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v || undefined;
}

function withOAuth1(
  app: RuntimeApp,
  tokens: { token: string; tokenSecret: string },
  method: string,
  url: string,
  replace: Map<string, [string, string]>,
  env: Record<string, string | undefined>,
): Map<string, [string, string]> {
  const client = oauthClient(app.app, env);
  if (!client?.clientSecret) throw new GatewayError('GW_ERR_OAUTH_NOT_CONFIGURED', { app: app.app, env: oauthEnvPrefix(app.app) });
  const signed = new Map(replace);
  signed.set('authorization', [
    'Authorization',
    oauth1Header(method, url, { consumerKey: client.clientId, consumerSecret: client.clientSecret, token: tokens.token, tokenSecret: tokens.tokenSecret }),
  ]);
  return signed;
}
