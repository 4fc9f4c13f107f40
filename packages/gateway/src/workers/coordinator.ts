/**
 * The primary's half of the coordination between gateway workers (no REDIS_URL): the one
 * rate-limit bucket per account that workers lease tokens from, the lock table, and the
 * broadcast of cache invalidations (acknowledged by every live worker before the publisher
 * hears back, so a revoked key is refused by every worker once the revoke has answered), and
 * the metrics of all workers summed for whichever worker serves GET /metrics.
 */
import { AggregatorRegistry } from 'prom-client';
import { TokenBuckets } from '../limits/rate-limit.js';
import { isProtocolMessage, type BucketName, type PrimaryMessage, type WorkerMessage } from './protocol.js';

/** A worker as the coordinator sees it (node:cluster's Worker fits). */
export interface Peer {
  readonly id: number;
  send(message: PrimaryMessage): unknown;
}

/** How long a publish waits for a worker's acknowledgement (a stuck or dying worker does not block the others). */
const ACK_TIMEOUT_MS = 2_000;

/** Token buckets (perSecond tokens a second up to burst), handing out several tokens at once. */
export class CentralBuckets {
  private readonly buckets: TokenBuckets;

  constructor(perSecond: number, burst: number, clock?: () => number) {
    this.buckets = new TokenBuckets(perSecond, burst, clock);
  }

  /** Up to `want` tokens (after taking back `returned`); none, with the wait for one, when the bucket is empty. */
  lease(key: string, want: number, returned = 0): { granted: number; retryAfterMs: number } {
    if (this.buckets.perSecond <= 0) return { granted: want, retryAfterMs: 0 };
    const b = this.buckets.refilled(key);
    if (returned > 0) b.tokens = Math.min(this.buckets.burst, b.tokens + returned);
    const granted = Math.max(0, Math.min(want, Math.floor(b.tokens)));
    if (granted > 0) {
      b.tokens -= granted;
      return { granted, retryAfterMs: 0 };
    }
    return { granted: 0, retryAfterMs: this.buckets.waitMs(b.tokens) };
  }

  giveBack(key: string, tokens: number): void {
    const b = this.buckets.peek(key);
    if (b && tokens > 0) b.tokens = Math.min(this.buckets.burst, b.tokens + tokens);
  }
}

export class Coordinator {
  private readonly peers = new Map<number, Peer>();
  private readonly buckets: Record<BucketName, CentralBuckets>;
  /** Lock key → the worker holding it and the requests waiting, in order. */
  private readonly locks = new Map<string, { holder: number; queue: { worker: number; id: number }[] }>();
  private nextBroadcast = 1;
  /** Broadcast id → the worker it waits for and what ends the wait. */
  private readonly acks = new Map<number, { worker: number; done: () => void }>();
  /** Metrics collection id → the worker asked and what takes its answer. */
  private readonly parts = new Map<number, { worker: number; take: (metrics: unknown[] | undefined) => void }>();

  constructor(limits: Record<BucketName, { perSecond: number; burst: number }>) {
    this.buckets = {
      gateway: new CentralBuckets(limits.gateway.perSecond, limits.gateway.burst),
      control: new CentralBuckets(limits.control.perSecond, limits.control.burst),
    };
  }

  /** A worker joined (or was restarted): its messages are handled from now on. */
  add(peer: Peer): void {
    this.peers.set(peer.id, peer);
  }

  /** A worker exited: locks it held pass on, its waits are dropped, nobody waits for its acks. */
  remove(workerId: number): void {
    this.peers.delete(workerId);
    for (const a of [...this.acks.values()]) if (a.worker === workerId) a.done();
    for (const p of [...this.parts.values()]) if (p.worker === workerId) p.take(undefined);
    for (const [key, lock] of this.locks) {
      lock.queue = lock.queue.filter((w) => w.worker !== workerId);
      if (lock.holder === workerId) this.release(key);
    }
  }

  /** Handles one message from a worker; false when it is not ours. */
  handle(workerId: number, raw: unknown): boolean {
    if (!isProtocolMessage(raw)) return false;
    const m = raw as WorkerMessage;
    const peer = this.peers.get(workerId);
    switch (m.op) {
      case 'lease': {
        const r = this.buckets[m.bucket].lease(m.key, m.want, m.returned);
        peer?.send({ sb: 1, op: 'reply', re: m.id, granted: r.granted, retryAfterMs: r.retryAfterMs });
        return true;
      }
      case 'return':
        this.buckets[m.bucket].giveBack(m.key, m.tokens);
        return true;
      case 'lock': {
        const lock = this.locks.get(m.key);
        if (!lock) {
          this.locks.set(m.key, { holder: workerId, queue: [] });
          peer?.send({ sb: 1, op: 'reply', re: m.id });
        } else {
          lock.queue.push({ worker: workerId, id: m.id });
        }
        return true;
      }
      case 'unlock': {
        const lock = this.locks.get(m.key);
        if (lock && lock.holder === workerId) this.release(m.key);
        return true;
      }
      case 'publish':
        void this.broadcast(workerId, m.topic, m.key).then(() => peer?.send({ sb: 1, op: 'reply', re: m.id }));
        return true;
      case 'ack':
        this.acks.get(m.re)?.done();
        return true;
      case 'metrics':
        this.collectMetrics().then(
          (text) => peer?.send({ sb: 1, op: 'reply', re: m.id, text }),
          (err: Error) => peer?.send({ sb: 1, op: 'reply', re: m.id, error: err.message }),
        );
        return true;
      case 'metrics-part':
        this.parts.get(m.re)?.take(m.metrics);
        return true;
      default:
        return true; // 'listening' and the like: the supervisor reads them
    }
  }

  /** Locks held now (for tests and diagnostics). */
  heldLocks(): string[] {
    return [...this.locks.keys()];
  }

  private release(key: string): void {
    const lock = this.locks.get(key)!;
    for (;;) {
      const next = lock.queue.shift();
      if (!next) {
        this.locks.delete(key);
        return;
      }
      const peer = this.peers.get(next.worker);
      if (!peer) continue;
      lock.holder = next.worker;
      peer.send({ sb: 1, op: 'reply', re: next.id });
      return;
    }
  }

  /** Every worker's metrics (prom-client JSON), summed into one Prometheus text; a worker that does not answer in time is left out. */
  private async collectMetrics(): Promise<string> {
    const waits: Promise<unknown[] | undefined>[] = [];
    for (const peer of this.peers.values()) {
      const id = this.nextBroadcast++;
      waits.push(
        new Promise((resolve) => {
          const timer = setTimeout(() => take(undefined), ACK_TIMEOUT_MS);
          const parts = this.parts;
          function take(metrics: unknown[] | undefined): void {
            clearTimeout(timer);
            parts.delete(id);
            resolve(metrics);
          }
          this.parts.set(id, { worker: peer.id, take });
          try {
            peer.send({ sb: 1, op: 'collect', id });
          } catch {
            take(undefined);
          }
        }),
      );
    }
    const got = (await Promise.all(waits)).filter((m): m is unknown[] => m !== undefined);
    return AggregatorRegistry.aggregate(got as Parameters<typeof AggregatorRegistry.aggregate>[0]).metrics();
  }

  /** Sends the invalidation to every other worker and resolves once each has applied it (or timed out). */
  private async broadcast(from: number, topic: string, key: string): Promise<void> {
    const waits: Promise<void>[] = [];
    for (const peer of this.peers.values()) {
      if (peer.id === from) continue;
      const id = this.nextBroadcast++;
      waits.push(
        new Promise<void>((resolve) => {
          const timer = setTimeout(done, ACK_TIMEOUT_MS);
          const acks = this.acks;
          function done(): void {
            clearTimeout(timer);
            acks.delete(id);
            resolve();
          }
          this.acks.set(id, { worker: peer.id, done });
          try {
            peer.send({ sb: 1, op: 'invalidate', id, topic, key });
          } catch {
            done();
          }
        }),
      );
    }
    await Promise.all(waits);
  }
}
