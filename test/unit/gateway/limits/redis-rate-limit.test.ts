/**
 * The shared (Redis) rate limiter costs one round trip of a few bytes per request: the script
 * is called by its hash (EVALSHA), never sent whole again once the connection has it. Counted
 * with MONITOR, filtered to this test's own keys (other clients may use the same server).
 * Skips, saying why, where Redis is not running.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisRateLimiter } from '../../../../packages/gateway/src/limits/rate-limit.js';
import { REDIS, reachable } from '../../../support/services.js';

const redisUp = await reachable(6379);
if (!redisUp) console.warn('Redis rate limiter tests skipped: Redis (127.0.0.1:6379) not reachable');

describe.skipIf(!redisUp)('RedisRateLimiter', () => {
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

  it('calls the script by hash: one EVALSHA per request and no EVAL once loaded', async () => {
    const limiter = new RedisRateLimiter(client, prefix, 1000, 1000);
    const control = new RedisRateLimiter(client, prefix, 1000, 1000); // a second limiter on the same client
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
      const a = new RedisRateLimiter(client, prefix, 1, 2);
      const b = new RedisRateLimiter(fresh, prefix, 1, 2);
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
});
