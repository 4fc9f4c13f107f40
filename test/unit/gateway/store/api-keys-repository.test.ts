/** packages/gateway/src/store/api-keys-repository.ts on SQLite and PostgreSQL. */
import { expect, it } from 'vitest';
import type { ApiKeyRecord } from '../../../../packages/gateway/src/store/store.js';
import { describeEachEngine } from './engines.js';

const T0 = '2026-01-01T00:00:00.000Z';

function key(id: string, over: Partial<ApiKeyRecord> = {}): ApiKeyRecord {
  return { id, accountId: 'acc', name: `key ${id}`, clientId: `client-${id}`, hash: `hash-${id}`, createdAt: T0, updatedAt: T0, policy: null, ...over };
}

describeEachEngine('api keys repository', (engine) => {
  const setup = async () => {
    const store = engine.store();
    await store.accounts.create({ id: 'acc', name: 'a', createdAt: T0 });
    await store.accounts.create({ id: 'other', name: 'o', createdAt: T0 });
    return store;
  };

  it('inserts and finds a key by account and id, by id alone and by hash', async () => {
    const { apiKeys } = await setup();
    await apiKeys.insert(key('k1'));
    expect(await apiKeys.get('acc', 'k1')).toEqual(key('k1'));
    expect(await apiKeys.get('other', 'k1')).toBeUndefined(); // another account's key is not there
    expect(await apiKeys.findById('k1')).toEqual(key('k1'));
    expect(await apiKeys.findByHash('hash-k1')).toEqual(key('k1'));
    expect(await apiKeys.findByHash('nope')).toBeUndefined();
  });

  it('lists created keys only, paged, oldest first, with their total; counts with and without reservations', async () => {
    const { apiKeys } = await setup();
    await apiKeys.insert(key('k3', { createdAt: '2026-01-03T00:00:00.000Z' }));
    await apiKeys.insert(key('k1', { createdAt: '2026-01-01T00:00:00.000Z' }));
    await apiKeys.insert(key('k2', { createdAt: '2026-01-02T00:00:00.000Z' }));
    await apiKeys.insert(key('r1', { hash: null, name: null })); // a reservation
    await apiKeys.insert(key('x1', { accountId: 'other' }));
    const page = await apiKeys.list('acc', 1, 1);
    expect(page.items.map((k) => k.id)).toEqual(['k2']);
    expect(page.total).toBe(3);
    expect((await apiKeys.list('acc', 0, 10)).items.map((k) => k.id)).toEqual(['k1', 'k2', 'k3']);
    expect(await apiKeys.count('acc')).toBe(4);
    expect(await apiKeys.count('acc', true)).toBe(3);
    expect((await apiKeys.get('acc', 'r1'))?.hash).toBeNull();
  });

  it('deletes only stale reservations of the account', async () => {
    const { apiKeys } = await setup();
    await apiKeys.insert(key('old', { hash: null, createdAt: '2026-01-01T00:00:00.000Z' }));
    await apiKeys.insert(key('new', { hash: null, createdAt: '2026-01-05T00:00:00.000Z' }));
    await apiKeys.insert(key('made', { createdAt: '2026-01-01T00:00:00.000Z' }));
    await apiKeys.insert(key('elsewhere', { accountId: 'other', hash: null, createdAt: '2026-01-01T00:00:00.000Z' }));
    await apiKeys.deleteStaleReservations('acc', '2026-01-03T00:00:00.000Z');
    expect(await apiKeys.findById('old')).toBeUndefined();
    expect(await apiKeys.findById('new')).toBeDefined();
    expect(await apiKeys.findById('made')).toBeDefined();
    expect(await apiKeys.findById('elsewhere')).toBeDefined();
  });

  it('updates name and timestamp, and hash and client id when given; not across accounts', async () => {
    const { apiKeys } = await setup();
    await apiKeys.insert(key('k1', { hash: null }));
    expect(await apiKeys.update('acc', 'k1', { name: 'renamed', updatedAt: '2026-02-01T00:00:00.000Z' })).toBe(true);
    expect(await apiKeys.get('acc', 'k1')).toEqual(key('k1', { hash: null, name: 'renamed', updatedAt: '2026-02-01T00:00:00.000Z' }));
    expect(await apiKeys.update('acc', 'k1', { name: 'made', hash: 'h', clientId: 'c', updatedAt: '2026-02-02T00:00:00.000Z' })).toBe(true);
    expect(await apiKeys.get('acc', 'k1')).toMatchObject({ name: 'made', hash: 'h', clientId: 'c', updatedAt: '2026-02-02T00:00:00.000Z' });
    expect(await apiKeys.update('other', 'k1', { name: 'stolen', updatedAt: T0 })).toBe(false);
    expect(await apiKeys.update('acc', 'missing', { name: 'x', updatedAt: T0 })).toBe(false);
  });

  it('keeps a key\'s policy, and changes or clears it only when asked', async () => {
    const store = await setup();
    const policy = JSON.stringify({ apps: ['slack'], readOnly: true });
    await store.apiKeys.insert(key('p1', { policy }));
    expect((await store.apiKeys.get('acc', 'p1'))!.policy).toBe(policy);
    await store.apiKeys.update('acc', 'p1', { name: 'renamed', updatedAt: T0 });
    expect((await store.apiKeys.get('acc', 'p1'))!.policy).toBe(policy);
    await store.apiKeys.update('acc', 'p1', { name: 'renamed', policy: null, updatedAt: T0 });
    expect((await store.apiKeys.get('acc', 'p1'))!.policy).toBeNull();
  });

  it('refuses two keys with one hash', async () => {
    const { apiKeys } = await setup();
    await apiKeys.insert(key('k1', { hash: 'same' }));
    await expect(apiKeys.insert(key('k2', { hash: 'same' }))).rejects.toThrow();
  });

  it('deletes a key and returns it; another account cannot', async () => {
    const { apiKeys } = await setup();
    await apiKeys.insert(key('k1'));
    expect(await apiKeys.delete('other', 'k1')).toBeUndefined();
    expect(await apiKeys.delete('acc', 'k1')).toEqual(key('k1'));
    expect(await apiKeys.findById('k1')).toBeUndefined();
    expect(await apiKeys.delete('acc', 'k1')).toBeUndefined();
  });

  it('goes away with its account', async () => {
    const store = await setup();
    await store.apiKeys.insert(key('k1'));
    await store.db.run('DELETE FROM accounts WHERE id = ?', ['acc']);
    expect(await store.apiKeys.findById('k1')).toBeUndefined();
  });

  it('answers the same through the Store facade', async () => {
    const store = await setup();
    await store.insertApiKey(key('k1'));
    expect(await store.getApiKey('acc', 'k1')).toEqual(key('k1'));
    expect(await store.listApiKeys('acc', 0, 10)).toEqual({ items: [key('k1')], total: 1 });
    expect(await store.countApiKeys('acc')).toBe(1);
    expect(await store.findApiKeyById('k1')).toEqual(key('k1'));
    expect(await store.findApiKeyByHash('hash-k1')).toEqual(key('k1'));
    expect(await store.updateApiKey('acc', 'k1', { name: 'n', updatedAt: T0 })).toBe(true);
    expect(await store.deleteApiKey('acc', 'k1')).toEqual(key('k1', { name: 'n' }));
  });
});
