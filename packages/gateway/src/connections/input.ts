/**
 * Checks what the control API is sent about connections: the POST body and the list query.
 * Every input is bounded: the app name before it is looked up, metadata against the variables
 * the provider declares (name, pattern, length), credentials by their method (auth/credentials.ts).
 */
import { AUTH_METHODS, type MethodRoute } from '@switchboard/contract';
import { AUTH, type CredentialInput } from '../auth/index.js';
import { badRequest } from '../errors.js';
import { isPublicHttpsOrigin } from '../net/ssrf.js';
import type { Routes, RuntimeApp } from '../routes.js';
import { isEnvVariable } from './variables.js';

/** App names are short (the longest is well under this); longer input is refused unread. */
export const MAX_APP_NAME = 64;
/** One metadata value, in characters. */
export const MAX_METADATA_VALUE = 1024;
/** All metadata values together, in characters. */
export const MAX_METADATA_TOTAL = 8192;

const STATUSES = new Set(['ACTIVE', 'PENDING', 'FAILED']);

export interface CreateInput {
  app: RuntimeApp;
  /** The key holder's label (absent when none was given). */
  name?: string;
  method: MethodRoute;
  metadata: Record<string, string>;
  credentials?: CredentialInput;
}

/** POST /connections {app, method?, metadata?, credentials?}. */
export function createInput(body: unknown, routes: Routes): CreateInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('the body must be a JSON object', 'body');
  const b = body as Record<string, unknown>;
  if (typeof b.app !== 'string' || !b.app) throw badRequest('"app" is required: the app name, e.g. "slack"', 'app');
  if (b.app.length > MAX_APP_NAME) throw badRequest(`"app" must be an app name of at most ${MAX_APP_NAME} characters, e.g. "slack"`, 'app');
  const app = routes.get(b.app);
  if (!app) {
    const hint = routes.suggest(b.app);
    throw badRequest(`unknown app "${b.app}"${hint ? ` (did you mean "${hint}"?)` : ''}`, 'app');
  }
  let method = app.defaultMethod;
  if (b.method !== undefined) {
    const m = typeof b.method === 'string' ? app.methodByType.get(b.method.toUpperCase()) : undefined;
    if (!m) throw badRequest(`"method" must be one of ${app.methods.map((x) => x.type).join(', ')} for ${app.app}`, 'method');
    method = m;
  }
  const metadata = declaredMetadata(app, stringMap(b.metadata, 'metadata'));
  const name = b.name === undefined || b.name === null ? undefined : connectionName(b.name);
  return { app, method, metadata, ...(name === undefined ? {} : { name }), credentials: b.credentials === undefined ? undefined : credentialInput(b.credentials, method) };
}

/** GET /connections?app=&status=&method=. */
export function listQuery(query: URLSearchParams): { app?: string; status?: string; method?: string } {
  const status = query.get('status') ?? undefined;
  if (status && !STATUSES.has(status.toUpperCase())) throw badRequest('"status" must be ACTIVE, PENDING or FAILED', 'status');
  const method = query.get('method') ?? undefined;
  return { app: query.get('app') ?? undefined, status: status?.toUpperCase(), method: method?.toUpperCase() };
}

/** A connection's name: 1–200 characters once trimmed. */
export const MAX_CONNECTION_NAME = 200;

function connectionName(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw badRequest('"name" must be a non-empty string (or null to remove it)', 'name');
  if (value.length > MAX_CONNECTION_NAME) throw badRequest(`"name" may be at most ${MAX_CONNECTION_NAME} characters`, 'name');
  return value.trim();
}

export interface PatchInput {
  /** A new name; null removes it. */
  name?: string | null;
  /** The connection's metadata after the change (the given keys over the stored ones), checked as a whole. */
  metadata?: Record<string, string>;
  credentials?: CredentialInput;
}

const PATCH_FIELDS = new Set(['name', 'metadata', 'credentials']);

/**
 * PATCH /connections/{id} {name?, metadata?, credentials?}. `metadata` keys are set over the
 * stored ones and the result is checked exactly like POST's (declaredMetadata); `credentials`
 * replace an API_KEY or BASIC connection's credential, checked like creation; OAuth and MCP
 * connections are re-authorised with POST /connections/{id} instead.
 */
export function patchInput(body: unknown, app: RuntimeApp, method: MethodRoute, stored: Record<string, string>): PatchInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('the body must be a JSON object', 'body');
  const b = body as Record<string, unknown>;
  for (const k of Object.keys(b)) {
    if (!PATCH_FIELDS.has(k)) throw badRequest(`"${shortName(k)}" cannot be changed: send name, metadata or credentials`, shortName(k));
  }
  if (Object.keys(b).length === 0) throw badRequest('nothing to change: send name, metadata or credentials', 'body');
  const out: PatchInput = {};
  if ('name' in b) out.name = b.name === null ? null : connectionName(b.name);
  if ('metadata' in b) {
    if (b.metadata === null || typeof b.metadata !== 'object' || Array.isArray(b.metadata)) throw badRequest('"metadata" must be an object of strings', 'metadata');
    out.metadata = declaredMetadata(app, { ...stored, ...stringMap(b.metadata, 'metadata') });
  }
  if ('credentials' in b) {
    // Only credentials a user types (API keys, basic auth) are replaced here; the others come from a sign-in.
    if (!AUTH_METHODS[method.type].enteredAsFields) {
      throw badRequest(`a ${method.type} connection takes no new credentials here: re-authorise it with POST /connections/{id}`, 'credentials');
    }
    out.credentials = credentialInput(b.credentials, method);
  }
  return out;
}

export interface ListPage {
  limit: number;
  after?: { createdAt: string; id: string };
}

/** GET /connections pages: at most MAX_LIST_LIMIT per page. */
export const DEFAULT_LIST_LIMIT = 100;
export const MAX_LIST_LIMIT = 500;

/** `limit` and `cursor` of GET /connections. A cursor is opaque to callers: base64url of the last (created_at, id) seen. */
export function listPage(query: URLSearchParams): ListPage {
  const raw = query.get('limit');
  let limit = DEFAULT_LIST_LIMIT;
  if (raw !== null && raw !== '') {
    limit = Number(raw);
    if (!/^\d+$/.test(raw) || limit < 1 || limit > MAX_LIST_LIMIT) throw badRequest(`"limit" must be an integer from 1 to ${MAX_LIST_LIMIT}`, 'limit');
  }
  const cursor = query.get('cursor');
  if (cursor === null || cursor === '') return { limit };
  return { limit, after: decodeCursor(cursor) };
}

export function encodeCursor(at: { createdAt: string; id: string }): string {
  return Buffer.from(JSON.stringify([at.createdAt, at.id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: string; id: string } {
  const bad = () => badRequest('"cursor" is not valid: send the next_cursor of a previous page as it was given', 'cursor');
  if (cursor.length > 256 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw bad();
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') return { createdAt: v[0], id: v[1] };
  } catch {
    // falls through
  }
  throw bad();
}

/** A credential sent with POST /connections or typed on the connect page, checked by its method. */
export function credentialInput(value: unknown, method: MethodRoute): CredentialInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badRequest('"credentials" must be an object', 'credentials');
  return AUTH[method.type].credentials(value as Record<string, unknown>, method);
}

function stringMap(value: unknown, field: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw badRequest(`"${field}" must be an object of strings`, field);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    const name = shortName(k);
    if (typeof v !== 'string' && typeof v !== 'number') throw badRequest(`${field}.${name} must be a string`, `${field}.${name}`);
    out[k] = String(v);
  }
  return out;
}

/**
 * Metadata as the provider declares it: only its variables that a connection stores (not the
 * operator's `env:` settings), each value within MAX_METADATA_VALUE characters and its pattern,
 * all of them within MAX_METADATA_TOTAL. Messages name the field, never echo the value.
 */
export function declaredMetadata(app: RuntimeApp, metadata: Record<string, string>): Record<string, string> {
  let total = 0;
  for (const [name, value] of Object.entries(metadata)) {
    const spec = app.variables[name];
    const field = `metadata.${shortName(name)}`;
    if (!spec || isEnvVariable(app, name)) {
      const known = Object.keys(app.variables).filter((v) => !isEnvVariable(app, v));
      throw badRequest(`${field} is not a variable of ${app.app} (${known.length ? `expected ${known.join(', ')}` : 'it takes no metadata'})`, field);
    }
    if (value.length > MAX_METADATA_VALUE) throw badRequest(`${field} must be at most ${MAX_METADATA_VALUE} characters`, field);
    total += value.length;
    if (total > MAX_METADATA_TOTAL) throw badRequest(`metadata must be at most ${MAX_METADATA_TOTAL} characters in all`, field);
    if (value !== '' && (!new RegExp(spec.pattern).test(value) || (spec.format === 'origin' && !isPublicHttpsOrigin(value)))) {
      throw badRequest(`${field} is not valid: ${spec.description}`, field);
    }
  }
  return metadata;
}

/** A key as it may appear in a message: bounded, printable. */
function shortName(k: string): string {
  const s = k.replace(/[^\x20-\x7e]/g, '?');
  return s.length > 64 ? `${s.slice(0, 61)}...` : s;
}
