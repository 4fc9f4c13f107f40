/**
 * Authorising against an MCP server (MCP authorization spec): the server's authorization
 * server metadata (RFC 8414, found through the protected-resource metadata of RFC 9728 or at
 * the server's origin), dynamic client registration (RFC 7591) when the operator configured no
 * client, then an ordinary authorization-code flow with PKCE.
 */
import type { McpAuthRoute, OAuth2Route } from '@switchboard/contract';
import type { Outbound } from '../net/outbound.js';

export interface McpAuthMetadata {
  authorizationUrl: string;
  tokenUrl: string;
  registrationUrl?: string;
}

/**
 * The OAuth 2.0 settings of an MCP server's authorization server, as the code exchange and the
 * refresh need them: its token endpoint, PKCE, the client in the body.
 */
export function mcpTokenRoute(metadata: Pick<McpAuthMetadata, 'authorizationUrl' | 'tokenUrl'>, scopes: string[] = []): OAuth2Route {
  return {
    authorizationUrl: metadata.authorizationUrl,
    tokenUrl: metadata.tokenUrl,
    scopes,
    scopeSeparator: ' ',
    scopeParam: 'scope',
    pkce: true,
    refresh: true,
    clientAuth: 'body',
    authorizationParams: {},
    tokenField: 'access_token',
  };
}

export async function discoverMcpAuth(outbound: Outbound, mcpUrl: string, declared: McpAuthRoute): Promise<McpAuthMetadata> {
  if (declared.authorizationUrl && declared.tokenUrl) {
    return { authorizationUrl: declared.authorizationUrl, tokenUrl: declared.tokenUrl, registrationUrl: declared.registrationUrl };
  }
  const server = new URL(mcpUrl);
  let issuer = server.origin;
  const resource = await outbound.request(`${server.origin}/.well-known/oauth-protected-resource${server.pathname === '/' ? '' : server.pathname}`).catch(() => undefined);
  const servers = (resource?.json as { authorization_servers?: string[] } | undefined)?.authorization_servers;
  if (resource && resource.status < 400 && servers?.[0]) issuer = servers[0].replace(/\/$/, '');
  const meta = await outbound.request(`${issuer}/.well-known/oauth-authorization-server`);
  const m = meta.json as { authorization_endpoint?: string; token_endpoint?: string; registration_endpoint?: string } | undefined;
  if (meta.status >= 400 || !m?.authorization_endpoint || !m.token_endpoint) {
    throw new Error(`no OAuth authorization server metadata at ${issuer}`);
  }
  return {
    authorizationUrl: declared.authorizationUrl ?? m.authorization_endpoint,
    tokenUrl: declared.tokenUrl ?? m.token_endpoint,
    registrationUrl: declared.registrationUrl ?? m.registration_endpoint,
  };
}

export async function registerMcpClient(
  outbound: Outbound,
  meta: McpAuthMetadata,
  redirectUri: string,
  configured: { clientId: string; clientSecret?: string },
): Promise<{ clientId: string; clientSecret?: string }> {
  if (configured.clientId) return configured;
  if (!meta.registrationUrl) throw new Error('the MCP server offers no client registration and no client is configured');
  const r = await outbound.request(meta.registrationUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      client_name: 'Switchboard',
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
    }),
  });
  const body = r.json as { client_id?: string; client_secret?: string } | undefined;
  if (r.status >= 400 || !body?.client_id) throw new Error(`client registration refused (HTTP ${r.status})`);
  return { clientId: body.client_id, clientSecret: body.client_secret };
}
