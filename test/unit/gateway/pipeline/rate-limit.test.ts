import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../../../packages/gateway/src/errors.js';
import type { RateLimiter } from '../../../../packages/gateway/src/limits/rate-limit.js';
import { createRateLimitStep } from '../../../../packages/gateway/src/pipeline/rate-limit.js';
import { exchange } from './fixtures.js';

function limiter(answer: { allowed: boolean; retryAfterMs: number }, taken: string[]): RateLimiter {
  return { take: async (account: string) => (taken.push(account), answer), close: async () => {} } as unknown as RateLimiter;
}

function withCaller(account: string) {
  const ex = exchange('/slack/api/x');
  ex.caller = { accountId: account, keyId: 'k' };
  return ex;
}

describe('rate-limit step', () => {
  it('the in-memory limiter’s answer is used at once (nothing to await)', () => {
    const sync = { take: () => ({ allowed: true, retryAfterMs: 0 }), close: async () => {} } as unknown as RateLimiter;
    expect(createRateLimitStep(sync, 10)(withCaller('acct-1'))).toBeUndefined();
  });

  it('takes one request from the caller’s account and lets it through', async () => {
    const taken: string[] = [];
    await createRateLimitStep(limiter({ allowed: true, retryAfterMs: 0 }, taken), 10)(withCaller('acct-1'));
    expect(taken).toEqual(['acct-1']);
  });

  it.each([
    [1500, '2'],
    [10, '1'], // never less than a second
  ])('over the budget (retry in %i ms): GW_ERR_RATE_LIMITED with Retry-After %s', async (ms, header) => {
    const step = createRateLimitStep(limiter({ allowed: false, retryAfterMs: ms }, []), 10);
    const err = await Promise.resolve(step(withCaller('acct-1'))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect((err as GatewayError).code).toBe('GW_ERR_RATE_LIMITED');
    expect((err as GatewayError).status).toBe(429);
    expect((err as GatewayError).headers['retry-after']).toBe(header);
  });
});
