/** The `api_keys` table: key secrets arrive hashed; a row with no hash is an id reserved by POST /api/apikeys. */
import type { Db, Param, Row } from './db.js';

export interface ApiKeyRecord {
  id: string;
  accountId: string;
  name: string | null;
  clientId: string; // public, non-secret identifier shown in listings
  hash: string | null; // sha256 of the secret; null until the key is created
  createdAt: string;
  updatedAt: string;
  /** The key's policy as JSON (accounts/policy.ts), or null: the key may do what its account may. */
  policy: string | null;
}

export class ApiKeysRepository {
  constructor(private readonly db: Db) {}

  async insert(k: ApiKeyRecord): Promise<void> {
    await this.db.run(
      'INSERT INTO api_keys (id, account_id, name, client_id, hash, created_at, updated_at, policy) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [k.id, k.accountId, k.name, k.clientId, k.hash, k.createdAt, k.updatedAt, k.policy],
    );
  }

  async get(accountId: string, id: string): Promise<ApiKeyRecord | undefined> {
    const r = await this.db.get('SELECT * FROM api_keys WHERE id = ? AND account_id = ?', [id, accountId]);
    return r && toApiKey(r);
  }

  /** The account's created keys (not reservations), oldest first, one page, and how many there are. */
  async list(accountId: string, offset: number, limit: number): Promise<{ items: ApiKeyRecord[]; total: number }> {
    const items = await this.db.all('SELECT * FROM api_keys WHERE account_id = ? AND hash IS NOT NULL ORDER BY created_at, id LIMIT ? OFFSET ?', [
      accountId,
      limit,
      offset,
    ]);
    const total = await this.count(accountId, true);
    return { items: items.map(toApiKey), total };
  }

  async count(accountId: string, onlyCreated = false): Promise<number> {
    const sql = `SELECT COUNT(*) AS n FROM api_keys WHERE account_id = ?${onlyCreated ? ' AND hash IS NOT NULL' : ''}`;
    return Number((await this.db.get<{ n: number | string }>(sql, [accountId]))?.n ?? 0);
  }

  /** Ids reserved by POST /api/apikeys but never made into keys, older than `before`. */
  async deleteStaleReservations(accountId: string, before: string): Promise<void> {
    await this.db.run('DELETE FROM api_keys WHERE account_id = ? AND hash IS NULL AND created_at < ?', [accountId, before]);
  }

  async update(accountId: string, id: string, patch: { name: string; hash?: string; clientId?: string; policy?: string | null; updatedAt: string }): Promise<boolean> {
    const sets = ['name = ?', 'updated_at = ?'];
    const params: Param[] = [patch.name, patch.updatedAt];
    if (patch.policy !== undefined) {
      sets.push('policy = ?');
      params.push(patch.policy);
    }
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

  /** Deletes the key and returns what it was. */
  async delete(accountId: string, id: string): Promise<ApiKeyRecord | undefined> {
    const k = await this.get(accountId, id);
    if (k) await this.db.run('DELETE FROM api_keys WHERE id = ? AND account_id = ?', [id, accountId]);
    return k;
  }

  async findById(id: string): Promise<ApiKeyRecord | undefined> {
    const r = await this.db.get('SELECT * FROM api_keys WHERE id = ?', [id]);
    return r && toApiKey(r);
  }

  async findByHash(hash: string): Promise<ApiKeyRecord | undefined> {
    const r = await this.db.get('SELECT * FROM api_keys WHERE hash = ?', [hash]);
    return r && toApiKey(r);
  }
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
    policy: r.policy === null || r.policy === undefined ? null : String(r.policy),
  };
}
