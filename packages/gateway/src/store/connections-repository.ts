/** The `connections` table: credentials and the connect-session token arrive sealed. */
import type { Db, Param, Row } from './db.js';

export type ConnectionStatus = 'ACTIVE' | 'PENDING' | 'FAILED';

export interface ConnectionRecord {
  id: string;
  accountId: string;
  app: string;
  method: string;
  status: ConnectionStatus;
  createdAt: string;
  updatedAt: string;
  metadata: Record<string, string>;
  credentials: string | null; // sealed JSON
  session: string; // sealed connect-session token (shown again in the connection's url)
  sessionHash: string; // its SHA-256, to find the connection from the connect page
  /** When the session stops opening the connect page; null (a record made outside the lifecycle) counts as expired. */
  sessionExpiresAt?: string | null;
  /** When the session completed a connect flow (it opens nothing after that); null while unused. */
  sessionUsedAt?: string | null;
  error: string | null;
  /** The key holder's label for the connection (migration 003); absent or null when none was given. */
  name?: string | null;
}

export type ConnectionPatch = Partial<Pick<ConnectionRecord, 'status' | 'metadata' | 'credentials' | 'error' | 'method' | 'name'>> & { updatedAt: string };

/** Where a page of GET /connections starts: after this (created_at, id), in list order. */
export interface ListCursor {
  createdAt: string;
  id: string;
}

export class ConnectionsRepository {
  constructor(private readonly db: Db) {}

  async insert(c: ConnectionRecord): Promise<void> {
    await this.db.run(
      `INSERT INTO connections (${INSERT_COLUMNS}) VALUES (${INSERT_COLUMNS.split(',').map(() => '?').join(', ')})`,
      rowParams(c),
    );
  }

  /**
   * Inserts the connection unless the account already holds `max` connections (then false).
   * Count and insert are one statement (atomic on SQLite, whose writes are serialised); on
   * PostgreSQL it runs in a transaction holding an advisory lock per account, so concurrent
   * creates of one account wait for each other and the cap is never passed.
   */
  async insertCapped(c: ConnectionRecord, max: number): Promise<boolean> {
    const sql = `INSERT INTO connections (${INSERT_COLUMNS})
       SELECT ${INSERT_COLUMNS.split(',').map(() => '?').join(', ')} WHERE (SELECT COUNT(*) FROM connections WHERE account_id = ?) < ?`;
    const params: Param[] = [...rowParams(c), c.accountId, max];
    if (this.db.dialect === 'sqlite') return (await this.db.run(sql, params)) > 0;
    return this.db.transaction(async (tx) => {
      await tx.get('SELECT pg_advisory_xact_lock(727275, hashtext(?)) AS locked', [c.accountId]);
      return (await tx.run(sql, params)) > 0;
    });
  }

  async count(accountId: string): Promise<number> {
    const row = await this.db.get<{ n: number | string }>('SELECT COUNT(*) AS n FROM connections WHERE account_id = ?', [accountId]);
    return Number(row?.n ?? 0);
  }

  /** A new connect session for the connection: the old one stops opening anything. */
  async renewSession(id: string, s: { session: string; sessionHash: string; sessionExpiresAt: string; updatedAt: string }): Promise<boolean> {
    return (
      (await this.db.run('UPDATE connections SET session = ?, session_hash = ?, session_expires_at = ?, session_used_at = NULL, updated_at = ? WHERE id = ?', [
        s.session,
        s.sessionHash,
        s.sessionExpiresAt,
        s.updatedAt,
        id,
      ])) > 0
    );
  }

  async get(id: string): Promise<ConnectionRecord | undefined> {
    const r = await this.db.get('SELECT * FROM connections WHERE id = ?', [id]);
    return r && toConnection(r);
  }

  async findBySession(sessionHash: string): Promise<ConnectionRecord | undefined> {
    const r = await this.db.get('SELECT * FROM connections WHERE session_hash = ?', [sessionHash]);
    return r && toConnection(r);
  }

  /**
   * The account's connections, oldest first, narrowed by the filters given (empty ones ignored);
   * with `page`, at most `limit` of them after `after` (keyset paging on (created_at, id): stable
   * while connections are added or deleted).
   */
  async list(
    accountId: string,
    filter: { app?: string; status?: string; method?: string } = {},
    page?: { limit: number; after?: ListCursor },
  ): Promise<ConnectionRecord[]> {
    const where = ['account_id = ?'];
    const params: Param[] = [accountId];
    for (const [col, v] of [['app', filter.app], ['status', filter.status], ['method', filter.method]] as const) {
      if (v) {
        where.push(`${col} = ?`);
        params.push(v);
      }
    }
    if (page?.after) {
      where.push('(created_at > ? OR (created_at = ? AND id > ?))');
      params.push(page.after.createdAt, page.after.createdAt, page.after.id);
    }
    let sql = `SELECT * FROM connections WHERE ${where.join(' AND ')} ORDER BY created_at, id`;
    if (page) {
      sql += ' LIMIT ?';
      params.push(page.limit);
    }
    const rows = await this.db.all(sql, params);
    return rows.map(toConnection);
  }

  /**
   * Updates a connection; with `ifUpdatedAt`, only when nobody changed it since (optimistic lock);
   * with `consumeSession` (a session hash), only when that is the connection's session and it is
   * unused, marking it used in the same statement (a connect session completes one flow only).
   */
  async update(id: string, patch: ConnectionPatch, ifUpdatedAt?: string, consumeSession?: string): Promise<boolean> {
    const sets: string[] = ['updated_at = ?'];
    const params: Param[] = [patch.updatedAt];
    const put = (col: string, v: Param) => {
      sets.push(`${col} = ?`);
      params.push(v);
    };
    if (patch.status !== undefined) put('status', patch.status);
    if (patch.method !== undefined) put('method', patch.method);
    if (patch.metadata !== undefined) put('metadata', JSON.stringify(patch.metadata));
    if (patch.credentials !== undefined) put('credentials', patch.credentials);
    if (patch.error !== undefined) put('error', patch.error);
    if (patch.name !== undefined) put('name', patch.name);
    if (consumeSession !== undefined) put('session_used_at', patch.updatedAt);
    params.push(id);
    let sql = `UPDATE connections SET ${sets.join(', ')} WHERE id = ?`;
    if (ifUpdatedAt) {
      sql += ' AND updated_at = ?';
      params.push(ifUpdatedAt);
    }
    if (consumeSession !== undefined) {
      sql += ' AND session_hash = ? AND session_used_at IS NULL';
      params.push(consumeSession);
    }
    return (await this.db.run(sql, params)) > 0;
  }

  async delete(accountId: string, id: string): Promise<boolean> {
    return (await this.db.run('DELETE FROM connections WHERE id = ? AND account_id = ?', [id, accountId])) > 0;
  }
}

function toConnection(r: Row): ConnectionRecord {
  return {
    id: String(r.id),
    accountId: String(r.account_id),
    app: String(r.app),
    method: String(r.method),
    status: String(r.status) as ConnectionStatus,
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
    metadata: JSON.parse(String(r.metadata)) as Record<string, string>,
    credentials: r.credentials === null || r.credentials === undefined ? null : String(r.credentials),
    session: String(r.session),
    sessionHash: String(r.session_hash),
    sessionExpiresAt: r.session_expires_at === null || r.session_expires_at === undefined ? null : String(r.session_expires_at),
    sessionUsedAt: r.session_used_at === null || r.session_used_at === undefined ? null : String(r.session_used_at),
    error: r.error === null || r.error === undefined ? null : String(r.error),
    ...(r.name === null || r.name === undefined ? {} : { name: String(r.name) }),
  };
}

/** The columns a new connection row is written with, in the order of rowParams. */
const INSERT_COLUMNS =
  'id, account_id, app, method, status, created_at, updated_at, metadata, credentials, session, session_hash, error, session_expires_at, session_used_at, name';

function rowParams(c: ConnectionRecord): Param[] {
  return [
    c.id,
    c.accountId,
    c.app,
    c.method,
    c.status,
    c.createdAt,
    c.updatedAt,
    JSON.stringify(c.metadata),
    c.credentials,
    c.session,
    c.sessionHash,
    c.error,
    c.sessionExpiresAt ?? null,
    c.sessionUsedAt ?? null,
    c.name ?? null,
  ];
}
