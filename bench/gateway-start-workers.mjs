// Start command for the proxy-anchors harness: the gateway as `switchboard serve --workers N`
// (N from $WORKERS, default 2), the production start. Like gateway-start.mjs it first makes an
// account, an API key and a Slack connection whose token is the one the harness's upstream
// expects (in a fresh data dir, through the compiled gateway, nothing listening), writes the key
// into $CLIENT_AUTH_FILE, then runs the CLI in the foreground with the rate limit on at a limit
// far above the load (leased from the primary, its cost counted), the request log and metrics on,
// and the log lines (one per request, each worker's) going to /dev/null.
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
const root = fileURLToPath(new URL('..', import.meta.url));
const { loadConfig, createSwitchboard, ensureDefaultAccount, ApiKeys, LocalInvalidation, createLogger } = await import('../packages/gateway/dist/index.js');

const dataDir = join(process.env.RUN_TMP ?? '/tmp', `switchboard-bench-workers-${process.pid}`);
mkdirSync(dataDir, { recursive: true });
const env = {
  PORT: process.env.PORT ?? '9132',
  HOST: '127.0.0.1',
  SWITCHBOARD_DATA_DIR: dataDir,
  SWITCHBOARD_RATE_LIMIT: process.env.RATE_LIMIT ?? '1000000',
  SWITCHBOARD_UPSTREAMS: JSON.stringify({ slack: process.env.UPSTREAM_URL ?? 'http://127.0.0.1:9101' }),
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
};
const sb = await createSwitchboard(loadConfig(env, {}, { cwd: root }), { log: createLogger('warn') });
const { id: accountId } = await ensureDefaultAccount(sb.store);
const keys = new ApiKeys(sb.store, 100, new LocalInvalidation());
const reserved = await keys.initialise(accountId);
const { key } = await keys.create(accountId, reserved.id, 'bench');
await sb.connections.create(accountId, { app: 'slack', method: 'API_KEY', credentials: { token: 'upstream-token' } });
await sb.close();
if (process.env.CLIENT_AUTH_FILE) writeFileSync(process.env.CLIENT_AUTH_FILE, `Bearer ${key}`);

const devnull = openSync('/dev/null', 'w');
const child = spawn(process.execPath, [join(root, 'packages/cli/bin/switchboard.js'), 'serve', '--workers', process.env.WORKERS ?? '2'], {
  cwd: root,
  env: { ...process.env, ...env },
  stdio: ['ignore', devnull, 'inherit'],
});
process.stdout.write(`switchboard (${process.env.WORKERS ?? '2'} workers) starting on ${env.PORT} -> ${env.SWITCHBOARD_UPSTREAMS}\n`);
for (const s of ['SIGTERM', 'SIGINT']) process.on(s, () => child.kill(s));
child.on('exit', (code) => process.exit(code ?? 0));
