/**
 * packages/gateway/src/store/migrations.ts: migration files run once each and are recorded; a
 * database made by the store before migrations were files opens and is recorded as 001 without
 * re-running it; two instances migrating one PostgreSQL database at once do not collide.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgres, openSqlite, type Db } from '../../../../packages/gateway/src/store/db.js';
import { listApplied, loadMigrations, migrate, MIGRATIONS_DIR } from '../../../../packages/gateway/src/store/migrations.js';
import { Store } from '../../../../packages/gateway/src/store/store.js';
import { createPgDatabase } from '../../../support/services.js';
import { pgUp } from './engines.js';

/** What the store created before migrations were files (packages/gateway/src/store/store.ts, until issue 8). */
async function migrateLikeTheOldStore(db: Db): Promise<void> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  await db.transaction(async (tx) => {
    await tx.exec(`CREATE TABLE accounts (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL);
      CREATE TABLE api_keys (id TEXT PRIMARY KEY, account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, name TEXT,
        client_id TEXT NOT NULL, hash TEXT UNIQUE, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
      CREATE INDEX api_keys_account ON api_keys(account_id, created_at);
      CREATE TABLE connections (id TEXT PRIMARY KEY, account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, app TEXT NOT NULL,
        method TEXT NOT NULL, status TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, metadata TEXT NOT NULL, credentials TEXT,
        session TEXT NOT NULL, session_hash TEXT NOT NULL UNIQUE, error TEXT);
      CREATE INDEX connections_lookup ON connections(account_id, app, status, created_at);
      CREATE TABLE oauth_handoffs (state TEXT PRIMARY KEY, connection_id TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        payload TEXT NOT NULL, expires_at TEXT NOT NULL);`);
    await tx.run('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)', [1, '2026-01-01T00:00:00.000Z']);
  });
  await db.run('INSERT INTO accounts (id, name, created_at) VALUES (?, ?, ?)', ['legacy', 'made before', '2026-01-01T00:00:00.000Z']);
}

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'switchboard-migrations-'));
  temps.push(d);
  return d;
}

/** The shipped migrations plus `extra` files, in a folder of their own. */
function migrationsWith(dialect: Db['dialect'], extra: Record<string, string>): string {
  const dir = tempDir();
  mkdirSync(join(dir, dialect));
  for (const f of readdirSync(join(MIGRATIONS_DIR, dialect))) copyFileSync(join(MIGRATIONS_DIR, dialect, f), join(dir, dialect, f));
  for (const [name, sql] of Object.entries(extra)) writeFileSync(join(dir, dialect, name), sql);
  return dir;
}

/** The shipped migration names, and a file name for the version after them (plus `ahead`). */
const SHIPPED = loadMigrations('sqlite').map((m) => m.name);
function nextFile(what: string, ahead = 0): string {
  return `${String(SHIPPED.length + 1 + ahead).padStart(3, '0')}_${what}.sql`;
}

describe('migration files', () => {
  it('ship for both engines under the same names, numbered from 001 without gaps', () => {
    const sqlite = loadMigrations('sqlite').map((m) => m.name);
    expect(sqlite[0]).toBe('001_initial');
    expect(loadMigrations('postgres').map((m) => m.name)).toEqual(sqlite);
  });

  it('refuse a file not named NNN_what.sql and a gap in the numbers', () => {
    expect(() => loadMigrations('sqlite', migrationsWith('sqlite', { '2-bad.sql': 'SELECT 1;' }))).toThrow(/NNN_what\.sql/);
    expect(() => loadMigrations('sqlite', migrationsWith('sqlite', { [nextFile('skip', 1)]: 'SELECT 1;' }))).toThrow(new RegExp(`expected version ${SHIPPED.length + 1}`));
  });
});

type Opened = { db: Db; reopen(): Db; done(): Promise<void> };

const engines: [string, boolean, () => Promise<Opened>][] = [
  [
    'sqlite',
    true,
    async () => {
      const file = join(tempDir(), 'switchboard.db');
      return { db: openSqlite(file), reopen: () => openSqlite(file), done: async () => undefined };
    },
  ],
  [
    'postgres',
    pgUp,
    async () => {
      const database = await createPgDatabase('migrations');
      return { db: openPostgres(database.url), reopen: () => openPostgres(database.url), done: () => database.drop() };
    },
  ],
];

for (const [name, available, open] of engines) {
  describe.skipIf(!available)(`migrating (${name})`, () => {
    it('runs every file on a new database and records each; a second run does nothing', async () => {
      const o = await open();
      try {
        expect(await migrate(o.db)).toEqual(SHIPPED);
        const applied = await listApplied(o.db);
        expect(applied).toEqual(
          loadMigrations(o.db.dialect).map((m) => ({ version: m.version, name: m.name, checksum: m.checksum, appliedAt: expect.any(String) })),
        );
        expect(await migrate(o.db)).toEqual([]);
        expect(await listApplied(o.db)).toEqual(applied);
        await o.db.close();
        const again = o.reopen();
        expect(await migrate(again)).toEqual([]);
        await again.close();
      } finally {
        await o.done();
      }
    });

    it('opens a database the old store made: records it as 001 without re-running it, and keeps its rows', async () => {
      const o = await open();
      try {
        await migrateLikeTheOldStore(o.db);
        await o.db.close();
        const store = new Store(o.reopen());
        await store.migrate(); // would fail with "table accounts already exists" if 001 ran again
        // 001 recorded as it was, the later files run on top of it.
        expect(await listApplied(store.db)).toEqual([
          { version: 1, name: '001_initial', checksum: null, appliedAt: '2026-01-01T00:00:00.000Z' },
          ...loadMigrations(store.db.dialect)
            .slice(1)
            .map((m) => ({ version: m.version, name: m.name, checksum: m.checksum, appliedAt: expect.any(String) })),
        ]);
        expect(await store.listAccounts()).toEqual([{ id: 'legacy', name: 'made before', createdAt: '2026-01-01T00:00:00.000Z' }]);
        await store.createAccount({ id: 'new', name: 'after', createdAt: '2026-02-01T00:00:00.000Z' });
        await store.migrate();
        expect((await store.listAccounts()).map((a) => a.id)).toEqual(['legacy', 'new']);
        await store.close();
      } finally {
        await o.done();
      }
    });

    it('runs a new file after the ones applied, and rolls a failing one back whole', async () => {
      const o = await open();
      try {
        await migrate(o.db);
        const dialect = o.db.dialect;
        const labels = nextFile('labels');
        const good = loadMigrations(dialect, migrationsWith(dialect, { [labels]: 'ALTER TABLE accounts ADD COLUMN label TEXT;' }));
        expect(await migrate(o.db, good)).toEqual([labels.slice(0, -4)]);
        expect((await listApplied(o.db)).map((a) => a.name)).toEqual([...SHIPPED, labels.slice(0, -4)]);
        const bad = loadMigrations(
          dialect,
          migrationsWith(dialect, { [labels]: 'ALTER TABLE accounts ADD COLUMN label TEXT;', [nextFile('broken', 1)]: 'CREATE TABLE half (x TEXT); SELECT * FROM no_such_table;' }),
        );
        await expect(migrate(o.db, bad)).rejects.toThrow();
        expect((await listApplied(o.db)).map((a) => a.name)).toEqual([...SHIPPED, labels.slice(0, -4)]);
        await expect(o.db.get('SELECT * FROM half')).rejects.toThrow(); // the half-made table went with the rollback
        await o.db.close();
      } finally {
        await o.done();
      }
    });

    it('002 gives the connect links made before it an expiry (15 minutes from creation) and uses up those of ACTIVE connections', async () => {
      const o = await open();
      try {
        await migrate(o.db, loadMigrations(o.db.dialect).slice(0, 1));
        await o.db.run('INSERT INTO accounts (id, name, created_at) VALUES (?, ?, ?)', ['a', 'a', '2026-01-01T00:00:00.000Z']);
        for (const [id, status] of [['p', 'PENDING'], ['x', 'ACTIVE']] as const) {
          await o.db.run(
            `INSERT INTO connections (id, account_id, app, method, status, created_at, updated_at, metadata, credentials, session, session_hash, error)
             VALUES (?, 'a', 'slack', 'API_KEY', ?, '2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z', '{}', NULL, 's', ?, NULL)`,
            [id, status, `h-${id}`],
          );
        }
        expect(await migrate(o.db)).toEqual(SHIPPED.slice(1));
        const rows = await o.db.all<{ id: string; session_expires_at: string; session_used_at: string | null }>(
          'SELECT id, session_expires_at, session_used_at FROM connections ORDER BY id',
        );
        expect(rows).toEqual([
          { id: 'p', session_expires_at: '2026-01-01T00:15:00.000Z', session_used_at: null },
          { id: 'x', session_expires_at: '2026-01-01T00:15:00.000Z', session_used_at: '2026-01-02T00:00:00.000Z' },
        ]);
        await o.db.close();
      } finally {
        await o.done();
      }
    });

    // PostgreSQL only (no SQLite case): SQLite instances are separate processes (busy_timeout waits
    // for the writer); within one process better-sqlite3 blocks the thread that would have to finish
    // the first. test/gateway/hardening/pg-startup-race.test.ts starts whole gateways at once.
    if (name === 'postgres') it('lets several instances migrate one database at once', async () => {
      const o = await open();
      const others = [o.reopen(), o.reopen()];
      try {
        const ran = await Promise.all([o.db, ...others].map((db) => migrate(db)));
        expect(ran.flat()).toEqual(SHIPPED);
        expect((await listApplied(o.db)).map((a) => a.name)).toEqual(SHIPPED);
      } finally {
        for (const db of [o.db, ...others]) await db.close();
        await o.done();
      }
    });
  });
}
