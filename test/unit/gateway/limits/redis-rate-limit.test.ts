/**
 * The shared (Redis) rate limiter costs one round trip of a few bytes per request: the script
 * is called by its hash (EVALSHA), never sent whole again once the connection has it. Counted
 * with MONITOR, filtered to this test's own keys (other clients may use the same server).
 * Skips, saying why, where Redis is not running.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LeasedRateLimiter, leaseBatch } from '../../../../packages/gateway/src/limits/leased.js';
import { RedisLeases } from '../../../../packages/gateway/src/limits/rate-limit.js';
import { REDIS, reachable } from '../../../support/services.js';

const redisUp = await reachable(6379);
if (!redisUp) console.warn('Redis rate limiter tests skipped: Redis (127.0.0.1:6379) not reachable');

describe.skipIf(!redisUp)('the rate limit in Redis (RedisLeases under the leased limiter)', () => {
  let client: Redis;
  let monitorClient: Redis;
  const prefix = `sbtest:${randomUUID()}:`;

  beforeAll(() => {
    client = new Redis(REDIS, { maxRetriesPerRequest: 2 });
    monitorClient = new Redis(REDIS);
  });

  afterAll(async () => {
    const keys = await client.keys(`${prefix}*`);
    if (keys.length) await client.del(...keys);
    client.disconnect();
    monitorClient.disconnect();
  });

  it('calls the script by hash: one EVALSHA per request at the default limit\'s batch (1) and no EVAL once loaded', async () => {
    const batch = leaseBatch(10, 4); // the gateway's batch at the default limit (10 a second, burst 10)
    expect(batch).toBe(1);
    const limiter = new LeasedRateLimiter(new RedisLeases(client, prefix, 1000, 1000), 1000, batch);
    const control = new LeasedRateLimiter(new RedisLeases(client, prefix, 1000, 1000), 1000, batch); // a second limiter on the same client
    await limiter.take('warm'); // the connection's first call may send the script text
    const monitor = await monitorClient.monitor();
    const seen: string[] = [];
    monitor.on('monitor', (_time: string, args: string[]) => {
      if (args.some((a) => a.startsWith(prefix)) && !args.includes('warm')) seen.push(String(args[0]).toLowerCase());
    });
    // MONITOR lines are delivered asynchronously: a marker command tells when ours have all arrived.
    const marker = `${prefix}marker`;
    await new Promise((r) => setTimeout(r, 100));
    const requests = 25;
    for (let i = 0; i < requests; i++) {
      const d = await (i % 2 ? control : limiter).take(`acct-${i % 3}`);
      expect(d.allowed).toBe(true);
    }
    await client.set(marker, '1', 'PX', 10_000);
    for (let i = 0; i < 50 && !seen.includes('set'); i++) await new Promise((r) => setTimeout(r, 100));
    monitor.disconnect();
    const fromClient = seen.filter((c) => c === 'evalsha' || c === 'eval');
    expect(fromClient.filter((c) => c === 'evalsha')).toHaveLength(requests);
    expect(fromClient.filter((c) => c === 'eval')).toHaveLength(0);
  });

  it('is one bucket for every client: a second connection (which sends the script once) sees the first one\'s takes', async () => {
    const key = `shared-${randomUUID()}`;
    const fresh = new Redis(REDIS);
    try {
      const a = new LeasedRateLimiter(new RedisLeases(client, prefix, 1, 2), 1, 1);
      const b = new LeasedRateLimiter(new RedisLeases(fresh, prefix, 1, 2), 1, 1);
      expect((await a.take(key)).allowed).toBe(true);
      expect((await b.take(key)).allowed).toBe(true);
      const refused = await a.take(key);
      expect(refused.allowed).toBe(false);
      expect(refused.retryAfterMs).toBeGreaterThan(0);
      expect(refused.retryAfterMs).toBeLessThanOrEqual(1000);
    } finally {
      fresh.disconnect();
    }
  });

  it('leased (the gateway with REDIS_URL): one EVALSHA per batch of 256 at a high limit, none per request', async () => {
    const limiter = new LeasedRateLimiter(new RedisLeases(client, prefix, 1_000_000, 1_000_000), 1_000_000, leaseBatch(1_000_000, 4));
    await limiter.take('warm');
    const monitor = await monitorClient.monitor();
    const seen: string[] = [];
    monitor.on('monitor', (_time: string, args: string[]) => {
      if (args.some((a) => a.startsWith(`${prefix}rl:lease-`))) seen.push(String(args[0]).toLowerCase());
    });
    await new Promise((r) => setTimeout(r, 100));
    const key = `lease-${randomUUID()}`;
    const requests = 1000;
    for (let i = 0; i < requests; i++) expect((await limiter.take(key)).allowed).toBe(true);
    await client.set(`${prefix}rl:lease-marker`, '1', 'PX', 10_000);
    for (let i = 0; i < 50 && !seen.includes('set'); i++) await new Promise((r) => setTimeout(r, 100));
    monitor.disconnect();
    await limiter.close();
    expect(seen.filter((c) => c === 'evalsha')).toHaveLength(Math.ceil(requests / 256));
    expect(seen.filter((c) => c === 'eval')).toHaveLength(0);
  });

  it('leased by two instances, one bucket: together they never admit more than it holds, and unused tokens go back', async () => {
    const key = `two-${randomUUID()}`;
    const other = new Redis(REDIS);
    // 20 tokens, refilling at 1 a second; each instance leases 2 at a time.
    const batch = leaseBatch(20, 4);
    expect(batch).toBe(2);
    const a = new LeasedRateLimiter(new RedisLeases(client, prefix, 1, 20), 1, batch);
    const b = new LeasedRateLimiter(new RedisLeases(other, prefix, 1, 20), 1, batch);
    try {
      const started = Date.now();
      const decisions = await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? a : b).take(key)));
      const seconds = (Date.now() - started) / 1000;
      const admitted = decisions.filter((d) => d.allowed).length;
      expect(admitted).toBeLessThanOrEqual(20 + Math.ceil(seconds) + 1);
      // At most the other instance's one batch is held back from the first.
      expect(admitted).toBeGreaterThanOrEqual(20 - batch);
      expect(decisions.find((d) => !d.allowed)!.retryAfterMs).toBeGreaterThan(0);
      // Instance a takes one token of a fresh lease and leaves the other unused: after the lease
      // time it is given back to the bucket, for b.
      const spare = `spare-${randomUUID()}`;
      const tight = new LeasedRateLimiter(new RedisLeases(client, prefix, 0.001, 4), 0.001, 2);
      const tightB = new LeasedRateLimiter(new RedisLeases(other, prefix, 0.001, 4), 0.001, 2);
      expect((await tight.take(spare)).allowed).toBe(true); // a holds 1 more
      expect((await tightB.take(spare)).allowed).toBe(true);
      expect((await tightB.take(spare)).allowed).toBe(true); // the bucket is empty now; a still holds 1
      expect((await tightB.take(spare)).allowed).toBe(false);
      // a's lease expires (250 ms) and its sweep gives the token back; nothing else can refill
      // the bucket meanwhile (one token in 1,000 s), so b's first success is that token.
      let back = false;
      for (let i = 0; i < 50 && !back; i++) {
        await new Promise((r) => setTimeout(r, 100));
        back = (await tightB.take(spare)).allowed;
      }
      expect(back).toBe(true);
      await tight.close();
      await tightB.close();
    } finally {
      await a.close();
      await b.close();
      other.disconnect();
    }
  });
});
