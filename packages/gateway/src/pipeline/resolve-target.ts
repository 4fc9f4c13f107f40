/**
 * Step: where the request goes upstream. A REST request: the app's origin (or its path-routed
 * second host) with variables filled and checked, the path prefix, gateway-filled `:segments`
 * (upstream-url.ts). An MCP request: the app's MCP server. This is where SWITCHBOARD_UPSTREAMS
 * applies to proxied requests, through the one resolver (net/overrides.ts) that the gateway's
 * own calls (net/outbound) use too, except on user-chosen origins, which no override rewrites.
 */
import { injectionPlan } from '../auth/injection.js';
import { overrideOrigin, type UpstreamOverrides } from '../net/overrides.js';
import type { RuntimeApp } from '../routes.js';
import type { Step } from './compose.js';
import { providerTarget, type UpstreamTarget } from './upstream-url.js';

export type { UpstreamTarget } from './upstream-url.js';

export function createResolveTargetStep(overrides: UpstreamOverrides): Step {
  const mcpTargets = new WeakMap<RuntimeApp, UpstreamTarget>();
  return (ex) => {
    const app = ex.app!;
    if (ex.mcp) {
      let t = mcpTargets.get(app);
      if (!t) mcpTargets.set(app, (t = mcpTarget(app, overrides)));
      ex.target = t;
      return;
    }
    const conn = ex.connection!;
    // A credential injected into the path (Telegram's /bot<token>/) fills its :segment.
    ex.target = buildUpstreamTarget(app, ex.rest, conn.vars, injectionPlan(app, conn).segments, overrides);
  };
}

/**
 * The upstream URL of a REST request, overrides applied: what the step and `switchboard
 * resolve` use.
 * @param rawPath the caller's path after /{app}, as received (percent-encoding kept)
 * @param vars the connection's variables (and deployment settings)
 * @param segments values for `:name` segments that come from a path-injected credential
 */
export function buildUpstreamTarget(
  app: RuntimeApp,
  rawPath: string,
  vars: Record<string, string | undefined>,
  segments: Record<string, string>,
  overrides: UpstreamOverrides,
): UpstreamTarget {
  const target = providerTarget(app, rawPath, vars, segments);
  // A user-chosen origin (a tenant's Grafana, Kibana, WooCommerce) is never rewritten: it stays
  // checked against the public-address rule and goes through the guarded pool, whatever the
  // operator's overrides say (an override for an internal host must not become reachable by
  // naming that host as one's store).
  if (target.userOrigin) return target;
  const override = overrideOrigin(overrides, hostOf(target.origin), app.app);
  if (override !== undefined) {
    target.origin = override;
    target.userOrigin = false; // the operator chose this origin: the trusted pool
    target.overridden = true;
  }
  return target;
}

/** An app's MCP server: the same for every request, so resolved once per app. */
export function mcpTarget(app: RuntimeApp, overrides: UpstreamOverrides): UpstreamTarget {
  const server = new URL(app.mcp!.url);
  const override = overrideOrigin(overrides, server.host, app.app);
  return { origin: override ?? server.origin, path: server.pathname, userOrigin: false, overridden: override !== undefined };
}

const hosts = new Map<string, string>();

/** host[:port] of an origin, parsed once per origin. */
function hostOf(origin: string): string {
  let host = hosts.get(origin);
  if (host === undefined) {
    host = new URL(origin).host;
    if (hosts.size < 10_000) hosts.set(origin, host);
  }
  return host;
}
