/**
 * A second SQLite connection, in a worker thread, for the request log's bulk writes and purges.
 *
 * On the gateway's own connection (synchronous = FULL, so a stored connection or key survives a
 * power cut) every batch of log rows cost an fsync, and each WAL checkpoint several more: the
 * event loop stood still for 2–25 ms every few hundred requests (measured: a 500-row batch took
 * up to 24 ms), which set the gateway's p99 and idled its core. Here those waits block only this
 * thread. Its connection commits with synchronous = NORMAL: in WAL mode a commit is still atomic
 * and survives a crash or kill of the process; only a power cut may take the last batches, which
 * were in memory a second before anyway. The gateway's connection keeps FULL for everything else.
 *
 * The thread runs at nice 5, below the event loop: where both want the same core, the answers
 * come first (bench:latency measured the p99 about 1 ms lower at 2,000–5,000 requests a second).
 *
 * The thread's code is a short script run with `eval` (no second compiled file to find from
 * sources or dist); it loads better-sqlite3 from where this package resolves it.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Param } from './db.js';

const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
// Below the event loop's priority (Linux sets it per thread): on a busy core, answering requests comes first.
try { require('node:os').setPriority(5); } catch {}
const db = new Database(workerData.file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 5000');
// Appends touch only the rightmost pages of the table and its indexes: a 2 MB page cache (SQLite's
// own default) holds them. better-sqlite3 builds with 16 MB, which this connection filled with
// pages it never reads again (measured: 15 MiB more resident memory under load, same CPU).
db.pragma('cache_size = -2000');
const statements = new Map();
const prepared = (sql) => {
  let s = statements.get(sql);
  if (!s) statements.set(sql, (s = db.prepare(sql)));
  return s;
};
// Rows go in statements of \`bulkRows\` rows each (one bind and step per statement, not per row), the rest one by one.
// Values are passed as arguments, not as one array: better-sqlite3 reads an array element by element
// through V8's property lookup, which cost more than SQLite's own insert (callgrind, bench/RESULTS.md).
const many = db.transaction((one, bulk, bulkRows, values, width) => {
  let i = 0;
  if (bulk) for (const step = width * bulkRows; i + step <= values.length; i += step) bulk.run(...values.slice(i, i + step));
  for (; i < values.length; i += width) one.run(...values.slice(i, i + width));
});
parentPort.on('message', (m) => {
  if (m.op === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    const s = prepared(m.sql);
    if (m.op === 'many') {
      many(s, m.bulk ? prepared(m.bulk.sql) : null, m.bulk ? m.bulk.rows : 0, m.values, m.width);
      parentPort.postMessage({ id: m.id, changes: m.values.length / m.width });
    } else {
      parentPort.postMessage({ id: m.id, changes: s.run(m.values).changes });
    }
  } catch (err) {
    parentPort.postMessage({ id: m.id, error: String(err && err.message || err) });
  }
});
`;

interface Pending {
  resolve(changes: number): void;
  reject(err: Error): void;
  done: Promise<number>;
}

export class SqliteWriterThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly file: string) {}

  /**
   * Runs `sql` once per `width` values of `values` (flat, row after row), all in one transaction;
   * with `bulk`, a statement that takes `bulk.rows` rows at once, whole groups of rows go through it.
   */
  runMany(sql: string, values: Param[], width: number, bulk?: { sql: string; rows: number }): Promise<number> {
    return this.send({ op: 'many', sql, values, width, bulk });
  }

  /** Runs one statement; resolves with the rows it changed. */
  run(sql: string, values: Param[] = []): Promise<number> {
    return this.send({ op: 'run', sql, values });
  }

  /** Lets the thread finish what it was sent, then stops it. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    while (this.pending.size) await Promise.allSettled([...this.pending.values()].map((p) => p.done));
    this.worker = undefined;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage({ op: 'close' });
    await exited;
  }

  private send(message: { op: string; sql: string; values: Param[]; width?: number; bulk?: { sql: string; rows: number } }): Promise<number> {
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    let settle!: Omit<Pending, 'done'>;
    const done = new Promise<number>((resolve, reject) => (settle = { resolve, reject }));
    this.pending.set(id, { ...settle, done });
    worker.postMessage({ id, ...message });
    return done;
  }

  private start(): Worker {
    const worker = new Worker(THREAD, {
      eval: true,
      workerData: { file: this.file, driver: createRequire(import.meta.url).resolve('better-sqlite3') },
      // Its heap holds one batch at a time.
      resourceLimits: { maxOldGenerationSizeMb: 64 },
    });
    // Never what keeps the process alive: the writer's close() ends it when the gateway stops.
    worker.unref();
    worker.on('message', (m: { id: number; changes?: number; error?: string }) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.error !== undefined) p.reject(new Error(m.error));
      else p.resolve(m.changes ?? 0);
    });
    const fail = (err: Error) => {
      if (this.worker === worker) this.worker = undefined; // the next write starts a new thread
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the request-log writer thread stopped (exit ${code})`)));
    return worker;
  }
}
