/**
 * A rate limiter whose tokens come from a shared bucket in batches (leases), so a request costs
 * no round trip while its process holds tokens. The bucket is the primary's under
 * `serve --workers N` (workers/worker-side.ts, over IPC) or a Redis hash when instances share
 * REDIS_URL (limits/rate-limit.ts RedisLeases, one EVALSHA a lease).
 *
 * Error bound: tokens only ever come out of the one bucket, so all holders together never admit
 * more than one process would. A holder asks for `batch` tokens when it has none; tokens it has
 * not used within LEASE_MS go back to the bucket. So while other holders' leases keep up to
 * (holders − 1) × batch tokens, a request can be refused that one process would have admitted,
 * for at most LEASE_MS. leaseBatch keeps the batch small against the burst: with the default
 * limit (10 a second, burst 10) it is 1 or 2 tokens, one round trip a request or close to it; at
 * a limit of thousands a second it is 256, one round trip per 256 requests.
 */
import type { Decision, LeaseSource, RateLimiter } from './rate-limit.js';

export type { LeaseSource } from './rate-limit.js';

export const LEASE_MS = 250;
const MAX_BATCH = 256;

/** The largest batch a holder leases: small against the burst, so leases hold little of it. */
export function leaseBatch(burst: number, holders: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.floor(burst / (2 * Math.max(1, holders)))));
}

const ALLOWED: Decision = Object.freeze({ allowed: true, retryAfterMs: 0 }) as Decision;

interface Lease {
  tokens: number;
  /** Requests waiting for this key's next lease: it asks for at least as many tokens. */
  waiting: number;
  expires: number;
  pending: Promise<void> | undefined;
  retryAfterMs: number;
}

/** Per-key token bucket whose tokens a shared source hands out in batches (see the error bound above). */
export class LeasedRateLimiter implements RateLimiter {
  private readonly leases = new Map<string, Lease>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly source: LeaseSource,
    private readonly perSecond: number,
    private readonly batch: number,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.sweeper = setInterval(() => this.sweep(), LEASE_MS);
    this.sweeper.unref();
  }

  take(key: string): Decision | Promise<Decision> {
    if (this.perSecond <= 0) return ALLOWED;
    const lease = this.leases.get(key);
    if (lease !== undefined && lease.tokens > 0 && lease.expires > this.clock()) {
      lease.tokens--;
      return ALLOWED;
    }
    return this.renew(key);
  }

  private async renew(key: string): Promise<Decision> {
    let lease = this.leases.get(key);
    if (lease === undefined) {
      lease = { tokens: 0, waiting: 0, expires: 0, pending: undefined, retryAfterMs: 0 };
      this.leases.set(key, lease);
    }
    lease.waiting++;
    try {
      return await this.wait(lease, key);
    } finally {
      lease.waiting--;
    }
  }

  private async wait(lease: Lease, key: string): Promise<Decision> {
    for (let attempt = 0; attempt < 4; attempt++) {
      if (lease.pending === undefined) {
        const l = lease;
        // Tokens left from an expired lease go back with the request for new ones.
        const returned = l.expires <= this.clock() ? l.tokens : 0;
        if (returned > 0) l.tokens = 0;
        // A burst of requests waiting together asks for enough tokens for all of them at once.
        l.pending = this.source
          .lease(key, Math.max(this.batch, l.waiting), returned)
          .then((r) => {
            l.tokens += r.granted;
            l.expires = this.clock() + LEASE_MS;
            l.retryAfterMs = r.retryAfterMs;
          })
          .finally(() => {
            l.pending = undefined;
          });
      }
      await lease.pending;
      if (lease.tokens > 0) {
        lease.tokens--;
        return ALLOWED;
      }
      if (lease.retryAfterMs > 0) return { allowed: false, retryAfterMs: lease.retryAfterMs };
      // Granted tokens went to requests that were waiting too: ask again.
    }
    return { allowed: false, retryAfterMs: Math.ceil(1000 / this.perSecond) };
  }

  /** Gives back what expired leases did not use, so idle holders keep no tokens. */
  private sweep(): void {
    const now = this.clock();
    for (const [key, l] of this.leases) {
      if (l.pending !== undefined || l.waiting > 0 || l.expires > now) continue;
      if (l.tokens > 0) this.source.giveBack(key, l.tokens);
      this.leases.delete(key);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    for (const [key, l] of this.leases) if (l.tokens > 0) this.source.giveBack(key, l.tokens);
    this.leases.clear();
  }
}
