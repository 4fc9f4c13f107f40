/**
 * `switchboard serve --workers N`: the primary process. It prepares what must happen once
 * (the secret key file, migrations, the first account), forks N workers that each run the whole
 * gateway on the one listening port (node:cluster hands connections out in turn), coordinates
 * them (coordinator.ts, when there is no REDIS_URL), starts a new worker when one dies and, on
 * SIGTERM or SIGINT, lets every worker finish what it is answering before exiting.
 */
import cluster, { type Worker } from 'node:cluster';
import { join } from 'node:path';
import { ensureDefaultAccount } from '../app.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { loadKeys } from '../secrets/sealer.js';
import { openPostgres, openSqlite } from '../store/db.js';
import { Store } from '../store/store.js';
import { Coordinator } from './coordinator.js';
import { isProtocolMessage } from './protocol.js';

/** The environment variable that tells a worker its number (1…N; the primary logs as worker 0). */
export const WORKER_ID_ENV = 'SWITCHBOARD_WORKER_ID';

/** Once, before any worker starts: the secret key file exists, the schema is current, an account exists. */
export async function prepareData(config: Config): Promise<{ accountId: string; created: boolean }> {
  loadKeys({ primary: config.secretKey, previous: config.secretKeysPrevious }, config.dataDir);
  const db = config.databaseUrl ? openPostgres(config.databaseUrl) : openSqlite(join(config.dataDir, 'switchboard.db'));
  const store = new Store(db);
  try {
    await store.migrate();
    const account = await ensureDefaultAccount(store);
    return { accountId: account.id, created: account.created };
  } finally {
    await store.close();
  }
}

export interface Supervision {
  /** Where the workers listen (the first worker's answer). */
  url: string;
  /** Resolves with the exit code once every worker has stopped after SIGTERM/SIGINT (or a failed start). */
  done: Promise<number>;
}

/** A worker that dies this soon after starting counts as crashing; its restarts are spaced out. */
const CRASH_WINDOW_MS = 5_000;
const DRAIN_TIMEOUT_MS = 30_000;

/**
 * Forks `workers` workers (this process must be the cluster primary) and resolves once all of
 * them listen. A worker that cannot start (port in use, bad settings) stops them all: `done`
 * then resolves with 1 and `url` is never reached (the promise rejects).
 */
export function superviseWorkers(config: Config, workers: number, log: Logger): Promise<Supervision> {
  const coordinator = config.redisUrl ? undefined : new Coordinator({ gateway: config.rateLimit, control: config.controlRateLimit });
  const slots = new Map<number, { worker: Worker; started: number; listening: boolean; crashes: number }>();
  let stopping = false;
  let url: string | undefined;
  let finish!: (code: number) => void;
  const done = new Promise<number>((r) => (finish = r));
  let ready!: (s: Supervision) => void;
  let failed!: (e: Error) => void;
  const started = new Promise<Supervision>((res, rej) => ((ready = res), (failed = rej)));
  let exitCode = 0;

  const fork = (slot: number, crashes: number) => {
    const worker = cluster.fork({ [WORKER_ID_ENV]: String(slot), SWITCHBOARD_WORKERS: String(workers) });
    const state = { worker, started: Date.now(), listening: false, crashes };
    slots.set(slot, state);
    coordinator?.add(worker);
    worker.on('message', (m: unknown) => {
      if (coordinator?.handle(worker.id, m)) {
        // a coordination request, answered
      }
      if (isProtocolMessage(m) && m.op === 'listening') {
        state.listening = true;
        state.crashes = 0;
        url ??= (m as unknown as { url: string }).url;
        if ([...slots.values()].every((s) => s.listening) && slots.size === workers) ready({ url, done });
      }
    });
    worker.on('exit', (code, signal) => {
      coordinator?.remove(worker.id);
      if (slots.get(slot)?.worker !== worker) return;
      if (stopping) {
        slots.delete(slot);
        if (slots.size === 0) finish(exitCode);
        return;
      }
      if (!state.listening && url === undefined) {
        // Never came up during start-up: the others would fail the same way.
        log.error({ slot, code, signal }, 'a worker could not start; stopping');
        exitCode = 1;
        slots.delete(slot);
        failed(new Error('a worker could not start'));
        stop();
        return;
      }
      const crashing = Date.now() - state.started < CRASH_WINDOW_MS;
      const delay = crashing ? Math.min(10_000, 250 * 2 ** state.crashes) : 0;
      log.warn({ slot, code, signal, restartInMs: delay }, 'worker exited; starting another');
      setTimeout(() => {
        if (!stopping) fork(slot, crashing ? state.crashes + 1 : 0);
      }, delay).unref();
    });
  };

  const stop = (signal?: string) => {
    if (stopping) return;
    stopping = true;
    if (signal) log.info({ signal, workers: slots.size }, 'shutting down: draining every worker');
    if (slots.size === 0) return finish(exitCode);
    for (const { worker } of slots.values()) {
      if (!worker.isDead()) worker.process.kill('SIGTERM');
    }
    setTimeout(() => {
      for (const { worker } of slots.values()) if (!worker.isDead()) worker.process.kill('SIGKILL');
    }, DRAIN_TIMEOUT_MS).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  for (let slot = 1; slot <= workers; slot++) fork(slot, 0);
  return started;
}
