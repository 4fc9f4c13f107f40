/** The operator's OAuth client for an app: SWITCHBOARD_OAUTH_<APP>_CLIENT_ID / _CLIENT_SECRET. */
import { oauthEnvPrefix } from '../config.js';
import { GatewayError } from '../errors.js';
import type { OAuthClient } from '../oauth/oauth2.js';
import type { RuntimeApp } from '../routes.js';

export function oauthClient(app: string, env: Record<string, string | undefined>): OAuthClient | undefined {
  const prefix = oauthEnvPrefix(app);
  const clientId = env[`${prefix}_CLIENT_ID`];
  return clientId ? { clientId, clientSecret: env[`${prefix}_CLIENT_SECRET`] } : undefined;
}

/** The app's OAuth client, or GW_ERR_OAUTH_NOT_CONFIGURED. */
export function requireClient(app: string, env: Record<string, string | undefined>): OAuthClient {
  const c = oauthClient(app, env);
  if (!c) throw new GatewayError('GW_ERR_OAUTH_NOT_CONFIGURED', { app, env: oauthEnvPrefix(app) });
  return c;
}

/** The setting prefix an app's OAuth sign-in lacks, or undefined when its client is configured. */
export function missingClient(app: RuntimeApp, env: Record<string, string | undefined>, needsSecret = false): string | undefined {
  const c = oauthClient(app.app, env);
  return c && (!needsSecret || c.clientSecret) ? undefined : oauthEnvPrefix(app.app);
}
