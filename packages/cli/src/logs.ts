/**
 * `switchboard logs`: the request log from the store (SQLite in the data dir, or DATABASE_URL),
 * without a running gateway. Newest first; --follow prints the page oldest first, then polls for
 * what the gateways write next (they flush about every second) until interrupted.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { GatewayError, loadConfig, logView, openPostgres, openSqlite, parseLogQuery, Store } from '@switchboard/gateway';
import { projectPaths } from './paths.js';
import { BadValueError } from './usage.js';

type View = ReturnType<typeof logView>;

export async function logsCommand(args: string[], options: { pollMs?: number; signal?: AbortSignal } = {}): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      app: { type: 'string' },
      status: { type: 'string' },
      key: { type: 'string' },
      connection: { type: 'string' },
      operation: { type: 'string' },
      code: { type: 'string' },
      surface: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      limit: { type: 'string' },
      account: { type: 'string' },
      follow: { type: 'boolean', short: 'f' },
      json: { type: 'boolean' },
      'data-dir': { type: 'string' },
    },
  });
  const query = new URLSearchParams();
  for (const k of ['app', 'status', 'key', 'connection', 'operation', 'code', 'surface', 'since', 'until', 'limit'] as const) {
    if (values[k] !== undefined) query.set(k, values[k]);
  }
  let parsed;
  try {
    parsed = parseLogQuery(query);
  } catch (err) {
    if (err instanceof GatewayError) throw new BadValueError(err.message.replace(/"(\w+)"/, '--$1'));
    throw err;
  }
  const config = loadConfig(process.env, { dataDir: values['data-dir'] }, { defaultRoutesFile: join(projectPaths().generated, 'routes.json') });
  const store = new Store(config.databaseUrl ? openPostgres(config.databaseUrl) : openSqlite(join(config.dataDir, 'switchboard.db')));
  await store.migrate();
  try {
    const accounts = values.account ? [values.account] : (await store.listAccounts()).map((a) => a.id);
    if (values.account && !(await store.getAccount(values.account))) {
      process.stderr.write(`switchboard logs: no account ${values.account} (see \`switchboard accounts list\`)\n`);
      return 1;
    }
    const print = (e: View) => process.stdout.write(values.json ? `${JSON.stringify(e)}\n` : `${line(e)}\n`);
    const page: (View & { account: string })[] = [];
    for (const account of accounts) {
      for (const e of await store.requestLog.list(account, parsed.filter, parsed.limit)) page.push({ ...logView(e), account });
    }
    page.sort((a, b) => Number(b.id) - Number(a.id));
    const shown = page.slice(0, parsed.limit);
    if (!values.follow) {
      for (const e of shown) print(e);
      return 0;
    }
    for (const e of shown.reverse()) print(e);
    let last = shown.length ? Number(shown[shown.length - 1]!.id) : 0;
    const pollMs = options.pollMs ?? 1000;
    while (!options.signal?.aborted) {
      await new Promise((r) => setTimeout(r, pollMs));
      const fresh: View[] = [];
      for (const account of accounts) {
        for (const e of await store.requestLog.list(account, { ...parsed.filter, afterId: last }, 1000)) fresh.push(logView(e));
      }
      fresh.sort((a, b) => Number(a.id) - Number(b.id));
      for (const e of fresh) {
        print(e);
        last = Math.max(last, Number(e.id));
      }
    }
    return 0;
  } finally {
    await store.close();
  }
}

function line(e: View): string {
  const who = e.operation ?? '-';
  const bytes = `${e.bytes_in ?? '?'}/${e.bytes_out ?? '?'}B`;
  return `${e.time}  ${e.surface.padEnd(4)} ${String(e.status).padEnd(3)} ${e.method.padEnd(6)} ${String(e.app ?? '-').padEnd(16)} ${who.padEnd(28)} ${`${e.ms}ms`.padStart(10)} ${bytes.padStart(12)}  ${e.error_code ?? ''}`.trimEnd();
}
