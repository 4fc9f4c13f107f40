/**
 * Assembles a gateway from its configuration: routing table, store (SQLite or PostgreSQL),
 * encryption keys, caches and limits (in memory, or shared through Redis), the HTTP server.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { ApiKeys, createAccount } from './accounts/api-keys.js';
import { LocalInvalidation, RedisInvalidation, type Invalidation } from './cluster.js';
import type { Config, PublicUrl } from './config.js';
import { ConnectRoutes } from './connect/routes.js';
import { ConnectionLifecycle } from './connections/lifecycle.js';
import { TokenRefresher, type Lock } from './connections/refresh.js';
import { ConnectionSelector } from './connections/select.js';
import { ConnectSessions } from './connections/session.js';
import { ApiKeysApi } from './control/api-keys-api.js';
import { ConnectionsApi } from './control/connections-api.js';
import { MemoryRateLimiter, RedisRateLimiter, type RateLimiter } from './limits/rate-limit.js';
import { createAccessLogger, createLogger, type Logger } from './log.js';
import { Outbound } from './net/outbound.js';
import { createGatewayPipeline } from './pipeline/index.js';
import { Upstreams } from './pipeline/forward.js';
import { Routes } from './routes.js';
import { loadKeys, Sealer } from './secrets/sealer.js';
import { createGatewayServer } from './server.js';
import { openPostgres, openSqlite } from './store/db.js';
import { Store } from './store/store.js';

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
  listen(): Promise<{ port: number; url: string }>;
  close(): Promise<void>;
}

export class StartupError extends Error {}

export async function createSwitchboard(config: Config, options: { log?: Logger } = {}): Promise<Switchboard> {
  const log = options.log ?? createLogger(config.logLevel);
  if (!existsSync(config.routesFile)) {
    throw new StartupError(`no routing table at ${config.routesFile}: run \`npm run build\` first`);
  }
  const routes = Routes.load(config.routesFile);
  const sealer = new Sealer(loadKeys({ primary: config.secretKey, previous: config.secretKeysPrevious }, config.dataDir));
  const db = config.databaseUrl ? openPostgres(config.databaseUrl) : openSqlite(join(config.dataDir, 'switchboard.db'));
  const store = new Store(db);
  await store.migrate();

  let invalidation: Invalidation = new LocalInvalidation();
  let limiter: RateLimiter = new MemoryRateLimiter(config.rateLimit.perSecond, config.rateLimit.burst);
  let lock: Lock | undefined;
  const redisClients: Redis[] = [];
  if (config.redisUrl) {
    const prefix = 'switchboard:';
    const pub = new Redis(config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 });
    const sub = new Redis(config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 });
    redisClients.push(pub, sub);
    invalidation = new RedisInvalidation(pub, sub, prefix);
    limiter = new RedisRateLimiter(pub, prefix, config.rateLimit.perSecond, config.rateLimit.burst);
    lock = (key, fn) => withRedisLock(pub, `${prefix}lock:${key}`, fn);
  }

  const publicUrl: PublicUrl = { value: config.publicUrl };
  const outbound = new Outbound(config.upstreamOverrides);
  const keys = new ApiKeys(store, config.maxKeysPerAccount, invalidation);
  const sessions = new ConnectSessions({ store, sealer, publicUrl });
  const connections = new ConnectionLifecycle({ store, routes, sealer, outbound, invalidation, sessions });
  const selector = new ConnectionSelector({ store, routes, sealer, invalidation, env: config.env });
  const refresher = new TokenRefresher({ selector, lifecycle: connections, outbound, env: config.env, log, lock });
  const upstreams = new Upstreams(config.timeouts);
  const server = createGatewayServer({
    routes,
    store,
    log,
    accessLog: createAccessLogger(log),
    gateway: createGatewayPipeline({
      routes,
      keys,
      limiter,
      rateLimit: config.rateLimit.perSecond,
      selector,
      refresher,
      upstreams,
      overrides: config.upstreamOverrides,
      env: config.env,
    }),
    connectionsApi: new ConnectionsApi(connections, sessions),
    apiKeysApi: new ApiKeysApi(keys, store, publicUrl),
    connect: new ConnectRoutes({ store, routes, lifecycle: connections, sessions, sealer, outbound, publicUrl, env: config.env, log }),
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
      await limiter.close();
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

async function withRedisLock<T>(redis: Redis, key: string, fn: () => Promise<T>): Promise<T> {
  const token = Math.random().toString(36).slice(2);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if ((await redis.set(key, token, 'PX', 30_000, 'NX')) === 'OK') {
      try {
        return await fn();
      } finally {
        await redis.eval("if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end", 1, key, token);
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return fn(); // the holder is stuck; fn re-reads the store, so a double refresh is the worst case
}
