/**
 * Schema migrations as SQL files, one folder per engine: migrations/{sqlite,postgres}/NNN_name.sql
 * at the top of the gateway package (outside src/, so tsc need not copy them; read at run time
 * relative to this module, which finds them from src/ and dist/ alike). Each file runs once, in
 * its own transaction, and is recorded in the `migrations` table.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.js';
import { now } from './now.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

export interface Migration {
  version: number;
  name: string; // file name without .sql, e.g. 001_initial
  sql: string;
  checksum: string; // sha256 of the file, recorded so a changed file can be noticed
}

export interface AppliedMigration {
  version: number;
  name: string;
  checksum: string | null; // null for a schema recorded from a database made before migration files
  appliedAt: string;
}

/** The migration files for an engine, in version order. */
export function loadMigrations(dialect: Db['dialect'], dir = MIGRATIONS_DIR): Migration[] {
  const files = readdirSync(`${dir}/${dialect}`).filter((f) => f.endsWith('.sql')).sort();
  const out: Migration[] = [];
  for (const file of files) {
    const m = /^(\d+)_([a-z0-9_]+)\.sql$/.exec(file);
    if (!m) throw new Error(`migration file ${dialect}/${file}: name it NNN_what.sql`);
    const version = Number(m[1]);
    if (version !== out.length + 1) throw new Error(`migration file ${dialect}/${file}: expected version ${out.length + 1}`);
    const sql = readFileSync(`${dir}/${dialect}/${file}`, 'utf8');
    out.push({ version, name: file.slice(0, -4), sql, checksum: createHash('sha256').update(sql).digest('hex') });
  }
  return out;
}

/**
 * Applies the migrations not applied yet. A database made before migrations were files (its
 * schema recorded only as version 1 in `schema_migrations`) is recorded as 001 without re-running it.
 * Returns the names of the migrations it ran.
 */
export async function migrate(db: Db, migrations = loadMigrations(db.dialect)): Promise<string[]> {
  const ran: string[] = [];
  await db.transaction(async (tx) => {
    // Two instances starting at once: the second waits here, then finds nothing left to do.
    if (tx.dialect === 'postgres') await tx.exec('SELECT pg_advisory_xact_lock(727274)');
    await tx.exec('CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT, applied_at TEXT NOT NULL)');
    let applied = await listApplied(tx);
    if (applied.length === 0 && (await tableExists(tx, 'accounts'))) {
      const legacy = (await tableExists(tx, 'schema_migrations'))
        ? await tx.get<{ at: string | null }>('SELECT MIN(applied_at) AS at FROM schema_migrations WHERE version = 1')
        : undefined;
      await tx.run('INSERT INTO migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)', [1, migrations[0]?.name ?? '001_initial', null, legacy?.at ?? now()]);
      applied = await listApplied(tx);
    }
    const done = new Set(applied.map((a) => a.version));
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.run('INSERT INTO migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)', [m.version, m.name, m.checksum, now()]);
      ran.push(m.name);
    }
  });
  return ran;
}

export async function listApplied(db: Db): Promise<AppliedMigration[]> {
  if (!(await tableExists(db, 'migrations'))) return [];
  const rows = await db.all<{ version: number | string; name: string; checksum: string | null; applied_at: string }>('SELECT * FROM migrations ORDER BY version');
  return rows.map((r) => ({ version: Number(r.version), name: String(r.name), checksum: r.checksum ?? null, appliedAt: String(r.applied_at) }));
}

async function tableExists(db: Db, name: string): Promise<boolean> {
  const sql =
    db.dialect === 'sqlite'
      ? "SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = ?"
      : 'SELECT 1 AS x FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?';
  return (await db.get(sql, [name])) !== undefined;
}
