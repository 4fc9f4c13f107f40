/**
 * A worker's half of the coordination with its primary (gateway started with --workers N and
 * no REDIS_URL): cache invalidations every worker applies, a lock held across workers (one token
 * refresh per connection at a time) and the lease source for the worker's rate limiter
 * (limits/leased.ts LeasedRateLimiter): tokens come from the primary's one bucket per account, so
 * a request costs no IPC round trip while its worker holds tokens.
 *
 * Rate-limit error bound (limits/leased.ts): tokens only ever come out of the primary's bucket,
 * so the workers together never admit more than one process would; a worker leases
 * max(1, floor(burst / (2 × workers))) tokens (at most 256) at a time. With the default limit
 * (10 a second, burst 10) and two workers the batch is 2 tokens.
 */
import type { Invalidation } from '../cluster.js';
import { LocalInvalidation } from '../cluster.js';
import type { Lock } from '../connections/refresh.js';
import type { LeaseSource } from '../limits/leased.js';
import { isProtocolMessage, type BucketName, type PrimaryMessage, type WorkerMessage, type WorkerRequest } from './protocol.js';

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

/** The primary's bucket as a lease source for limits/leased.ts LeasedRateLimiter: one IPC round trip a lease. */
export function ipcLeases(link: PrimaryLink, bucket: BucketName): LeaseSource {
  return {
    lease: async (key, want, returned) => {
      const r = await link.request({ op: 'lease', bucket, key, want, returned });
      return { granted: r.granted ?? 0, retryAfterMs: r.retryAfterMs ?? 0 };
    },
    giveBack: (key, tokens) => link.notify({ sb: 1, op: 'return', bucket, key, tokens }),
  };
}
