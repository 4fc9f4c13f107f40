import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  createLogger,
  createSwitchboard,
  ensureDefaultAccount,
  prepareData,
  PrimaryLink,
  Routes,
  StartupError,
  ConfigError,
  loadConfig,
  superviseWorkers,
  WORKER_ID_ENV,
  type Config,
} from '@switchboard/gateway';
import { projectPaths } from './paths.js';
import { BadValueError } from './usage.js';

/** A TCP port: digits only, 0-65535 (0: any free port). */
export function parsePort(text: string, what = '--port'): number {
  const n = /^\d{1,5}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isInteger(n)) throw new BadValueError(`${what} takes a port number from 0 to 65535, not "${text}"`);
  if (n > 65535) throw new BadValueError(`${what} ${text} is out of range: a port is from 0 to 65535`);
  return n;
}

/** Worker processes: --workers, else SWITCHBOARD_WORKERS, else one per core. */
export function parseWorkers(flag: string | undefined, env: string | undefined): number {
  const [text, what] = flag !== undefined ? [flag, '--workers'] : env !== undefined && env !== '' ? [env, 'SWITCHBOARD_WORKERS'] : [undefined, ''];
  if (text === undefined) return availableParallelism();
  const n = /^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isInteger(n) || n < 1) throw new BadValueError(`${what} takes a whole number of worker processes from 1, not "${text}"`);
  return n;
}

export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, host: { type: 'string' }, workers: { type: 'string' } } });
  const port = values.port !== undefined ? parsePort(values.port) : undefined;
  if (values.port === undefined && process.env.PORT !== undefined && process.env.PORT !== '') parsePort(process.env.PORT, 'PORT');
  const workers = parseWorkers(values.workers, process.env.SWITCHBOARD_WORKERS);
  if (cluster.isWorker) return serveWorker(port, values['data-dir'], values.host, workers);
  if (workers > 1) return servePrimary(port, values['data-dir'], values.host, workers);
  let sb;
  try {
    const config = loadConfig(process.env, { port, dataDir: values['data-dir'], host: values.host }, { defaultRoutesFile: join(projectPaths().generated, 'routes.json') });
    if (!existsSync(config.routesFile) && config.routesFile === join(projectPaths().generated, 'routes.json')) {
      // A checkout without generated/ (it is committed, so rare): build it once before serving.
      process.stderr.write('switchboard serve: no routing table yet, generating it from providers/ …\n');
      const { generateCommand } = await import('./generate.js');
      if ((await generateCommand([])) !== 0) return 1;
    }
    sb = await createSwitchboard(config);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof StartupError) {
      process.stderr.write(`switchboard serve: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  const account = await ensureDefaultAccount(sb.store);
  let url: string;
  try {
    ({ url } = await sb.listen());
  } catch (err) {
    await sb.close().catch(() => undefined);
    const code = (err as { code?: string }).code;
    process.stderr.write(
      `switchboard serve: ${code === 'EADDRINUSE' ? `port ${sb.config.port} is already in use (another switchboard?); pick another with --port N or PORT=N` : (err as Error).message}\n`,
    );
    return 1;
  }
  sb.log.info({ url, apps: sb.routes.names().length, store: sb.config.databaseUrl ? 'postgres' : 'sqlite', dataDir: sb.config.dataDir }, 'switchboard listening');
  if (account.created) {
    process.stderr.write(
      `\nA default account was created (${account.id}).\nCreate an API key for it:\n  npx switchboard keys create --name my-key${sb.config.dataDir !== join(process.cwd(), '.data') ? ` --data-dir ${sb.config.dataDir}` : ''}\n\n`,
    );
  }
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      sb.log.info({ signal }, 'shutting down');
      void sb.close().then(resolve);
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  return 0;
}

/** Reads the settings (and builds generated/ when missing); undefined after printing why it cannot start. */
async function settings(port: number | undefined, dataDir: string | undefined, host: string | undefined): Promise<Config | undefined> {
  try {
    const config = loadConfig(process.env, { port, dataDir, host }, { defaultRoutesFile: join(projectPaths().generated, 'routes.json') });
    if (!existsSync(config.routesFile) && config.routesFile === join(projectPaths().generated, 'routes.json')) {
      process.stderr.write('switchboard serve: no routing table yet, generating it from providers/ …\n');
      const { generateCommand } = await import('./generate.js');
      if ((await generateCommand([])) !== 0) return undefined;
    }
    return config;
  } catch (err) {
    if (err instanceof ConfigError || err instanceof StartupError) {
      process.stderr.write(`switchboard serve: ${err.message}\n`);
      return undefined;
    }
    throw err;
  }
}

/**
 * serve --workers N (N > 1), the primary: prepares the data once, then runs and watches the
 * workers (gateway workers/primary.ts). Its lines say worker 0.
 */
async function servePrimary(port: number | undefined, dataDir: string | undefined, host: string | undefined, workers: number): Promise<number> {
  const config = await settings(port, dataDir, host);
  if (!config) return 1;
  if (!existsSync(config.routesFile)) {
    process.stderr.write(`switchboard serve: no routing table at ${config.routesFile}: run \`npm run generate\` first\n`);
    return 1;
  }
  const log = createLogger(config.logLevel, undefined, { worker: 0 });
  let account;
  try {
    account = await prepareData(config);
  } catch (err) {
    process.stderr.write(`switchboard serve: ${(err as Error).message}\n`);
    return 1;
  }
  let supervision;
  try {
    supervision = await superviseWorkers(config, workers, log);
  } catch {
    process.stderr.write('switchboard serve: the workers could not start (their log lines above say why)\n');
    return 1;
  }
  const apps = Routes.load(config.routesFile).names().length;
  log.info({ url: supervision.url, apps, store: config.databaseUrl ? 'postgres' : 'sqlite', dataDir: config.dataDir, workers, shared: config.redisUrl ? 'redis' : 'primary' }, 'switchboard listening');
  if (account.created) {
    process.stderr.write(
      `\nA default account was created (${account.accountId}).\nCreate an API key for it:\n  npx switchboard keys create --name my-key${config.dataDir !== join(process.cwd(), '.data') ? ` --data-dir ${config.dataDir}` : ''}\n\n`,
    );
  }
  return supervision.done;
}

/** One of the primary's workers: the whole gateway, sharing limits, locks and invalidations through the primary. */
async function serveWorker(port: number | undefined, dataDir: string | undefined, host: string | undefined, workers: number): Promise<number> {
  try {
    return await runWorker(port, dataDir, host, workers);
  } finally {
    // The IPC channel would keep this process alive, whether it served or could not start: let
    // it go (the primary sees the exit).
    if (process.connected) process.disconnect();
  }
}

async function runWorker(port: number | undefined, dataDir: string | undefined, host: string | undefined, workers: number): Promise<number> {
  const config = await settings(port, dataDir, host);
  if (!config) return 1;
  const worker = Number(process.env[WORKER_ID_ENV]) || 1;
  const log = createLogger(config.logLevel, undefined, { worker });
  const link = new PrimaryLink();
  let sb;
  try {
    sb = await createSwitchboard(config, { log, worker: { link, workers } });
  } catch (err) {
    if (err instanceof StartupError) {
      process.stderr.write(`switchboard serve: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  let url: string;
  try {
    ({ url } = await sb.listen());
  } catch (err) {
    await sb.close().catch(() => undefined);
    const code = (err as { code?: string }).code;
    process.stderr.write(`switchboard serve: ${code === 'EADDRINUSE' ? `port ${config.port} is already in use (another switchboard?); pick another with --port N or PORT=N` : (err as Error).message}\n`);
    return 1;
  }
  log.info({ url, pid: process.pid }, 'worker listening');
  link.notify({ sb: 1, op: 'listening', url, port: Number(new URL(url).port) });
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (why: string) => {
      if (stopping) return;
      stopping = true;
      log.info({ signal: why }, 'worker draining');
      void sb.close().then(resolve);
    };
    // Ctrl-C reaches the whole process group, and the primary sends SIGTERM as well: one drain.
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
    // The primary is gone (killed): nobody coordinates this worker any more.
    process.once('disconnect', () => stop('primary gone'));
  });
  link.close();
  return 0;
}
