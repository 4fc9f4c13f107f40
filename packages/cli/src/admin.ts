/**
 * Operator commands that work on the store directly (no running gateway needed): accounts,
 * API keys, connections, and `resolve` to see where a request would go. Secrets are printed
 * only once (a new key's secret); credentials never.
 */
import { parseArgs } from 'node:util';
import {
  ApiKeys,
  createAccount,
  createLogger,
  createSwitchboard,
  LocalInvalidation,
  loadConfig,
  type Config,
  envVariables,
  GatewayError,
  buildUpstreamTarget,
  keyPolicy,
  parsePolicy,
  type KeyPolicy,
  Routes,
  openPostgres,
  openSqlite,
  Store,
  type Switchboard,
} from '@switchboard/gateway';
import { join } from 'node:path';
import { projectPaths } from './paths.js';
import { BadValueError, pairs, UsageError } from './usage.js';

type ConnectionRecord = NonNullable<Awaited<ReturnType<Store['getConnection']>>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function openStore(config: Config): Promise<Store> {
  const store = new Store(config.databaseUrl ? openPostgres(config.databaseUrl) : openSqlite(join(config.dataDir, 'switchboard.db')));
  await store.migrate();
  return store;
}

function configFrom(dataDir: string | undefined): Config {
  return loadConfig(process.env, { dataDir }, { defaultRoutesFile: join(projectPaths().generated, 'routes.json') });
}

/**
 * The gateway assembled but not listening: for changes that must go through its lifecycle
 * (credentials sealed, caches of running instances told through REDIS_URL when set).
 */
async function withSwitchboard<T>(dataDir: string | undefined, fn: (sb: Switchboard) => Promise<T>): Promise<T> {
  const config = configFrom(dataDir);
  const sb = await createSwitchboard(config, { log: createLogger('silent') });
  try {
    return await fn(sb);
  } finally {
    await sb.close();
  }
}

/** The app, or a BadValueError naming it with a did-you-mean. */
function knownApp(routes: Routes, name: string) {
  const app = routes.get(name);
  if (!app) {
    const hint = routes.suggest(name);
    throw new BadValueError(`unknown app "${name}"${hint ? ` (did you mean "${hint}"?)` : ''}`);
  }
  return app;
}

/** The account a new key or connection goes to: --account, else the only one (made when there is none). */
async function targetAccount(store: Store, given: string | undefined, command: string): Promise<string | number> {
  if (given) {
    if (!(await store.getAccount(given))) {
      process.stderr.write(`switchboard ${command}: no account ${given} (see \`switchboard accounts list\`)\n`);
      return 1;
    }
    return given;
  }
  const accounts = await store.listAccounts();
  if (accounts.length > 1) {
    process.stderr.write(`switchboard ${command}: there are several accounts; name one with --account ID\n`);
    return 1;
  }
  return accounts[0]?.id ?? (await createAccount(store, 'default')).id;
}

export async function accountsCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({ args: rest, options: { name: { type: 'string' }, 'data-dir': { type: 'string' }, json: { type: 'boolean' } } });
  if (sub !== 'create' && sub !== 'list') return usage('switchboard accounts create|list');
  if (sub === 'create' && !values.name) return usage('switchboard accounts create --name NAME [--data-dir DIR] [--json]');
  const store = await openStore(configFrom(values['data-dir']));
  try {
    if (sub === 'create') {
      const a = await createAccount(store, values.name!);
      process.stdout.write(values.json ? `${JSON.stringify(a)}\n` : `${a.id}  ${a.name}\n`);
      return 0;
    }
    const list = await store.listAccounts();
    process.stdout.write(values.json ? `${JSON.stringify(list)}\n` : list.map((a) => `${a.id}  ${a.name}  ${a.createdAt}\n`).join(''));
    return 0;
  } finally {
    await store.close();
  }
}

const KEYS_USAGE =
  'switchboard keys create --name NAME [--account ID] [POLICY…] [--data-dir DIR] [--json] | keys list [--account ID] [--json] | keys policy ID [POLICY…] [--clear] | keys revoke ID';

/** The policy flags of `keys create` and `keys policy`: --app, --allow, --deny (each repeatable), --read-only. */
const POLICY_OPTIONS = {
  app: { type: 'string', multiple: true },
  allow: { type: 'string', multiple: true },
  deny: { type: 'string', multiple: true },
  'read-only': { type: 'boolean' },
} as const;

/** The policy the flags describe, or null when none was given; a bad rule is a BadValueError. */
function policyFromFlags(values: { app?: string[]; allow?: string[]; deny?: string[]; 'read-only'?: boolean }): KeyPolicy | null {
  const input: Record<string, unknown> = {};
  if (values.app?.length) input.apps = values.app.flatMap((a) => a.split(',')).map((a) => a.trim()).filter(Boolean);
  if (values.allow?.length) input.allow = values.allow;
  if (values.deny?.length) input.deny = values.deny;
  if (values['read-only']) input.readOnly = true;
  if (!Object.keys(input).length) return null;
  try {
    return parsePolicy(input);
  } catch (err) {
    if (err instanceof GatewayError) throw new BadValueError(err.message.replace(/"policy\.(\w+)(\[\d+\])?"/, (_, k: string, i = '') => `--${k === 'apps' ? 'app' : k === 'readOnly' ? 'read-only' : k}${i}`));
    throw err;
  }
}

/** One line saying what a key may do. */
function policyLine(p: KeyPolicy | null): string {
  if (!p) return 'any app';
  const parts = [p.apps ? `apps ${p.apps.join(',')}` : 'any app'];
  if (p.readOnly) parts.push('read-only');
  if (p.allow) parts.push(`allow ${p.allow.join(' ')}`);
  if (p.deny) parts.push(`deny ${p.deny.join(' ')}`);
  return parts.join('; ');
}

export async function keysCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'list') return keysList(rest);
  if (sub === 'revoke') return keysRevoke(rest);
  if (sub === 'policy') return keysPolicy(rest);
  if (sub !== 'create') return usage(KEYS_USAGE);
  const { values } = parseArgs({ args: rest, options: { name: { type: 'string' }, account: { type: 'string' }, 'data-dir': { type: 'string' }, json: { type: 'boolean' }, ...POLICY_OPTIONS } });
  if (!values.name) return usage('switchboard keys create --name NAME [--account ID] [--app APP…] [--allow RULE…] [--deny RULE…] [--read-only] [--data-dir DIR] [--json]');
  const policy = policyFromFlags(values);
  const config = configFrom(values['data-dir']);
  const store = await openStore(config);
  try {
    const accountId = await targetAccount(store, values.account, 'keys create');
    if (typeof accountId === 'number') return accountId;
    const keys = new ApiKeys(store, config.maxKeysPerAccount, new LocalInvalidation());
    const rec = await keys.initialise(accountId);
    const { record, key } = await keys.create(accountId, rec.id, values.name, policy);
    if (values.json) process.stdout.write(`${JSON.stringify({ id: record.id, name: record.name, key, account: accountId, created: record.createdAt, policy })}\n`);
    else process.stdout.write(`${key}\n`);
    if (!values.json) process.stderr.write(`API key "${record.name}" (${record.id}) for account ${accountId}${policy ? ` (${policyLine(policy)})` : ''}. It is shown only now; send it as "Authorization: Bearer <key>".\n`);
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

/** `keys list [--account ID] [--json]`: id, name, account, client id and dates; never the secret (only its hash is stored). */
async function keysList(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { account: { type: 'string' }, 'data-dir': { type: 'string' }, json: { type: 'boolean' } } });
  const store = await openStore(configFrom(values['data-dir']));
  try {
    if (values.account && !(await store.getAccount(values.account))) {
      process.stderr.write(`switchboard keys list: no account ${values.account} (see \`switchboard accounts list\`)\n`);
      return 1;
    }
    const accounts = values.account ? [values.account] : (await store.listAccounts()).map((a) => a.id);
    const rows = [];
    for (const account of accounts) {
      const { items } = await store.listApiKeys(account, 0, 10_000);
      for (const k of items) if (k.hash) rows.push({ id: k.id, name: k.name, account, client_id: k.clientId, created: k.createdAt, updated: k.updatedAt, policy: keyPolicy(k) });
    }
    if (values.json) process.stdout.write(`${JSON.stringify(rows)}\n`);
    else for (const k of rows) process.stdout.write(`${k.id}  ${String(k.name).padEnd(20)} ${k.account}  ${k.created}  ${policyLine(k.policy)}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

/**
 * `keys policy ID [--app APP…] [--allow RULE…] [--deny RULE…] [--read-only] | --clear`: replaces the
 * key's policy (running gateways forget the cached key: at once through REDIS_URL, else within a minute).
 */
async function keysPolicy(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { 'data-dir': { type: 'string' }, clear: { type: 'boolean' }, json: { type: 'boolean' }, ...POLICY_OPTIONS } });
  if (positionals.length !== 1) throw new UsageError('keys policy needs the key id (see `switchboard keys list`)');
  const policy = policyFromFlags(values);
  if (!policy && !values.clear) throw new UsageError('keys policy needs --app, --allow, --deny or --read-only, or --clear to remove the policy');
  if (policy && values.clear) throw new UsageError('keys policy takes --clear or policy flags, not both');
  const id = positionals[0]!;
  return withSwitchboard(values['data-dir'], async (sb) => {
    for (const a of await sb.store.listAccounts()) {
      const rec = UUID.test(id) ? await sb.store.getApiKey(a.id, id) : undefined;
      if (!rec?.hash) continue;
      const updated = await sb.keys.update(a.id, id, rec.name ?? '', policy);
      if (values.json) process.stdout.write(`${JSON.stringify({ id, policy: keyPolicy(updated!) })}\n`);
      else process.stdout.write(`API key ${id}: ${policyLine(keyPolicy(updated!))}\n`);
      return 0;
    }
    process.stderr.write(`switchboard keys policy: no API key ${id} (see \`switchboard keys list\`)\n`);
    return 1;
  });
}

/** `keys revoke ID`: deletes the key; gateways stop accepting it (at once through REDIS_URL, else within their one-minute key cache). */
async function keysRevoke(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { 'data-dir': { type: 'string' } } });
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `keys revoke takes one key id, not ${positionals.length}` : 'keys revoke needs the key id (see `switchboard keys list`)');
  const id = positionals[0]!;
  return withSwitchboard(values['data-dir'], async (sb) => {
    for (const a of await sb.store.listAccounts()) {
      const rec = UUID.test(id) ? await sb.store.getApiKey(a.id, id) : undefined;
      if (rec?.hash && (await sb.keys.delete(a.id, id))) {
        process.stdout.write(`revoked API key ${id}${rec.name ? ` "${rec.name}"` : ''} of account ${a.id}\n`);
        return 0;
      }
    }
    process.stderr.write(`switchboard keys revoke: no API key ${id} (see \`switchboard keys list\`)\n`);
    return 1;
  });
}

/** What the CLI shows of a connection: never its credentials. */
function connectionRow(c: ConnectionRecord) {
  return {
    connection_id: c.id,
    account: c.accountId,
    app: c.app,
    method: c.method,
    status: c.status,
    creation_time: c.createdAt,
    metadata: c.metadata,
  };
}

function connectionDetail(c: ConnectionRecord) {
  return { ...connectionRow(c), last_updated_time: c.updatedAt, ...(c.status === 'FAILED' && c.error ? { status_reason: c.error } : {}) };
}

const CONNECTIONS_USAGE = 'switchboard connections list [--app APP] [--account ID] [--json] | connections show ID | connections create --app APP --method METHOD --credential name=value… | connections delete ID';

export async function connectionsCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'show') return connectionsShow(rest);
  if (sub === 'delete') return connectionsDelete(rest);
  if (sub === 'create') return connectionsCreate(rest);
  const { values } = parseArgs({ args: rest, options: { app: { type: 'string' }, account: { type: 'string' }, 'data-dir': { type: 'string' }, json: { type: 'boolean' } } });
  if (sub !== 'list') return usage(CONNECTIONS_USAGE);
  const config = configFrom(values['data-dir']);
  if (values.app !== undefined) knownApp(Routes.load(config.routesFile), values.app);
  const store = await openStore(config);
  try {
    const accounts = values.account ? [values.account] : (await store.listAccounts()).map((a) => a.id);
    const rows = [];
    for (const id of accounts) rows.push(...(await store.listConnections(id, { app: values.app })));
    const view = rows.map(connectionRow);
    if (values.json) process.stdout.write(`${JSON.stringify(view)}\n`);
    else for (const c of view) process.stdout.write(`${c.connection_id}  ${c.app.padEnd(22)} ${c.method.padEnd(8)} ${c.status.padEnd(8)} ${c.creation_time}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

function oneId(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `${what} takes one connection id, not ${positionals.length}` : `${what} needs the connection id (see \`switchboard connections list\`)`);
  return positionals[0]!;
}

async function findConnection(store: Store, id: string, command: string): Promise<ConnectionRecord | undefined> {
  const rec = UUID.test(id) ? await store.getConnection(id) : undefined;
  if (!rec) process.stderr.write(`switchboard ${command}: no connection ${id} (see \`switchboard connections list\`)\n`);
  return rec;
}

async function connectionsShow(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { 'data-dir': { type: 'string' }, json: { type: 'boolean' } } });
  const id = oneId(positionals, 'connections show');
  const store = await openStore(configFrom(values['data-dir']));
  try {
    const rec = await findConnection(store, id, 'connections show');
    if (!rec) return 1;
    const view = connectionDetail(rec);
    if (values.json) process.stdout.write(`${JSON.stringify(view)}\n`);
    else {
      const lines: [string, string][] = [
        ['connection', view.connection_id],
        ['account', view.account],
        ['app', view.app],
        ['method', view.method],
        ['status', view.status],
        ...(view.status_reason ? ([['reason', view.status_reason]] as [string, string][]) : []),
        ['created', view.creation_time],
        ['updated', view.last_updated_time],
        ...Object.entries(view.metadata).map(([k, v]) => [`metadata.${k}`, v] as [string, string]),
      ];
      process.stdout.write(lines.map(([k, v]) => `${k.padEnd(12)} ${v}\n`).join(''));
    }
    return 0;
  } finally {
    await store.close();
  }
}

async function connectionsDelete(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { 'data-dir': { type: 'string' } } });
  const id = oneId(positionals, 'connections delete');
  return withSwitchboard(values['data-dir'], async (sb) => {
    const rec = await findConnection(sb.store, id, 'connections delete');
    if (!rec) return 1;
    await sb.connections.delete(rec.accountId, rec.id);
    process.stdout.write(`deleted connection ${rec.id} (${rec.app}) of account ${rec.accountId}\n`);
    return 0;
  });
}

async function connectionsCreate(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      app: { type: 'string' },
      method: { type: 'string' },
      credential: { type: 'string', multiple: true },
      metadata: { type: 'string', multiple: true },
      account: { type: 'string' },
      'data-dir': { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  if (!values.app) throw new UsageError('connections create needs --app APP');
  if (!values.method) throw new UsageError('connections create needs --method (API_KEY or BASIC)');
  const credentials = pairs('credential', values.credential);
  if (!Object.keys(credentials).length) throw new UsageError('connections create needs the credential: --credential name=value (e.g. --credential api_key=…)');
  const metadata = pairs('metadata', values.metadata);
  return withSwitchboard(values['data-dir'], async (sb) => {
    const app = knownApp(sb.routes, values.app!);
    const accountId = await targetAccount(sb.store, values.account, 'connections create');
    if (typeof accountId === 'number') return accountId;
    let rec: ConnectionRecord;
    try {
      rec = await sb.connections.create(accountId, { app: app.app, method: values.method, credentials, metadata });
    } catch (err) {
      if (err instanceof GatewayError) {
        const field = err.field ? err.field.replace(/^credentials\./, '--credential ').replace(/^metadata\./, '--metadata ') : undefined;
        process.stderr.write(`switchboard connections create: ${err.message}${field && !err.message.includes(field) ? ` (${field})` : ''}\n`);
        return err.status === 400 ? 2 : 1;
      }
      throw err;
    }
    if (values.json) process.stdout.write(`${JSON.stringify(connectionDetail(rec))}\n`);
    else {
      process.stdout.write(`${rec.id}\n`);
      process.stderr.write(`${rec.status} ${rec.app} connection (${rec.method}) for account ${rec.accountId}.\n`);
    }
    return 0;
  });
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
  const declared = Object.keys(app.variables);
  const given: Record<string, string> = {};
  for (const v of values.var ?? []) {
    const i = v.indexOf('=');
    if (i < 1) return usage('--var takes name=value');
    given[v.slice(0, i)] = v.slice(i + 1);
  }
  const unknown = Object.keys(given).filter((n) => !declared.includes(n));
  if (unknown.length) {
    process.stderr.write(
      `switchboard resolve: ${app.app} has no variable ${unknown.map((n) => `"${n}"`).join(', ')}; ${declared.length ? `its variables: ${declared.join(', ')}` : 'it takes no --var'}\n`,
    );
    return 2;
  }
  const vars: Record<string, string> = { ...envVariables(app, config.env), ...given };
  const [path, query = ''] = rawPath.split(/\?(.*)/s) as [string, string?];
  const segments: Record<string, string> = {};
  for (const m of app.methods) for (const s of m.inject) if (s.style === 'path') segments[s.segment] ??= s.value.replace(/\{([^{}]+)\}/g, '<$1>');
  try {
    const target = buildUpstreamTarget(app, path.startsWith('/') ? path : `/${path}`, vars, segments, config.upstreamOverrides);
    process.stdout.write(`${target.origin}${target.path}${query ? `?${query}` : ''}\n`);
    return 0;
  } catch (err) {
    if (err instanceof GatewayError) {
      const named = /value for "([^"]+)"/.exec(err.message)?.[1];
      if (named && vars[named] === undefined) {
        const example = app.variables[named]?.example;
        process.stderr.write(`switchboard resolve: the value for "${named}" is missing: pass --var ${named}=${example ?? '…'}\n`);
        return 1;
      }
      process.stderr.write(`switchboard resolve: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

function usage(text: string): number {
  process.stderr.write(`usage: ${text}\n`);
  return 2;
}
