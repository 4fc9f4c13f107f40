/**
 * Fills a connection's variables from the sources its provider lists, in order: what the user
 * typed, the OAuth token response, the OAuth callback, a metadata endpoint, a credential field,
 * a default. Every value is checked against the variable's pattern before it is stored.
 */
import { readField } from '@switchboard/contract';
import { badRequest } from '../errors.js';
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

export async function resolveVariables(app: RuntimeApp, inputs: VariableInputs, outbound: Outbound): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(app.variables)) {
    if (isEnvVariable(app, name)) continue;
    let value: string | undefined;
    for (const src of spec.from) {
      if ('form' in src) value = inputs.given[name];
      else if ('tokenResponse' in src) value = extract(readField(inputs.tokenResponse, src.tokenResponse.field), src.tokenResponse.extract);
      else if ('callbackQuery' in src) value = extract(inputs.callbackQuery?.[src.callbackQuery.param] ?? inputs.given[name], src.callbackQuery.extract);
      else if ('credential' in src) value = extract(readField(inputs.credentials, src.credential.field), src.credential.extract);
      else if ('metadata' in src && inputs.accessToken) value = await fromMetadata(src.metadata, inputs.accessToken, outbound);
      else if ('default' in src) value = src.default;
      if (value !== undefined && value !== '') break;
    }
    // A value the caller gave explicitly wins over nothing, whatever the declared sources.
    if ((value === undefined || value === '') && inputs.given[name]) value = inputs.given[name];
    if (value === undefined || value === '') {
      throw badRequest(`metadata.${name} is required: ${spec.description}`, `metadata.${name}`);
    }
    if (!new RegExp(spec.pattern).test(value) || (spec.format === 'origin' && !isPublicHttpsOrigin(value))) {
      throw badRequest(
        `metadata.${name} ${JSON.stringify(value)} is not valid${spec.format === 'origin' ? ' (a public https origin such as https://example.com)' : ''}`,
        `metadata.${name}`,
      );
    }
    out[name] = value;
  }
  return out;
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
  outbound: Outbound,
): Promise<string | undefined> {
  const authorization = (src.authorization ?? 'Bearer {access_token}').replace('{access_token}', accessToken);
  try {
    const res = await outbound.request(src.url, { headers: { authorization } });
    if (res.status >= 400) return undefined;
    return extract(readField(res.json, src.field), src.extract);
  } catch {
    return undefined;
  }
}
