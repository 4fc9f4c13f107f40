/** packages/gateway/src/store/request-log-repository.ts and the batching writer on SQLite and PostgreSQL. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Catalog } from '../../../../packages/gateway/src/catalog/catalog.js';
import { createLogger } from '../../../../packages/gateway/src/log.js';
import { RequestLogWriter, type LogRecord } from '../../../../packages/gateway/src/observe/request-log.js';
import { openSqlite, type Param } from '../../../../packages/gateway/src/store/db.js';
import { Store, type RequestLogEntry } from '../../../../packages/gateway/src/store/store.js';
import { ROOT } from '../../../support/gateway.js';
import { describeEachEngine } from './engines.js';

function entry(i: number, over: Partial<RequestLogEntry> = {}): RequestLogEntry {
  return {
    at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    requestId: `req-${i}`,
    accountId: 'acc',
    keyId: 'key-1',
    connectionId: null,
    app: i % 2 ? 'slack' : 'hubspot',
    operation: null,
    surface: 'rest',
    method: 'GET',
    status: i % 3 ? 200 : 429,
    ms: 1.5,
    upstreamMs: i % 3 ? 1 : null,
    bytesIn: 0,
    bytesOut: null,
    errorCode: i % 3 ? null : 'GW_ERR_RATE_LIMITED',
    ...over,
  };
}

const silent = createLogger('silent');
const catalog = Catalog.beside(`${ROOT}/generated/routes.json`);

describeEachEngine('request log', (engine) => {
  it('writes a batch in one go and reads it newest first, filtered and paged', async () => {
    const log = engine.store().requestLog;
    await log.insertMany(Array.from({ length: 1500 }, (_, i) => entry(i))); // more rows than one PostgreSQL statement takes
    const page = await log.list('acc', {}, 10);
    expect(page.map((e) => e.requestId)).toEqual(Array.from({ length: 10 }, (_, i) => `req-${1499 - i}`));
    const next = await log.list('acc', { beforeId: page[9]!.id }, 5);
    expect(next[0]!.requestId).toBe('req-1489');
    const limited = await log.list('acc', { status: [429, 430], app: 'slack' }, 2000);
    expect(limited.length).toBe(250);
    expect(limited.every((e) => e.errorCode === 'GW_ERR_RATE_LIMITED' && e.app === 'slack' && e.upstreamMs === null)).toBe(true);
    const window = await log.list('acc', { since: entry(10).at, until: entry(20).at }, 100);
    expect(window.map((e) => e.requestId).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `req-${10 + i}`).sort());
    const after = await log.list('acc', { afterId: page[1]!.id }, 100);
    expect(after.map((e) => e.requestId)).toEqual(['req-1499']);
    expect(await log.list('other', {}, 10)).toEqual([]);
  });

  it('purges entries older than the retention', async () => {
    const log = engine.store().requestLog;
    await log.insertMany([entry(1, { at: '2020-01-01T00:00:00.000Z' }), entry(2)]);
    expect(await log.purge('2025-01-01T00:00:00.000Z')).toBe(1);
    expect((await log.list('acc', {}, 10)).map((e) => e.requestId)).toEqual(['req-2']);
  });

  it('the writer batches, names the operation from the catalog, and keeps entries when a write fails', async () => {
    const repo = engine.store().requestLog;
    let failing = true;
    const flaky = { insertRows: (v: Param[]) => (failing ? Promise.reject(new Error('store down')) : repo.insertRows(v)), purge: repo.purge.bind(repo) };
    let dropped = 0;
    const writer = new RequestLogWriter(flaky as never, catalog, silent, { flushMs: 60_000, batch: 1000, maxBuffered: 3, retentionDays: 7, onDrop: (n) => (dropped += n) });
    const rec = (i: number, over: Partial<LogRecord> = {}): LogRecord => ({ ...entry(i), at: Date.UTC(2026, 0, 1, 0, 0, i), app: 'slack', rest: '/api/chat.postMessage', method: 'POST', ...over });
    for (let i = 0; i < 5; i++) writer.record(rec(i));
    await writer.flush(); // fails: the newest three are kept, two dropped and counted
    expect(dropped).toBe(2);
    failing = false;
    // The buffer is full (three kept): one more entry makes the oldest kept one go.
    writer.record(rec(9, { app: 'hubspot', rest: '/crm/v3/objects/contacts/42', method: 'GET' }));
    expect(dropped).toBe(3);
    await writer.close();
    const rows = await repo.list('acc', {}, 10);
    expect(rows.map((e) => e.requestId)).toEqual(['req-9', 'req-4', 'req-3']);
    expect(rows[0]!.operation).toBe('getContact');
    expect(rows[1]!.operation).toBe('chatPostMessage');
  });
});

describe('request log writer against a store that stalls', () => {
  it('keeps at most maxBuffered entries while a write hangs, drops the oldest and counts them', async () => {
    const written: Param[][] = [];
    let release!: () => void;
    const stalled = new Promise<void>((r) => (release = r));
    let calls = 0;
    // The first write hangs (a store that stopped answering); later ones succeed.
    const store = {
      insertRows: async (v: Param[]) => {
        if (calls++ === 0) await stalled;
        written.push(v);
      },
      purge: async () => 0,
    };
    let dropped = 0;
    const writer = new RequestLogWriter(store as never, catalog, silent, { flushMs: 60_000, batch: 10, maxBuffered: 100, retentionDays: 7, onDrop: (n) => (dropped += n) });
    const rec = (i: number): LogRecord => ({ ...entry(i), at: Date.UTC(2026, 0, 1, 0, 0, 0) + i, operation: 'x', rest: '', app: 'slack' });
    for (let i = 0; i < 10_000; i++) writer.record(rec(i)); // the first 10 go to the stalled write
    expect(dropped).toBeGreaterThanOrEqual(10_000 - 10 - 100);
    release();
    await writer.close();
    const ids = written.slice(1).flatMap((rows) => rows.filter((_, i) => i % 15 === 1));
    expect(ids.length).toBeLessThanOrEqual(100);
    expect(ids.length + dropped).toBe(10_000 - 10);
    expect(ids.at(-1)).toBe('req-9999'); // the newest are kept
  });
});

describe('request log on a SQLite file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sb-rlog-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes and purges through its own connection in a worker thread, never the gateway connection', async () => {
    const db = openSqlite(join(dir, 'switchboard.db'));
    const store = new Store(db);
    await store.migrate();
    const onMain = vi.spyOn(db, 'runMany');
    const mainRun = vi.spyOn(db, 'run');
    await store.requestLog.insertMany(Array.from({ length: 1200 }, (_, i) => entry(i)));
    await store.requestLog.insertMany([entry(5000, { at: '2020-01-01T00:00:00.000Z', requestId: 'old' })]);
    expect(onMain).not.toHaveBeenCalled();
    // The gateway's connection sees what the thread committed.
    expect((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM request_log'))!.n).toBe(1201);
    expect(await store.requestLog.purge('2025-01-01T00:00:00.000Z')).toBe(1);
    expect(mainRun).not.toHaveBeenCalled();
    expect((await store.requestLog.list('acc', {}, 1))[0]!.requestId).toBe('req-1199');
    // Rows go in statements of many rows, the rest one by one: every value in its column, in order.
    const stored = await store.requestLog.list('acc', { afterId: 0 }, 2000);
    expect(stored.map(({ id: _, ...e }) => e)).toEqual(Array.from({ length: 1200 }, (_, i) => entry(i)));
    expect(stored.every((e, i) => i === 0 || e.id > stored[i - 1]!.id)).toBe(true);
    await store.close();
    // Closed: a new store on the same file finds every row, and nothing keeps the thread alive.
    const again = new Store(openSqlite(join(dir, 'switchboard.db')));
    expect((await again.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM request_log'))!.n).toBe(1200);
    await again.close();
  });

  it('a failed write rejects with the engine\'s message, and the next write works again', async () => {
    const db = openSqlite(join(dir, 'switchboard.db'));
    const store = new Store(db);
    await store.migrate();
    await db.exec('ALTER TABLE request_log RENAME TO request_log_away');
    await expect(store.requestLog.insertMany([entry(1)])).rejects.toThrow(/no such table: request_log/);
    await db.exec('ALTER TABLE request_log_away RENAME TO request_log');
    await store.requestLog.insertMany([entry(2)]);
    expect((await store.requestLog.list('acc', {}, 10)).map((e) => e.requestId)).toEqual(['req-2']);
    await store.close();
  });
});
