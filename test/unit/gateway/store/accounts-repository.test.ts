/** packages/gateway/src/store/accounts-repository.ts on SQLite and PostgreSQL. */
import { expect, it } from 'vitest';
import { describeEachEngine } from './engines.js';

describeEachEngine('accounts repository', (engine) => {
  it('creates, gets and lists accounts oldest first (id breaks ties)', async () => {
    const { accounts } = engine.store();
    const b = await accounts.create({ id: 'b', name: 'Bee', createdAt: '2026-01-01T00:00:00.000Z' });
    expect(b).toEqual({ id: 'b', name: 'Bee', createdAt: '2026-01-01T00:00:00.000Z' });
    await accounts.create({ id: 'a', name: 'Ay', createdAt: '2026-01-01T00:00:00.000Z' });
    await accounts.create({ id: 'c', name: 'Sea', createdAt: '2025-12-31T00:00:00.000Z' });
    expect(await accounts.get('a')).toEqual({ id: 'a', name: 'Ay', createdAt: '2026-01-01T00:00:00.000Z' });
    expect(await accounts.get('missing')).toBeUndefined();
    expect((await accounts.list()).map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });

  it('refuses a second account with the same id', async () => {
    const { accounts } = engine.store();
    await accounts.create({ id: 'a', name: 'one', createdAt: '2026-01-01T00:00:00.000Z' });
    await expect(accounts.create({ id: 'a', name: 'two', createdAt: '2026-01-02T00:00:00.000Z' })).rejects.toThrow();
  });

  it('answers the same through the Store facade', async () => {
    const store = engine.store();
    await store.createAccount({ id: 'f', name: 'Facade', createdAt: '2026-01-01T00:00:00.000Z' });
    expect(await store.getAccount('f')).toEqual(await store.accounts.get('f'));
    expect(await store.listAccounts()).toEqual(await store.accounts.list());
  });
});
