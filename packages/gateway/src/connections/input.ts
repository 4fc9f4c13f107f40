/** Checks what the control API is sent about connections: the POST body and the list query. */
import type { MethodRoute } from '@switchboard/contract';
import { AUTH, type CredentialInput } from '../auth/index.js';
import { badRequest } from '../errors.js';
import type { Routes, RuntimeApp } from '../routes.js';

const STATUSES = new Set(['ACTIVE', 'PENDING', 'FAILED']);

export interface CreateInput {
  app: RuntimeApp;
  method: MethodRoute;
  metadata: Record<string, string>;
  credentials?: CredentialInput;
}

/** POST /connections {app, method?, metadata?, credentials?}. */
export function createInput(body: unknown, routes: Routes): CreateInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('the body must be a JSON object', 'body');
  const b = body as Record<string, unknown>;
  if (typeof b.app !== 'string' || !b.app) throw badRequest('"app" is required: the app name, e.g. "slack"', 'app');
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
  const metadata = stringMap(b.metadata, 'metadata');
  return { app, method, metadata, credentials: b.credentials === undefined ? undefined : credentialInput(b.credentials, method) };
}

/** GET /connections?app=&status=&method=. */
export function listQuery(query: URLSearchParams): { app?: string; status?: string; method?: string } {
  const status = query.get('status') ?? undefined;
  if (status && !STATUSES.has(status.toUpperCase())) throw badRequest('"status" must be ACTIVE, PENDING or FAILED', 'status');
  const method = query.get('method') ?? undefined;
  return { app: query.get('app') ?? undefined, status: status?.toUpperCase(), method: method?.toUpperCase() };
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
    if (typeof v !== 'string' && typeof v !== 'number') throw badRequest(`${field}.${k} must be a string`, `${field}.${k}`);
    out[k] = String(v);
  }
  return out;
}
