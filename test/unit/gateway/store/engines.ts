/**
 * The engines every store test runs on: SQLite (a fresh in-memory database per test) and
 * PostgreSQL when 127.0.0.1:5432 answers (one database made for this run and dropped after,
 * emptied between tests). Each gets a migrated Store.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe } from 'vitest';
import { openPostgres, openSqlite, type Db } from '../../../../packages/gateway/src/store/db.js';
import { Store } from '../../../../packages/gateway/src/store/store.js';
import { createPgDatabase, reachable } from '../../../support/services.js';


export const pgUp = await reachable(5432);
if (!pgUp) console.warn('store tests on PostgreSQL skipped: 127.0.0.1:5432 not reachable');

export interface Engine {
  name: 'sqlite' | 'postgres';
  /** A migrated store, empty at the start of each test. */
  store(): Store;
}

/** Declares `body` once per engine, as `label (sqlite)` and `label (postgres)`. */
export function describeEachEngine(label: string, body: (engine: Engine) => void): void {
  describe(`${label} (sqlite)`, () => {
    let store: Store;
    beforeEach(async () => {
      store = new Store(openSqlite(':memory:'));
      await store.migrate();
    });
    afterEach(async () => store.close());
    body({ name: 'sqlite', store: () => store });
  });

  describe.skipIf(!pgUp)(`${label} (postgres)`, () => {
    let database: { url: string; drop(): Promise<void> };
    let db: Db;
    let store: Store;
    beforeAll(async () => {
      database = await createPgDatabase(label.replace(/[^a-z]/gi, '').toLowerCase());
      db = openPostgres(database.url);
      store = new Store(db);
      await store.migrate();
    });
    beforeEach(async () => {
      await db.exec('TRUNCATE oauth_handoffs, connections, api_keys, accounts, request_log CASCADE');
    });
    afterAll(async () => {
      await store?.close();
      await database?.drop();
    });
    body({ name: 'postgres', store: () => store });
  });
}

