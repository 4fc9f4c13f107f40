/**
 * Beyond one machine: the store on PostgreSQL (DATABASE_URL) and two gateway instances that
 * share it and Redis (REDIS_URL) behave as one — one rate limit per account, and a deleted
 * connection stops serving on the other instance at once. Skips, saying why, where
 * PostgreSQL or Redis is not running (CI starts both).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, useSecret, type TestGateway } from '../support/gateway.js';
import { startUpstream, type FakeUpstream } from '../support/upstream.js';
import { createPgDatabase, REDIS, reachable } from '../support/services.js';

const pgUp = await reachable(5432);
const redisUp = await reachable(6379);
if (!pgUp || !redisUp) {
  console.warn(`cluster tests skipped: ${!pgUp ? 'PostgreSQL (127.0.0.1:5432) ' : ''}${!redisUp ? 'Redis (127.0.0.1:6379) ' : ''}not reachable`);
}

describe.skipIf(!pgUp || !redisUp)('PostgreSQL store and Redis between instances', () => {
  let database: { url: string; drop(): Promise<void> } | undefined;
  let up: FakeUpstream;
  let a: TestGateway;
  let b: TestGateway;

  beforeAll(async () => {
    database = await createPgDatabase('cluster');
    up = await startUpstream();
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: REDIS,
      SWITCHBOARD_SECRET_KEY: 'b'.repeat(64), // instances share a store, so they share the key
      SWITCHBOARD_RATE_LIMIT: '4',
      SWITCHBOARD_RATE_BURST: '4',
      SWITCHBOARD_UPSTREAMS: JSON.stringify({ slack: up.origin }),
    };
    a = await startGateway({ env });
    b = await startGateway({ env });
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await up?.close();
    await database?.drop();
  });

  it('migrates once, shares accounts, keys and connections', async () => {
    expect(b.accountId).toBe(a.accountId); // the second instance found the first one's account
    const token = useSecret('xoxb-postgres-1111-2222-3333');
    const conn = await a.connect({ app: 'slack', method: 'API_KEY', credentials: { token } });
    const res = await b.call('/slack/api/auth.test', { key: a.key });
    expect(res.status).toBe(200);
    expect(up.last().headers.authorization).toBe(`Bearer ${token}`);
    const row = await a.sb.store.db.get<{ credentials: string }>('SELECT credentials FROM connections WHERE id = ?', [conn.connection_id]);
    expect(row!.credentials.startsWith('sb1.')).toBe(true);
    expect(row!.credentials).not.toContain(token);
  });

  it('applies one rate limit per account across both instances', async () => {
    await new Promise((r) => setTimeout(r, 1100)); // a full bucket
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const gw = i % 2 === 0 ? a : b;
      const res = await gw.call('/slack/api/auth.test', { key: a.key });
      statuses.push(res.status);
      await res.arrayBuffer();
    }
    const ok = statuses.filter((s) => s === 200).length;
    expect(ok).toBeGreaterThanOrEqual(4);
    expect(ok).toBeLessThanOrEqual(5); // 4 in the bucket, at most one refilled meanwhile
    expect(statuses).toContain(429);
  });

  it('a connection deleted on one instance stops serving on the other at once', async () => {
    await new Promise((r) => setTimeout(r, 1100));
    const list = (await (await a.call('/connections?app=slack')).json()) as { connections: { connection_id: string }[] };
    const id = list.connections[0]!.connection_id;
    expect((await b.call('/slack/api/auth.test', { key: a.key })).status).toBe(200); // b caches it
    expect((await a.call(`/connections/${id}`, { method: 'DELETE' })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 100)); // pub/sub delivery
    const res = await b.call('/slack/api/auth.test', { key: a.key });
    expect(res.status).toBe(400);
    expect(res.headers.get('x-switchboard-error')).toBe('GW_ERR_NO_CONNECTION');
  });
});
