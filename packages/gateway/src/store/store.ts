/**
 * Accounts, API keys, connections, OAuth hand-offs and the request log, persisted in SQL: one repository per
 * table, and this facade that keeps the methods the rest of the gateway calls. Secrets never
 * reach the store in clear: key secrets arrive hashed, credentials and session tokens sealed.
 * New code can use the repositories directly (`store.connections.get(id)`).
 */
import { AccountsRepository, type Account } from './accounts-repository.js';
import { ApiKeysRepository, type ApiKeyRecord } from './api-keys-repository.js';
import { ConnectionsRepository, type ConnectionPatch, type ConnectionRecord, type ListCursor } from './connections-repository.js';
import type { Db } from './db.js';
import { migrate } from './migrations.js';
import { OAuthHandoffsRepository, type OAuthHandoff } from './oauth-handoffs-repository.js';
import { RequestLogRepository } from './request-log-repository.js';

export type { Account } from './accounts-repository.js';
export type { ApiKeyRecord } from './api-keys-repository.js';
export type { ConnectionPatch, ConnectionRecord, ConnectionStatus, ListCursor } from './connections-repository.js';
export type { OAuthHandoff } from './oauth-handoffs-repository.js';
export type { LogFilter, RequestLogEntry, StoredLogEntry } from './request-log-repository.js';
export { AccountsRepository, ApiKeysRepository, ConnectionsRepository, OAuthHandoffsRepository, RequestLogRepository };
export { now } from './now.js';

export class Store {
  readonly accounts: AccountsRepository;
  readonly apiKeys: ApiKeysRepository;
  readonly connections: ConnectionsRepository;
  readonly handoffs: OAuthHandoffsRepository;
  readonly requestLog: RequestLogRepository;

  constructor(readonly db: Db) {
    this.accounts = new AccountsRepository(db);
    this.apiKeys = new ApiKeysRepository(db);
    this.connections = new ConnectionsRepository(db);
    this.handoffs = new OAuthHandoffsRepository(db);
    this.requestLog = new RequestLogRepository(db);
  }

  /** Applies the migration files not applied yet, each recorded in the `migrations` table. */
  async migrate(): Promise<void> {
    await migrate(this.db);
  }

  async close(): Promise<void> {
    await this.requestLog.close();
    await this.db.close();
  }

  // Accounts

  createAccount(a: Account): Promise<Account> {
    return this.accounts.create(a);
  }

  getAccount(id: string): Promise<Account | undefined> {
    return this.accounts.get(id);
  }

  listAccounts(): Promise<Account[]> {
    return this.accounts.list();
  }

  // API keys

  insertApiKey(k: ApiKeyRecord): Promise<void> {
    return this.apiKeys.insert(k);
  }

  getApiKey(accountId: string, id: string): Promise<ApiKeyRecord | undefined> {
    return this.apiKeys.get(accountId, id);
  }

  listApiKeys(accountId: string, offset: number, limit: number): Promise<{ items: ApiKeyRecord[]; total: number }> {
    return this.apiKeys.list(accountId, offset, limit);
  }

  countApiKeys(accountId: string, onlyCreated = false): Promise<number> {
    return this.apiKeys.count(accountId, onlyCreated);
  }

  /** Ids reserved by POST /api/apikeys but never made into keys, older than `before`. */
  deleteStaleReservations(accountId: string, before: string): Promise<void> {
    return this.apiKeys.deleteStaleReservations(accountId, before);
  }

  updateApiKey(accountId: string, id: string, patch: { name: string; hash?: string; clientId?: string; policy?: string | null; updatedAt: string }): Promise<boolean> {
    return this.apiKeys.update(accountId, id, patch);
  }

  deleteApiKey(accountId: string, id: string): Promise<ApiKeyRecord | undefined> {
    return this.apiKeys.delete(accountId, id);
  }

  findApiKeyById(id: string): Promise<ApiKeyRecord | undefined> {
    return this.apiKeys.findById(id);
  }

  findApiKeyByHash(hash: string): Promise<ApiKeyRecord | undefined> {
    return this.apiKeys.findByHash(hash);
  }

  // Connections

  insertConnection(c: ConnectionRecord): Promise<void> {
    return this.connections.insert(c);
  }

  getConnection(id: string): Promise<ConnectionRecord | undefined> {
    return this.connections.get(id);
  }

  findConnectionBySession(sessionHash: string): Promise<ConnectionRecord | undefined> {
    return this.connections.findBySession(sessionHash);
  }

  listConnections(
    accountId: string,
    filter: { app?: string; status?: string; method?: string } = {},
    page?: { limit: number; after?: ListCursor },
  ): Promise<ConnectionRecord[]> {
    return this.connections.list(accountId, filter, page);
  }

  /** Updates a connection; with `ifUpdatedAt`, only when nobody changed it since (optimistic lock). */
  updateConnection(id: string, patch: ConnectionPatch, ifUpdatedAt?: string, consumeSession?: string): Promise<boolean> {
    return this.connections.update(id, patch, ifUpdatedAt, consumeSession);
  }

  deleteConnection(accountId: string, id: string): Promise<boolean> {
    return this.connections.delete(accountId, id);
  }

  // OAuth hand-offs: the state parameter of a flow in progress, used once.

  putHandoff(h: OAuthHandoff): Promise<void> {
    return this.handoffs.put(h);
  }

  takeHandoff(state: string): Promise<OAuthHandoff | undefined> {
    return this.handoffs.take(state);
  }
}
