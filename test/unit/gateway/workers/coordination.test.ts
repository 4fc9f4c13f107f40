/**
 * The primary's coordinator and the workers' side of it, wired together in one process (the
 * IPC channel replaced by direct calls on a later tick, as messages would arrive): leased rate
 * limits never admit more than one bucket, unused leases come back, locks are FIFO and pass on
 * when a holder dies, invalidations reach every other worker before the publisher resumes.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { CentralBuckets, Coordinator } from '../../../../packages/gateway/src/workers/coordinator.js';
import type { PrimaryMessage, WorkerMessage } from '../../../../packages/gateway/src/workers/protocol.js';
import { LEASE_MS, LeasedRateLimiter, leaseBatch } from '../../../../packages/gateway/src/limits/leased.js';
import { IpcInvalidation, ipcLeases, ipcLock, PrimaryLink } from '../../../../packages/gateway/src/workers/worker-side.js';

/** N workers' links to one coordinator. */
function cluster(n: number, limits = { perSecond: 10, burst: 10 }) {
  const coordinator = new Coordinator({ gateway: limits, control: limits });
  const links: PrimaryLink[] = [];
  const inboxes: EventEmitter[] = [];
  for (let id = 1; id <= n; id++) {
    const inbox = new EventEmitter();
    inboxes.push(inbox);
    coordinator.add({ id, send: (m: PrimaryMessage) => setImmediate(() => inbox.emit('message', m)) });
    links.push(new PrimaryLink((m: WorkerMessage) => setImmediate(() => coordinator.handle(id, m)), inbox));
  }
  return { coordinator, links };
}

describe('central buckets', () => {
  it('hand out at most what the bucket holds, in batches, and say how long until the next token', () => {
    let now = 0;
    const b = new CentralBuckets(2, 5, () => now);
    expect(b.lease('a', 3)).toEqual({ granted: 3, retryAfterMs: 0 });
    expect(b.lease('a', 3)).toEqual({ granted: 2, retryAfterMs: 0 });
    expect(b.lease('a', 3)).toEqual({ granted: 0, retryAfterMs: 500 });
    now += 1000; // two tokens a second
    expect(b.lease('a', 3)).toEqual({ granted: 2, retryAfterMs: 0 });
    b.giveBack('a', 10); // never above the burst
    expect(b.lease('a', 10).granted).toBe(5);
  });

  it('size batches small against the burst', () => {
    expect(leaseBatch(10, 2)).toBe(2);
    expect(leaseBatch(4, 2)).toBe(1);
    expect(leaseBatch(1, 8)).toBe(1);
    expect(leaseBatch(1_000_000, 2)).toBe(256);
  });
});

describe('leased rate limits', () => {
  it('admit no more across workers than the one bucket would, and take most requests without a round trip', async () => {
    const { links } = cluster(3, { perSecond: 0.001, burst: 30 }); // no refill worth counting
    const limiters = links.map((l) => new LeasedRateLimiter(ipcLeases(l, 'gateway'), 0.001, leaseBatch(30, 3)));
    let allowed = 0;
    let sync = 0;
    for (let i = 0; i < 90; i++) {
      // In turns, several at once per worker, as requests arrive.
      const batch = [0, 1, 2].map(() => limiters[i % 3]!.take('acct'));
      for (const d of batch) if (!(d instanceof Promise) && d.allowed) sync++;
      for (const d of await Promise.all(batch)) if (d.allowed) allowed++;
    }
    expect(allowed).toBeLessThanOrEqual(30);
    expect(allowed).toBeGreaterThanOrEqual(30 - 2 * leaseBatch(30, 3)); // what may sit in other workers' leases
    expect(sync).toBeGreaterThan(0);
    for (const l of limiters) await l.close();
  });

  it('give unused tokens back when the lease runs out, so another worker can use them', async () => {
    const { links } = cluster(2, { perSecond: 0.001, burst: 4 });
    const a = new LeasedRateLimiter(ipcLeases(links[0]!, 'gateway'), 0.001, 4);
    const b = new LeasedRateLimiter(ipcLeases(links[1]!, 'gateway'), 0.001, 4);
    expect((await a.take('acct')).allowed).toBe(true); // a leased all 4, used 1
    expect((await b.take('acct')).allowed).toBe(false);
    await new Promise((r) => setTimeout(r, 3 * LEASE_MS));
    const got = [await b.take('acct'), await b.take('acct'), await b.take('acct'), await b.take('acct')];
    expect(got.map((d) => d.allowed)).toEqual([true, true, true, false]);
    await a.close();
    await b.close();
  });
});

describe('locks across workers', () => {
  it('are held by one worker at a time, in order, and pass on when the holder dies', async () => {
    const { coordinator, links } = cluster(3);
    const [l1, l2, l3] = links.map(ipcLock);
    const order: string[] = [];
    let release1!: () => void;
    const held1 = l1!('k', () => new Promise((r) => ((release1 = () => r(undefined as never)), order.push('1 in'))));
    await new Promise((r) => setTimeout(r, 20));
    const second = l2!('k', async () => (order.push('2 in'), undefined as never));
    const third = l3!('k', async () => (order.push('3 in'), undefined as never));
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual(['1 in']);
    coordinator.remove(2); // worker 2 died while waiting: its turn is skipped
    release1();
    await held1;
    await third;
    await new Promise((r) => setTimeout(r, 20)); // the unlock message
    expect(order).toEqual(['1 in', '3 in']);
    expect(coordinator.heldLocks()).toEqual([]);
    void second; // never granted: its worker is gone
  });
});

describe('invalidations across workers', () => {
  it('reach every other worker before publish resolves', async () => {
    const { links } = cluster(3);
    const buses = links.map((l) => new IpcInvalidation(l));
    const seen: string[] = [];
    buses.forEach((bus, i) => bus.subscribe('api-key', (k) => seen.push(`${i + 1}:${k}`)));
    await buses[0]!.publish('api-key', 'h1');
    expect(seen.sort()).toEqual(['1:h1', '2:h1', '3:h1']);
  });
});
