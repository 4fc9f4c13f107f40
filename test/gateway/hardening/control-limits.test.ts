/**
 * Issue 9, item 7: the control API has limits. Requests per account per second
 * (SWITCHBOARD_CONTROL_RATE_LIMIT / _BURST), connections per account
 * (SWITCHBOARD_MAX_CONNECTIONS), and metadata checked against the provider's declared
 * variables: unknown keys, values off the pattern and oversized values are refused by name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../../packages/gateway/src/accounts/api-keys.js';
import { startGateway, type TestGateway } from '../../support/gateway.js';

interface ErrorBody {
  error: { code: string; status: number; message: string; field?: string };
}

let gw: TestGateway;

beforeAll(async () => {
  gw = await startGateway({ env: { SWITCHBOARD_CONTROL_RATE_LIMIT: '2', SWITCHBOARD_CONTROL_RATE_BURST: '4', SWITCHBOARD_MAX_CONNECTIONS: '3' } });
});
afterAll(async () => {
  await gw?.close();
});

async function freshKey(name: string): Promise<string> {
  const { id } = await createAccount(gw.sb.store, name);
  return gw.newKey(id);
}

function post(body: unknown, key: string): Promise<Response> {
  return gw.call('/connections', { method: 'POST', key, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

async function error(res: Response, status: number): Promise<ErrorBody['error']> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return (JSON.parse(text) as ErrorBody).error;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('control API limits', () => {
  it('the control API is rate limited per account, with Retry-After', async () => {
    const a = await freshKey('rate-a');
    const b = await freshKey('rate-b');
    const statuses: number[] = [];
    let refused: Response | undefined;
    for (let i = 0; i < 8; i++) {
      const res = await gw.call('/connections', { key: a });
      statuses.push(res.status);
      if (res.status === 429 && !refused) refused = res;
      else await res.arrayBuffer();
    }
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(5);
    expect(refused, `statuses ${statuses.join(',')}`).toBeDefined();
    expect(refused!.headers.get('retry-after')).toMatch(/^[1-9][0-9]*$/);
    expect(refused!.headers.get('x-switchboard-error')).toBe('GW_ERR_RATE_LIMITED');
    expect((await error(refused!, 429)).code).toBe('GW_ERR_RATE_LIMITED');
    // The API key API shares the budget; another account has its own.
    expect((await gw.call('/api/apikeys', { key: a })).status).toBe(429);
    expect((await gw.call('/connections', { key: b })).status).toBe(200);
    await wait(1100);
    expect((await gw.call('/connections', { key: a })).status).toBe(200);
  });

  it('an account holds at most SWITCHBOARD_MAX_CONNECTIONS connections', async () => {
    const key = await freshKey('cap');
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await post({ app: 'slack' }, key);
      expect(res.status).toBe(201);
      made.push(((await res.json()) as { connection: { connection_id: string } }).connection.connection_id);
    }
    await wait(1100);
    const e = await error(await post({ app: 'slack' }, key), 403);
    expect(e.code).toBe('GW_ERR_CONNECTION_LIMIT');
    expect(e.message).toContain('3');
    expect((await gw.call(`/connections/${made[0]}`, { method: 'DELETE', key })).status).toBe(200);
    expect((await post({ app: 'slack' }, key)).status).toBe(201);
  });

  it('concurrent creates never pass the cap', async () => {
    const key = await freshKey('cap-race');
    await wait(1100);
    const results = await Promise.all([0, 1, 2, 3].map(() => post({ app: 'stripe' }, key)));
    const statuses = results.map((r) => r.status).sort();
    // 4 requests fit the burst; 3 are created, the 4th is over the cap.
    expect(statuses).toEqual([201, 201, 201, 403]);
  });

  it('metadata keys the provider does not declare are refused, by name', async () => {
    const key = await freshKey('meta-unknown');
    const e = await error(await post({ app: 'slack', metadata: { blob: 'x' } }, key), 400);
    expect(e.code).toBe('GW_ERR_BAD_REQUEST');
    expect(e.field).toBe('metadata.blob');
  });

  it('metadata values are checked against the variable pattern', async () => {
    const key = await freshKey('meta-pattern');
    const e = await error(await post({ app: 'chargebee', metadata: { subdomain: 'Not A Subdomain!' } }, key), 400);
    expect(e.field).toBe('metadata.subdomain');
    await wait(600);
    expect((await post({ app: 'chargebee', metadata: { subdomain: 'acme' } }, key)).status).toBe(201);
  });

  it('metadata values and the whole body are bounded in size', async () => {
    const key = await freshKey('meta-size');
    // Matches grafana_url's pattern, but 5,000 characters long: 400 naming the field, the value not echoed.
    const long = `https://${'a'.repeat(5_000)}.example.com`;
    const res = await post({ app: 'grafana', metadata: { grafana_url: long } }, key);
    const text = await res.clone().text();
    const e = await error(res, 400);
    expect(e.field).toBe('metadata.grafana_url');
    expect(e.message).toMatch(/at most 1024 characters/);
    expect(text).not.toContain('aaaaaaaaaa');
    await wait(600);
    // 100 KB: the POST /connections body bound (64 KiB) refuses it before it is parsed.
    const big = await error(await post({ app: 'grafana', metadata: { grafana_url: `https://${'a'.repeat(100_000)}.example.com` } }, key), 413);
    expect(big.code).toBe('GW_ERR_PAYLOAD_TOO_LARGE');
    expect(await (await gw.call('/connections', { key })).json()).toEqual({ connections: [] });
  });
});
