/**
 * What a gateway worker and its primary say to each other over the cluster IPC channel (JSON
 * messages, `sb: 1` tells them from anything else on the channel). Workers ask; the primary
 * answers a request with the same `id` in `re`.
 *
 *   lease    tokens of an account's rate-limit bucket, in a batch (returning unused ones)
 *   lock     wait until the named lock is free and hold it; unlock gives it back
 *   publish  a cache invalidation every other worker applies before the publisher hears back
 *   metrics  the metrics of every worker, summed by the primary (GET /metrics answers for all)
 */

/** The rate-limit buckets the primary keeps: gateway calls and the control API, per account. */
export type BucketName = 'gateway' | 'control';

export type WorkerRequest =
  | { sb: 1; id: number; op: 'lease'; bucket: BucketName; key: string; want: number; returned: number }
  | { sb: 1; id: number; op: 'lock'; key: string }
  | { sb: 1; id: number; op: 'publish'; topic: string; key: string }
  | { sb: 1; id: number; op: 'metrics' };

export type WorkerNotice =
  | { sb: 1; op: 'unlock'; key: string }
  | { sb: 1; op: 'return'; bucket: BucketName; key: string; tokens: number }
  | { sb: 1; op: 'ack'; re: number }
  | { sb: 1; op: 'metrics-part'; re: number; metrics: unknown[] }
  | { sb: 1; op: 'listening'; url: string; port: number };

export type WorkerMessage = WorkerRequest | WorkerNotice;

export type PrimaryMessage =
  | { sb: 1; op: 'reply'; re: number; granted?: number; retryAfterMs?: number; error?: string; text?: string }
  | { sb: 1; op: 'invalidate'; id: number; topic: string; key: string }
  | { sb: 1; op: 'collect'; id: number };

export function isProtocolMessage(m: unknown): m is { sb: 1; op: string } {
  return typeof m === 'object' && m !== null && (m as { sb?: unknown }).sb === 1 && typeof (m as { op?: unknown }).op === 'string';
}
