/**
 * Step: the account's requests in flight (limits/inflight.ts). Over the cap:
 * GW_ERR_TOO_MANY_INFLIGHT with Retry-After. The slot is given back by the pipeline when the
 * exchange ends (index.ts), whichever step ends it.
 */
import { GatewayError } from '../errors.js';
import type { InflightLimiter } from '../limits/inflight.js';
import type { Step } from './compose.js';

export function createInflightStep(limiter: InflightLimiter): Step {
  return (ex) => {
    if (!limiter.tryAcquire(ex.caller!.accountId)) {
      throw new GatewayError('GW_ERR_TOO_MANY_INFLIGHT', { limit: limiter.max }, { headers: { 'retry-after': '1' } });
    }
    ex.holdsSlot = true;
  };
}
