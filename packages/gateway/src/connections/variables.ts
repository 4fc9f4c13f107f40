/**
 * Fills a connection's variables from the sources its provider lists, in order: what the user
 * typed, the OAuth token response, the OAuth callback, a metadata endpoint, a credential field,
 * a default. Every value is checked against the variable's pattern before it is stored.
 *
 * What the provider itself says (a token-answer field, a callback parameter) is taken or
 * refused, never skipped: a value it sends that the extract or the pattern rejects fails the
 * connection with a message naming the value, rather than falling back to a default host
 * (an EU account must not quietly end up on the US data centre, and a hostile
 * `accounts-server` must not be half-used).
 */
import { angleVariables, fillAngle, readField, type VariableRoute, type VariableSource } from '@switchboard/contract';
import { badRequest, type GatewayError } from '../errors.js';
import type { Outbound } from '../net/outbound.js';
import { isPublicHttpsOrigin } from '../net/ssrf.js';
import type { RuntimeApp } from '../routes.js';

export interface VariableInputs {
  given: Record<string, string>; // metadata sent with the connection or typed on the connect page
  tokenResponse?: Record<string, unknown>;
  callbackQuery?: Record<string, string>;
  credentials?: Record<string, unknown>;
  accessToken?: string;
}

/** Variables read from the environment at request time; never stored with a connection. */
export function envVariables(app: RuntimeApp, env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, v] of Object.entries(app.variables)) {
    for (const src of v.from) {
      if ('env' in src && env[src.env.name]) {
        out[name] = env[src.env.name]!;
        break;
      }
    }
  }
  return out;
}

export function isEnvVariable(app: RuntimeApp, name: string): boolean {
  return app.variables[name]?.from.every((s) => 'env' in s) ?? false;
}

/** A value as one source gave it: `raw` is what the provider sent, before the extract. */
interface Found {
  value: string | undefined;
  raw?: { what: string; value: string };
}

export async function resolveVariables(app: RuntimeApp, inputs: VariableInputs, outbound: Outbound): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(app.variables)) {
    if (isEnvVariable(app, name)) continue;
    let found: Found = { value: undefined };
    for (const src of spec.from) {
      found = await fromSource(src, name, inputs, out, outbound);
      if (found.raw && !usable(found.value)) throw refused(app, name, spec, found.raw);
      if (usable(found.value)) break;
    }
    // A value the caller gave explicitly wins over nothing, whatever the declared sources.
    if (!usable(found.value) && inputs.given[name]) found = { value: inputs.given[name] };
    out[name] = checked(app, name, spec, found);
  }
  return out;
}

/**
 * The variables an OAuth URL needs (its `<name>`s) from what is known at that step: what was
 * given before the redirect, the callback's query once it has arrived (for the code exchange),
 * the gateway's settings, defaults. Each is checked against its pattern before any request or
 * redirect is made with it. Zoho: the sign-in starts at the chosen (or default) accounts
 * server, and the code is exchanged at the one the callback names.
 */
export function oauthUrlVariables(
  app: RuntimeApp,
  url: string,
  given: Record<string, string>,
  callbackQuery: Record<string, string> | undefined,
  env: Record<string, string | undefined>,
): Record<string, string> {
  const out: Record<string, string> = { ...given, ...envVariables(app, env) };
  for (const name of angleVariables(url)) {
    const spec = app.variables[name];
    if (!spec || isEnvVariable(app, name)) continue;
    let found: Found = { value: undefined };
    for (const src of spec.from) {
      if ('form' in src) found = { value: given[name] };
      else if ('callbackQuery' in src) found = fromCallback(src.callbackQuery, name, { given, callbackQuery });
      else if ('default' in src) found = { value: given[name] || src.default };
      else continue;
      if (found.raw && !usable(found.value)) throw refused(app, name, spec, found.raw);
      if (usable(found.value)) break;
    }
    out[name] = checked(app, name, spec, found);
  }
  return out;
}

async function fromSource(src: VariableSource, name: string, inputs: VariableInputs, resolved: Record<string, string>, outbound: Outbound): Promise<Found> {
  if ('form' in src) return { value: inputs.given[name] };
  if ('tokenResponse' in src) {
    const raw = readField(inputs.tokenResponse, src.tokenResponse.field);
    if (raw === undefined || raw === null || raw === '') return { value: undefined };
    return { value: extract(raw, src.tokenResponse.extract), raw: { what: `the token answer's ${src.tokenResponse.field}`, value: String(raw) } };
  }
  if ('callbackQuery' in src) return fromCallback(src.callbackQuery, name, inputs);
  if ('credential' in src) return { value: extract(readField(inputs.credentials, src.credential.field), src.credential.extract) };
  if ('metadata' in src) return { value: inputs.accessToken ? await fromMetadata(src.metadata, inputs.accessToken, resolved, outbound) : undefined };
  // A default is the last resort: a value the caller gave (metadata, an imported token's region) comes first.
  if ('default' in src) return { value: inputs.given[name] || src.default };
  return { value: undefined };
}

function fromCallback(src: { param: string; extract?: string }, name: string, inputs: { given: Record<string, string>; callbackQuery?: Record<string, string> }): Found {
  const raw = inputs.callbackQuery?.[src.param];
  if (raw === undefined || raw === '') return { value: inputs.given[name] };
  return { value: extract(raw, src.extract), raw: { what: `the sign-in callback's ${src.param}`, value: raw } };
}

function usable(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}

/** The value once its pattern (and, for an origin, the public-address rule) accepts it. */
function checked(app: RuntimeApp, name: string, spec: VariableRoute, found: Found): string {
  const value = found.value;
  if (!usable(value)) throw badRequest(`metadata.${name} is required: ${spec.description}`, `metadata.${name}`);
  if (!new RegExp(spec.pattern).test(value) || (spec.format === 'origin' && !isPublicHttpsOrigin(value))) {
    if (found.raw) throw refused(app, name, spec, found.raw);
    throw badRequest(
      `metadata.${name} ${JSON.stringify(value)} is not valid${spec.format === 'origin' ? ' (a public https origin such as https://example.com)' : ''}`,
      `metadata.${name}`,
    );
  }
  return value;
}

/** A value the provider sent that this provider's file does not allow: named, bounded, and the reason given. */
function refused(app: RuntimeApp, name: string, spec: VariableRoute, raw: { what: string; value: string }): GatewayError {
  const shown = raw.value.length > 200 ? `${raw.value.slice(0, 197)}...` : raw.value;
  return badRequest(`${raw.what} ${JSON.stringify(shown)} is not one of ${app.name}'s own (${name}: ${spec.description}); the connection was not made`, `metadata.${name}`);
}

function extract(value: unknown, pattern: string | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  const s = String(value);
  if (!pattern) return s;
  return new RegExp(pattern).exec(s)?.[1];
}

async function fromMetadata(
  src: { url: string; field: string; authorization?: string; extract?: string },
  accessToken: string,
  resolved: Record<string, string>,
  outbound: Outbound,
): Promise<string | undefined> {
  const authorization = (src.authorization ?? 'Bearer {access_token}').replace('{access_token}', accessToken);
  try {
    // `<name>`s are variables resolved (and pattern-checked) above this one: the connection's own region.
    const res = await outbound.request(fillAngle(src.url, resolved), { headers: { authorization } });
    if (res.status >= 400) return undefined;
    return extract(readField(res.json, src.field), src.extract);
  } catch {
    return undefined;
  }
}
