/** Step: the account's request budget; over it, GW_ERR_RATE_LIMITED with Retry-After. */
import { GatewayError } from '../errors.js';
import type { Decision, RateLimiter } from '../limits/rate-limit.js';
import type { Step } from './compose.js';

export function createRateLimitStep(limiter: RateLimiter, perSecond: number): Step {
  const check = (d: Decision): void => {
    if (!d.allowed) {
      throw new GatewayError(
        'GW_ERR_RATE_LIMITED',
        { limit: perSecond },
        { headers: { 'retry-after': String(Math.max(1, Math.ceil(d.retryAfterMs / 1000))) } },
      );
    }
  };
  return (ex) => {
    const d = limiter.take(ex.caller!.accountId);
    // The in-memory limiter answers at once; the shared one (Redis) with a promise.
    if (d instanceof Promise) return d.then(check);
    check(d);
  };
}
