/**
 * Gateway requests open at once, per account: one counter in a Map, taken when a request is
 * admitted (after the rate limit) and given back when its exchange ends. The cap stays below
 * the upstream pools' connections per origin (config.ts checks it), so one account can never
 * hold every connection to a provider: stalled uploads or slow downloads of one tenant leave
 * room for the others. Per gateway process (each instance guards its own pools).
 */
export class InflightLimiter {
  private readonly open = new Map<string, number>();

  constructor(readonly max: number) {}

  /** Takes a slot for the account; false when it already holds `max`. */
  tryAcquire(account: string): boolean {
    const n = this.open.get(account) ?? 0;
    if (n >= this.max) return false;
    this.open.set(account, n + 1);
    return true;
  }

  release(account: string): void {
    const n = this.open.get(account);
    if (n === undefined) return;
    if (n <= 1) this.open.delete(account);
    else this.open.set(account, n - 1);
  }

  /** Requests the account has open now. */
  count(account: string): number {
    return this.open.get(account) ?? 0;
  }
}
