import { describe, expect, it } from 'vitest';
import type { ConnectionSelector } from '../../../../packages/gateway/src/connections/select.js';
import type { ActiveConnection } from '../../../../packages/gateway/src/connections/types.js';
import { GatewayError } from '../../../../packages/gateway/src/errors.js';
import { createSelectConnectionStep } from '../../../../packages/gateway/src/pipeline/select-connection.js';
import type { RuntimeApp } from '../../../../packages/gateway/src/routes.js';
import { app, codeOf, connection, exchange } from './fixtures.js';

interface Call {
  accountId: string;
  app: string;
  named: string | undefined;
  mcp: boolean;
}

function selector(answer: ActiveConnection | GatewayError, calls: Call[], cached?: ActiveConnection): ConnectionSelector {
  return {
    cached: () => cached,
    async select(accountId: string, a: RuntimeApp, named: string | undefined, mcp: boolean) {
      calls.push({ accountId, app: a.app, named, mcp });
      if (answer instanceof GatewayError) throw answer;
      return answer;
    },
  } as unknown as ConnectionSelector;
}

function routed(path: string, headers: Record<string, string> = {}, mcp = false) {
  const ex = exchange(path, { headers });
  ex.app = app(path.split('/')[1]!);
  ex.mcp = mcp;
  ex.caller = { accountId: 'acct', keyId: 'k' };
  return ex;
}

describe('select-connection step', () => {
  it('asks for the account’s default connection of the kind the route wants', async () => {
    const calls: Call[] = [];
    const conn = connection('slack', 'API_KEY', { token: 't' });
    const ex = routed('/slack/api/x');
    await createSelectConnectionStep(selector(conn, calls))(ex);
    expect(calls).toEqual([{ accountId: 'acct', app: 'slack', named: undefined, mcp: false }]);
    expect(ex.connection).toBe(conn);
    expect(ex.mcp).toBe(false);
  });

  it('passes the connection named in Maton-Connection', async () => {
    const calls: Call[] = [];
    const conn = connection('slack', 'API_KEY', { token: 't' });
    await createSelectConnectionStep(selector(conn, calls))(routed('/slack/api/x', { 'maton-connection': conn.record.id }));
    expect(calls[0]!.named).toBe(conn.record.id);
  });

  it('from here on the connection decides MCP or REST (a named MCP connection on a REST path)', async () => {
    const conn = connection('notion', 'MCP', { access_token: 'a' });
    const ex = routed('/notion/v1/pages', { 'maton-connection': conn.record.id });
    await createSelectConnectionStep(selector(conn, []))(ex);
    expect(ex.mcp).toBe(true);
  });

  it('a cached choice is taken synchronously, without the store', () => {
    const calls: Call[] = [];
    const conn = connection('slack', 'API_KEY', { token: 't' });
    const ex = routed('/slack/api/x');
    expect(createSelectConnectionStep(selector(new GatewayError('GW_ERR_INTERNAL'), calls, conn))(ex)).toBeUndefined();
    expect(ex.connection).toBe(conn);
    expect(calls).toHaveLength(0);
  });

  it('the selector’s errors pass through (GW_ERR_NO_CONNECTION)', async () => {
    const ex = routed('/slack/api/x');
    const step = createSelectConnectionStep(selector(new GatewayError('GW_ERR_NO_CONNECTION', { app: 'slack' }), []));
    expect(await codeOf(() => step(ex))).toBe('GW_ERR_NO_CONNECTION');
    expect(ex.connection).toBeUndefined();
  });
});
