/** Each method's check of a credential given as input (POST /connections, the connect form). */
import { describe, expect, it } from 'vitest';
import type { AuthType } from '@switchboard/contract';
import { AUTH } from '../../../../packages/gateway/src/auth/index.js';
import { GatewayError } from '../../../../packages/gateway/src/errors.js';
import { routes } from '../pipeline/fixtures.js';

function method(app: string, type: AuthType) {
  return routes.get(app)!.methodByType.get(type)!;
}

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof GatewayError) return err.field;
    throw err;
  }
  return undefined;
}

describe('credentials by method', () => {
  it('API_KEY: the declared fields, stored as given', () => {
    expect(AUTH.API_KEY.credentials({ token: 'xoxb-1' }, method('slack', 'API_KEY'))).toEqual({ stored: { token: 'xoxb-1' }, raw: {} });
  });

  it.each([
    ['a missing field', {}, 'credentials.token'],
    ['a field that is not a string', { token: 5 }, 'credentials.token'],
    ['a field the method does not declare', { token: 'x', extra: 'y' }, 'credentials.extra'],
  ])('API_KEY, %s: 400 on that field', (_, raw, field) => {
    expect(fieldOf(() => AUTH.API_KEY.credentials(raw, method('slack', 'API_KEY')))).toBe(field);
  });

  it('BASIC: username and password fields', () => {
    const m = method('woocommerce', 'BASIC');
    const raw = Object.fromEntries(m.fields.map((f) => [f.name, `v-${f.name}`]));
    expect(AUTH.BASIC.credentials(raw, m).stored).toEqual(raw);
  });

  it('OAUTH2: an imported token, its expiry from expires_in; the raw answer kept for variables', () => {
    const before = Date.now();
    const { stored, raw } = AUTH.OAUTH2.credentials({ access_token: 'a', refresh_token: 'r', expires_in: 60, team: { id: 'T1' } }, method('slack', 'OAUTH2'));
    expect(stored.access_token).toBe('a');
    expect(stored.refresh_token).toBe('r');
    expect(stored.expires_at).toBeGreaterThanOrEqual(before + 60_000);
    expect(raw).toHaveProperty('team');
    expect(fieldOf(() => AUTH.OAUTH2.credentials({ access_token: 'a', expires_in: -1 }, method('slack', 'OAUTH2')))).toBe('credentials.expires_in');
    expect(fieldOf(() => AUTH.OAUTH2.credentials({}, method('slack', 'OAUTH2')))).toBe('credentials.access_token');
  });

  it('OAUTH1: token and token secret, both required', () => {
    expect(AUTH.OAUTH1.credentials({ oauth_token: 't', oauth_token_secret: 's' }, method('trello', 'OAUTH1')).stored).toEqual({ oauth_token: 't', oauth_token_secret: 's' });
    expect(fieldOf(() => AUTH.OAUTH1.credentials({ oauth_token: 't' }, method('trello', 'OAUTH1')))).toBe('credentials.oauth_token_secret');
  });

  it('MCP: an imported token when the server declares no fields, the fields when it does', () => {
    const oauth = method('granola', 'MCP');
    expect(AUTH.MCP.credentials({ access_token: 'a' }, oauth).stored.access_token).toBe('a');
    const typed = { ...oauth, fields: [{ name: 'api_token', label: 'API token' }] };
    expect(AUTH.MCP.entersFields(typed)).toBe(true);
    expect(AUTH.MCP.credentials({ api_token: 'x' }, typed).stored).toEqual({ api_token: 'x' });
  });
});
