import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createSwitchboard, ensureDefaultAccount, StartupError, ConfigError, loadConfig } from '@switchboard/gateway';
import { projectPaths } from './paths.js';
import { BadValueError } from './usage.js';

/** A TCP port: digits only, 0-65535 (0: any free port). */
export function parsePort(text: string, what = '--port'): number {
  const n = /^\d{1,5}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isInteger(n)) throw new BadValueError(`${what} takes a port number from 0 to 65535, not "${text}"`);
  if (n > 65535) throw new BadValueError(`${what} ${text} is out of range: a port is from 0 to 65535`);
  return n;
}

export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, host: { type: 'string' } } });
  const port = values.port !== undefined ? parsePort(values.port) : undefined;
  if (values.port === undefined && process.env.PORT !== undefined && process.env.PORT !== '') parsePort(process.env.PORT, 'PORT');
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
