/**
 * Connect sessions: the token in a connection's `url` is the only authority the connect page
 * accepts. It is stored sealed (to show the url again) and hashed (to find the connection).
 * A session expires (SWITCHBOARD_CONNECT_TTL_SECONDS after it was made) and completes one
 * connect flow only; a new one is made by the key holder (POST /connections/{id}).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { PublicUrl } from '../config.js';
import type { Sealer } from '../secrets/sealer.js';
import type { ConnectionRecord, Store } from '../store/store.js';

export const DEFAULT_CONNECT_TTL_SECONDS = 900;

/** What a session token opens: the connection, and whether the session may still be used. */
export interface SessionLookup {
  rec: ConnectionRecord;
  sessionHash: string;
  state: 'open' | 'used' | 'expired';
}

export class ConnectSessions {
  private readonly ttlMs: number;

  constructor(private readonly deps: { store: Store; sealer: Sealer; publicUrl: PublicUrl; ttlSeconds?: number }) {
    this.ttlMs = (deps.ttlSeconds ?? DEFAULT_CONNECT_TTL_SECONDS) * 1000;
  }

  /** A new session for connection `id`: what the record stores. */
  create(id: string): { session: string; sessionHash: string; sessionExpiresAt: string; sessionUsedAt: null } {
    const token = randomBytes(24).toString('base64url');
    return {
      session: this.deps.sealer.seal(token, `session:${id}`),
      sessionHash: hashSession(token),
      sessionExpiresAt: new Date(Date.now() + this.ttlMs).toISOString(),
      sessionUsedAt: null,
    };
  }

  token(rec: ConnectionRecord): string {
    return this.deps.sealer.open(rec.session, `session:${rec.id}`);
  }

  connectUrl(rec: ConnectionRecord): string {
    return `${this.deps.publicUrl.value}/connect?session_token=${this.token(rec)}`;
  }

  /** The connection a session token opens, if any, with the session's state. */
  async lookup(token: string): Promise<SessionLookup | undefined> {
    const sessionHash = hashSession(token);
    const rec = await this.deps.store.findConnectionBySession(sessionHash);
    if (!rec) return undefined;
    return { rec, sessionHash, state: sessionState(rec) };
  }

  /** The connection a session token opens, if any (used or expired sessions included). */
  async connectionFor(token: string): Promise<string | undefined> {
    return (await this.lookup(token))?.rec.id;
  }
}

/** A session without an expiry time (a record made outside the lifecycle) counts as expired. */
export function sessionState(rec: ConnectionRecord, at = new Date().toISOString()): SessionLookup['state'] {
  if (rec.sessionUsedAt) return 'used';
  if (!rec.sessionExpiresAt || rec.sessionExpiresAt <= at) return 'expired';
  return 'open';
}

export function hashSession(token: string): string {
  return createHash('sha256').update(`session:${token}`).digest('hex');
}
