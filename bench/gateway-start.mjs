// Start command for the proxy-anchors harness (../shared/bench/proxy-anchors): our gateway as a
// "setup". It makes an account, an API key and a Slack connection whose token is the one the
// harness's upstream expects, points the slack app at $UPSTREAM_URL, writes the key for wrk
// into $CLIENT_AUTH_FILE and serves on $PORT in the foreground, like any production start:
// per-request logging at info level (into /dev/null, written as production writes stdout),
// the per-account rate limit on at a limit far above what one core serves (RATE_LIMIT=0 turns it off),
// so its cost is counted, as the speed issue asks.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
const root = fileURLToPath(new URL('..', import.meta.url));
// The compiled gateway, as `npm start` runs it.
const { loadConfig, createSwitchboard, ensureDefaultAccount, ApiKeys, LocalInvalidation, createLogger } = await import('../packages/gateway/dist/index.js');
const { pino } = await import('pino');

const dataDir = join(process.env.RUN_TMP ?? '/tmp', `switchboard-bench-${process.pid}`);
mkdirSync(dataDir, { recursive: true });
const config = loadConfig(
  {
    PORT: process.env.PORT ?? '9130',
    HOST: '127.0.0.1',
    SWITCHBOARD_DATA_DIR: dataDir,
    SWITCHBOARD_RATE_LIMIT: process.env.RATE_LIMIT ?? '1000000',
    SWITCHBOARD_UPSTREAMS: JSON.stringify({ slack: process.env.UPSTREAM_URL ?? 'http://127.0.0.1:9101' }),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    // The request log and metrics are on, as in production; OBSERVE=off measures the gateway without them
    // (OBSERVE_LOG / OBSERVE_METRICS: one of the two).
    SWITCHBOARD_REQUEST_LOG: process.env.OBSERVE_LOG ?? process.env.OBSERVE ?? 'on',
    SWITCHBOARD_METRICS: process.env.OBSERVE_METRICS ?? process.env.OBSERVE ?? 'on',
    // bench:shared: the store in PostgreSQL and the limits in Redis, shared by several instances.
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    ...(process.env.SWITCHBOARD_SECRET_KEY ? { SWITCHBOARD_SECRET_KEY: process.env.SWITCHBOARD_SECRET_KEY } : {}),
  },
  {},
  { cwd: root },
);
// Production's destination (pino's synchronous writer; the access log buffers its own lines, log.ts), into /dev/null.
const log = createLogger(config.logLevel, pino.destination({ dest: '/dev/null', sync: true }));
const sb = await createSwitchboard(config, { log });
// JOIN=1 (bench:shared): a second instance on the same database, serving the key and connection the first made.
if (!process.env.JOIN) {
  const { id: accountId } = await ensureDefaultAccount(sb.store);
  const keys = new ApiKeys(sb.store, 100, new LocalInvalidation());
  const reserved = await keys.initialise(accountId);
  const { key } = await keys.create(accountId, reserved.id, 'bench');
  await sb.connections.create(accountId, { app: 'slack', method: 'API_KEY', credentials: { token: 'upstream-token' } });
  if (process.env.CLIENT_AUTH_FILE) writeFileSync(process.env.CLIENT_AUTH_FILE, `Bearer ${key}`);
}
const { url } = await sb.listen();
process.stdout.write(`switchboard listening on ${url} -> ${process.env.UPSTREAM_URL} pid=${process.pid}\n`);
const stop = () => void sb.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
