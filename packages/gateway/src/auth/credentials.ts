/**
 * The two shapes a credential can be given in: fields the method declares (API keys, basic
 * auth, an MCP server's static token), or an OAuth token imported as it is. Every value is
 * bounded (MAX_CREDENTIAL_LENGTH) and must be sendable as an HTTP header value: no CR, LF,
 * NUL or other control character but tab, nothing outside Latin-1. Such a value is refused
 * here, naming the field, instead of failing every later call with a 502.
 */
import type { MethodRoute } from '@switchboard/contract';
import type { StoredCredentials } from '../connections/types.js';
import { badRequest } from '../errors.js';
import type { CredentialInput } from './types.js';

/** One credential value, in characters: long JWTs and PEM keys fit, megabytes do not. */
export const MAX_CREDENTIAL_LENGTH = 8192;

/** What an HTTP header value may not hold (RFC 9110 field-value, as Node checks it). */
const NOT_HEADER_SAFE = /[^\t\x20-\x7e\x80-\xff]/;

/** A string field of the input; undefined when absent and optional. */
export function credentialString(raw: Record<string, unknown>, method: MethodRoute, name: string, required: boolean): string | undefined {
  const v = raw[name];
  if (v === undefined || v === null || v === '') {
    if (required) throw badRequest(`credentials.${name} is required for ${method.type}`, `credentials.${name}`);
    return undefined;
  }
  if (typeof v !== 'string') throw badRequest(`credentials.${name} must be a string`, `credentials.${name}`);
  checkCredentialValue(name, v);
  return v;
}

/** Refuses a value too long or not sendable as a header value; the message never echoes it. */
export function checkCredentialValue(name: string, v: string): void {
  const field = `credentials.${name}`;
  if (v.length > MAX_CREDENTIAL_LENGTH) throw badRequest(`${field} must be at most ${MAX_CREDENTIAL_LENGTH} characters`, field);
  const bad = NOT_HEADER_SAFE.exec(v);
  if (bad) {
    const c = bad[0].codePointAt(0)!;
    const what = c === 13 ? 'a carriage return (CR)' : c === 10 ? 'a line feed (LF)' : c === 0 ? 'a NUL character' : c > 0xff ? 'a character outside Latin-1' : 'a control character';
    throw badRequest(`${field} contains ${what} at position ${bad.index}; credentials are sent in HTTP headers, which cannot carry it`, field);
  }
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
  if (unknown) {
    const name = unknown.length > 64 ? `${unknown.slice(0, 61)}...` : unknown;
    throw badRequest(`credentials.${name} is not a field of ${method.type} (expected ${[...known].join(', ')})`, `credentials.${name}`);
  }
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
