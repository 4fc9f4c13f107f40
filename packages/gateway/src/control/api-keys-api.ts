/**
 * /api/apikeys: list, read, initialise (POST), create or rename (PUT), delete. Objects carry
 * HAL `_links` as in seed 002; the secret appears once, in the answer to the PUT that makes it.
 * A PUT may also carry the key's `policy` (accounts/policy.ts): apps, allow, deny, readOnly.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { keyPolicy, type ApiKeys, type Caller } from '../accounts/api-keys.js';
import { parsePolicy, type KeyPolicy } from '../accounts/policy.js';
import { badRequest, GatewayError } from '../errors.js';
import { readJson, sendJson, sendNoContent } from '../http.js';
import type { ApiKeyRecord, Store } from '../store/store.js';
import type { PublicUrl } from '../config.js';
import type { ControlRateLimit } from './control-limit.js';
import { allowOf } from './openapi.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class ApiKeysApi {
  constructor(
    private readonly keys: ApiKeys,
    private readonly store: Store,
    private readonly base: PublicUrl,
    private readonly limit?: ControlRateLimit,
  ) {}

  async handle(req: IncomingMessage, res: ServerResponse, caller: Caller, id: string | undefined, query: URLSearchParams): Promise<void> {
    const method = req.method ?? 'GET';
    await this.limit?.check(caller.accountId);
    if (id === undefined) {
      if (method === 'GET') return this.list(res, caller, query);
      if (method === 'POST') {
        const rec = await this.keys.initialise(caller.accountId);
        return sendJson(res, 200, {
          id: rec.id,
          created: rec.createdAt,
          lastModified: rec.updatedAt,
          profileId: rec.accountId,
          _links: { 'create apikey': { href: this.href(rec.id) } },
        });
      }
      throw new GatewayError('GW_ERR_METHOD_NOT_ALLOWED', { method, path: '/api/apikeys' }, { headers: { allow: allowOf('/api/apikeys') } });
    }
    if (!UUID.test(id)) throw new GatewayError('GW_ERR_NOT_FOUND', { what: `API key "${id}"` });
    if (method === 'GET') {
      const rec = await this.store.getApiKey(caller.accountId, id);
      if (!rec?.hash) throw new GatewayError('GW_ERR_NOT_FOUND', { what: `API key "${id}"` });
      return sendJson(res, 200, this.view(rec));
    }
    if (method === 'PUT') {
      const body = await readJson(req, 64 << 10);
      const name = nameFrom(body);
      const policy = policyFrom(body);
      const existing = await this.store.getApiKey(caller.accountId, id);
      if (existing?.hash) {
        const rec = await this.keys.update(caller.accountId, id, name, policy);
        return sendJson(res, 200, this.view(rec!));
      }
      if (!existing && (await this.store.findApiKeyById(id))) throw new GatewayError('GW_ERR_NOT_FOUND', { what: `API key "${id}"` });
      const { record, key } = await this.keys.create(caller.accountId, id, name, policy ?? null);
      return sendJson(res, 201, { ...this.view(record), accessToken: key }, { location: this.href(id) });
    }
    if (method === 'DELETE') {
      if (!(await this.keys.delete(caller.accountId, id))) throw new GatewayError('GW_ERR_NOT_FOUND', { what: `API key "${id}"` });
      return sendNoContent(res);
    }
    throw new GatewayError('GW_ERR_METHOD_NOT_ALLOWED', { method, path: `/api/apikeys/${id}` }, { headers: { allow: allowOf('/api/apikeys/{apikey_id}') } });
  }

  /**
   * GET /api/profiles/{id}: the key owner's profile, where the keys' `profile` link points (seed
   * 002's `/api/profiles/{profileId}`). A caller sees its own account only; any other id is a 404.
   */
  async profile(req: IncomingMessage, res: ServerResponse, caller: Caller, id: string): Promise<void> {
    await this.limit?.check(caller.accountId);
    const method = req.method ?? 'GET';
    const path = `/api/profiles/${encodeURIComponent(id)}`;
    if (method !== 'GET') throw new GatewayError('GW_ERR_METHOD_NOT_ALLOWED', { method, path }, { headers: { allow: allowOf('/api/profiles/{profile_id}') } });
    const account = id === caller.accountId ? await this.store.getAccount(id) : undefined;
    if (!account) throw new GatewayError('GW_ERR_NOT_FOUND', { what: `Profile "${id}"` });
    sendJson(res, 200, {
      id: account.id,
      name: account.name,
      created: account.createdAt,
      _links: { self: { href: this.profileHref(account.id) }, apikeys: { href: `${this.base.value}/api/apikeys` } },
    });
  }

  private async list(res: ServerResponse, caller: Caller, query: URLSearchParams): Promise<void> {
    const page = intParam(query, 'page', 0, 0, 1_000_000);
    const size = intParam(query, 'size', 20, 1, 100);
    const { items, total } = await this.store.listApiKeys(caller.accountId, page * size, size);
    sendJson(res, 200, {
      _embedded: { apikeys: items.filter((k) => k.hash).map((k) => this.view(k)) },
      _links: { self: { href: `${this.base.value}/api/apikeys/?page=${page}&size=${size}` } },
      page: { size, totalElements: total, totalPages: Math.ceil(total / size), number: page },
    });
  }

  private view(k: ApiKeyRecord) {
    const self = { href: this.href(k.id) };
    return {
      id: k.id,
      created: k.createdAt,
      lastModified: k.updatedAt,
      name: k.name,
      clientId: k.clientId,
      profileId: k.accountId,
      policy: keyPolicy(k),
      _links: {
        self,
        'update apikey': self,
        'delete apikey': self,
        profile: { href: this.profileHref(k.accountId) },
      },
    };
  }

  private profileHref(accountId: string): string {
    return `${this.base.value}/api/profiles/${encodeURIComponent(accountId)}`;
  }

  private href(id: string): string {
    return `${this.base.value}/api/apikeys/${id}`;
  }
}

function nameFrom(body: unknown): string {
  const name = (body as { name?: unknown } | undefined)?.name;
  if (typeof name !== 'string' || name.trim() === '') throw badRequest('"name" is required: a label for the key', 'name');
  if (name.length > 200) throw badRequest('"name" may be at most 200 characters', 'name');
  return name.trim();
}

/** `policy` in a PUT body: absent keeps the key's policy, null clears it, an object replaces it. */
function policyFrom(body: unknown): KeyPolicy | null | undefined {
  if (typeof body !== 'object' || body === null || !('policy' in body)) return undefined;
  return parsePolicy((body as { policy: unknown }).policy);
}

function intParam(q: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = q.get(name);
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw badRequest(`"${name}" must be an integer from ${min} to ${max}`, name);
  return n;
}
