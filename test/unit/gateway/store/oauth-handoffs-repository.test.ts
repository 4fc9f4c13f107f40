/** packages/gateway/src/store/oauth-handoffs-repository.ts on SQLite and PostgreSQL. */
import { expect, it } from 'vitest';
import { describeEachEngine } from './engines.js';

const T0 = '2026-01-01T00:00:00.000Z';
const FUTURE = '2999-01-01T00:00:00.000Z';

describeEachEngine('oauth hand-offs repository', (engine) => {
  const setup = async () => {
    const store = engine.store();
    await store.accounts.create({ id: 'acc', name: 'a', createdAt: T0 });
    await store.connections.insert({
      id: 'c1',
      accountId: 'acc',
      app: 'hubspot',
      method: 'OAUTH2',
      status: 'PENDING',
      createdAt: T0,
      updatedAt: T0,
      metadata: {},
      credentials: null,
      session: 's',
      sessionHash: 'sh',
      error: null,
    });
    return store;
  };

  it('gives a hand-off back once, then never again', async () => {
    const { handoffs } = await setup();
    await handoffs.put({ state: 'st1', connectionId: 'c1', payload: 'sealed', expiresAt: FUTURE });
    expect(await handoffs.take('st1')).toEqual({ state: 'st1', connectionId: 'c1', payload: 'sealed', expiresAt: FUTURE });
    expect(await handoffs.take('st1')).toBeUndefined();
    expect(await handoffs.take('never')).toBeUndefined();
  });

  it('sweeps expired hand-offs when one is taken', async () => {
    const store = await setup();
    await store.handoffs.put({ state: 'old', connectionId: 'c1', payload: 'p', expiresAt: '2000-01-01T00:00:00.000Z' });
    await store.handoffs.put({ state: 'live', connectionId: 'c1', payload: 'p', expiresAt: FUTURE });
    await store.handoffs.put({ state: 'taken', connectionId: 'c1', payload: 'p', expiresAt: FUTURE });
    await store.handoffs.take('taken');
    const left = await store.db.all<{ state: string }>('SELECT state FROM oauth_handoffs ORDER BY state');
    expect(left.map((r) => r.state)).toEqual(['live']);
  });

  it('gives a hand-off taken concurrently to one caller only', async () => {
    const { handoffs } = await setup();
    await handoffs.put({ state: 'race', connectionId: 'c1', payload: 'p', expiresAt: FUTURE });
    const got = await Promise.all(Array.from({ length: 5 }, () => handoffs.take('race')));
    expect(got.filter(Boolean)).toHaveLength(1);
  });

  it('refuses one state twice and a hand-off for no connection', async () => {
    const { handoffs } = await setup();
    await handoffs.put({ state: 'dup', connectionId: 'c1', payload: 'p', expiresAt: FUTURE });
    await expect(handoffs.put({ state: 'dup', connectionId: 'c1', payload: 'q', expiresAt: FUTURE })).rejects.toThrow();
    await expect(handoffs.put({ state: 'orphan', connectionId: 'missing', payload: 'q', expiresAt: FUTURE })).rejects.toThrow();
  });

  it('answers the same through the Store facade', async () => {
    const store = await setup();
    await store.putHandoff({ state: 'f', connectionId: 'c1', payload: 'p', expiresAt: FUTURE });
    expect(await store.takeHandoff('f')).toEqual({ state: 'f', connectionId: 'c1', payload: 'p', expiresAt: FUTURE });
  });
});
