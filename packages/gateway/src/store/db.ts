/**
 * The two SQL engines the store runs on, behind one small async interface: SQLite (embedded,
 * the default, in the data dir) and PostgreSQL (DATABASE_URL). Statements are written once with
 * `?` placeholders; the Postgres driver numbers them.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';

export type Row = Record<string, unknown>;
export type Param = string | number | null;

export interface Db {
  readonly dialect: 'sqlite' | 'postgres';
  /** SQLite: the database file (or ":memory:"). */
  readonly file?: string;
  run(sql: string, params?: Param[]): Promise<number>; // rows changed
  get<T = Row>(sql: string, params?: Param[]): Promise<T | undefined>;
  all<T = Row>(sql: string, params?: Param[]): Promise<T[]>;
  exec(sql: string): Promise<void>;
  /** Runs one statement once per row of parameters, all in one transaction (SQLite: synchronously, in one go). */
  runMany(sql: string, rows: Param[][]): Promise<void>;
  /** Runs `fn` in one transaction on one connection; rolls back when it throws. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function openSqlite(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // FULL: a committed write survives a crash, a kill and a power cut; writes are rare here.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const cache = new Map<string, Database.Statement>();
  const stmt = (sql: string) => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = db.prepare(sql)));
    return s;
  };
  const self: Db = {
    dialect: 'sqlite',
    file,
    run: async (sql, params = []) => stmt(sql).run(...params).changes,
    get: async <T>(sql: string, params: Param[] = []) => stmt(sql).get(...params) as T | undefined,
    all: async <T>(sql: string, params: Param[] = []) => stmt(sql).all(...params) as T[],
    exec: async (sql) => void db.exec(sql),
    runMany: async (sql, rows) => {
      const s = stmt(sql);
      db.transaction(() => {
        for (const row of rows) s.run(...row);
      })();
    },
    transaction: async (fn) => {
      // better-sqlite3 answers synchronously, so while `fn` awaits only this db no other
      // request's statement can slip into the transaction. BEGIN IMMEDIATE takes the write lock.
      db.exec('BEGIN IMMEDIATE');
      try {
        const out = await fn(self);
        db.exec('COMMIT');
        return out;
      } catch (err) {
        db.exec('ROLLBACK');
        throw err;
      }
    },
    close: async () => void db.close(),
  };
  return self;
}

export function openPostgres(url: string): Db {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server ends (a restart, a failover, an administrator) is reported here;
  // without a listener that event would crash the process. The pool opens a new one when needed,
  // and queries in flight fail on their own.
  pool.on('error', () => undefined);
  const number = (sql: string) => {
    let i = 0;
    return sql.replace(/\?/g, () => `$${++i}`);
  };
  const over = (q: pg.Pool | pg.PoolClient, transaction: Db['transaction']): Db => ({
    dialect: 'postgres',
    run: async (sql, params = []) => (await q.query(number(sql), params)).rowCount ?? 0,
    get: async <T>(sql: string, params: Param[] = []) => (await q.query(number(sql), params)).rows[0] as T | undefined,
    all: async <T>(sql: string, params: Param[] = []) => (await q.query(number(sql), params)).rows as T[],
    exec: async (sql) => void (await q.query(sql)),
    runMany: (sql, rows) =>
      transaction(async (tx) => {
        for (const row of rows) await tx.run(sql, row);
      }),
    transaction,
    close: async () => pool.end(),
  });
  const transaction: Db['transaction'] = async (fn) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const out = await fn(over(client, () => Promise.reject(new Error('nested transaction'))));
      await client.query('COMMIT');
      return out;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  };
  return over(pool, transaction);
}
