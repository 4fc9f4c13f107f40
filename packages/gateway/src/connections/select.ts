/**
 * The hot-path choice of the connection that serves a request, from in-memory caches: the
 * connection named in Maton-Connection, else the account's oldest ACTIVE one for the app
 * (an MCP connection for the app's MCP server, another one for its REST upstream). Cached
 * connections carry their credential opened; a change on any instance evicts them.
 */
import type { Invalidation } from '../cluster.js';
import { GatewayError } from '../errors.js';
import { authMethod } from '../auth/index.js';
import type { Routes, RuntimeApp } from '../routes.js';
import type { Sealer } from '../secrets/sealer.js';
import type { Store } from '../store/store.js';
import type { ActiveConnection, StoredCredentials } from './types.js';
import { envVariables } from './variables.js';

const CACHE_TTL_MS = 30_000;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface SelectDeps {
  store: Store;
  routes: Routes;
  sealer: Sealer;
  invalidation: Invalidation;
  env: Record<string, string | undefined>;
}

export class ConnectionSelector {
  private readonly active = new Map<string, { conn: ActiveConnection; until: number }>();
  private readonly defaults = new Map<string, { id: string | null; until: number }>();
  private readonly envVars = new Map<string, Record<string, string>>();

  constructor(private readonly deps: SelectDeps) {
    deps.invalidation.subscribe('connections', (key) => this.forget(key));
  }

  /** The connection named in Maton-Connection, else the oldest ACTIVE one (MCP or not, as asked). */
  async select(accountId: string, app: RuntimeApp, named: string | undefined, mcp: boolean): Promise<ActiveConnection> {
    if (named) {
      const hit = UUID.test(named) ? await this.load(named) : undefined;
      if (!hit || hit.record.accountId !== accountId || hit.record.app !== app.app) {
        throw new GatewayError('GW_ERR_CONNECTION_NOT_FOUND', { id: named, app: app.app });
      }
      if (hit.record.status !== 'ACTIVE') throw new GatewayError('GW_ERR_CONNECTION_NOT_ACTIVE', { id: named, status: hit.record.status });
      return hit;
    }
    const key = `${accountId}|${app.app}|${mcp ? 'mcp' : 'http'}`;
    const t = Date.now();
    let d = this.defaults.get(key);
    if (!d || d.until <= t) {
      const list = await this.deps.store.listConnections(accountId, { app: app.app, status: 'ACTIVE' });
      const pick = list.find((c) => (authMethod(c.method)?.servesMcp ?? false) === mcp);
      d = { id: pick?.id ?? null, until: t + CACHE_TTL_MS };
      this.defaults.set(key, d);
    }
    const hit = d.id ? await this.load(d.id) : undefined;
    if (!hit || hit.record.status !== 'ACTIVE') {
      this.defaults.delete(key);
      throw new GatewayError('GW_ERR_NO_CONNECTION', { app: app.app });
    }
    return hit;
  }

  /**
   * The same choice as `select` when everything it needs is cached and it succeeds: no store
   * read, no promise. Undefined sends the caller to `select` (which also raises the errors).
   */
  cached(accountId: string, app: RuntimeApp, named: string | undefined, mcp: boolean): ActiveConnection | undefined {
    const t = Date.now();
    let id: string | null;
    if (named) id = named;
    else {
      const d = this.defaults.get(`${accountId}|${app.app}|${mcp ? 'mcp' : 'http'}`);
      if (!d || d.until <= t) return undefined;
      id = d.id;
    }
    const hit = id === null ? undefined : this.active.get(id);
    if (!hit || hit.until <= t) return undefined;
    const rec = hit.conn.record;
    return rec.status === 'ACTIVE' && rec.accountId === accountId && rec.app === app.app ? hit.conn : undefined;
  }

  /** A connection with its credential opened, from the cache or the store. */
  async load(id: string): Promise<ActiveConnection | undefined> {
    const t = Date.now();
    const hit = this.active.get(id);
    if (hit && hit.until > t) return hit.conn;
    const record = await this.deps.store.getConnection(id);
    if (!record) return undefined;
    const app = this.deps.routes.get(record.app);
    const method = app?.methodByType.get(record.method);
    if (!app || !method) return undefined; // the provider was removed from the registry
    const credentials = record.credentials ? this.deps.sealer.openJson<StoredCredentials>(record.credentials, `cred:${record.id}`) : {};
    const conn = { record, method, credentials, vars: { ...record.metadata, ...this.envFor(app) } };
    this.active.set(id, { conn, until: t + CACHE_TTL_MS });
    return conn;
  }

  /** Reads the connection from the store again (another instance may have changed it). */
  async reload(id: string): Promise<ActiveConnection | undefined> {
    this.active.delete(id);
    return this.load(id);
  }

  /** Caches a connection this instance just updated. */
  remember(conn: ActiveConnection): void {
    this.active.set(conn.record.id, { conn, until: Date.now() + CACHE_TTL_MS });
  }

  private envFor(app: RuntimeApp): Record<string, string> {
    let v = this.envVars.get(app.app);
    if (!v) this.envVars.set(app.app, (v = envVariables(app, this.deps.env)));
    return v;
  }

  private forget(key: string): void {
    const [accountId, app, id] = key.split('|');
    if (id) this.active.delete(id);
    for (const kind of ['mcp', 'http']) this.defaults.delete(`${accountId}|${app}|${kind}`);
  }
}

/** The invalidation key of a connection: every instance evicts it and its app's default. */
export function connectionKey(rec: { accountId: string; app: string; id: string }): string {
  return `${rec.accountId}|${rec.app}|${rec.id}`;
}
