/**
 * Connect sessions: the token in a connection's `url` is the only authority the connect page
 * accepts. It is stored sealed (to show the url again) and hashed (to find the connection).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { PublicUrl } from '../config.js';
import type { Sealer } from '../secrets/sealer.js';
import type { ConnectionRecord, Store } from '../store/store.js';

export class ConnectSessions {
  constructor(private readonly deps: { store: Store; sealer: Sealer; publicUrl: PublicUrl }) {}

  /** A new session for connection `id`: what the record stores. */
  create(id: string): { session: string; sessionHash: string } {
    const token = randomBytes(24).toString('base64url');
    return { session: this.deps.sealer.seal(token, `session:${id}`), sessionHash: hashSession(token) };
  }

  token(rec: ConnectionRecord): string {
    return this.deps.sealer.open(rec.session, `session:${rec.id}`);
  }

  connectUrl(rec: ConnectionRecord): string {
    return `${this.deps.publicUrl.value}/connect?session_token=${this.token(rec)}`;
  }

  /** The connection a session token opens, if any. */
  async connectionFor(token: string): Promise<string | undefined> {
    return (await this.deps.store.findConnectionBySession(hashSession(token)))?.id;
  }
}

function hashSession(token: string): string {
  return createHash('sha256').update(`session:${token}`).digest('hex');
}
