import { describe, expect, it } from 'vitest';
import type { AuthType } from '@switchboard/contract';
import type { StoredCredentials } from '../../../../packages/gateway/src/connections/types.js';
import { createResolveTargetStep } from '../../../../packages/gateway/src/pipeline/resolve-target.js';
import { app, codeOf, connection, exchange } from './fixtures.js';

function ready(path: string, type: AuthType, credentials: StoredCredentials, vars: Record<string, string> = {}, mcp = false) {
  const ex = exchange(path);
  ex.app = app(ex.segment);
  ex.connection = connection(ex.segment, type, credentials, vars);
  ex.mcp = mcp;
  return ex;
}

describe('resolve-target step', () => {
  it.each([
    ['the provider’s origin', '/slack/api/chat.postMessage', 'API_KEY', { token: 't' }, {}, {}, 'https://slack.com', '/api/chat.postMessage'],
    ['an override by host', '/slack/api/x', 'API_KEY', { token: 't' }, {}, { 'slack.com': 'http://127.0.0.1:9' }, 'http://127.0.0.1:9', '/api/x'],
    ['an override by app', '/slack/api/x', 'API_KEY', { token: 't' }, {}, { slack: 'http://127.0.0.1:8' }, 'http://127.0.0.1:8', '/api/x'],
    ['a host variable', '/mailchimp/3.0/lists', 'API_KEY', { api_key: 'k-us6' }, { dc: 'us6' }, {}, 'https://us6.api.mailchimp.com', '/3.0/lists'],
    ['a credential in the path', '/telegram/:token/getMe', 'API_KEY', { bot_token: '123:abc' }, {}, {}, 'https://api.telegram.org', '/bot123:abc/getMe'],
  ] as const)('%s', (_, path, type, creds, vars, overrides, origin, upstreamPath) => {
    const ex = ready(path, type, { ...creds }, { ...vars });
    createResolveTargetStep(overrides)(ex);
    expect(ex.target?.origin).toBe(origin);
    expect(ex.target?.path).toBe(upstreamPath);
  });

  it('a user-chosen origin is marked for the SSRF-guarded pool, and no override rewrites it', () => {
    const ex = ready('/woocommerce/wp-json/wc/v3/orders', 'API_KEY', { consumer_key: 'ck', consumer_secret: 'cs' }, { store_url: 'https://shop.example.com' });
    createResolveTargetStep({})(ex);
    expect(ex.target).toMatchObject({ origin: 'https://shop.example.com', userOrigin: true });
    createResolveTargetStep({ 'shop.example.com': 'http://127.0.0.1:7' })(ex);
    expect(ex.target).toMatchObject({ origin: 'https://shop.example.com', userOrigin: true, overridden: false });
    createResolveTargetStep({ woocommerce: 'http://127.0.0.1:7' })(ex);
    expect(ex.target).toMatchObject({ origin: 'https://shop.example.com', userOrigin: true, overridden: false });
  });

  it.each([
    ['a variable that does not match its pattern', '/mailchimp/3.0/lists', { dc: 'evil.com/x' }, 'GW_ERR_BAD_VARIABLE'],
    ['a dot segment', '/mailchimp/3.0/../x', { dc: 'us6' }, 'GW_ERR_BAD_PATH'],
  ])('%s: %s', async (_, path, vars, code) => {
    const ex = ready(path, 'API_KEY', { api_key: 'k' }, vars);
    expect(await codeOf(() => createResolveTargetStep({})(ex))).toBe(code);
  });

  it('an MCP server: its URL, overridden by host or by app, resolved once per app', () => {
    const byHost = ready('/granola/list_meetings', 'MCP', { access_token: 'a' }, {}, true);
    const step = createResolveTargetStep({ 'mcp.granola.ai': 'http://127.0.0.1:6' });
    step(byHost);
    expect(byHost.target).toMatchObject({ origin: 'http://127.0.0.1:6', path: '/mcp', userOrigin: false });
    const again = ready('/granola/get_meetings', 'MCP', { access_token: 'a' }, {}, true);
    step(again);
    expect(again.target).toBe(byHost.target);
    const byApp = ready('/notion/mcp', 'MCP', { access_token: 'a' }, {}, true);
    createResolveTargetStep({ notion: 'http://127.0.0.1:5' })(byApp);
    expect(byApp.target).toMatchObject({ origin: 'http://127.0.0.1:5', path: '/mcp' });
    const plain = ready('/notion/mcp', 'MCP', { access_token: 'a' }, {}, true);
    createResolveTargetStep({})(plain);
    expect(plain.target).toMatchObject({ origin: 'https://mcp.notion.com', path: '/mcp' });
  });
});
