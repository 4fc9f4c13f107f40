import { describe, expect, it } from 'vitest';
import type { AuthType } from '@switchboard/contract';
import type { StoredCredentials } from '../../../../packages/gateway/src/connections/types.js';
import { createInjectCredentialStep } from '../../../../packages/gateway/src/pipeline/inject-credential.js';
import { createResolveTargetStep } from '../../../../packages/gateway/src/pipeline/resolve-target.js';
import { app, codeOf, connection, exchange } from './fixtures.js';

function targeted(path: string, type: AuthType, credentials: StoredCredentials, vars: Record<string, string> = {}) {
  const ex = exchange(path);
  ex.app = app(ex.segment);
  ex.connection = connection(ex.segment, type, credentials, vars);
  createResolveTargetStep({})(ex);
  return ex;
}

const env = { SWITCHBOARD_OAUTH_TRELLO_CLIENT_ID: 'consumer', SWITCHBOARD_OAUTH_TRELLO_CLIENT_SECRET: 'consumer-secret' };

describe('inject-credential step', () => {
  it('a bearer token replaces the caller’s Authorization; the path and query go as they came', () => {
    const ex = targeted('/slack/api/conversations.list?limit=5', 'API_KEY', { token: 'xoxb-1' });
    createInjectCredentialStep({})(ex);
    expect(ex.replace?.get('authorization')).toEqual(['Authorization', 'Bearer xoxb-1']);
    expect(ex.upstreamPath).toBe('/api/conversations.list?limit=5');
    expect(ex.defaults?.size).toBe(0);
  });

  it('query-parameter keys: set by the gateway, the caller’s same-named ones dropped', () => {
    const ex = targeted('/trello/1/members/me?token=mine&fields=id', 'API_KEY', { api_key: 'K', token: 'T' });
    createInjectCredentialStep({})(ex);
    expect(ex.upstreamPath).toBe('/1/members/me?fields=id&key=K&token=T');
  });

  it('basic auth', () => {
    const ex = targeted('/mailchimp/3.0/lists', 'API_KEY', { api_key: 'k-us6' }, { dc: 'us6' });
    createInjectCredentialStep({})(ex);
    expect(ex.replace?.get('authorization')?.[1]).toBe(`Basic ${Buffer.from('anystring:k-us6').toString('base64')}`);
  });

  it('a default header the caller may override (Notion-Version)', () => {
    const ex = targeted('/notion/v1/users', 'API_KEY', { integration_token: 'secret_1' });
    createInjectCredentialStep({})(ex);
    expect(ex.defaults?.get('notion-version')).toEqual(['Notion-Version', '2025-09-03']);
  });

  it('the plan is built once per connection', () => {
    const first = targeted('/slack/api/a', 'API_KEY', { token: 'x' });
    createInjectCredentialStep({})(first);
    const second = targeted('/slack/api/b', 'API_KEY', { token: 'x' });
    second.connection = first.connection;
    createInjectCredentialStep({})(second);
    expect(second.injection).toBe(first.injection);
  });

  it('OAuth 1.0a: each request signed over its final URL', () => {
    const ex = targeted('/trello/1/members/me?fields=id', 'OAUTH1', { oauth_token: 'tok', oauth_token_secret: 'sec' });
    createInjectCredentialStep(env)(ex);
    const auth = ex.replace?.get('authorization')?.[1] ?? '';
    expect(auth).toMatch(/^OAuth /);
    expect(auth).toContain('oauth_consumer_key="consumer"');
    expect(auth).toContain('oauth_token="tok"');
    expect(auth).toContain('oauth_signature=');
    expect(ex.injection?.replace.has('authorization')).toBe(false); // the cached plan stays unsigned
  });

  it('OAuth 1.0a without the operator’s client: GW_ERR_OAUTH_NOT_CONFIGURED', async () => {
    const ex = targeted('/trello/1/members/me', 'OAUTH1', { oauth_token: 'tok', oauth_token_secret: 'sec' });
    expect(await codeOf(() => createInjectCredentialStep({})(ex))).toBe('GW_ERR_OAUTH_NOT_CONFIGURED');
  });
});
