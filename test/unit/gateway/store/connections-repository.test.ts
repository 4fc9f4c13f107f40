/** packages/gateway/src/store/connections-repository.ts on SQLite and PostgreSQL. */
import { expect, it } from 'vitest';
import type { ConnectionRecord } from '../../../../packages/gateway/src/store/store.js';
import { describeEachEngine } from './engines.js';

const T0 = '2026-01-01T00:00:00.000Z';

function conn(id: string, over: Partial<ConnectionRecord> = {}): ConnectionRecord {
  return {
    id,
    accountId: 'acc',
    app: 'slack',
    method: 'API_KEY',
    status: 'ACTIVE',
    createdAt: T0,
    updatedAt: T0,
    metadata: { team: 'T1' },
    credentials: `sealed-${id}`,
    session: `session-${id}`,
    sessionHash: `session-hash-${id}`,
    sessionExpiresAt: '2026-01-01T00:15:00.000Z',
    sessionUsedAt: null,
    error: null,
    ...over,
  };
}

describeEachEngine('connections repository', (engine) => {
  const setup = async () => {
    const store = engine.store();
    await store.accounts.create({ id: 'acc', name: 'a', createdAt: T0 });
    await store.accounts.create({ id: 'other', name: 'o', createdAt: T0 });
    return store;
  };

  it('inserts a connection and reads it back whole, by id and by session hash', async () => {
    const { connections } = await setup();
    await connections.insert(conn('c1'));
    await connections.insert(conn('c2', { credentials: null, error: 'denied', status: 'FAILED', metadata: {} }));
    expect(await connections.get('c1')).toEqual(conn('c1'));
    expect(await connections.get('c2')).toEqual(conn('c2', { credentials: null, error: 'denied', status: 'FAILED', metadata: {} }));
    expect(await connections.findBySession('session-hash-c1')).toEqual(conn('c1'));
    expect(await connections.get('missing')).toBeUndefined();
    expect(await connections.findBySession('missing')).toBeUndefined();
  });

  it('lists an account’s connections oldest first, filtered by app, status and method', async () => {
    const { connections } = await setup();
    await connections.insert(conn('c3', { createdAt: '2026-01-03T00:00:00.000Z', app: 'hubspot', method: 'OAUTH2' }));
    await connections.insert(conn('c1', { createdAt: '2026-01-01T00:00:00.000Z' }));
    await connections.insert(conn('c2', { createdAt: '2026-01-02T00:00:00.000Z', status: 'PENDING' }));
    await connections.insert(conn('x1', { accountId: 'other' }));
    const ids = async (filter?: Parameters<typeof connections.list>[1]) => (await connections.list('acc', filter)).map((c) => c.id);
    expect(await ids()).toEqual(['c1', 'c2', 'c3']);
    expect(await ids({ app: 'slack' })).toEqual(['c1', 'c2']);
    expect(await ids({ app: 'slack', status: 'ACTIVE' })).toEqual(['c1']);
    expect(await ids({ method: 'OAUTH2' })).toEqual(['c3']);
    expect(await ids({ app: '', status: '' })).toEqual(['c1', 'c2', 'c3']); // empty filters are ignored
    expect(await ids({ app: 'none' })).toEqual([]);
  });

  it('updates the fields given and leaves the others', async () => {
    const { connections } = await setup();
    await connections.insert(conn('c1', { status: 'PENDING', credentials: null }));
    expect(await connections.update('c1', { updatedAt: '2026-01-02T00:00:00.000Z', status: 'ACTIVE', credentials: 'sealed-new', metadata: { a: '1' } })).toBe(true);
    expect(await connections.get('c1')).toEqual(conn('c1', { status: 'ACTIVE', credentials: 'sealed-new', metadata: { a: '1' }, updatedAt: '2026-01-02T00:00:00.000Z' }));
    expect(await connections.update('c1', { updatedAt: '2026-01-03T00:00:00.000Z', method: 'OAUTH2', error: 'x', credentials: null })).toBe(true);
    expect(await connections.get('c1')).toMatchObject({ method: 'OAUTH2', error: 'x', credentials: null, status: 'ACTIVE', metadata: { a: '1' } });
    expect(await connections.update('missing', { updatedAt: T0 })).toBe(false);
  });

  it('updates with ifUpdatedAt only when nobody changed the row since (optimistic lock)', async () => {
    const { connections } = await setup();
    await connections.insert(conn('c1'));
    expect(await connections.update('c1', { updatedAt: '2026-01-02T00:00:00.000Z', status: 'FAILED' }, '2025-01-01T00:00:00.000Z')).toBe(false);
    expect((await connections.get('c1'))?.status).toBe('ACTIVE');
    expect(await connections.update('c1', { updatedAt: '2026-01-02T00:00:00.000Z', status: 'FAILED' }, T0)).toBe(true);
    expect(await connections.update('c1', { updatedAt: '2026-01-03T00:00:00.000Z', status: 'ACTIVE' }, T0)).toBe(false); // T0 is stale now
    expect((await connections.get('c1'))?.status).toBe('FAILED');
  });

  it('deletes only within the account; the connection’s hand-offs go with it', async () => {
    const store = await setup();
    await store.connections.insert(conn('c1'));
    await store.handoffs.put({ state: 's1', connectionId: 'c1', payload: 'p', expiresAt: '2999-01-01T00:00:00.000Z' });
    expect(await store.connections.delete('other', 'c1')).toBe(false);
    expect(await store.connections.delete('acc', 'c1')).toBe(true);
    expect(await store.connections.get('c1')).toBeUndefined();
    expect(await store.handoffs.take('s1')).toBeUndefined();
    expect(await store.connections.delete('acc', 'c1')).toBe(false);
  });

  it('refuses two connections with one session hash', async () => {
    const { connections } = await setup();
    await connections.insert(conn('c1'));
    await expect(connections.insert(conn('c2', { sessionHash: 'session-hash-c1' }))).rejects.toThrow();
  });

  it('uses a connect session up with the update that completes it, once', async () => {
    const { connections } = await setup();
    await connections.insert(conn('c1', { status: 'PENDING', credentials: null }));
    const t1 = '2026-01-02T00:00:00.000Z';
    expect(await connections.update('c1', { updatedAt: t1, status: 'ACTIVE', credentials: 'first' }, undefined, 'not-its-session')).toBe(false);
    expect(await connections.update('c1', { updatedAt: t1, status: 'ACTIVE', credentials: 'first' }, undefined, 'session-hash-c1')).toBe(true);
    expect(await connections.get('c1')).toMatchObject({ status: 'ACTIVE', credentials: 'first', sessionUsedAt: t1 });
    // Replayed: nothing changes.
    expect(await connections.update('c1', { updatedAt: '2026-01-03T00:00:00.000Z', credentials: 'second' }, undefined, 'session-hash-c1')).toBe(false);
    expect((await connections.get('c1'))?.credentials).toBe('first');
  });

  it('renews a session: the old hash opens nothing, the new one is open again', async () => {
    const { connections } = await setup();
    await connections.insert(conn('c1', { sessionUsedAt: T0 }));
    const renewed = { session: 'sealed-2', sessionHash: 'hash-2', sessionExpiresAt: '2026-01-05T00:00:00.000Z', updatedAt: '2026-01-04T00:00:00.000Z' };
    expect(await connections.renewSession('c1', renewed)).toBe(true);
    expect(await connections.findBySession('session-hash-c1')).toBeUndefined();
    expect(await connections.findBySession('hash-2')).toMatchObject({ id: 'c1', session: 'sealed-2', sessionExpiresAt: renewed.sessionExpiresAt, sessionUsedAt: null });
    expect(await connections.renewSession('missing', renewed)).toBe(false);
  });

  it('inserts within a cap per account, and never past it when inserts race', async () => {
    const { connections } = await setup();
    expect(await connections.insertCapped(conn('c1'), 2)).toBe(true);
    expect(await connections.insertCapped(conn('x1', { accountId: 'other' }), 1)).toBe(true);
    const raced = await Promise.all(['c2', 'c3', 'c4'].map((id) => connections.insertCapped(conn(id), 2)));
    expect(raced.filter(Boolean)).toHaveLength(1);
    expect(await connections.count('acc')).toBe(2);
    expect(await connections.count('other')).toBe(1);
  });

  it('answers the same through the Store facade', async () => {
    const store = await setup();
    await store.insertConnection(conn('c1'));
    expect(await store.getConnection('c1')).toEqual(conn('c1'));
    expect(await store.findConnectionBySession('session-hash-c1')).toEqual(conn('c1'));
    expect(await store.listConnections('acc', { app: 'slack' })).toEqual([conn('c1')]);
    expect(await store.updateConnection('c1', { updatedAt: '2026-01-02T00:00:00.000Z' }, T0)).toBe(true);
    expect(await store.deleteConnection('acc', 'c1')).toBe(true);
  });
});
