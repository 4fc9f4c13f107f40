/**
 * Operator commands that work on the store directly (no running gateway needed): accounts,
 * API keys, connections, and `resolve` to see where a request would go.
 */
import { parseArgs } from 'node:util';
import { ApiKeys, createAccount, LocalInvalidation, loadConfig, type Config, envVariables, GatewayError, buildUpstreamTarget, Routes, openPostgres, openSqlite, Store } from '@switchboard/gateway';
import { join } from 'node:path';
import { projectPaths } from './paths.js';

async function openStore(config: Config): Promise<Store> {
  const store = new Store(config.databaseUrl ? openPostgres(config.databaseUrl) : openSqlite(join(config.dataDir, 'switchboard.db')));
  await store.migrate();
  return store;
}

function configFrom(dataDir: string | undefined): Config {
  return loadConfig(process.env, { dataDir }, { defaultRoutesFile: join(projectPaths().generated, 'routes.json') });
}

export async function accountsCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({ args: rest, options: { name: { type: 'string' }, 'data-dir': { type: 'string' }, json: { type: 'boolean' } } });
  const store = await openStore(configFrom(values['data-dir']));
  try {
    if (sub === 'create') {
      if (!values.name) return usage('switchboard accounts create --name NAME [--data-dir DIR] [--json]');
      const a = await createAccount(store, values.name);
      process.stdout.write(values.json ? `${JSON.stringify(a)}\n` : `${a.id}  ${a.name}\n`);
      return 0;
    }
    if (sub === 'list') {
      const list = await store.listAccounts();
      process.stdout.write(values.json ? `${JSON.stringify(list)}\n` : list.map((a) => `${a.id}  ${a.name}  ${a.createdAt}\n`).join(''));
      return 0;
    }
    return usage('switchboard accounts create|list');
  } finally {
    await store.close();
  }
}

export async function keysCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({ args: rest, options: { name: { type: 'string' }, account: { type: 'string' }, 'data-dir': { type: 'string' }, json: { type: 'boolean' } } });
  if (sub !== 'create') return usage('switchboard keys create --name NAME [--account ID] [--data-dir DIR] [--json]');
  if (!values.name) return usage('switchboard keys create --name NAME [--account ID] [--data-dir DIR] [--json]');
  const config = configFrom(values['data-dir']);
  const store = await openStore(config);
  try {
    let accountId = values.account;
    if (accountId) {
      if (!(await store.getAccount(accountId))) {
        process.stderr.write(`switchboard keys create: no account ${accountId} (see \`switchboard accounts list\`)\n`);
        return 1;
      }
    } else {
      const accounts = await store.listAccounts();
      if (accounts.length > 1) {
        process.stderr.write('switchboard keys create: there are several accounts; name one with --account ID\n');
        return 1;
      }
      accountId = accounts[0]?.id ?? (await createAccount(store, 'default')).id;
    }
    const keys = new ApiKeys(store, config.maxKeysPerAccount, new LocalInvalidation());
    const rec = await keys.initialise(accountId);
    const { record, key } = await keys.create(accountId, rec.id, values.name);
    if (values.json) process.stdout.write(`${JSON.stringify({ id: record.id, name: record.name, key, account: accountId, created: record.createdAt })}\n`);
    else process.stdout.write(`${key}\n`);
    if (!values.json) process.stderr.write(`API key "${record.name}" (${record.id}) for account ${accountId}. It is shown only now; send it as "Authorization: Bearer <key>".\n`);
    return 0;
  } catch (err) {
    if (err instanceof GatewayError) {
      process.stderr.write(`switchboard keys create: ${err.message}\n`);
      return 1;
    }
    throw err;
  } finally {
    await store.close();
  }
}

export async function connectionsCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({ args: rest, options: { app: { type: 'string' }, account: { type: 'string' }, 'data-dir': { type: 'string' }, json: { type: 'boolean' } } });
  if (sub !== 'list') return usage('switchboard connections list [--app APP] [--account ID] [--json]');
  const store = await openStore(configFrom(values['data-dir']));
  try {
    const accounts = values.account ? [values.account] : (await store.listAccounts()).map((a) => a.id);
    const rows = [];
    for (const id of accounts) rows.push(...(await store.listConnections(id, { app: values.app })));
    const view = rows.map((c) => ({ connection_id: c.id, account: c.accountId, app: c.app, method: c.method, status: c.status, creation_time: c.createdAt, metadata: c.metadata }));
    if (values.json) process.stdout.write(`${JSON.stringify(view)}\n`);
    else for (const c of view) process.stdout.write(`${c.connection_id}  ${c.app.padEnd(22)} ${c.method.padEnd(8)} ${c.status.padEnd(8)} ${c.creation_time}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

/** `switchboard resolve APP PATH [--var name=value]…`: the upstream URL a request would go to. */
export async function resolveCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { var: { type: 'string', multiple: true } } });
  const [appName, rawPath] = positionals;
  if (!appName || !rawPath) return usage('switchboard resolve APP PATH [--var name=value]…');
  const config = configFrom(undefined);
  const routes = Routes.load(config.routesFile);
  const app = routes.get(appName);
  if (!app) {
    const hint = routes.suggest(appName);
    process.stderr.write(`switchboard resolve: unknown app "${appName}"${hint ? ` (did you mean "${hint}"?)` : ''}\n`);
    return 1;
  }
  const vars: Record<string, string> = { ...envVariables(app, config.env) };
  for (const v of values.var ?? []) {
    const i = v.indexOf('=');
    if (i < 1) return usage('--var takes name=value');
    vars[v.slice(0, i)] = v.slice(i + 1);
  }
  const [path, query = ''] = rawPath.split(/\?(.*)/s) as [string, string?];
  const segments: Record<string, string> = {};
  for (const m of app.methods) for (const s of m.inject) if (s.style === 'path') segments[s.segment] ??= s.value.replace(/\{([^{}]+)\}/g, '<$1>');
  try {
    const target = buildUpstreamTarget(app, path.startsWith('/') ? path : `/${path}`, vars, segments, config.upstreamOverrides);
    process.stdout.write(`${target.origin}${target.path}${query ? `?${query}` : ''}\n`);
    return 0;
  } catch (err) {
    if (err instanceof GatewayError) {
      const needed = Object.keys(app.variables).filter((n) => vars[n] === undefined);
      process.stderr.write(`switchboard resolve: ${err.message}${needed.length ? ` Pass ${needed.map((n) => `--var ${n}=…`).join(' ')}.` : ''}\n`);
      return 1;
    }
    throw err;
  }
}

function usage(text: string): number {
  process.stderr.write(`usage: ${text}\n`);
  return 2;
}
