/**
 * Connections: an account's authorised link to one app, holding the sealed credential and
 * the variables the upstream URL needs. This module owns their life cycle (PENDING → ACTIVE,
 * FAILED when a refresh is refused), the wire shape of the control API, and the hot-path
 * choice of which connection serves a request, from an in-memory cache.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { MethodRoute, OAuth2Route } from '@switchboard/contract';
import type { Invalidation } from '../cluster.js';
import { oauthEnvPrefix, type PublicUrl } from '../config.js';
import { badRequest, GatewayError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Outbound } from '../net/outbound.js';
import { mcpTokenRoute } from '../oauth/mcp-auth.js';
import { OAuthError, refreshTokens, type OAuthClient, type TokenSet } from '../oauth/oauth2.js';
import type { Routes, RuntimeApp } from '../routes.js';
import type { Sealer } from '../secrets/sealer.js';
import { now, type ConnectionRecord, type ConnectionStatus, type Store } from '../store/store.js';
import { envVariables, resolveVariables, type VariableInputs } from './variables.js';

export type StoredCredentials = Record<string, string | number | undefined> & {
  access_token?: string;
  refresh_token?: string;
  expires_at?: number;
};

export interface ActiveConnection {
  record: ConnectionRecord;
  method: MethodRoute;
  credentials: StoredCredentials;
  vars: Record<string, string | undefined>; // stored variables and deployment settings
}

/** The connection object of the control API, as the seed documents show it. */
export interface ConnectionView {
  connection_id: string;
  status: ConnectionStatus;
  creation_time: string;
  last_updated_time: string;
  url: string;
  app: string;
  method: string;
  metadata: Record<string, string>;
}

const CACHE_TTL_MS = 30_000;
const REFRESH_MARGIN_MS = 60_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUSES = new Set(['ACTIVE', 'PENDING', 'FAILED']);

export class Connections {
  private readonly active = new Map<string, { conn: ActiveConnection; until: number }>();
  private readonly defaults = new Map<string, { id: string | null; until: number }>();
  private readonly refreshing = new Map<string, Promise<ActiveConnection>>();
  private readonly envVars = new Map<string, Record<string, string>>();

  constructor(
    private readonly deps: {
      store: Store;
      routes: Routes;
      sealer: Sealer;
      outbound: Outbound;
      invalidation: Invalidation;
      publicUrl: PublicUrl;
      env: Record<string, string | undefined>;
      log: Logger;
      lock?: (key: string, fn: () => Promise<ActiveConnection>) => Promise<ActiveConnection>;
    },
  ) {
    deps.invalidation.subscribe('connections', (key) => this.forget(key));
  }

  // Control API

  async create(accountId: string, body: unknown): Promise<ConnectionRecord> {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('the body must be a JSON object', 'body');
    const b = body as Record<string, unknown>;
    if (typeof b.app !== 'string' || !b.app) throw badRequest('"app" is required: the app name, e.g. "slack"', 'app');
    const app = this.deps.routes.get(b.app);
    if (!app) {
      const hint = this.deps.routes.suggest(b.app);
      throw badRequest(`unknown app "${b.app}"${hint ? ` (did you mean "${hint}"?)` : ''}`, 'app');
    }
    let method = app.defaultMethod;
    if (b.method !== undefined) {
      const m = typeof b.method === 'string' ? app.methodByType.get(b.method.toUpperCase()) : undefined;
      if (!m) throw badRequest(`"method" must be one of ${app.methods.map((x) => x.type).join(', ')} for ${app.app}`, 'method');
      method = m;
    }
    const given = stringMap(b.metadata, 'metadata');
    const t = now();
    const id = randomUUID();
    const session = randomBytes(24).toString('base64url');
    const record: ConnectionRecord = {
      id,
      accountId,
      app: app.app,
      method: method.type,
      status: 'PENDING',
      createdAt: t,
      updatedAt: t,
      metadata: given,
      credentials: null,
      session: this.deps.sealer.seal(session, `session:${id}`),
      sessionHash: hashSession(session),
      error: null,
    };
    if (b.credentials !== undefined) {
      const creds = credentialInput(b.credentials, method);
      const tokenResponse = creds.raw;
      record.metadata = await resolveVariables(
        app,
        { given, credentials: creds.stored, tokenResponse, accessToken: creds.stored.access_token as string | undefined },
        this.deps.outbound,
      );
      record.credentials = this.deps.sealer.sealJson(creds.stored, `cred:${id}`);
      record.status = 'ACTIVE';
    }
    await this.deps.store.insertConnection(record);
    await this.changed(record);
    return record;
  }

  async list(accountId: string, query: URLSearchParams): Promise<ConnectionRecord[]> {
    const status = query.get('status') ?? undefined;
    if (status && !STATUSES.has(status.toUpperCase())) throw badRequest('"status" must be ACTIVE, PENDING or FAILED', 'status');
    const method = query.get('method') ?? undefined;
    return this.deps.store.listConnections(accountId, { app: query.get('app') ?? undefined, status: status?.toUpperCase(), method: method?.toUpperCase() });
  }

  async get(accountId: string, id: string): Promise<ConnectionRecord> {
    const rec = UUID.test(id) ? await this.deps.store.getConnection(id) : undefined;
    if (!rec || rec.accountId !== accountId) throw new GatewayError('GW_ERR_NOT_FOUND', { what: `Connection "${id}"` });
    return rec;
  }

  async delete(accountId: string, id: string): Promise<ConnectionRecord> {
    const rec = await this.get(accountId, id);
    await this.deps.store.deleteConnection(accountId, id);
    await this.changed(rec);
    return rec;
  }

  view(rec: ConnectionRecord): ConnectionView {
    return {
      connection_id: rec.id,
      status: rec.status,
      creation_time: rec.createdAt,
      last_updated_time: rec.updatedAt,
      url: this.connectUrl(rec),
      app: rec.app,
      method: rec.method,
      metadata: rec.metadata,
    };
  }

  connectUrl(rec: ConnectionRecord): string {
    return `${this.deps.publicUrl.value}/connect?session_token=${this.sessionToken(rec)}`;
  }

  async connectionForSession(token: string): Promise<string | undefined> {
    return (await this.deps.store.findConnectionBySession(hashSession(token)))?.id;
  }

  sessionToken(rec: ConnectionRecord): string {
    return this.deps.sealer.open(rec.session, `session:${rec.id}`);
  }

  /** Finishes a connection from the connect page or an OAuth callback: variables, credential, ACTIVE. */
  async complete(rec: ConnectionRecord, method: MethodRoute, credentials: StoredCredentials, inputs: Omit<VariableInputs, 'credentials'>): Promise<ConnectionRecord> {
    const app = this.deps.routes.get(rec.app)!;
    const metadata = await resolveVariables(app, { ...inputs, credentials }, this.deps.outbound);
    const patch = {
      status: 'ACTIVE' as const,
      method: method.type,
      metadata,
      credentials: this.deps.sealer.sealJson(credentials, `cred:${rec.id}`),
      error: null,
      updatedAt: laterThan(rec.updatedAt),
    };
    await this.deps.store.updateConnection(rec.id, patch);
    const updated = { ...rec, ...patch };
    await this.changed(updated);
    return updated;
  }

  async fail(rec: ConnectionRecord, error: string): Promise<void> {
    await this.deps.store.updateConnection(rec.id, { status: 'FAILED', error, updatedAt: laterThan(rec.updatedAt) });
    await this.changed(rec);
  }

  // Hot path

  /** The connection that serves a request: the one named in Maton-Connection, else the oldest ACTIVE one. */
  async select(accountId: string, app: RuntimeApp, named: string | undefined, mcp: boolean): Promise<ActiveConnection> {
    let conn: ActiveConnection;
    if (named) {
      const hit = UUID.test(named) ? await this.load(named) : undefined;
      if (!hit || hit.record.accountId !== accountId || hit.record.app !== app.app) {
        throw new GatewayError('GW_ERR_CONNECTION_NOT_FOUND', { id: named, app: app.app });
      }
      if (hit.record.status !== 'ACTIVE') throw new GatewayError('GW_ERR_CONNECTION_NOT_ACTIVE', { id: named, status: hit.record.status });
      conn = hit;
    } else {
      const key = `${accountId}|${app.app}|${mcp ? 'mcp' : 'http'}`;
      const t = Date.now();
      let d = this.defaults.get(key);
      if (!d || d.until <= t) {
        const list = await this.deps.store.listConnections(accountId, { app: app.app, status: 'ACTIVE' });
        const pick = list.find((c) => (c.method === 'MCP') === mcp);
        d = { id: pick?.id ?? null, until: t + CACHE_TTL_MS };
        this.defaults.set(key, d);
      }
      const hit = d.id ? await this.load(d.id) : undefined;
      if (!hit || hit.record.status !== 'ACTIVE') {
        this.defaults.delete(key);
        throw new GatewayError('GW_ERR_NO_CONNECTION', { app: app.app });
      }
      conn = hit;
    }
    return this.fresh(conn);
  }

  private async load(id: string): Promise<ActiveConnection | undefined> {
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

  private envFor(app: RuntimeApp): Record<string, string> {
    let v = this.envVars.get(app.app);
    if (!v) this.envVars.set(app.app, (v = envVariables(app, this.deps.env)));
    return v;
  }

  /** Refreshes an OAuth token that expires within a minute; one refresh per connection at a time. */
  private async fresh(conn: ActiveConnection): Promise<ActiveConnection> {
    const exp = conn.credentials.expires_at;
    if (typeof exp !== 'number' || exp - Date.now() > REFRESH_MARGIN_MS) return conn;
    if (!conn.credentials.refresh_token) {
      if (exp > Date.now()) return conn;
      throw new GatewayError('GW_ERR_CREDENTIAL_EXPIRED', { id: conn.record.id });
    }
    let pending = this.refreshing.get(conn.record.id);
    if (!pending) {
      const run = () => this.refresh(conn);
      pending = (this.deps.lock ? this.deps.lock(`refresh:${conn.record.id}`, run) : run()).finally(() => this.refreshing.delete(conn.record.id));
      this.refreshing.set(conn.record.id, pending);
    }
    return pending;
  }

  private async refresh(conn: ActiveConnection): Promise<ActiveConnection> {
    // Another instance may have refreshed while we waited for the lock: read the row again.
    this.active.delete(conn.record.id);
    const current = (await this.load(conn.record.id)) ?? conn;
    const exp = current.credentials.expires_at;
    if (typeof exp === 'number' && exp - Date.now() > REFRESH_MARGIN_MS) return current;
    const app = this.deps.routes.get(current.record.app)!;
    const grant = refreshGrant(app.app, current, this.deps.env);
    if (!grant) {
      if (typeof exp === 'number' && exp > Date.now()) return current;
      throw new GatewayError('GW_ERR_CREDENTIAL_EXPIRED', { id: current.record.id });
    }
    const { route: o, client } = grant;
    let tokens: TokenSet;
    try {
      tokens = await refreshTokens(this.deps.outbound, o, client, String(current.credentials.refresh_token), current.record.metadata);
    } catch (err) {
      const refused = err instanceof OAuthError && (err.error === 'invalid_grant' || err.status === 401);
      this.deps.log.warn({ app: app.app, connection: current.record.id, err: (err as Error).message }, 'token refresh failed');
      if (refused) {
        await this.fail(current.record, `refresh refused: ${(err as OAuthError).error}`);
        throw new GatewayError('GW_ERR_CREDENTIAL_EXPIRED', { id: current.record.id });
      }
      if (typeof exp === 'number' && exp > Date.now()) return current; // still valid: try again next time
      throw new GatewayError('GW_ERR_CREDENTIAL_EXPIRED', { id: current.record.id });
    }
    const credentials: StoredCredentials = {
      ...current.credentials,
      access_token: tokens.access_token,
      refresh_token: tokens.refresh_token ?? current.credentials.refresh_token,
      expires_at: tokens.expires_at,
    };
    const updatedAt = laterThan(current.record.updatedAt);
    await this.deps.store.updateConnection(current.record.id, { credentials: this.deps.sealer.sealJson(credentials, `cred:${current.record.id}`), updatedAt });
    const next = { ...current, credentials, record: { ...current.record, updatedAt } };
    this.active.set(next.record.id, { conn: next, until: Date.now() + CACHE_TTL_MS });
    await this.deps.invalidation.publish('connections', `${next.record.accountId}|${next.record.app}|${next.record.id}`);
    return next;
  }

  private async changed(rec: ConnectionRecord): Promise<void> {
    await this.deps.invalidation.publish('connections', `${rec.accountId}|${rec.app}|${rec.id}`);
  }

  private forget(key: string): void {
    const [accountId, app, id] = key.split('|');
    if (id) this.active.delete(id);
    for (const kind of ['mcp', 'http']) this.defaults.delete(`${accountId}|${app}|${kind}`);
  }
}

function hashSession(token: string): string {
  return createHash('sha256').update(`session:${token}`).digest('hex');
}

export function oauthClient(app: string, env: Record<string, string | undefined>): OAuthClient | undefined {
  const prefix = oauthEnvPrefix(app);
  const clientId = env[`${prefix}_CLIENT_ID`];
  return clientId ? { clientId, clientSecret: env[`${prefix}_CLIENT_SECRET`] } : undefined;
}

/** Where and as whom a connection's refresh token is redeemed: the app's OAuth client, or the client an MCP server registered. */
function refreshGrant(app: string, conn: ActiveConnection, env: Record<string, string | undefined>): { route: OAuth2Route; client: OAuthClient } | undefined {
  if (conn.method.oauth2) {
    const client = oauthClient(app, env);
    return client && { route: conn.method.oauth2, client };
  }
  const c = conn.credentials;
  if (conn.method.type === 'MCP' && typeof c.token_url === 'string' && typeof c.client_id === 'string') {
    return {
      route: mcpTokenRoute({ authorizationUrl: '', tokenUrl: c.token_url }),
      client: { clientId: c.client_id, clientSecret: typeof c.client_secret === 'string' ? c.client_secret : undefined },
    };
  }
  return undefined;
}

/** An ISO time strictly after `previous`, so optimistic updates always see a change. */
function laterThan(previous: string): string {
  const t = now();
  return t > previous ? t : new Date(Date.parse(previous) + 1).toISOString();
}

function stringMap(value: unknown, field: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw badRequest(`"${field}" must be an object of strings`, field);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string' && typeof v !== 'number') throw badRequest(`${field}.${k} must be a string`, `${field}.${k}`);
    out[k] = String(v);
  }
  return out;
}

/**
 * Checks the credentials sent with POST /connections against the method: the fields an
 * API_KEY or BASIC method declares, or an imported OAuth token.
 */
export function credentialInput(value: unknown, method: MethodRoute): { stored: StoredCredentials; raw: Record<string, unknown> } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badRequest('"credentials" must be an object', 'credentials');
  const raw = value as Record<string, unknown>;
  const stored: StoredCredentials = {};
  const str = (name: string, required: boolean): string | undefined => {
    const v = raw[name];
    if (v === undefined || v === null || v === '') {
      if (required) throw badRequest(`credentials.${name} is required for ${method.type}`, `credentials.${name}`);
      return undefined;
    }
    if (typeof v !== 'string') throw badRequest(`credentials.${name} must be a string`, `credentials.${name}`);
    return v;
  };
  if (method.type === 'OAUTH2' || (method.type === 'MCP' && method.fields.length === 0)) {
    stored.access_token = str('access_token', true);
    stored.refresh_token = str('refresh_token', false);
    const expiresIn = raw.expires_in;
    if (expiresIn !== undefined) {
      const n = Number(expiresIn);
      if (!Number.isFinite(n) || n <= 0) throw badRequest('credentials.expires_in must be a positive number of seconds', 'credentials.expires_in');
      stored.expires_at = Date.now() + n * 1000;
    }
    return { stored, raw };
  }
  if (method.type === 'OAUTH1') {
    stored.oauth_token = str('oauth_token', true);
    stored.oauth_token_secret = str('oauth_token_secret', true);
    return { stored, raw };
  }
  for (const f of method.fields) {
    const v = str(f.name, !f.optional);
    if (v === undefined) continue;
    if (f.pattern && !new RegExp(f.pattern).test(v)) throw badRequest(`credentials.${f.name} is not in the form ${f.label} takes`, `credentials.${f.name}`);
    stored[f.name] = v;
  }
  const known = new Set(method.fields.map((f) => f.name));
  const unknown = Object.keys(raw).find((k) => !known.has(k));
  if (unknown) throw badRequest(`credentials.${unknown} is not a field of ${method.type} (expected ${[...known].join(', ')})`, `credentials.${unknown}`);
  return { stored, raw: {} };
}
