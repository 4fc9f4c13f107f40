/**
 * Accounts, API keys, connections and OAuth hand-offs, persisted in SQL. Secrets never reach
 * this module in clear: key secrets arrive hashed, credentials and session tokens sealed.
 */
import type { Db, Param, Row } from './db.js';

export type ConnectionStatus = 'ACTIVE' | 'PENDING' | 'FAILED';

export interface Account {
  id: string;
  name: string;
  createdAt: string;
}

export interface ApiKeyRecord {
  id: string;
  accountId: string;
  name: string | null;
  clientId: string; // public, non-secret identifier shown in listings
  hash: string | null; // sha256 of the secret; null until the key is created
  createdAt: string;
  updatedAt: string;
}

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
  error: string | null;
}

export interface OAuthHandoff {
  state: string;
  connectionId: string;
  payload: string; // sealed JSON (PKCE verifier, OAuth 1 request-token secret, redirect URI)
  expiresAt: string;
}

const MIGRATIONS: string[] = [
  `CREATE TABLE accounts (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE TABLE api_keys (
     id TEXT PRIMARY KEY,
     account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
     name TEXT,
     client_id TEXT NOT NULL,
     hash TEXT UNIQUE,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE INDEX api_keys_account ON api_keys(account_id, created_at);
   CREATE TABLE connections (
     id TEXT PRIMARY KEY,
     account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
     app TEXT NOT NULL,
     method TEXT NOT NULL,
     status TEXT NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     metadata TEXT NOT NULL,
     credentials TEXT,
     session TEXT NOT NULL,
     session_hash TEXT NOT NULL UNIQUE,
     error TEXT
   );
   CREATE INDEX connections_lookup ON connections(account_id, app, status, created_at);
   CREATE TABLE oauth_handoffs (
     state TEXT PRIMARY KEY,
     connection_id TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
     payload TEXT NOT NULL,
     expires_at TEXT NOT NULL
   );`,
];

export class Store {
  constructor(readonly db: Db) {}

  /** Applies the migrations not applied yet, each in its own transaction. */
  async migrate(): Promise<void> {
    await this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    await this.db.transaction(async (tx) => {
      // Two instances starting at once: the second waits here, then finds nothing left to do.
      if (tx.dialect === 'postgres') await tx.exec('SELECT pg_advisory_xact_lock(727274)');
      const row = await tx.get<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations');
      for (let v = (row?.v ?? 0) + 1; v <= MIGRATIONS.length; v++) {
        await tx.exec(MIGRATIONS[v - 1]!);
        await tx.run('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)', [v, now()]);
      }
    });
  }

  close(): Promise<void> {
    return this.db.close();
  }

  // Accounts

  async createAccount(a: Account): Promise<Account> {
    await this.db.run('INSERT INTO accounts (id, name, created_at) VALUES (?, ?, ?)', [a.id, a.name, a.createdAt]);
    return a;
  }

  async getAccount(id: string): Promise<Account | undefined> {
    const r = await this.db.get('SELECT * FROM accounts WHERE id = ?', [id]);
    return r && toAccount(r);
  }

  async listAccounts(): Promise<Account[]> {
    return (await this.db.all('SELECT * FROM accounts ORDER BY created_at, id')).map(toAccount);
  }

  // API keys

  async insertApiKey(k: ApiKeyRecord): Promise<void> {
    await this.db.run(
      'INSERT INTO api_keys (id, account_id, name, client_id, hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [k.id, k.accountId, k.name, k.clientId, k.hash, k.createdAt, k.updatedAt],
    );
  }

  async getApiKey(accountId: string, id: string): Promise<ApiKeyRecord | undefined> {
    const r = await this.db.get('SELECT * FROM api_keys WHERE id = ? AND account_id = ?', [id, accountId]);
    return r && toApiKey(r);
  }

  async listApiKeys(accountId: string, offset: number, limit: number): Promise<{ items: ApiKeyRecord[]; total: number }> {
    const items = await this.db.all('SELECT * FROM api_keys WHERE account_id = ? AND hash IS NOT NULL ORDER BY created_at, id LIMIT ? OFFSET ?', [
      accountId,
      limit,
      offset,
    ]);
    const total = await this.countApiKeys(accountId, true);
    return { items: items.map(toApiKey), total };
  }

  async countApiKeys(accountId: string, onlyCreated = false): Promise<number> {
    const sql = `SELECT COUNT(*) AS n FROM api_keys WHERE account_id = ?${onlyCreated ? ' AND hash IS NOT NULL' : ''}`;
    return Number((await this.db.get<{ n: number | string }>(sql, [accountId]))?.n ?? 0);
  }

  /** Ids reserved by POST /api/apikeys but never made into keys, older than `before`. */
  async deleteStaleReservations(accountId: string, before: string): Promise<void> {
    await this.db.run('DELETE FROM api_keys WHERE account_id = ? AND hash IS NULL AND created_at < ?', [accountId, before]);
  }

  async updateApiKey(accountId: string, id: string, patch: { name: string; hash?: string; clientId?: string; updatedAt: string }): Promise<boolean> {
    const sets = ['name = ?', 'updated_at = ?'];
    const params: Param[] = [patch.name, patch.updatedAt];
    if (patch.hash !== undefined) {
      sets.push('hash = ?');
      params.push(patch.hash);
    }
    if (patch.clientId !== undefined) {
      sets.push('client_id = ?');
      params.push(patch.clientId);
    }
    params.push(id, accountId);
    return (await this.db.run(`UPDATE api_keys SET ${sets.join(', ')} WHERE id = ? AND account_id = ?`, params)) > 0;
  }

  async deleteApiKey(accountId: string, id: string): Promise<ApiKeyRecord | undefined> {
    const k = await this.getApiKey(accountId, id);
    if (k) await this.db.run('DELETE FROM api_keys WHERE id = ? AND account_id = ?', [id, accountId]);
    return k;
  }

  async findApiKeyById(id: string): Promise<ApiKeyRecord | undefined> {
    const r = await this.db.get('SELECT * FROM api_keys WHERE id = ?', [id]);
    return r && toApiKey(r);
  }

  async findApiKeyByHash(hash: string): Promise<ApiKeyRecord | undefined> {
    const r = await this.db.get('SELECT * FROM api_keys WHERE hash = ?', [hash]);
    return r && toApiKey(r);
  }

  // Connections

  async insertConnection(c: ConnectionRecord): Promise<void> {
    await this.db.run(
      `INSERT INTO connections (id, account_id, app, method, status, created_at, updated_at, metadata, credentials, session, session_hash, error)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [c.id, c.accountId, c.app, c.method, c.status, c.createdAt, c.updatedAt, JSON.stringify(c.metadata), c.credentials, c.session, c.sessionHash, c.error],
    );
  }

  async getConnection(id: string): Promise<ConnectionRecord | undefined> {
    const r = await this.db.get('SELECT * FROM connections WHERE id = ?', [id]);
    return r && toConnection(r);
  }

  async findConnectionBySession(sessionHash: string): Promise<ConnectionRecord | undefined> {
    const r = await this.db.get('SELECT * FROM connections WHERE session_hash = ?', [sessionHash]);
    return r && toConnection(r);
  }

  async listConnections(accountId: string, filter: { app?: string; status?: string; method?: string } = {}): Promise<ConnectionRecord[]> {
    const where = ['account_id = ?'];
    const params: Param[] = [accountId];
    for (const [col, v] of [['app', filter.app], ['status', filter.status], ['method', filter.method]] as const) {
      if (v) {
        where.push(`${col} = ?`);
        params.push(v);
      }
    }
    const rows = await this.db.all(`SELECT * FROM connections WHERE ${where.join(' AND ')} ORDER BY created_at, id`, params);
    return rows.map(toConnection);
  }

  /** Updates a connection; with `ifUpdatedAt`, only when nobody changed it since (optimistic lock). */
  async updateConnection(
    id: string,
    patch: Partial<Pick<ConnectionRecord, 'status' | 'metadata' | 'credentials' | 'error' | 'method'>> & { updatedAt: string },
    ifUpdatedAt?: string,
  ): Promise<boolean> {
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
    params.push(id);
    let sql = `UPDATE connections SET ${sets.join(', ')} WHERE id = ?`;
    if (ifUpdatedAt) {
      sql += ' AND updated_at = ?';
      params.push(ifUpdatedAt);
    }
    return (await this.db.run(sql, params)) > 0;
  }

  async deleteConnection(accountId: string, id: string): Promise<boolean> {
    return (await this.db.run('DELETE FROM connections WHERE id = ? AND account_id = ?', [id, accountId])) > 0;
  }

  // OAuth hand-offs: the state parameter of a flow in progress, used once.

  async putHandoff(h: OAuthHandoff): Promise<void> {
    await this.db.run('INSERT INTO oauth_handoffs (state, connection_id, payload, expires_at) VALUES (?, ?, ?, ?)', [
      h.state,
      h.connectionId,
      h.payload,
      h.expiresAt,
    ]);
  }

  async takeHandoff(state: string): Promise<OAuthHandoff | undefined> {
    const r = await this.db.get('SELECT * FROM oauth_handoffs WHERE state = ?', [state]);
    if (!r) return undefined;
    const removed = await this.db.run('DELETE FROM oauth_handoffs WHERE state = ?', [state]);
    if (removed === 0) return undefined; // another instance took it first
    await this.db.run('DELETE FROM oauth_handoffs WHERE expires_at < ?', [now()]);
    return { state: String(r.state), connectionId: String(r.connection_id), payload: String(r.payload), expiresAt: String(r.expires_at) };
  }
}

export function now(): string {
  return new Date().toISOString();
}

function toAccount(r: Row): Account {
  return { id: String(r.id), name: String(r.name), createdAt: String(r.created_at) };
}

function toApiKey(r: Row): ApiKeyRecord {
  return {
    id: String(r.id),
    accountId: String(r.account_id),
    name: r.name === null ? null : String(r.name),
    clientId: String(r.client_id),
    hash: r.hash === null ? null : String(r.hash),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
  };
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
    error: r.error === null || r.error === undefined ? null : String(r.error),
  };
}
