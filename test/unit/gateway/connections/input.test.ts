import { describe, expect, it } from 'vitest';
import { createInput, listQuery } from '../../../../packages/gateway/src/connections/input.js';
import { GatewayError } from '../../../../packages/gateway/src/errors.js';
import { routes } from '../pipeline/fixtures.js';

function failure(fn: () => unknown): { field?: string; message: string } | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof GatewayError) return { field: err.field, message: err.message };
    throw err;
  }
  return undefined;
}

describe('POST /connections input', () => {
  it('app, default method, metadata as strings, no credential', () => {
    // Metadata names the provider's variables (zoho-books declares organizationId, digits only).
    const input = createInput({ app: 'zoho-books', metadata: { organizationId: 5 } }, routes);
    expect(input.app.app).toBe('zoho-books');
    expect(input.method.type).toBe(routes.get('zoho-books')!.defaultMethod.type);
    expect(input.metadata).toEqual({ organizationId: '5' });
    expect(input.credentials).toBeUndefined();
  });

  it('a method in any case, with its credential checked by that method', () => {
    const input = createInput({ app: 'slack', method: 'api_key', credentials: { token: 'x' } }, routes);
    expect(input.method.type).toBe('API_KEY');
    expect(input.credentials?.stored).toEqual({ token: 'x' });
  });

  it.each([
    ['not an object', [], 'body'],
    ['no app', {}, 'app'],
    ['an unknown app', { app: 'gmail' }, 'app'],
    ['a method the app lacks', { app: 'slack', method: 'BASIC' }, 'method'],
    ['metadata that is not an object', { app: 'slack', metadata: 'x' }, 'metadata'],
    ['credentials that are not an object', { app: 'slack', method: 'API_KEY', credentials: 'x' }, 'credentials'],
    ['an app name over 64 characters', { app: 'a'.repeat(65) }, 'app'],
    ['a metadata key the provider does not declare', { app: 'slack', metadata: { team: 'T1' } }, 'metadata.team'],
    ['an operator setting (env: variable) as metadata', { app: 'google-ads', metadata: { developerToken: 'abcdefghijklmnop' } }, 'metadata.developerToken'],
    ['a metadata value off its pattern', { app: 'zoho-books', metadata: { organizationId: 'abc' } }, 'metadata.organizationId'],
    ['a metadata value over 1024 characters', { app: 'grafana', metadata: { grafana_url: `https://${'a'.repeat(1100)}.com` } }, 'metadata.grafana_url'],
    ['a credential with a line feed', { app: 'slack', method: 'API_KEY', credentials: { token: 'a\nb' } }, 'credentials.token'],
    ['a credential outside Latin-1', { app: 'slack', method: 'API_KEY', credentials: { token: 'a\u2028b' } }, 'credentials.token'],
    ['a credential over 8192 characters', { app: 'slack', method: 'API_KEY', credentials: { token: 'a'.repeat(8193) } }, 'credentials.token'],
  ])('%s: 400 on %s', (_, body, field) => {
    expect(failure(() => createInput(body, routes))?.field).toBe(field);
  });

  it('an unknown app gets a did-you-mean', () => {
    expect(failure(() => createInput({ app: 'gmail' }, routes))?.message).toContain('google-mail');
  });
});

describe('GET /connections query', () => {
  it('filters upper-cased; an unknown status is refused', () => {
    expect(listQuery(new URLSearchParams('app=slack&status=active&method=oauth2'))).toEqual({ app: 'slack', status: 'ACTIVE', method: 'OAUTH2' });
    expect(failure(() => listQuery(new URLSearchParams('status=gone')))?.field).toBe('status');
  });
});
