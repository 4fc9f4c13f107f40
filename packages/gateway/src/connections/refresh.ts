/**
 * Keeping OAuth tokens fresh: a token close to its expiry is refreshed before the request goes
 * out, once per connection at a time on this instance (and across instances through the
 * optional lock, which the holder keeps while the refresh runs). Where the refresh token is
 * redeemed is the method's business (auth/<method>.ts refreshGrant).
 *
 * - The margin adapts to the token's lifetime: min(60 s, lifetime / 4) when the gateway knows
 *   when the token was issued (`issued_at`, set on every refresh), 60 s otherwise.
 * - A refusal (invalid_grant, 401) marks the connection FAILED with the reason.
 * - A provider fault (5xx, 429, timeout, unreachable) leaves the connection ACTIVE: the old
 *   token serves while it is valid, else the call gets 503 GW_ERR_REFRESH_UNAVAILABLE with
 *   Retry-After; the connection is not tried again before its backoff (5 s, doubling to 5 min)
 *   has passed.
 * - `force` refreshes a token the provider rejected before its expiry (a 401 on a call).
 */
import { AUTH } from '../auth/index.js';
import { GatewayError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Outbound } from '../net/outbound.js';
import { OAuthError, refreshTokens, type TokenSet } from '../oauth/oauth2.js';
import type { ConnectionLifecycle } from './lifecycle.js';
import type { ConnectionSelector } from './select.js';
import type { ActiveConnection, StoredCredentials } from './types.js';

const MAX_MARGIN_MS = 60_000;
const BACKOFF_MAX_MS = 300_000;
const BACKOFF_MAX_ENTRIES = 10_000;

export type Lock = (key: string, fn: () => Promise<ActiveConnection>) => Promise<ActiveConnection>;

export interface RefreshDeps {
  selector: ConnectionSelector;
  lifecycle: ConnectionLifecycle;
  outbound: Outbound;
  env: Record<string, string | undefined>;
  log: Logger;
  lock?: Lock;
  /** Told the outcome of every refresh the token endpoint answered (or failed to): the metrics count them. */
  onRefresh?: (app: string, outcome: 'ok' | 'refused' | 'failed') => void;
}

/** How long before its expiry a token is refreshed: min(60 s, lifetime / 4), 60 s when the lifetime is unknown. */
export function refreshMargin(credentials: StoredCredentials): number {
  const exp = credentials.expires_at;
  const issued = credentials.issued_at;
  if (typeof exp !== 'number' || typeof issued !== 'number' || exp <= issued) return MAX_MARGIN_MS;
  return Math.min(MAX_MARGIN_MS, (exp - issued) / 4);
}

/** Whether a connection's token must be refreshed (or found expired) before use. */
export function refreshDue(conn: ActiveConnection): boolean {
  const exp = conn.credentials.expires_at;
  return typeof exp === 'number' && exp - Date.now() <= refreshMargin(conn.credentials);
}

/** A fault of the token endpoint (not a refusal of the grant): worth trying again later. */
function transient(err: unknown): boolean {
  if (err instanceof OAuthError) return err.status >= 500 || err.status === 429;
  return true; // unreachable, reset, timed out
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export class TokenRefresher {
  private readonly refreshing = new Map<string, Promise<ActiveConnection>>();
  /** Connection id → failed refreshes in a row and the time before which none is tried. */
  private readonly backoff = new Map<string, { failures: number; until: number; transient: boolean }>();
  private readonly timeoutMs: number;
  private readonly backoffMs: number;

  constructor(private readonly deps: RefreshDeps) {
    this.timeoutMs = positive(deps.env.SWITCHBOARD_REFRESH_TIMEOUT_MS, 10_000);
    this.backoffMs = positive(deps.env.SWITCHBOARD_REFRESH_BACKOFF_MS, 5_000);
  }

  /** The connection with a token outside its refresh margin (call when refreshDue). */
  async fresh(conn: ActiveConnection): Promise<ActiveConnection> {
    if (!refreshDue(conn)) return conn;
    const exp = conn.credentials.expires_at!;
    if (!conn.credentials.refresh_token) {
      if (exp > Date.now()) return conn;
      throw new GatewayError('GW_ERR_CREDENTIAL_EXPIRED', { id: conn.record.id });
    }
    const waiting = this.backingOff(conn);
    if (waiting !== undefined) return waiting;
    return this.once(conn, undefined);
  }

  /**
   * A new token although the stored one has not expired: the provider answered 401 to
   * `rejected`. Returns undefined when no new token could be had (the caller then passes the
   * provider's answer on); a token another request already replaced is returned as it is.
   */
  async force(conn: ActiveConnection, rejected: string): Promise<ActiveConnection | undefined> {
    if (!conn.credentials.refresh_token || !this.canRefresh(conn)) return undefined;
    const b = this.backoff.get(conn.record.id);
    if (b && b.until > Date.now()) return undefined;
    try {
      const next = await this.once(conn, rejected);
      return next.credentials.access_token === rejected ? undefined : next;
    } catch {
      return undefined;
    }
  }

  /** Whether the connection's method can redeem a refresh token on this gateway. */
  canRefresh(conn: ActiveConnection): boolean {
    return !!conn.credentials.refresh_token && !!AUTH[conn.method.type].refreshGrant?.(conn, this.deps.env);
  }

  /** Within the backoff after a failed refresh: the old token while valid, else a 503. */
  private backingOff(conn: ActiveConnection): ActiveConnection | undefined {
    const b = this.backoff.get(conn.record.id);
    if (!b) return undefined;
    const t = Date.now();
    if (b.until <= t) return undefined;
    if (conn.credentials.expires_at! > t) return conn;
    if (!b.transient) throw new GatewayError('GW_ERR_CREDENTIAL_EXPIRED', { id: conn.record.id });
    throw this.unavailable(conn.record.id, b.until - t);
  }

  private unavailable(id: string, waitMs: number): GatewayError {
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    return new GatewayError('GW_ERR_REFRESH_UNAVAILABLE', { id, seconds }, { headers: { 'retry-after': String(seconds) } });
  }

  private once(conn: ActiveConnection, rejected: string | undefined): Promise<ActiveConnection> {
    let pending = this.refreshing.get(conn.record.id);
    if (!pending) {
      const run = () => this.refresh(conn, rejected);
      const id = conn.record.id;
      pending = (this.deps.lock ? this.deps.lock(`refresh:${id}`, run) : run())
        .catch((err: unknown) => {
          if (err instanceof GatewayError) throw err;
          // The lock's holder kept it too long, or the store or Redis failed: not the credential's fault.
          this.deps.log.warn({ connection: id, err: (err as Error).message }, 'token refresh could not run');
          throw this.unavailable(id, this.backoffMs);
        })
        .finally(() => this.refreshing.delete(id));
      this.refreshing.set(conn.record.id, pending);
    }
    return pending;
  }

  private async refresh(conn: ActiveConnection, rejected: string | undefined): Promise<ActiveConnection> {
    // Another instance may have refreshed while we waited for the lock: read the row again.
    const current = (await this.deps.selector.reload(conn.record.id)) ?? conn;
    if (current.record.status !== 'ACTIVE') throw new GatewayError('GW_ERR_CREDENTIAL_EXPIRED', { id: current.record.id });
    const exp = current.credentials.expires_at;
    if (rejected === undefined ? !refreshDue(current) : current.credentials.access_token !== rejected) return current;
    const grant = AUTH[current.method.type].refreshGrant?.(current, this.deps.env);
    if (!grant || !current.credentials.refresh_token) {
      if (typeof exp === 'number' && exp > Date.now()) return current;
      throw new GatewayError('GW_ERR_CREDENTIAL_EXPIRED', { id: current.record.id });
    }
    let tokens: TokenSet;
    const issuedAt = Date.now();
    try {
      tokens = await refreshTokens(this.deps.outbound, grant.route, grant.client, String(current.credentials.refresh_token), current.vars, this.timeoutMs);
    } catch (err) {
      const refused = err instanceof OAuthError && (err.error === 'invalid_grant' || err.status === 401);
      this.deps.log.warn({ app: current.record.app, connection: current.record.id, err: (err as Error).message }, 'token refresh failed');
      this.deps.onRefresh?.(current.record.app, refused ? 'refused' : 'failed');
      if (refused) {
        this.backoff.delete(current.record.id);
        await this.deps.lifecycle.fail(current.record, `refresh refused: ${(err as OAuthError).error}`);
        throw new GatewayError('GW_ERR_CREDENTIAL_EXPIRED', { id: current.record.id });
      }
      const b = this.backoff.get(current.record.id);
      const failures = (b?.failures ?? 0) + 1;
      const wait = Math.min(BACKOFF_MAX_MS, this.backoffMs * 2 ** (failures - 1));
      if (this.backoff.size >= BACKOFF_MAX_ENTRIES) this.backoff.delete(this.backoff.keys().next().value!);
      this.backoff.set(current.record.id, { failures, until: Date.now() + wait, transient: transient(err) });
      if (typeof exp === 'number' && exp > Date.now()) return current; // still valid: try again after the backoff
      if (transient(err)) throw this.unavailable(current.record.id, wait);
      throw new GatewayError('GW_ERR_CREDENTIAL_EXPIRED', { id: current.record.id });
    }
    this.backoff.delete(current.record.id);
    this.deps.onRefresh?.(current.record.app, 'ok');
    const credentials: StoredCredentials = {
      ...current.credentials,
      access_token: tokens.access_token,
      refresh_token: tokens.refresh_token ?? current.credentials.refresh_token,
      expires_at: tokens.expires_at,
      issued_at: issuedAt,
    };
    const record = await this.deps.lifecycle.replaceCredentials(current.record, credentials);
    const next = { ...current, credentials, record };
    this.deps.selector.remember(next);
    await this.deps.lifecycle.changed(next.record);
    return next;
  }
}
