/**
 * MCP: an MCP server's own authorization (discovery, dynamic client registration, code flow
 * with PKCE), or a static token typed as fields when the server declares them. The client the
 * server registered is stored with the tokens, so the refresh goes to the same place.
 */
import { discoverMcpAuth, mcpTokenRoute, registerMcpClient } from '../oauth/mcp-auth.js';
import { authorizationUrl, exchangeCode, OAuthError, pkcePair } from '../oauth/oauth2.js';
import { GatewayError } from '../errors.js';
import { oauthClient } from './client.js';
import { fieldCredentials, importedToken } from './credentials.js';
import type { AuthMethod } from './types.js';

export const mcp: AuthMethod = {
  servesMcp: true,
  credentials: (raw, method) => (method.fields.length > 0 ? fieldCredentials(raw, method) : importedToken(raw, method)),
  entersFields: (method) => method.fields.length > 0,

  async start(ctx, { app, method, state, handoff }) {
    if (!app.mcp) throw new GatewayError('GW_ERR_BAD_REQUEST', { detail: 'This method is completed with the form.' });
    const meta = await discoverMcpAuth(ctx.outbound, app.mcp.url, method.mcp!);
    const client = await registerMcpClient(ctx.outbound, meta, ctx.redirectUri(), oauthClient(app.app, ctx.env) ?? { clientId: '' });
    const pkce = pkcePair();
    handoff.verifier = pkce.verifier;
    handoff.mcpClient = { clientId: client.clientId, clientSecret: client.clientSecret, tokenUrl: meta.tokenUrl };
    return authorizationUrl(mcpTokenRoute(meta, method.mcp!.scopes), client, { redirectUri: ctx.redirectUri(), state, codeChallenge: pkce.challenge, vars: handoff.given });
  },

  async callback(ctx, _app, _method, handoff, query) {
    const code = query.get('code');
    if (!code) throw new OAuthError('invalid_request', 'the callback carries no code', 400);
    const registered = handoff.mcpClient;
    if (!registered) throw new OAuthError('unsupported', 'this method does not use a callback', 400);
    const route = mcpTokenRoute({ authorizationUrl: '', tokenUrl: registered.tokenUrl });
    const tokens = await exchangeCode(ctx.outbound, route, registered, { code, redirectUri: ctx.redirectUri(), verifier: handoff.verifier, vars: handoff.given });
    return {
      credentials: {
        access_token: tokens.access_token,
        refresh_token: tokens.refresh_token,
        expires_at: tokens.expires_at,
        client_id: registered.clientId,
        client_secret: registered.clientSecret,
        token_url: registered.tokenUrl,
      },
      tokenResponse: tokens.raw,
    };
  },

  refreshGrant(conn) {
    const c = conn.credentials;
    if (typeof c.token_url !== 'string' || typeof c.client_id !== 'string') return undefined;
    return {
      route: mcpTokenRoute({ authorizationUrl: '', tokenUrl: c.token_url }),
      client: { clientId: c.client_id, clientSecret: typeof c.client_secret === 'string' ? c.client_secret : undefined },
    };
  },
};
