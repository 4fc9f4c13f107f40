/**
 * A connection's life: created PENDING (or ACTIVE when it comes with a credential), made
 * ACTIVE by the connect page or an OAuth callback, FAILED when its provider refuses it,
 * deleted. Every change is published, so every instance's caches drop the old state.
 * The connect page completes a connection only through an open connect session, which it
 * uses up in the same write; a new session is made only by the key holder (reconnect).
 */
import { randomUUID } from 'node:crypto';
import type { MethodRoute } from '@switchboard/contract';
import type { Invalidation } from '../cluster.js';
import { GatewayError } from '../errors.js';
import type { Outbound } from '../net/outbound.js';
import type { Routes } from '../routes.js';
import type { Sealer } from '../secrets/sealer.js';
import { now, type ConnectionPatch, type ConnectionRecord, type Store } from '../store/store.js';
import { createInput, encodeCursor, listPage, listQuery, patchInput } from './input.js';
import { connectionKey, UUID } from './select.js';
import type { ConnectSessions } from './session.js';
import type { StoredCredentials } from './types.js';
import { resolveVariables, type VariableInputs } from './variables.js';

export interface LifecycleDeps {
  store: Store;
  routes: Routes;
  sealer: Sealer;
  outbound: Outbound;
  invalidation: Invalidation;
  sessions: ConnectSessions;
  /** Connections per account (SWITCHBOARD_MAX_CONNECTIONS); unlimited when absent. */
  maxConnections?: number;
}

/** The connect session was used (or replaced) before this flow could complete with it. */
export class SessionUsedError extends Error {
  constructor() {
    super('this connect link has already been used');
  }
}

export class ConnectionLifecycle {
  constructor(private readonly deps: LifecycleDeps) {}

  /** POST /connections. */
  async create(accountId: string, body: unknown): Promise<ConnectionRecord> {
    const input = createInput(body, this.deps.routes);
    const t = now();
    const id = randomUUID();
    const record: ConnectionRecord = {
      id,
      accountId,
      app: input.app.app,
      method: input.method.type,
      status: 'PENDING',
      createdAt: t,
      updatedAt: t,
      metadata: input.metadata,
      credentials: null,
      ...this.deps.sessions.create(id),
      error: null,
      ...(input.name === undefined ? {} : { name: input.name }),
    };
    if (input.credentials) {
      const { stored, raw } = input.credentials;
      record.metadata = await resolveVariables(
        input.app,
        { given: input.metadata, credentials: stored, tokenResponse: raw, accessToken: stored.access_token as string | undefined },
        this.deps.outbound,
      );
      record.credentials = this.deps.sealer.sealJson(stored, `cred:${id}`);
      record.status = 'ACTIVE';
      // Born ACTIVE: its session never opens the connect page (re-authorising is POST /connections/{id}).
      record.sessionUsedAt = t;
    }
    const max = this.deps.maxConnections;
    if (max === undefined) await this.deps.store.insertConnection(record);
    else if (!(await this.deps.store.connections.insertCapped(record, max))) throw new GatewayError('GW_ERR_CONNECTION_LIMIT', { limit: max });
    await this.changed(record);
    return record;
  }

  /**
   * POST /connections/{id}: a new connect session for the key holder's connection (the old
   * one stops working). Completing it re-authorises the connection, ACTIVE ones included.
   */
  async reconnect(accountId: string, id: string): Promise<ConnectionRecord> {
    const rec = await this.get(accountId, id);
    const session = this.deps.sessions.create(rec.id);
    const updatedAt = laterThan(rec.updatedAt);
    if (!(await this.deps.store.connections.renewSession(rec.id, { ...session, updatedAt }))) {
      throw new GatewayError('GW_ERR_NOT_FOUND', { what: `Connection "${id}"` });
    }
    return { ...rec, ...session, updatedAt };
  }

  /** Every connection of the account the query's filters (app, status, method) select, oldest first, unpaged. */
  async list(accountId: string, query: URLSearchParams): Promise<ConnectionRecord[]> {
    return this.deps.store.listConnections(accountId, listQuery(query));
  }

  /** GET /connections: one page (`limit`, `cursor`), oldest first, and the cursor of the next when there are more. */
  async page(accountId: string, query: URLSearchParams): Promise<{ items: ConnectionRecord[]; nextCursor?: string }> {
    const filter = listQuery(query);
    const page = listPage(query);
    const rows = await this.deps.store.listConnections(accountId, filter, { limit: page.limit + 1, after: page.after });
    if (rows.length <= page.limit) return { items: rows };
    const items = rows.slice(0, page.limit);
    return { items, nextCursor: encodeCursor(items[items.length - 1]!) };
  }

  /**
   * PATCH /connections/{id}: a new name, metadata (checked against the provider's variables as
   * on creation) or, for API_KEY and BASIC connections, a new credential (checked as on
   * creation, sealed, never returned). A new credential makes the connection ACTIVE and uses up
   * its connect link, as one given at creation does.
   */
  async update(accountId: string, id: string, body: unknown): Promise<ConnectionRecord> {
    const rec = await this.get(accountId, id);
    const app = this.deps.routes.get(rec.app);
    const method = app?.methodByType.get(rec.method);
    if (!app || !method) throw new GatewayError('GW_ERR_NOT_FOUND', { what: `Connection "${id}"` });
    const input = patchInput(body, app, method, rec.metadata);
    const patch: ConnectionPatch = { updatedAt: laterThan(rec.updatedAt) };
    if (input.name !== undefined) patch.name = input.name;
    if (input.metadata !== undefined) patch.metadata = input.metadata;
    let consume: string | undefined;
    if (input.credentials) {
      patch.credentials = this.deps.sealer.sealJson(input.credentials.stored, `cred:${rec.id}`);
      patch.status = 'ACTIVE';
      patch.error = null;
      if (!rec.sessionUsedAt) consume = rec.sessionHash;
    }
    let ok = await this.deps.store.updateConnection(rec.id, patch, undefined, consume);
    // The link was used meanwhile (or replaced): the change stands without it.
    if (!ok && consume !== undefined) ok = await this.deps.store.updateConnection(rec.id, patch);
    if (!ok) throw new GatewayError('GW_ERR_NOT_FOUND', { what: `Connection "${id}"` });
    const updated: ConnectionRecord = { ...rec, ...patch, ...(consume ? { sessionUsedAt: patch.updatedAt } : {}) };
    if (updated.name === null) delete updated.name;
    await this.changed(updated);
    return updated;
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

  /**
   * Finishes a connection from the connect page or an OAuth callback: variables, credential,
   * ACTIVE, and the connect session `sessionHash` used up in the same write. Throws
   * SessionUsedError (nothing written) when that session was used or replaced meanwhile.
   */
  async complete(
    rec: ConnectionRecord,
    method: MethodRoute,
    credentials: StoredCredentials,
    inputs: Omit<VariableInputs, 'credentials'>,
    sessionHash: string,
  ): Promise<ConnectionRecord> {
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
    if (!(await this.deps.store.updateConnection(rec.id, patch, undefined, sessionHash))) throw new SessionUsedError();
    const updated = { ...rec, ...patch, sessionUsedAt: patch.updatedAt };
    await this.changed(updated);
    return updated;
  }

  async fail(rec: ConnectionRecord, error: string): Promise<void> {
    await this.deps.store.updateConnection(rec.id, { status: 'FAILED', error, updatedAt: laterThan(rec.updatedAt) });
    await this.changed(rec);
  }

  /** A new credential for an ACTIVE connection (a refreshed token). */
  async replaceCredentials(rec: ConnectionRecord, credentials: StoredCredentials): Promise<ConnectionRecord> {
    const updatedAt = laterThan(rec.updatedAt);
    await this.deps.store.updateConnection(rec.id, { credentials: this.deps.sealer.sealJson(credentials, `cred:${rec.id}`), updatedAt });
    return { ...rec, updatedAt };
  }

  async changed(rec: ConnectionRecord): Promise<void> {
    await this.deps.invalidation.publish('connections', connectionKey(rec));
  }
}

/** An ISO time strictly after `previous`, so optimistic updates always see a change. */
function laterThan(previous: string): string {
  const t = now();
  return t > previous ? t : new Date(Date.parse(previous) + 1).toISOString();
}
