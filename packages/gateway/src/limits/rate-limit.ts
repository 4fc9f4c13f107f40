/**
 * Per-account request limit: a token bucket (`perSecond` tokens a second, up to `burst`).
 * In memory for one instance; in Redis when instances share the limit, leased in batches
 * (limits/leased.ts: one atomic script per lease, so a request costs a round trip only when
 * its instance has no tokens left). A refused request gets the seconds until the next token as
 * Retry-After.
 *
 * The Redis script is sent whole once per connection and then called by its SHA1 (EVALSHA):
 * a round trip of about a hundred bytes, not the ~800 of the script text.
 */
import type { Redis } from 'ioredis';

export interface Decision {
  allowed: boolean;
  retryAfterMs: number;
}

export interface RateLimiter {
  take(key: string): Decision | Promise<Decision>;
  close(): Promise<void>;
}

/** Where a leased limiter's tokens come from (limits/leased.ts): takes up to `want` (after putting `returned` back); gives unused ones back. */
export interface LeaseSource {
  lease(key: string, want: number, returned: number): Promise<{ granted: number; retryAfterMs: number }>;
  giveBack(key: string, tokens: number): void;
}

/**
 * Token buckets by key: `perSecond` tokens a second, up to `burst`. Buckets that have refilled
 * completely are dropped now and then (they behave like new ones). Shared by the in-process
 * limiter and the primary of `serve --workers`, which leases tokens out in batches.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private sweeps = 0;

  constructor(
    readonly perSecond: number,
    readonly burst: number,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** The key's bucket, refilled up to now (a new key starts full). */
  refilled(key: string): { tokens: number; at: number } {
    const t = this.clock();
    let b = this.buckets.get(key);
    if (!b) {
      b = { tokens: this.burst, at: t };
      this.buckets.set(key, b);
      if (++this.sweeps % 1024 === 0) this.sweep(t);
    } else {
      b.tokens = Math.min(this.burst, b.tokens + ((t - b.at) / 1000) * this.perSecond);
      b.at = t;
    }
    return b;
  }

  /** The key's bucket as it stands, if it has one. */
  peek(key: string): { tokens: number; at: number } | undefined {
    return this.buckets.get(key);
  }

  /** Milliseconds until a bucket holding `tokens` has one whole token. */
  waitMs(tokens: number): number {
    return Math.ceil(((1 - tokens) / this.perSecond) * 1000);
  }

  private sweep(t: number): void {
    const full = (this.burst / this.perSecond) * 1000;
    for (const [k, b] of this.buckets) if (t - b.at > full) this.buckets.delete(k);
  }
}

export class MemoryRateLimiter implements RateLimiter {
  private readonly buckets: TokenBuckets;

  constructor(perSecond: number, burst: number, clock?: () => number) {
    this.buckets = new TokenBuckets(perSecond, burst, clock);
  }

  take(key: string): Decision {
    if (this.buckets.perSecond <= 0) return { allowed: true, retryAfterMs: 0 };
    const b = this.buckets.refilled(key);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return { allowed: true, retryAfterMs: 0 };
    }
    return { allowed: false, retryAfterMs: this.buckets.waitMs(b.tokens) };
  }

  async close(): Promise<void> {}
}

/**
 * One script for a single take and a lease: refills the bucket, puts back `returned` tokens a
 * holder did not use, then grants up to `want` whole tokens (none, with the wait for one, when
 * the bucket has less than one). `want` 0 only gives back.
 */
const SCRIPT = `
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local want = tonumber(ARGV[3])
local returned = tonumber(ARGV[4])
local t = redis.call('TIME')
local nowms = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(b[1])
local at = tonumber(b[2])
if tokens == nil then tokens = burst; at = nowms end
tokens = math.min(burst, tokens + (nowms - at) / 1000 * rate + returned)
local granted = 0
local wait = 0
if want > 0 then
  granted = math.min(want, math.floor(tokens))
  if granted < 1 then granted = 0; wait = math.ceil((1 - tokens) / rate * 1000) end
  tokens = tokens - granted
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(nowms))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate * 1000) + 1000)
return {granted, wait}
`;

/** The client's name for the script (ioredis `defineCommand`: EVALSHA, with EVAL when the server lacks it). */
const TAKE = 'switchboardRateLimitTake';

type Take = (key: string, perSecond: number, burst: number, want: number, returned: number) => Promise<[number, number]>;
type WithTake = Redis & { [TAKE]: Take };

/** The client with the script defined: once per client (the gateway's and the control API's limiters share one), as a second definition would send the full text again. */
function withTake(redis: Redis): WithTake {
  if (typeof (redis as unknown as { [TAKE]?: Take })[TAKE] !== 'function') redis.defineCommand(TAKE, { numberOfKeys: 1, lua: SCRIPT });
  return redis as unknown as WithTake;
}

/** The Redis bucket as a lease source (limits/leased.ts): one EVALSHA a lease, the same script and key as a single take. */
export class RedisLeases implements LeaseSource {
  private readonly redis: WithTake;

  constructor(
    redis: Redis,
    private readonly prefix: string,
    private readonly perSecond: number,
    private readonly burst: number,
  ) {
    this.redis = withTake(redis);
  }

  async lease(key: string, want: number, returned: number): Promise<{ granted: number; retryAfterMs: number }> {
    const [granted, wait] = await this.redis[TAKE](`${this.prefix}rl:${key}`, this.perSecond, this.burst, want, returned);
    return { granted, retryAfterMs: wait };
  }

  giveBack(key: string, tokens: number): void {
    // Best effort: a lost give-back only leaves the bucket short until it refills.
    this.redis[TAKE](`${this.prefix}rl:${key}`, this.perSecond, this.burst, 0, tokens).catch(() => undefined);
  }
}
