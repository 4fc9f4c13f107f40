/**
 * Assembles a gateway from its configuration: routing table, store (SQLite or PostgreSQL),
 * encryption keys, caches and limits (in memory, or shared through Redis), the HTTP server.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { ApiKeys, createAccount } from './accounts/api-keys.js';
import { LocalInvalidation, RedisInvalidation, type Invalidation } from './cluster.js';
import type { Config, PublicUrl } from './config.js';
import { Catalog } from './catalog/catalog.js';
import { ConnectRoutes } from './connect/routes.js';
import { ConnectionLifecycle } from './connections/lifecycle.js';
import { TokenRefresher, type Lock } from './connections/refresh.js';
import { ConnectionSelector } from './connections/select.js';
import { ConnectSessions } from './connections/session.js';
import { ApiKeysApi } from './control/api-keys-api.js';
import { ConnectionsApi } from './control/connections-api.js';
import { ControlRateLimit } from './control/control-limit.js';
import { LogsApi } from './control/logs-api.js';
import { DashboardRoutes } from './dashboard/routes.js';
import { MemoryRateLimiter, RedisLeases, type RateLimiter } from './limits/rate-limit.js';
import { AccessLog, createLogger, type Logger } from './log.js';
import { Loopback } from './mcp/loopback.js';
import { McpEndpoint } from './mcp/server.js';
import { Outbound } from './net/outbound.js';
import { Metrics } from './observe/metrics.js';
import { Observer } from './observe/observer.js';
import { RequestLogWriter } from './observe/request-log.js';
import { createGatewayPipeline } from './pipeline/index.js';
import { Upstreams } from './pipeline/forward.js';
import { Routes } from './routes.js';
import { loadKeys, Sealer } from './secrets/sealer.js';
import { createGatewayServer } from './server.js';
import { openPostgres, openSqlite } from './store/db.js';
import { Store } from './store/store.js';
import { IpcInvalidation, ipcLeases, ipcLock, type PrimaryLink } from './workers/worker-side.js';
import { LeasedRateLimiter, leaseBatch } from './limits/leased.js';

/**
 * How many instances a Redis-shared rate limit is sized for: each leases at most
 * floor(burst / (2 × this)) tokens at a time (limits/leased.ts).
 */
const REDIS_LEASE_HOLDERS = 4;

export interface Switchboard {
  config: Config;
  server: Server;
  store: Store;
  routes: Routes;
  keys: ApiKeys;
  /** Create, read, complete and delete connections (what the control API does). */
  connections: ConnectionLifecycle;
  sealer: Sealer;
  log: Logger;
  /** The metrics and the request log (either may be off). */
  observer: Observer;
  /** The MCP surface (search, describe, call) for agents. */
  mcp: McpEndpoint;
  listen(): Promise<{ port: number; url: string }>;
  close(): Promise<void>;
}

export class StartupError extends Error {}

export interface SwitchboardOptions {
  log?: Logger;
  /**
   * One of several workers (serve --workers N): without REDIS_URL the primary shares the rate
   * limits, locks and cache invalidations between them over this link (workers/).
   */
  worker?: { link: PrimaryLink; workers: number };
}

export async function createSwitchboard(config: Config, options: SwitchboardOptions = {}): Promise<Switchboard> {
  const log = options.log ?? createLogger(config.logLevel);
  if (!existsSync(config.routesFile)) {
    throw new StartupError(`no routing table at ${config.routesFile}: run \`npm run generate\` first`);
  }
  const routes = Routes.load(config.routesFile);
  const catalog = Catalog.beside(config.routesFile);
  const sealer = new Sealer(loadKeys({ primary: config.secretKey, previous: config.secretKeysPrevious }, config.dataDir));
  const db = config.databaseUrl ? openPostgres(config.databaseUrl) : openSqlite(join(config.dataDir, 'switchboard.db'));
  const store = new Store(db);
  try {
    await store.migrate();
  } catch (err) {
    await store.close().catch(() => undefined); // no pool left open behind a failed start
    throw err;
  }

  let invalidation: Invalidation = new LocalInvalidation();
  let limiter: RateLimiter = new MemoryRateLimiter(config.rateLimit.perSecond, config.rateLimit.burst);
  // The control API's own bucket per account (SWITCHBOARD_CONTROL_RATE_LIMIT), apart from gateway calls.
  let controlLimiter: RateLimiter = new MemoryRateLimiter(config.controlRateLimit.perSecond, config.controlRateLimit.burst);
  let lock: Lock | undefined;
  const redisClients: Redis[] = [];
  if (options.worker && !config.redisUrl) {
    const { link, workers } = options.worker;
    invalidation = new IpcInvalidation(link);
    limiter = new LeasedRateLimiter(ipcLeases(link, 'gateway'), config.rateLimit.perSecond, leaseBatch(config.rateLimit.burst, workers));
    controlLimiter = new LeasedRateLimiter(ipcLeases(link, 'control'), config.controlRateLimit.perSecond, leaseBatch(config.controlRateLimit.burst, workers));
    lock = ipcLock(link);
  }
  if (config.redisUrl) {
    const prefix = 'switchboard:';
    const pub = new Redis(config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 });
    const sub = new Redis(config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 });
    redisClients.push(pub, sub);
    invalidation = new RedisInvalidation(pub, sub, prefix);
    // Leased in batches from the shared bucket (limits/leased.ts), sized as if REDIS_LEASE_HOLDERS
    // instances shared it: at the default limit a batch is one token (a round trip a request).
    limiter = new LeasedRateLimiter(new RedisLeases(pub, prefix, config.rateLimit.perSecond, config.rateLimit.burst), config.rateLimit.perSecond, leaseBatch(config.rateLimit.burst, REDIS_LEASE_HOLDERS));
    controlLimiter = new LeasedRateLimiter(new RedisLeases(pub, prefix, config.controlRateLimit.perSecond, config.controlRateLimit.burst), config.controlRateLimit.perSecond, leaseBatch(config.controlRateLimit.burst, REDIS_LEASE_HOLDERS));
    const lockTtlMs = Number(config.env.SWITCHBOARD_REFRESH_LOCK_TTL_MS) > 0 ? Number(config.env.SWITCHBOARD_REFRESH_LOCK_TTL_MS) : 15_000;
    lock = (key, fn) => withRedisLock(pub, `${prefix}lock:${key}`, fn, { ttlMs: lockTtlMs });
  }

  const publicUrl: PublicUrl = { value: config.publicUrl };
  const outbound = new Outbound(config.upstreamOverrides);
  const keys = new ApiKeys(store, config.maxKeysPerAccount, invalidation);
  const sessions = new ConnectSessions({ store, sealer, publicUrl, ttlSeconds: config.connectTtlSeconds });
  const controlLimit = new ControlRateLimit(controlLimiter, config.controlRateLimit.perSecond);
  const connections = new ConnectionLifecycle({ store, routes, sealer, outbound, invalidation, sessions, maxConnections: config.maxConnectionsPerAccount });
  const selector = new ConnectionSelector({ store, routes, sealer, invalidation, env: config.env });
  const metrics = config.observe.metrics ? new Metrics() : undefined;
  const refresher = new TokenRefresher({ selector, lifecycle: connections, outbound, env: config.env, log, lock, onRefresh: metrics && ((app, outcome) => metrics.refreshed(app, outcome)) });
  const requestLog = config.observe.requestLog
    ? new RequestLogWriter(store.requestLog, catalog, log, {
        flushMs: config.observe.logFlushMs,
        batch: 500,
        maxBuffered: 50_000,
        retentionDays: config.observe.logRetentionDays,
        onDrop: metrics && ((n) => metrics.dropped(n)),
      })
    : undefined;
  if (options.worker && metrics) {
    // One worker answers a scrape: with the counts of all of them, summed by the primary.
    const { link } = options.worker;
    link.handleCollect(() => metrics.registry.getMetricsAsJSON());
    metrics.useCluster(async () => (await link.request({ op: 'metrics' })).text ?? '');
  }
  const observer = new Observer(metrics, requestLog);
  const upstreams = new Upstreams(config.timeouts);
  // MCP actions reach upstreams through this server's own REST path (mcp/loopback.ts).
  const loopback = new Loopback(() => server.address(), Math.max(config.observe.mcpMaxResultBytes * 8, 1 << 20));
  const mcp = new McpEndpoint({
    catalog,
    routes,
    loopback,
    options: { maxResultBytes: config.observe.mcpMaxResultBytes, maxTools: config.observe.mcpMaxTools, version: '0.1.0' },
    onToolCall: (r) => observer.tool(r.caller, r.requestId, r.tool, r.app, r.ok, r.ms),
  });
  const dashboard = new DashboardRoutes({ keys, store, routes, lifecycle: connections, sessions, sealer, publicUrl, limit: controlLimit });
  const accessLog = new AccessLog(log);
  const server = createGatewayServer({
    routes,
    store,
    log,
    accessLog,
    gateway: createGatewayPipeline({
      routes,
      catalog,
      keys,
      limiter,
      rateLimit: config.rateLimit.perSecond,
      selector,
      refresher,
      upstreams,
      overrides: config.upstreamOverrides,
      env: config.env,
    }),
    connectionsApi: new ConnectionsApi(connections, sessions, controlLimit),
    apiKeysApi: new ApiKeysApi(keys, store, publicUrl, controlLimit),
    connect: new ConnectRoutes({ store, routes, lifecycle: connections, sessions, sealer, outbound, publicUrl, env: config.env, log }),
    dashboard: (req, res, rest, query) => dashboard.handle(req, res, rest, query),
    observer: observer.enabled ? observer : undefined,
    logsApi: new LogsApi(store, requestLog, controlLimit),
    metrics: metrics && { metrics, token: config.observe.metricsToken },
    mcp,
    viaToken: loopback.token,
  });

  let closed = false;
  return {
    config,
    server,
    store,
    routes,
    keys,
    connections,
    sealer,
    log,
    observer,
    mcp,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          const address = server.address();
          const port = typeof address === 'object' && address ? address.port : config.port;
          if (!config.publicUrlSet) publicUrl.value = `http://localhost:${port}`;
          resolve({ port, url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}` });
        });
      }),
    close: async () => {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 5000).unref();
      });
      await upstreams.close();
      await loopback.close();
      await requestLog?.close();
      accessLog.close();
      await limiter.close();
      await controlLimit.close();
      await invalidation.close();
      for (const r of redisClients) r.disconnect();
      await store.close();
    },
  };
}

/** Creates the first account when the store has none, so a new install is usable at once. */
export async function ensureDefaultAccount(store: Store): Promise<{ id: string; created: boolean }> {
  const accounts = await store.listAccounts();
  if (accounts.length) return { id: accounts[0]!.id, created: false };
  const a = await createAccount(store, 'default');
  return { id: a.id, created: true };
}

/**
 * Runs `fn` while holding a Redis lock. The holder renews the lock every third of its TTL for as
 * long as `fn` runs, so a slow `fn` (a token endpoint slower than the TTL) keeps it; a crashed
 * holder's lock lapses after one TTL. Waiters wait for the holder (then run `fn`, which re-reads
 * the store and finds the work done) and never run `fn` without the lock: after `maxWaitMs` they
 * give up with an error.
 */
export async function withRedisLock<T>(
  redis: Redis,
  key: string,
  fn: () => Promise<T>,
  options: { ttlMs?: number; maxWaitMs?: number; pollMs?: number } = {},
): Promise<T> {
  const ttlMs = options.ttlMs ?? 15_000;
  const token = randomUUID();
  const deadline = Date.now() + (options.maxWaitMs ?? 60_000);
  for (;;) {
    if ((await redis.set(key, token, 'PX', ttlMs, 'NX')) === 'OK') break;
    if (Date.now() >= deadline) throw new LockWaitTimeout(key);
    await new Promise((r) => setTimeout(r, options.pollMs ?? 100));
  }
  const renew = setInterval(() => {
    redis
      .eval("if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end", 1, key, token, String(ttlMs))
      .catch(() => undefined);
  }, Math.max(50, Math.floor(ttlMs / 3)));
  try {
    return await fn();
  } finally {
    clearInterval(renew);
    await redis.eval("if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end", 1, key, token);
  }
}

/** A waiter gave up on a lock whose holder kept it too long. */
export class LockWaitTimeout extends Error {
  constructor(key: string) {
    super(`gave up waiting for the lock ${key}`);
  }
}
