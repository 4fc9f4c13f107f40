/**
 * The gateway path, `/{app}/{native path}`, composed once at start-up:
 *
 *   authenticate → route → policy → rate-limit → inflight → select-connection
 *     → refresh-credential → resolve-target → inject-credential → forward | mcp
 *
 * One file per step, each over the one Exchange; a step ends the request by throwing a
 * GatewayError, which the server answers in the one error envelope. The key is checked first:
 * a caller without one learns nothing about app names and costs no lookup. The in-flight slot
 * an exchange takes is given back here when the exchange ends, however it ends.
 */
import type { ApiKeys } from '../accounts/api-keys.js';
import type { Catalog } from '../catalog/catalog.js';
import type { TokenRefresher } from '../connections/refresh.js';
import type { ConnectionSelector } from '../connections/select.js';
import { requestLimits, type RequestLimits } from '../config.js';
import { InflightLimiter } from '../limits/inflight.js';
import type { RateLimiter } from '../limits/rate-limit.js';
import type { Logger } from '../log.js';
import type { UpstreamOverrides } from '../net/overrides.js';
import type { Routes } from '../routes.js';
import { createAuthenticateStep } from './authenticate.js';
import { compose, terminal, type Step } from './compose.js';
import type { Exchange } from './exchange.js';
import { createForwardStep, type Upstreams } from './forward.js';
import { createInflightStep } from './inflight.js';
import { createInjectCredentialStep } from './inject-credential.js';
import { createMcpStep } from './mcp.js';
import { createPolicyStep } from './policy.js';
import { createRateLimitStep } from './rate-limit.js';
import { createRefreshCredentialStep } from './refresh-credential.js';
import { createReplayOn401 } from './replay-on-401.js';
import { createResolveTargetStep } from './resolve-target.js';
import { createRouteStep } from './route.js';
import { createSelectConnectionStep } from './select-connection.js';

export { Exchange } from './exchange.js';
export type { Step } from './compose.js';

export interface PipelineDeps {
  routes: Routes;
  catalog: Catalog;
  keys: ApiKeys;
  limiter: RateLimiter;
  rateLimit: number;
  selector: ConnectionSelector;
  refresher: TokenRefresher;
  upstreams: Upstreams;
  overrides: UpstreamOverrides;
  env: Record<string, string | undefined>;
  /** Request limits; read from `env` when not given. */
  limits?: RequestLimits;
}

export interface GatewayPipeline {
  /** Runs a gateway request through every step. */
  run: (ex: Exchange) => Promise<void>;
  /** The authenticate step, for the control APIs that act for an account. */
  authenticate: Step;
  /** The request limits the server applies (timeouts, sizes) and the in-flight cap. */
  limits: RequestLimits;
  /** The server's logger, for upstream failures (warn: app, origin host, error code). */
  useLog: (log: Logger) => void;
}

export function createGatewayPipeline(deps: PipelineDeps): GatewayPipeline {
  const authenticate = createAuthenticateStep(deps.keys);
  const limits = deps.limits ?? requestLimits(deps.env);
  const inflight = new InflightLimiter(limits.maxInflightPerAccount);
  const steps = compose([
    authenticate,
    createRouteStep(deps.routes),
    createPolicyStep(deps.catalog),
    createRateLimitStep(deps.limiter, deps.rateLimit),
    createInflightStep(inflight),
    createSelectConnectionStep(deps.selector),
    createRefreshCredentialStep(deps.refresher),
    createResolveTargetStep(deps.overrides),
    createInjectCredentialStep(deps.env),
    terminal(createForwardStep(deps.upstreams, createReplayOn401(deps.refresher, deps.env)), createMcpStep(deps.upstreams)),
  ]);
  const run = async (ex: Exchange): Promise<void> => {
    try {
      await steps(ex);
    } finally {
      if (ex.holdsSlot) {
        ex.holdsSlot = false;
        inflight.release(ex.caller!.accountId);
      }
    }
  };
  return { run, authenticate, limits, useLog: (log) => deps.upstreams.useLog(log) };
}
