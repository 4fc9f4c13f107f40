/**
 * The control API's request budget: a token bucket per account (the limiter of
 * limits/rate-limit.ts, in memory or Redis), its own bucket apart from the gateway calls'.
 * Over it: GW_ERR_RATE_LIMITED with Retry-After.
 */
import { GatewayError } from '../errors.js';
import type { RateLimiter } from '../limits/rate-limit.js';

export class ControlRateLimit {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly perSecond: number,
  ) {}

  async check(accountId: string): Promise<void> {
    const d = await this.limiter.take(`control:${accountId}`);
    if (!d.allowed) {
      throw new GatewayError(
        'GW_ERR_RATE_LIMITED',
        { limit: this.perSecond },
        { headers: { 'retry-after': String(Math.max(1, Math.ceil(d.retryAfterMs / 1000))) } },
      );
    }
  }

  close(): Promise<void> {
    return this.limiter.close();
  }
}
