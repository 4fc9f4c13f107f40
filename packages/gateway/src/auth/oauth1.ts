/**
 * OAUTH1 (OAuth 1.0a, Trello): request token → user authorization → access token, and every
 * proxied request signed with HMAC-SHA1 over its final URL.
 */
import { oauthEnvPrefix } from '../config.js';
import { GatewayError } from '../errors.js';
import { oauth1Header } from '../oauth/oauth1.js';
import { fillAngle, OAuthError } from '../oauth/oauth2.js';
import { missingClient, oauthClient, requireClient } from './client.js';
import { credentialString } from './credentials.js';
import type { AuthMethod } from './types.js';

export const oauth1: AuthMethod = {
  servesMcp: false,
  entersFields: () => false,
  // OAuth 1.0a signs every request with the consumer secret: the sign-in needs it too.
  missingSetting: (app, env) => missingClient(app, env, true),

  credentials(raw, method) {
    const stored = {
      oauth_token: credentialString(raw, method, 'oauth_token', true),
      oauth_token_secret: credentialString(raw, method, 'oauth_token_secret', true),
    };
    return { stored, raw };
  },

  async start(ctx, { app, method, state, handoff }) {
    const route = method.oauth1!;
    const client = requireClient(app.app, ctx.env);
    const callback = `${ctx.redirectUri()}?state=${state}`;
    const url = fillAngle(route.requestTokenUrl, handoff.given);
    const r = await ctx.outbound.request(url, {
      method: 'POST',
      headers: { authorization: oauth1Header('POST', url, { consumerKey: client.clientId, consumerSecret: client.clientSecret ?? '', token: '', tokenSecret: '' }, { oauth_callback: callback }) },
    });
    const answer = new URLSearchParams(r.text);
    if (r.status >= 400 || !answer.get('oauth_token')) throw new OAuthError('request_token', `request token refused (HTTP ${r.status})`, r.status);
    handoff.tokenSecret = answer.get('oauth_token_secret') ?? '';
    const auth = new URL(fillAngle(route.authorizationUrl, handoff.given));
    auth.searchParams.set('oauth_token', answer.get('oauth_token')!);
    for (const [k, v] of Object.entries(route.authorizationParams)) auth.searchParams.set(k, v);
    if (route.scopes.length) auth.searchParams.set('scope', route.scopes.join(','));
    return auth.toString();
  },

  async callback(ctx, app, method, handoff, query) {
    const client = requireClient(app.app, ctx.env);
    const url = fillAngle(method.oauth1!.accessTokenUrl, handoff.given);
    const r = await ctx.outbound.request(url, {
      method: 'POST',
      headers: {
        authorization: oauth1Header(
          'POST',
          url,
          { consumerKey: client.clientId, consumerSecret: client.clientSecret ?? '', token: query.get('oauth_token') ?? '', tokenSecret: handoff.tokenSecret ?? '' },
          { oauth_verifier: query.get('oauth_verifier') ?? '' },
        ),
      },
    });
    const answer = new URLSearchParams(r.text);
    if (r.status >= 400 || !answer.get('oauth_token')) throw new OAuthError('access_token', `access token refused (HTTP ${r.status})`, r.status);
    return {
      credentials: { oauth_token: answer.get('oauth_token')!, oauth_token_secret: answer.get('oauth_token_secret') ?? '' },
      tokenResponse: Object.fromEntries(answer),
    };
  },

  sign(app, plan, method, url, env) {
    const client = oauthClient(app.app, env);
    if (!client?.clientSecret) throw new GatewayError('GW_ERR_OAUTH_NOT_CONFIGURED', { app: app.app, env: oauthEnvPrefix(app.app) });
    const tokens = plan.oauth1 ?? { token: '', tokenSecret: '' };
    const signed = new Map(plan.replace);
    signed.set('authorization', [
      'Authorization',
      oauth1Header(method, url, { consumerKey: client.clientId, consumerSecret: client.clientSecret, token: tokens.token, tokenSecret: tokens.tokenSecret }),
    ]);
    return signed;
  },
};
