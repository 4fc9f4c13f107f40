/** The `accounts` table. */
import type { Db, Row } from './db.js';

export interface Account {
  id: string;
  name: string;
  createdAt: string;
}

export class AccountsRepository {
  constructor(private readonly db: Db) {}

  async create(a: Account): Promise<Account> {
    await this.db.run('INSERT INTO accounts (id, name, created_at) VALUES (?, ?, ?)', [a.id, a.name, a.createdAt]);
    return a;
  }

  async get(id: string): Promise<Account | undefined> {
    const r = await this.db.get('SELECT * FROM accounts WHERE id = ?', [id]);
    return r && toAccount(r);
  }

  async list(): Promise<Account[]> {
    return (await this.db.all('SELECT * FROM accounts ORDER BY created_at, id')).map(toAccount);
  }
}

function toAccount(r: Row): Account {
  return { id: String(r.id), name: String(r.name), createdAt: String(r.created_at) };
}
