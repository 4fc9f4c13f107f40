/** Browser flows, refresh grants and signing of each method, against a fake Outbound (no sockets). */
import { describe, expect, it } from 'vitest';
import { AUTH, type FlowContext, type Handoff } from '../../../../packages/gateway/src/auth/index.js';
import { injectionPlan } from '../../../../packages/gateway/src/auth/injection.js';
import type { Outbound, OutboundResponse } from '../../../../packages/gateway/src/net/outbound.js';
import { app, connection } from '../pipeline/fixtures.js';

interface Sent {
  url: string;
  init: { method?: string; headers?: Record<string, string>; body?: string };
}

function flow(answer: (url: string) => Partial<OutboundResponse>, env: Record<string, string> = {}): { ctx: FlowContext; sent: Sent[] } {
  const sent: Sent[] = [];
  const outbound = {
    async request(url: string, init: Sent['init'] = {}) {
      sent.push({ url, init });
      const a = answer(url);
      return { status: 200, headers: new Headers(), text: '', json: undefined, ...a };
    },
    rewrite: (url: string) => url,
  } as unknown as Outbound;
  return { ctx: { outbound, env, redirectUri: () => 'https://gw.example/oauth/callback' }, sent };
}

const SLACK_ENV = { SWITCHBOARD_OAUTH_SLACK_CLIENT_ID: 'cid', SWITCHBOARD_OAUTH_SLACK_CLIENT_SECRET: 'csecret' };
const TRELLO_ENV = { SWITCHBOARD_OAUTH_TRELLO_CLIENT_ID: 'ck', SWITCHBOARD_OAUTH_TRELLO_CLIENT_SECRET: 'cs' };

describe('OAUTH2', () => {
  const slack = app('slack');
  const m = slack.methodByType.get('OAUTH2')!;

  it('start: the provider’s authorization URL with client, redirect and state', async () => {
    const { ctx } = flow(() => ({}), SLACK_ENV);
    const handoff: Handoff = { method: 'OAUTH2', given: {} };
    const url = new URL(await AUTH.OAUTH2.start!(ctx, { app: slack, method: m, state: 'st', handoff }));
    expect(url.searchParams.get('client_id')).toBe('cid');
    expect(url.searchParams.get('state')).toBe('st');
    expect(url.searchParams.get('redirect_uri')).toBe('https://gw.example/oauth/callback');
  });

  it('start without the operator’s client: GW_ERR_OAUTH_NOT_CONFIGURED', async () => {
    const { ctx } = flow(() => ({}));
    await expect(AUTH.OAUTH2.start!(ctx, { app: slack, method: m, state: 'st', handoff: { method: 'OAUTH2', given: {} } })).rejects.toMatchObject({ code: 'GW_ERR_OAUTH_NOT_CONFIGURED' });
  });

  it('callback: the code redeemed at the token endpoint (the token where the provider puts it)', async () => {
    const { ctx, sent } = flow(() => ({ json: { ok: true, authed_user: { access_token: 'at' }, refresh_token: 'rt', expires_in: 3600 } }), SLACK_ENV);
    const r = await AUTH.OAUTH2.callback!(ctx, slack, m, { method: 'OAUTH2', given: {} }, new URLSearchParams('code=c1&state=st'));
    expect(r.credentials).toMatchObject({ access_token: 'at', refresh_token: 'rt' });
    expect(sent[0]!.init.body).toContain('code=c1');
  });

  it('refreshGrant: the provider’s token endpoint as the operator’s client, none without one', () => {
    const conn = connection('slack', 'OAUTH2', { access_token: 'a', refresh_token: 'r' });
    expect(AUTH.OAUTH2.refreshGrant!(conn, SLACK_ENV)).toMatchObject({ route: m.oauth2, client: { clientId: 'cid' } });
    expect(AUTH.OAUTH2.refreshGrant!(conn, {})).toBeUndefined();
  });
});

describe('OAUTH1', () => {
  const trello = app('trello');
  const m = trello.methodByType.get('OAUTH1')!;

  it('start: a signed request-token call, then the authorization URL with that token', async () => {
    const { ctx, sent } = flow(() => ({ text: 'oauth_token=rq&oauth_token_secret=rqs' }), TRELLO_ENV);
    const handoff: Handoff = { method: 'OAUTH1', given: {} };
    const url = new URL(await AUTH.OAUTH1.start!(ctx, { app: trello, method: m, state: 'st', handoff }));
    expect(url.searchParams.get('oauth_token')).toBe('rq');
    expect(handoff.tokenSecret).toBe('rqs');
    expect(sent[0]!.init.headers?.authorization).toMatch(/^OAuth .*oauth_callback=/);
  });

  it('callback: the access token', async () => {
    const { ctx } = flow(() => ({ text: 'oauth_token=at&oauth_token_secret=ats' }), TRELLO_ENV);
    const r = await AUTH.OAUTH1.callback!(ctx, trello, m, { method: 'OAUTH1', given: {}, tokenSecret: 'rqs' }, new URLSearchParams('oauth_token=rq&oauth_verifier=v'));
    expect(r.credentials).toEqual({ oauth_token: 'at', oauth_token_secret: 'ats' });
  });

  it('sign: a new header map with the signature; the cached plan is left as it was', () => {
    const conn = connection('trello', 'OAUTH1', { oauth_token: 'at', oauth_token_secret: 'ats' });
    const plan = injectionPlan(trello, conn);
    const signed = AUTH.OAUTH1.sign!(trello, plan, 'GET', 'https://api.trello.com/1/members/me', TRELLO_ENV);
    expect(signed).not.toBe(plan.replace);
    expect(signed.get('authorization')?.[1]).toMatch(/^OAuth .*oauth_signature=/);
  });
});

describe('MCP', () => {
  const granola = app('granola');
  const m = granola.methodByType.get('MCP')!;

  it('start: discovery, dynamic registration, PKCE; the registered client travels in the handoff', async () => {
    const { ctx, sent } = flow((url) => {
      if (url.includes('oauth-protected-resource')) return { json: { authorization_servers: ['https://auth.example'] } };
      if (url.endsWith('/.well-known/oauth-authorization-server')) {
        return { json: { authorization_endpoint: 'https://auth.example/authorize', token_endpoint: 'https://auth.example/token', registration_endpoint: 'https://auth.example/register' } };
      }
      return { status: 201, json: { client_id: 'dyn' } };
    });
    const handoff: Handoff = { method: 'MCP', given: {} };
    const url = new URL(await AUTH.MCP.start!(ctx, { app: granola, method: m, state: 'st', handoff }));
    expect(url.origin + url.pathname).toBe('https://auth.example/authorize');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(handoff.mcpClient).toEqual({ clientId: 'dyn', clientSecret: undefined, tokenUrl: 'https://auth.example/token' });
    expect(sent.map((s) => s.url)).toContain('https://auth.example/register');
  });

  it('refreshGrant: the token endpoint and client stored with the tokens', () => {
    const conn = connection('granola', 'MCP', { access_token: 'a', refresh_token: 'r', token_url: 'https://auth.example/token', client_id: 'dyn' });
    expect(AUTH.MCP.refreshGrant!(conn, {})).toMatchObject({ route: { tokenUrl: 'https://auth.example/token' }, client: { clientId: 'dyn' } });
    expect(AUTH.MCP.refreshGrant!(connection('granola', 'MCP', { access_token: 'a' }), {})).toBeUndefined();
  });
});
