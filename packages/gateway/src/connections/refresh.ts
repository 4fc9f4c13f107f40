/**
 * Keeping OAuth tokens fresh: a token that expires within a minute is refreshed before the
 * request goes out, once per connection at a time on this instance (and across instances
 * through the optional lock). Where the refresh token is redeemed is the method's business
 * (auth/<method>.ts refreshGrant); a refusal marks the connection FAILED.
 */
import { AUTH } from '../auth/index.js';
import { GatewayError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Outbound } from '../net/outbound.js';
import { OAuthError, refreshTokens, type TokenSet } from '../oauth/oauth2.js';
import type { ConnectionLifecycle } from './lifecycle.js';
import type { ConnectionSelector } from './select.js';
import type { ActiveConnection, StoredCredentials } from './types.js';

const REFRESH_MARGIN_MS = 60_000;

export type Lock = (key: string, fn: () => Promise<ActiveConnection>) => Promise<ActiveConnection>;

export interface RefreshDeps {
  selector: ConnectionSelector;
  lifecycle: ConnectionLifecycle;
  outbound: Outbound;
  env: Record<string, string | undefined>;
  log: Logger;
  lock?: Lock;
}

/** Whether a connection's token must be refreshed (or found expired) before use. */
export function refreshDue(conn: ActiveConnection): boolean {
  const exp = conn.credentials.expires_at;
  return typeof exp === 'number' && exp - Date.now() <= REFRESH_MARGIN_MS;
}

export class TokenRefresher {
  private readonly refreshing = new Map<string, Promise<ActiveConnection>>();

  constructor(private readonly deps: RefreshDeps) {}

  /** The connection with a token valid for at least a minute more (call when refreshDue). */
  async fresh(conn: ActiveConnection): Promise<ActiveConnection> {
    if (!refreshDue(conn)) return conn;
    const exp = conn.credentials.expires_at!;
    if (!conn.credentials.refresh_token) {
      if (exp > Date.now()) return conn;
      throw new GatewayError('GW_ERR_CREDENTIAL_EXPIRED', { id: conn.record.id });
    }
    let pending = this.refreshing.get(conn.record.id);
    if (!pending) {
      const run = () => this.refresh(conn);
      pending = (this.deps.lock ? this.deps.lock(`refresh:${conn.record.id}`, run) : run()).finally(() => this.refreshing.delete(conn.record.id));
      this.refreshing.set(conn.record.id, pending);
    }
    return pending;
  }

  private async refresh(conn: ActiveConnection): Promise<ActiveConnection> {
    // Another instance may have refreshed while we waited for the lock: read the row again.
    const current = (await this.deps.selector.reload(conn.record.id)) ?? conn;
    const exp = current.credentials.expires_at;
    if (typeof exp === 'number' && exp - Date.now() > REFRESH_MARGIN_MS) return current;
    const grant = AUTH[current.method.type].refreshGrant?.(current, this.deps.env);
    if (!grant) {
      if (typeof exp === 'number' && exp > Date.now()) return current;
      throw new GatewayError('GW_ERR_CREDENTIAL_EXPIRED', { id: current.record.id });
    }
    let tokens: TokenSet;
    try {
      tokens = await refreshTokens(this.deps.outbound, grant.route, grant.client, String(current.credentials.refresh_token), current.record.metadata);
    } catch (err) {
      const refused = err instanceof OAuthError && (err.error === 'invalid_grant' || err.status === 401);
      this.deps.log.warn({ app: current.record.app, connection: current.record.id, err: (err as Error).message }, 'token refresh failed');
      if (refused) {
        await this.deps.lifecycle.fail(current.record, `refresh refused: ${(err as OAuthError).error}`);
        throw new GatewayError('GW_ERR_CREDENTIAL_EXPIRED', { id: current.record.id });
      }
      if (typeof exp === 'number' && exp > Date.now()) return current; // still valid: try again next time
      throw new GatewayError('GW_ERR_CREDENTIAL_EXPIRED', { id: current.record.id });
    }
    const credentials: StoredCredentials = {
      ...current.credentials,
      access_token: tokens.access_token,
      refresh_token: tokens.refresh_token ?? current.credentials.refresh_token,
      expires_at: tokens.expires_at,
    };
    const record = await this.deps.lifecycle.replaceCredentials(current.record, credentials);
    const next = { ...current, credentials, record };
    this.deps.selector.remember(next);
    await this.deps.lifecycle.changed(next.record);
    return next;
  }
}
