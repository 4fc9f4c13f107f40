/**
 * OAuth 2.0 as a client: the authorization redirect (with PKCE when the provider takes it),
 * the code exchange and the refresh. Providers differ in small ways that routes.json spells
 * out: how the client authenticates, where the token sits in the answer, the scope separator.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readField } from '@switchboard/contract';
import type { OAuth2Route } from '@switchboard/contract';
import type { Outbound } from '../net/outbound.js';

export interface OAuthClient {
  clientId: string;
  clientSecret?: string;
}

export interface TokenSet {
  access_token: string;
  refresh_token?: string;
  expires_at?: number; // epoch ms
  token_type?: string;
  scope?: string;
  raw: Record<string, unknown>; // the whole answer, for tokenResponse variable sources
}

export class OAuthError extends Error {
  constructor(
    readonly error: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export function fillAngle(url: string, vars: Record<string, string | undefined>): string {
  return url.replace(/<([a-zA-Z][a-zA-Z0-9_]*)>/g, (_, n: string) => encodeURIComponent(vars[n] ?? ''));
}

export function authorizationUrl(
  o: OAuth2Route,
  client: OAuthClient,
  params: { redirectUri: string; state: string; codeChallenge?: string; vars: Record<string, string> },
): string {
  const url = new URL(fillAngle(o.authorizationUrl, params.vars));
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', client.clientId);
  url.searchParams.set('redirect_uri', params.redirectUri);
  url.searchParams.set('state', params.state);
  if (o.scopes.length) url.searchParams.set(o.scopeParam, o.scopes.join(o.scopeSeparator));
  if (params.codeChallenge) {
    url.searchParams.set('code_challenge', params.codeChallenge);
    url.searchParams.set('code_challenge_method', 'S256');
  }
  for (const [k, v] of Object.entries(o.authorizationParams)) url.searchParams.set(k, v);
  // A page routed after "#" (a single-page app, e.g. Apollo's #/oauth/authorize) reads its
  // query from the fragment, so the parameters go there.
  if (url.hash.startsWith('#/')) {
    const fragment = url.hash;
    const search = url.search;
    url.hash = '';
    url.search = '';
    return `${url.toString()}${fragment}${search}`;
  }
  return url.toString();
}

export async function exchangeCode(
  outbound: Outbound,
  o: OAuth2Route,
  client: OAuthClient,
  params: { code: string; redirectUri: string; verifier?: string; vars: Record<string, string> },
): Promise<TokenSet> {
  const form: Record<string, string> = { grant_type: 'authorization_code', code: params.code, redirect_uri: params.redirectUri };
  if (params.verifier) form.code_verifier = params.verifier;
  return tokenRequest(outbound, o, client, form, params.vars);
}

export async function refreshTokens(
  outbound: Outbound,
  o: OAuth2Route,
  client: OAuthClient,
  refreshToken: string,
  vars: Record<string, string | undefined>,
  timeoutMs?: number,
): Promise<TokenSet> {
  return tokenRequest(outbound, o, client, { grant_type: 'refresh_token', refresh_token: refreshToken }, vars, timeoutMs);
}

async function tokenRequest(
  outbound: Outbound,
  o: OAuth2Route,
  client: OAuthClient,
  form: Record<string, string>,
  vars: Record<string, string | undefined>,
  timeoutMs?: number,
): Promise<TokenSet> {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (o.clientAuth === 'basic') {
    const basic = Buffer.from(`${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret ?? '')}`).toString('base64');
    headers.authorization = `Basic ${basic}`;
  } else {
    form.client_id = client.clientId;
    if (client.clientSecret) form.client_secret = client.clientSecret;
  }
  const res = await outbound.request(fillAngle(o.tokenUrl, vars), { method: 'POST', headers, body: new URLSearchParams(form).toString(), timeoutMs });
  const body = (res.json ?? Object.fromEntries(new URLSearchParams(res.text))) as Record<string, unknown>;
  const token = readField(body, o.tokenField);
  if (res.status >= 400 || body.error || typeof token !== 'string' || !token) {
    const error = typeof body.error === 'string' ? body.error : `http_${res.status}`;
    const description = typeof body.error_description === 'string' ? body.error_description : 'no access token in the answer';
    throw new OAuthError(error, `token endpoint refused: ${error} (${description})`, res.status);
  }
  const expiresIn = Number(body.expires_in);
  return {
    access_token: token,
    refresh_token: typeof body.refresh_token === 'string' ? body.refresh_token : undefined,
    expires_at: Number.isFinite(expiresIn) && expiresIn > 0 ? Date.now() + expiresIn * 1000 : undefined,
    token_type: typeof body.token_type === 'string' ? body.token_type : undefined,
    scope: typeof body.scope === 'string' ? body.scope : undefined,
    raw: body,
  };
}
