/**
 * API keys: how callers prove which account they act for. A key is `sbk_<clientId>_<secret>`;
 * only its SHA-256 is stored (the secret is 190 random bits, so a slow hash buys nothing) and
 * it is shown once, when created. Lookups on the hot path hit an in-memory cache.
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { GatewayError } from '../errors.js';
import type { Invalidation } from '../cluster.js';
import { compilePolicy, type CompiledPolicy, type KeyPolicy } from './policy.js';
import { now, type Account, type ApiKeyRecord, type Store } from '../store/store.js';

const KEY_RE = /^sbk_([A-Za-z0-9]{12})_([A-Za-z0-9]{32})$/;
const CACHE_TTL_MS = 60_000;
const CACHE_MAX = 10_000;
const RESERVATION_TTL_MS = 60 * 60_000;

export interface Caller {
  accountId: string;
  keyId: string;
  /** The key's policy (accounts/policy.ts), when it has one: the policy step enforces it. */
  policy?: CompiledPolicy;
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function randomToken(length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(length * 2);
  let out = '';
  for (let i = 0; i < bytes.length && out.length < length; i++) {
    const b = bytes[i]!;
    if (b < 248) out += alphabet[b % 62]; // 248 = 4 × 62: no modulo bias
  }
  return out.length === length ? out : randomToken(length);
}

export class ApiKeys {
  /** Raw key → caller: a hit costs no hashing. Entries expire, and a deleted key is evicted at once. */
  private readonly cache = new Map<string, { caller: Caller; hash: string; until: number }>();

  constructor(
    private readonly store: Store,
    private readonly maxPerAccount: number,
    private readonly invalidation: Invalidation,
  ) {
    invalidation.subscribe('keys', (hash) => {
      if (hash === '*') return this.cache.clear();
      for (const [k, v] of this.cache) if (v.hash === hash) this.cache.delete(k);
    });
  }

  /** POST /api/apikeys: reserves an id; the key itself is made by `create`. */
  async initialise(accountId: string): Promise<ApiKeyRecord> {
    // A reserved id that was never made into a key frees its place in the limit after an hour.
    await this.store.deleteStaleReservations(accountId, new Date(Date.now() - RESERVATION_TTL_MS).toISOString());
    await this.checkLimit(accountId);
    const t = now();
    const rec: ApiKeyRecord = { id: randomUUID(), accountId, name: null, clientId: randomToken(12), hash: null, createdAt: t, updatedAt: t, policy: null };
    await this.store.insertApiKey(rec);
    return rec;
  }

  /**
   * PUT /api/apikeys/{id} on an initialised id (or a new id): makes the secret and returns it
   * with the record. The only moment the secret exists outside the caller's hands.
   */
  async create(accountId: string, id: string, name: string, policy: KeyPolicy | null = null): Promise<{ record: ApiKeyRecord; key: string }> {
    const existing = await this.store.getApiKey(accountId, id);
    if (existing?.hash) throw new Error('already created');
    if (!existing) await this.checkLimit(accountId);
    const clientId = existing?.clientId ?? randomToken(12);
    const key = `sbk_${clientId}_${randomToken(32)}`;
    const t = now();
    if (existing) {
      await this.store.updateApiKey(accountId, id, { name, hash: hashKey(key), policy: policyJson(policy), updatedAt: t });
    } else {
      await this.store.insertApiKey({ id, accountId, name, clientId, hash: hashKey(key), createdAt: t, updatedAt: t, policy: policyJson(policy) });
    }
    return { record: (await this.store.getApiKey(accountId, id))!, key };
  }

  /** Renames a key and, when `policy` is given (null clears it), replaces its policy: every instance forgets the cached key. */
  async update(accountId: string, id: string, name: string, policy?: KeyPolicy | null): Promise<ApiKeyRecord | undefined> {
    const current = await this.store.getApiKey(accountId, id);
    if (!current) return undefined;
    const t = now();
    const updatedAt = t > current.updatedAt ? t : new Date(Date.parse(current.updatedAt) + 1).toISOString();
    const ok = await this.store.updateApiKey(accountId, id, { name, updatedAt, ...(policy !== undefined ? { policy: policyJson(policy) } : {}) });
    if (ok && policy !== undefined && current.hash) await this.invalidation.publish('keys', current.hash);
    return ok ? this.store.getApiKey(accountId, id) : undefined;
  }

  async delete(accountId: string, id: string): Promise<boolean> {
    const removed = await this.store.deleteApiKey(accountId, id);
    if (removed?.hash) await this.invalidation.publish('keys', removed.hash);
    return removed !== undefined;
  }

  /** The caller for a key seen within the last minute, without hashing or awaiting; else undefined. */
  cached(authorization: string | undefined): Caller | undefined {
    const key = presentedKey(authorization);
    if (!key) return undefined;
    const hit = this.cache.get(key);
    return hit && hit.until > Date.now() ? hit.caller : undefined;
  }

  /** The account behind `Authorization: Bearer <key>` (or `token <key>`, or Basic with the key as user or password), or a 401. */
  async authenticate(authorization: string | undefined): Promise<Caller> {
    const key = presentedKey(authorization);
    if (!key) throw new GatewayError('GW_ERR_UNAUTHORIZED');
    const t = Date.now();
    const hit = this.cache.get(key);
    if (hit && hit.until > t) return hit.caller;
    if (!KEY_RE.test(key)) throw new GatewayError('GW_ERR_UNAUTHORIZED');
    const hash = hashKey(key);
    const rec = await this.store.findApiKeyByHash(hash);
    // The index lookup matched on the hash; compare again in constant time before trusting it.
    if (!rec?.hash || !timingSafeEqual(Buffer.from(rec.hash), Buffer.from(hash))) throw new GatewayError('GW_ERR_UNAUTHORIZED');
    const caller: Caller = { accountId: rec.accountId, keyId: rec.id, policy: rec.policy ? compilePolicy(JSON.parse(rec.policy) as KeyPolicy) : undefined };
    if (this.cache.size >= CACHE_MAX) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, { caller, hash, until: t + CACHE_TTL_MS });
    return caller;
  }

  private async checkLimit(accountId: string): Promise<void> {
    if ((await this.store.countApiKeys(accountId)) >= this.maxPerAccount) {
      throw new GatewayError('GW_ERR_KEY_LIMIT', { limit: this.maxPerAccount });
    }
  }
}

/**
 * The key a caller presents, in any of the forms official SDKs send a credential with only
 * their base URL changed: `Bearer <key>` (Stripe and most), `token <key>` (Octokit), and HTTP
 * Basic with the key as the user name or the password (Twilio sends AccountSid:AuthToken). The
 * header is consumed: it never goes upstream.
 */
export function presentedKey(header: string | undefined): string | undefined {
  if (!header) return undefined;
  if (header.startsWith('Bearer ') && header.indexOf(' ', 7) < 0) return header.slice(7) || undefined;
  const m = /^(Bearer|token|Basic)\s+(\S+)\s*$/i.exec(header);
  if (!m) return undefined;
  if (m[1]!.toLowerCase() !== 'basic') return m[2];
  const decoded = Buffer.from(m[2]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const user = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  if (KEY_RE.test(password)) return password;
  if (KEY_RE.test(user)) return user;
  return undefined;
}

function policyJson(policy: KeyPolicy | null): string | null {
  return policy === null ? null : JSON.stringify(policy);
}

/** A stored key's policy, as the control API shows it. */
export function keyPolicy(rec: ApiKeyRecord): KeyPolicy | null {
  return rec.policy ? (JSON.parse(rec.policy) as KeyPolicy) : null;
}

export async function createAccount(store: Store, name: string): Promise<Account> {
  return store.createAccount({ id: randomUUID(), name, createdAt: now() });
}
