/**
 * Issue 13: PATCH /connections/{id} (name, metadata, API_KEY/BASIC credentials) and paging of
 * GET /connections (limit, cursor, next_cursor).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../../packages/gateway/src/accounts/api-keys.js';
import { startGateway, useSecret, type TestGateway } from '../../support/gateway.js';
import { startUpstream, type FakeUpstream } from '../../support/upstream.js';

interface Connection {
  connection_id: string;
  status: string;
  name?: string;
  method: string;
  metadata: Record<string, string>;
  last_updated_time: string;
}
type ErrorBody = { error: { code: string; field?: string; message: string } };

let gw: TestGateway;
let up: FakeUpstream;
beforeAll(async () => {
  up = await startUpstream();
  gw = await startGateway({ env: { SWITCHBOARD_UPSTREAMS: JSON.stringify({ slack: up.origin }) } });
});
afterAll(async () => {
  await gw.close();
  await up.close();
});

async function freshKey(name: string): Promise<string> {
  const { id } = await createAccount(gw.sb.store, name);
  return gw.newKey(id);
}

async function create(body: Record<string, unknown>, key = gw.key): Promise<Connection> {
  const res = await gw.call('/connections', { key, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.status).toBe(201);
  return ((await res.json()) as { connection: Connection }).connection;
}

function patch(id: string, body: unknown, key = gw.key): Promise<Response> {
  return gw.call(`/connections/${id}`, { key, method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

async function expect400(res: Response, field: string): Promise<string> {
  expect(res.status).toBe(400);
  const body = (await res.json()) as ErrorBody;
  expect(body.error.code).toBe('GW_ERR_BAD_REQUEST');
  expect(body.error.field).toBe(field);
  return body.error.message;
}

describe('PATCH /connections/{id}', () => {
  it('sets, shows and removes a name; POST /connections takes one too', async () => {
    const c = await create({ app: 'slack' });
    expect(c).not.toHaveProperty('name');
    const res = await patch(c.connection_id, { name: 'team workspace' });
    expect(res.status).toBe(200);
    const changed = ((await res.json()) as { connection: Connection }).connection;
    expect(changed.name).toBe('team workspace');
    expect(changed.last_updated_time > c.last_updated_time).toBe(true);
    const read = ((await (await gw.call(`/connections/${c.connection_id}`)).json()) as { connection: Connection }).connection;
    expect(read.name).toBe('team workspace');
    const cleared = ((await (await patch(c.connection_id, { name: null })).json()) as { connection: Connection }).connection;
    expect(cleared).not.toHaveProperty('name');
    expect((await create({ app: 'slack', name: 'born named' })).name).toBe('born named');
  });

  it('changes metadata with the same checks as POST', async () => {
    const c = await create({ app: 'chargebee', metadata: { subdomain: 'acme' } });
    expect(await expect400(await patch(c.connection_id, { metadata: { nope: 'x' } }), 'metadata.nope')).toContain('is not a variable of chargebee');
    await expect400(await patch(c.connection_id, { metadata: { subdomain: 'bad value/with slash' } }), 'metadata.subdomain');
    await expect400(await patch(c.connection_id, { metadata: { subdomain: 'x'.repeat(1025) } }), 'metadata.subdomain');
    await expect400(await patch(c.connection_id, { metadata: ['x'] }), 'metadata');
    const res = await patch(c.connection_id, { metadata: { subdomain: 'acme-test' } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { connection: Connection }).connection.metadata).toEqual({ subdomain: 'acme-test' });
  });

  it("replaces an API_KEY connection's credential: checked, never returned, used by the next call", async () => {
    const key = await freshKey('patch-credentials');
    const c = await create({ app: 'slack', method: 'API_KEY', credentials: { token: useSecret('xoxb-patch-old-0001') } }, key);
    await expect400(await patch(c.connection_id, { credentials: { token: 'bad\nvalue' } }, key), 'credentials.token');
    await expect400(await patch(c.connection_id, { credentials: 'x' }, key), 'credentials');
    await gw.call('/slack/api/auth.test', { key });
    expect(up.last().headers.authorization).toBe('Bearer xoxb-patch-old-0001');
    const fresh = useSecret('xoxb-patch-new-0002');
    const res = await patch(c.connection_id, { credentials: { token: fresh } }, key);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(fresh);
    expect(text).not.toContain('credentials');
    await gw.call('/slack/api/auth.test', { key });
    expect(up.last().headers.authorization).toBe(`Bearer ${fresh}`);
  });

  it('a PENDING BASIC connection given credentials becomes ACTIVE', async () => {
    const c = await create({ app: 'chargebee', method: 'BASIC', metadata: { subdomain: 'acme' } });
    expect(c.status).toBe('PENDING');
    const res = await patch(c.connection_id, { credentials: { api_key: useSecret('cb_test_patch_0003') } });
    expect(res.status).toBe(200);
    const changed = ((await res.json()) as { connection: Connection & { url?: string } }).connection;
    expect(changed.status).toBe('ACTIVE');
    expect(changed).not.toHaveProperty('url');
  });

  it('refuses credentials for an OAuth connection, unknown fields and an empty change', async () => {
    const c = await create({ app: 'slack' });
    expect(await expect400(await patch(c.connection_id, { credentials: { access_token: 'x' } }), 'credentials')).toContain('POST /connections/{id}');
    await expect400(await patch(c.connection_id, { app: 'stripe' }), 'app');
    await expect400(await patch(c.connection_id, {}), 'body');
    await expect400(await patch(c.connection_id, { name: '' }), 'name');
    await expect400(await patch(c.connection_id, { name: 'n'.repeat(201) }), 'name');
  });

  it("is a 404 for an unknown id and another account's connection", async () => {
    const c = await create({ app: 'slack' });
    const other = await freshKey('patch-other');
    expect((await patch(c.connection_id, { name: 'mine now' }, other)).status).toBe(404);
    expect((await patch('21fd90f9-5935-43cd-b6c8-bde9d915ca80', { name: 'x' })).status).toBe(404);
    const read = ((await (await gw.call(`/connections/${c.connection_id}`)).json()) as { connection: Connection }).connection;
    expect(read).not.toHaveProperty('name');
  });
});

describe('GET /connections paging', () => {
  let key: string;
  const made: string[] = [];
  beforeAll(async () => {
    key = await freshKey('paging');
    for (let i = 0; i < 7; i++) made.push((await create({ app: i % 2 ? 'stripe' : 'slack' }, key)).connection_id);
  });

  async function page(query: string): Promise<{ connections: Connection[]; next_cursor?: string }> {
    const res = await gw.call(`/connections${query}`, { key });
    expect(res.status).toBe(200);
    return (await res.json()) as { connections: Connection[]; next_cursor?: string };
  }

  it('answers every connection, oldest first, without next_cursor when all fit', async () => {
    const all = await page('');
    expect(all.connections.map((c) => c.connection_id)).toEqual(made);
    expect(all).not.toHaveProperty('next_cursor');
  });

  it('walks pages of `limit` with next_cursor, in the same order, stable while connections are added', async () => {
    const seen: string[] = [];
    let q = '?limit=3';
    let pages = 0;
    for (;;) {
      const p = await page(q);
      pages++;
      expect(p.connections.length).toBeLessThanOrEqual(3);
      seen.push(...p.connections.map((c) => c.connection_id));
      if (pages === 1) made.push((await create({ app: 'slack' }, key)).connection_id); // added while paging: lands at the end
      if (!p.next_cursor) break;
      q = `?limit=3&cursor=${encodeURIComponent(p.next_cursor)}`;
    }
    expect(seen).toEqual(made);
    expect(pages).toBe(3);
  });

  it('pages through a filtered list', async () => {
    const first = await page('?app=stripe&limit=2');
    expect(first.connections).toHaveLength(2);
    const second = await page(`?app=stripe&limit=2&cursor=${first.next_cursor}`);
    expect([...first.connections, ...second.connections].map((c) => c.connection_id)).toEqual(made.filter((_, i) => i % 2 === 1 && i < 7));
  });

  it.each([['0'], ['501'], ['abc'], ['1.5']])('refuses limit=%s', async (limit) => {
    await expect400(await gw.call(`/connections?limit=${limit}`, { key }), 'limit');
  });

  it.each([['not base64!'], ['e30'], ['x'.repeat(300)]])('refuses cursor=%s', async (cursor) => {
    await expect400(await gw.call(`/connections?cursor=${encodeURIComponent(cursor)}`, { key }), 'cursor');
  });
});
