import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../../../packages/gateway/src/errors.js';
import { createRouteStep } from '../../../../packages/gateway/src/pipeline/route.js';
import { exchange, routes } from './fixtures.js';

const route = createRouteStep(routes);

describe('route step', () => {
  it.each([
    ['/slack/api/chat.postMessage', 'slack', false],
    ['/notion/v1/pages', 'notion', false],
    ['/notion/notion-search', 'notion', true], // a tool of Notion's MCP server
    ['/notion/mcp', 'notion', true],
    ['/granola/list_meetings', 'granola', true], // no REST upstream: always MCP
    ['/granola', 'granola', true],
  ])('%s → app %s, mcp %s', (path, name, mcp) => {
    const ex = exchange(path);
    route(ex);
    expect(ex.app?.app).toBe(name);
    expect(ex.mcp).toBe(mcp);
  });

  it('an unknown app: GW_ERR_UNKNOWN_APP with a did-you-mean', () => {
    const ex = exchange('/gmail/gmail/v1/users/me/messages');
    let err: GatewayError | undefined;
    try {
      route(ex);
    } catch (e) {
      err = e as GatewayError;
    }
    expect(err?.code).toBe('GW_ERR_UNKNOWN_APP');
    expect(`${err?.message} ${err?.hint}`).toContain('google-mail');
    expect(ex.app).toBeUndefined();
  });

  it('an unknown app with nothing close: no suggestion', () => {
    expect(() => route(exchange('/zzzzzzzzzzzz/x'))).toThrow(GatewayError);
  });
});
