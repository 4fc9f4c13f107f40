/**
 * OAUTH2: the authorization-code flow (with PKCE when the provider takes it) through the
 * operator's OAuth client, an imported token as the alternative input, and refresh through the
 * provider's token endpoint.
 */
import { oauthUrlVariables } from '../connections/variables.js';
import { authorizationUrl, exchangeCode, OAuthError, pkcePair } from '../oauth/oauth2.js';
import { missingClient, oauthClient, requireClient } from './client.js';
import { importedToken } from './credentials.js';
import type { AuthMethod } from './types.js';

export const oauth2: AuthMethod = {
  servesMcp: false,
  credentials: importedToken,
  entersFields: () => false,
  missingSetting: (app, env) => missingClient(app, env),

  async start(ctx, { app, method, state, handoff }) {
    const client = requireClient(app.app, ctx.env);
    const pkce = method.oauth2!.pkce ? pkcePair() : undefined;
    handoff.verifier = pkce?.verifier;
    const vars = oauthUrlVariables(app, method.oauth2!.authorizationUrl, handoff.given, undefined, ctx.env);
    return authorizationUrl(method.oauth2!, client, { redirectUri: ctx.redirectUri(), state, codeChallenge: pkce?.challenge, vars });
  },

  async callback(ctx, app, method, handoff, query) {
    const code = query.get('code');
    if (!code) throw new OAuthError('invalid_request', 'the callback carries no code', 400);
    const client = requireClient(app.app, ctx.env);
    const issuedAt = Date.now();
    // The token URL may name the account's own server (Zoho's accounts-server): checked before it is used.
    const vars = oauthUrlVariables(app, method.oauth2!.tokenUrl, handoff.given, Object.fromEntries(query), ctx.env);
    const tokens = await exchangeCode(ctx.outbound, method.oauth2!, client, { code, redirectUri: ctx.redirectUri(), verifier: handoff.verifier, vars });
    return {
      credentials: { access_token: tokens.access_token, refresh_token: tokens.refresh_token, expires_at: tokens.expires_at, issued_at: issuedAt },
      tokenResponse: tokens.raw,
    };
  },

  refreshGrant(conn, env) {
    const client = oauthClient(conn.record.app, env);
    return client && conn.method.oauth2 && { route: conn.method.oauth2, client };
  },
};
