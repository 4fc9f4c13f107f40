/**
 * Issue 9 item 8: instances starting together on a fresh PostgreSQL database. Four gateways are
 * created at once (createSwitchboard in parallel, each with its own pool) on a new database,
 * three times over; every one comes up, and each migration is recorded exactly once. Skips,
 * saying why, where PostgreSQL is not running.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createSwitchboard, type Switchboard } from '../../../packages/gateway/src/app.js';
import { loadConfig } from '../../../packages/gateway/src/config.js';
import { loadMigrations } from '../../../packages/gateway/src/store/migrations.js';
import { ROOT } from '../../support/gateway.js';
import { PG_ADMIN, reachable } from '../../support/services.js';

const pgUp = await reachable(5432);
if (!pgUp) console.warn('pg-startup-race skipped: PostgreSQL (127.0.0.1:5432) not reachable');

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: PG_ADMIN });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

describe.skipIf(!pgUp)('PostgreSQL start-up race', () => {
  it('four instances starting at once on a fresh database all come up, with each migration recorded once', async () => {
    const expected = loadMigrations('postgres').map((m) => m.name);
    for (let round = 0; round < 3; round++) {
      const dbName = `switchboard_race_${process.pid}_${Date.now()}_${round}`;
      await admin((c) => c.query(`CREATE DATABASE ${dbName}`));
      const u = new URL(PG_ADMIN);
      u.pathname = `/${dbName}`;
      const dirs = [0, 1, 2, 3].map(() => mkdtempSync(join(tmpdir(), 'switchboard-race-')));
      const started = await Promise.allSettled(
        dirs.map((dir) =>
          createSwitchboard(
            loadConfig({ DATABASE_URL: u.toString(), SWITCHBOARD_SECRET_KEY: 'c'.repeat(64), PORT: '0', HOST: '127.0.0.1', SWITCHBOARD_DATA_DIR: dir }, {}, { cwd: ROOT }),
            { log: pino({ level: 'silent' }) },
          ),
        ),
      );
      const up = started.filter((s): s is PromiseFulfilledResult<Switchboard> => s.status === 'fulfilled').map((s) => s.value);
      try {
        const failures = started.filter((s): s is PromiseRejectedResult => s.status === 'rejected').map((s) => String((s.reason as Error).message));
        expect(failures, `round ${round}`).toEqual([]);
        expect(up).toHaveLength(4);
        const rows = await up[0]!.store.db.all<{ version: number; name: string }>('SELECT version, name FROM migrations ORDER BY version');
        expect(rows.map((r) => r.name)).toEqual(expected);
        // Every instance sees the same schema and can use it.
        for (const sb of up) expect(await sb.store.listAccounts()).toEqual([]);
      } finally {
        await Promise.all(up.map((sb) => sb.close()));
        for (const d of dirs) rmSync(d, { recursive: true, force: true });
        await admin((c) => c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));
      }
    }
  }, 60_000);
});
