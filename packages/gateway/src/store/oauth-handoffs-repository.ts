/** The `oauth_handoffs` table: the state parameter of an OAuth flow in progress, used once. */
import type { Db } from './db.js';
import { now } from './now.js';

export interface OAuthHandoff {
  state: string;
  connectionId: string;
  payload: string; // sealed JSON (PKCE verifier, OAuth 1 request-token secret, redirect URI)
  expiresAt: string;
  /** The hash of the connect session the flow started under; the callback completes only through it. */
  sessionHash?: string | null;
}

export class OAuthHandoffsRepository {
  constructor(private readonly db: Db) {}

  async put(h: OAuthHandoff): Promise<void> {
    await this.db.run('INSERT INTO oauth_handoffs (state, connection_id, payload, expires_at, session_hash) VALUES (?, ?, ?, ?, ?)', [
      h.state,
      h.connectionId,
      h.payload,
      h.expiresAt,
      h.sessionHash ?? null,
    ]);
  }

  /** Returns the hand-off and deletes it (only one caller gets it), then sweeps expired ones. */
  async take(state: string): Promise<OAuthHandoff | undefined> {
    const r = await this.db.get('SELECT * FROM oauth_handoffs WHERE state = ?', [state]);
    if (!r) return undefined;
    const removed = await this.db.run('DELETE FROM oauth_handoffs WHERE state = ?', [state]);
    if (removed === 0) return undefined; // another instance took it first
    await this.db.run('DELETE FROM oauth_handoffs WHERE expires_at < ?', [now()]);
    return {
      state: String(r.state),
      connectionId: String(r.connection_id),
      payload: String(r.payload),
      expiresAt: String(r.expires_at),
      ...(r.session_hash === null || r.session_hash === undefined ? {} : { sessionHash: String(r.session_hash) }),
    };
  }
}
