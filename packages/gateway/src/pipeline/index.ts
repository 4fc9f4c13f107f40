/**
 * The gateway path, `/{app}/{native path}`, composed once at start-up:
 *
 *   route → authenticate → rate-limit → select-connection → refresh-credential
 *     → resolve-target → inject-credential → forward | mcp
 *
 * One file per step, each over the one Exchange; a step ends the request by throwing a
 * GatewayError, which the server answers in the one error envelope.
 */
import type { ApiKeys } from '../accounts/api-keys.js';
import type { TokenRefresher } from '../connections/refresh.js';
import type { ConnectionSelector } from '../connections/select.js';
import type { RateLimiter } from '../limits/rate-limit.js';
import type { UpstreamOverrides } from '../net/overrides.js';
import type { Routes } from '../routes.js';
import { createAuthenticateStep } from './authenticate.js';
import { compose, terminal, type Step } from './compose.js';
import type { Exchange } from './exchange.js';
import { createForwardStep, type Upstreams } from './forward.js';
import { createInjectCredentialStep } from './inject-credential.js';
import { createMcpStep } from './mcp.js';
import { createRateLimitStep } from './rate-limit.js';
import { createRefreshCredentialStep } from './refresh-credential.js';
import { createResolveTargetStep } from './resolve-target.js';
import { createRouteStep } from './route.js';
import { createSelectConnectionStep } from './select-connection.js';

export { Exchange } from './exchange.js';
export type { Step } from './compose.js';

export interface PipelineDeps {
  routes: Routes;
  keys: ApiKeys;
  limiter: RateLimiter;
  rateLimit: number;
  selector: ConnectionSelector;
  refresher: TokenRefresher;
  upstreams: Upstreams;
  overrides: UpstreamOverrides;
  env: Record<string, string | undefined>;
}

export interface GatewayPipeline {
  /** Runs a gateway request through every step. */
  run: (ex: Exchange) => Promise<void>;
  /** The authenticate step, for the control APIs that act for an account. */
  authenticate: Step;
}

export function createGatewayPipeline(deps: PipelineDeps): GatewayPipeline {
  const authenticate = createAuthenticateStep(deps.keys);
  const run = compose([
    createRouteStep(deps.routes),
    authenticate,
    createRateLimitStep(deps.limiter, deps.rateLimit),
    createSelectConnectionStep(deps.selector),
    createRefreshCredentialStep(deps.refresher),
    createResolveTargetStep(deps.overrides),
    createInjectCredentialStep(deps.env),
    terminal(createForwardStep(deps.upstreams), createMcpStep(deps.upstreams)),
  ]);
  return { run, authenticate };
}
