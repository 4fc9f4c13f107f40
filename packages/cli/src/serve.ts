import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createSwitchboard, ensureDefaultAccount, StartupError, ConfigError, loadConfig } from '@switchboard/gateway';
import { projectPaths } from './paths.js';

export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, host: { type: 'string' } } });
  let sb;
  try {
    const config = loadConfig(process.env, { port: values.port ? Number(values.port) : undefined, dataDir: values['data-dir'], host: values.host }, { defaultRoutesFile: join(projectPaths().generated, 'routes.json') });
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
  const { url } = await sb.listen();
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
