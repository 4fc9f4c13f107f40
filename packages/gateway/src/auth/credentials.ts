/**
 * The two shapes a credential can be given in: fields the method declares (API keys, basic
 * auth, an MCP server's static token), or an OAuth token imported as it is.
 */
import type { MethodRoute } from '@switchboard/contract';
import type { StoredCredentials } from '../connections/types.js';
import { badRequest } from '../errors.js';
import type { CredentialInput } from './types.js';

/** A string field of the input; undefined when absent and optional. */
export function credentialString(raw: Record<string, unknown>, method: MethodRoute, name: string, required: boolean): string | undefined {
  const v = raw[name];
  if (v === undefined || v === null || v === '') {
    if (required) throw badRequest(`credentials.${name} is required for ${method.type}`, `credentials.${name}`);
    return undefined;
  }
  if (typeof v !== 'string') throw badRequest(`credentials.${name} must be a string`, `credentials.${name}`);
  return v;
}

/** The fields the method declares, each checked against its pattern; nothing else. */
export function fieldCredentials(raw: Record<string, unknown>, method: MethodRoute): CredentialInput {
  const stored: StoredCredentials = {};
  for (const f of method.fields) {
    const v = credentialString(raw, method, f.name, !f.optional);
    if (v === undefined) continue;
    if (f.pattern && !new RegExp(f.pattern).test(v)) throw badRequest(`credentials.${f.name} is not in the form ${f.label} takes`, `credentials.${f.name}`);
    stored[f.name] = v;
  }
  const known = new Set(method.fields.map((f) => f.name));
  const unknown = Object.keys(raw).find((k) => !known.has(k));
  if (unknown) throw badRequest(`credentials.${unknown} is not a field of ${method.type} (expected ${[...known].join(', ')})`, `credentials.${unknown}`);
  return { stored, raw: {} };
}

/** An OAuth 2.0 token obtained elsewhere: access_token, optional refresh_token and expires_in. */
export function importedToken(raw: Record<string, unknown>, method: MethodRoute): CredentialInput {
  const stored: StoredCredentials = {};
  stored.access_token = credentialString(raw, method, 'access_token', true);
  stored.refresh_token = credentialString(raw, method, 'refresh_token', false);
  const expiresIn = raw.expires_in;
  if (expiresIn !== undefined) {
    const n = Number(expiresIn);
    if (!Number.isFinite(n) || n <= 0) throw badRequest('credentials.expires_in must be a positive number of seconds', 'credentials.expires_in');
    stored.expires_at = Date.now() + n * 1000;
  }
  return { stored, raw };
}
