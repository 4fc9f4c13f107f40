import { describe, expect, it } from 'vitest';
import { presentedKey, type ApiKeys } from '../../../../packages/gateway/src/accounts/api-keys.js';
import { GatewayError } from '../../../../packages/gateway/src/errors.js';
import { createAuthenticateStep } from '../../../../packages/gateway/src/pipeline/authenticate.js';
import { codeOf, exchange } from './fixtures.js';

const keys = {
  cached: (header: string | undefined) => (header === 'Bearer cached' ? { accountId: 'acct-2', keyId: 'key-2' } : undefined),
  async authenticate(header: string | undefined) {
    if (header === 'Bearer good') return { accountId: 'acct-1', keyId: 'key-1' };
    throw new GatewayError('GW_ERR_UNAUTHORIZED');
  },
} as unknown as ApiKeys;
const authenticate = createAuthenticateStep(keys);

describe('authenticate step', () => {
  it('sets the caller from the Authorization header', async () => {
    const ex = exchange('/slack/api/x', { headers: { authorization: 'Bearer good' } });
    await authenticate(ex);
    expect(ex.caller).toEqual({ accountId: 'acct-1', keyId: 'key-1' });
  });

  it('a cached key: the caller at once, nothing to await', () => {
    const ex = exchange('/slack/api/x', { headers: { authorization: 'Bearer cached' } });
    expect(authenticate(ex)).toBeUndefined();
    expect(ex.caller).toEqual({ accountId: 'acct-2', keyId: 'key-2' });
  });

  it.each([[undefined], ['Bearer bad'], ['Basic Z29vZA==']])('%s: GW_ERR_UNAUTHORIZED, no caller', async (header) => {
    const ex = exchange('/slack/api/x', { headers: header ? { authorization: header } : {} });
    expect(await codeOf(() => authenticate(ex))).toBe('GW_ERR_UNAUTHORIZED');
    expect(ex.caller).toBeUndefined();
  });
});

describe('the key as official SDKs present it (accounts/api-keys presentedKey)', () => {
  const key = `sbk_${'a1B2c3D4e5F6'}_${'x'.repeat(32)}`;
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  it.each([
    ['Bearer', `Bearer ${key}`, key],
    ['bearer, lower case, extra spaces', `bearer   ${key} `, key],
    ['token (Octokit)', `token ${key}`, key],
    ['Basic, key as password (Twilio)', `Basic ${b64(`AC0123:${key}`)}`, key],
    ['Basic, key as user name', `Basic ${b64(`${key}:`)}`, key],
    ['Basic, neither part a key', `Basic ${b64('user:password')}`, undefined],
    ['Basic without a colon', `Basic ${b64(key)}`, undefined],
    ['an unknown scheme', `Digest ${key}`, undefined],
    ['nothing', undefined, undefined],
  ])('%s', (_name, header, expected) => {
    expect(presentedKey(header)).toBe(expected);
  });
});
