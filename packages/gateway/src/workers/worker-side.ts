/**
 * A worker's half of the coordination with its primary (gateway started with --workers N and
 * no REDIS_URL): cache invalidations every worker applies, a lock held across workers (one token
 * refresh per connection at a time) and a rate limiter that leases tokens from the primary's
 * one bucket per account, so a request costs no IPC round trip while its worker holds tokens.
 *
 * Rate-limit error bound: tokens only ever come out of the primary's bucket, so the workers
 * together never admit more than one process would. A worker asks for a batch of
 * max(1, floor(burst / (2 × workers))) tokens (at most 256) when it has none; tokens it has not
 * used within LEASE_MS go back to the bucket. So while up to (workers − 1) × batch tokens sit in
 * other workers' leases, a request can be refused that one process would have admitted, for
 * at most LEASE_MS. With the default limit (10 a second, burst 10) and two workers the batch is
 * 2 tokens.
 */
import type { Invalidation } from '../cluster.js';
import { LocalInvalidation } from '../cluster.js';
import type { Lock } from '../connections/refresh.js';
import type { Decision, RateLimiter } from '../limits/rate-limit.js';
import { isProtocolMessage, type BucketName, type PrimaryMessage, type WorkerMessage, type WorkerRequest } from './protocol.js';

/** How long a worker keeps leased tokens before it gives the unused ones back. */
export const LEASE_MS = 250;
const MAX_BATCH = 256;

/** The largest batch a worker leases: small against the burst, so leases hold little of it. */
export function leaseBatch(burst: number, workers: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.floor(burst / (2 * Math.max(1, workers)))));
}

type Reply = Extract<PrimaryMessage, { op: 'reply' }>;
type Send = (m: WorkerMessage) => void;

/** The IPC channel to the primary: requests with replies, notices, and invalidations coming in. */
export class PrimaryLink {
  private next = 1;
  private readonly waiting = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  private onInvalidate: ((topic: string, key: string) => void) | undefined;
  private onCollect: (() => Promise<unknown[]>) | undefined;
  private readonly listener: (m: unknown) => void;

  constructor(
    private readonly send: Send = (m) => process.send!(m),
    private readonly source: NodeJS.EventEmitter = process,
  ) {
    this.listener = (m: unknown) => {
      if (!isProtocolMessage(m)) return;
      const msg = m as PrimaryMessage;
      if (msg.op === 'reply') {
        const w = this.waiting.get(msg.re);
        if (!w) return;
        this.waiting.delete(msg.re);
        if (msg.error) w.reject(new Error(msg.error));
        else w.resolve(msg);
      } else if (msg.op === 'collect') {
        void (this.onCollect?.() ?? Promise.resolve([])).then(
          (metrics) => this.notify({ sb: 1, op: 'metrics-part', re: msg.id, metrics }),
          () => this.notify({ sb: 1, op: 'metrics-part', re: msg.id, metrics: [] }),
        );
      } else if (msg.op === 'invalidate') {
        try {
          this.onInvalidate?.(msg.topic, msg.key);
        } finally {
          this.send({ sb: 1, op: 'ack', re: msg.id });
        }
      }
    };
    source.on('message', this.listener);
  }

  request(body: DistributiveOmit<WorkerRequest, 'sb' | 'id'>): Promise<Reply> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      try {
        this.send({ sb: 1, id, ...body } as WorkerRequest);
      } catch (err) {
        this.waiting.delete(id);
        reject(err as Error);
      }
    });
  }

  notify(m: Exclude<WorkerMessage, WorkerRequest>): void {
    try {
      this.send(m);
    } catch {
      // The primary is gone: this worker is about to exit with it.
    }
  }

  handleInvalidations(fn: (topic: string, key: string) => void): void {
    this.onInvalidate = fn;
  }

  /** What this worker answers when the primary collects every worker's metrics. */
  handleCollect(fn: () => Promise<unknown[]>): void {
    this.onCollect = fn;
  }

  close(): void {
    this.source.off('message', this.listener);
    for (const w of this.waiting.values()) w.reject(new Error('the primary link closed'));
    this.waiting.clear();
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Invalidations: applied here at once, and in every other worker before publish resolves. */
export class IpcInvalidation implements Invalidation {
  private readonly local = new LocalInvalidation();

  constructor(private readonly link: PrimaryLink) {
    link.handleInvalidations((topic, key) => void this.local.publish(topic, key));
  }

  async publish(topic: string, key: string): Promise<void> {
    await this.local.publish(topic, key);
    await this.link.request({ op: 'publish', topic, key });
  }

  subscribe(topic: string, handler: (key: string) => void): void {
    this.local.subscribe(topic, handler);
  }

  async close(): Promise<void> {}
}

/** A lock the primary holds for one worker at a time (FIFO), released when the worker exits. */
export function ipcLock(link: PrimaryLink): Lock {
  return async (key, fn) => {
    await link.request({ op: 'lock', key });
    try {
      return await fn();
    } finally {
      link.notify({ sb: 1, op: 'unlock', key });
    }
  };
}

const ALLOWED: Decision = Object.freeze({ allowed: true, retryAfterMs: 0 }) as Decision;

interface Lease {
  tokens: number;
  expires: number;
  pending: Promise<void> | undefined;
  retryAfterMs: number;
}

/** Per-account token bucket whose tokens the primary hands out in batches (see the error bound above). */
export class LeasedRateLimiter implements RateLimiter {
  private readonly leases = new Map<string, Lease>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly link: PrimaryLink,
    private readonly bucket: BucketName,
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
    for (let attempt = 0; attempt < 4; attempt++) {
      let lease = this.leases.get(key);
      if (lease === undefined) {
        lease = { tokens: 0, expires: 0, pending: undefined, retryAfterMs: 0 };
        this.leases.set(key, lease);
      }
      if (lease.pending === undefined) {
        const l = lease;
        // Tokens left from an expired lease go back with the request for new ones.
        const returned = l.expires <= this.clock() ? l.tokens : 0;
        if (returned > 0) l.tokens = 0;
        l.pending = this.link
          .request({ op: 'lease', bucket: this.bucket, key, want: this.batch, returned })
          .then((r) => {
            l.tokens += r.granted ?? 0;
            l.expires = this.clock() + LEASE_MS;
            l.retryAfterMs = r.retryAfterMs ?? 0;
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

  /** Gives back what expired leases did not use, so idle workers hold no tokens. */
  private sweep(): void {
    const now = this.clock();
    for (const [key, l] of this.leases) {
      if (l.pending !== undefined || l.expires > now) continue;
      if (l.tokens > 0) this.link.notify({ sb: 1, op: 'return', bucket: this.bucket, key, tokens: l.tokens });
      this.leases.delete(key);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    for (const [key, l] of this.leases) if (l.tokens > 0) this.link.notify({ sb: 1, op: 'return', bucket: this.bucket, key, tokens: l.tokens });
    this.leases.clear();
  }
}
