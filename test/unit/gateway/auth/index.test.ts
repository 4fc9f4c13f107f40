import { describe, expect, it } from 'vitest';
import { AUTH_METHODS, type AuthType, type MethodRoute } from '@switchboard/contract';
import { AUTH, authMethod } from '../../../../packages/gateway/src/auth/index.js';

const TYPES = Object.keys(AUTH_METHODS) as AuthType[];

describe('the auth-method table', () => {
  it('has one module per AuthType of the contract', () => {
    expect(Object.keys(AUTH).sort()).toEqual([...TYPES].sort());
  });

  it.each(TYPES)('%s agrees with the contract’s data (browser flow, refresh, fields)', (type) => {
    const m = AUTH[type];
    const info = AUTH_METHODS[type];
    expect(m.start !== undefined && m.callback !== undefined).toBe(info.browserFlow);
    expect(m.refreshGrant !== undefined).toBe(info.canRefresh);
    expect(m.entersFields({ type, label: '', fields: [], inject: [] } as MethodRoute)).toBe(info.enteredAsFields);
  });

  it('only MCP connections serve an MCP server', () => {
    expect(TYPES.filter((t) => AUTH[t].servesMcp)).toEqual(['MCP']);
  });

  it('a type read from the store that this build does not know has no method', () => {
    expect(authMethod('API_KEY')).toBe(AUTH.API_KEY);
    expect(authMethod('SAML')).toBeUndefined();
    expect(authMethod('toString')).toBeUndefined();
  });
});
