/**
 * Issue 9 item 6: SWITCHBOARD_UPSTREAMS must not switch the SSRF guard off. The operator lists
 * an internal host (a sandbox, a staging API) as an override; a tenant then names that host as
 * its Grafana/Kibana/WooCommerce URL (a user-chosen origin, `format: origin`). The credential
 * must not go to the override's internal origin: a user-chosen origin is never rewritten, it
 * stays checked against the public-address rule and goes through the guarded pool. Overrides of
 * provider hosts keep working.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, useSecret, type TestGateway } from '../../support/gateway.js';
import { startUpstream, type FakeUpstream } from '../../support/upstream.js';

// `.invalid` never resolves (RFC 2606): a request the guard lets through to DNS fails there, never reaching a fake.
const INTERNAL_HOST = 'grafana.corp.invalid';

let internal: FakeUpstream;
let slack: FakeUpstream;
let gw: TestGateway;

beforeAll(async () => {
  internal = await startUpstream();
  slack = await startUpstream();
  gw = await startGateway({
    env: {
      SWITCHBOARD_UPSTREAMS: JSON.stringify({
        [INTERNAL_HOST]: internal.origin, // an operator override by host
        kibana: internal.origin, // and one by app name
        'shop.corp.invalid': internal.origin,
        slack: slack.origin,
      }),
    },
  });
});
afterAll(async () => {
  await gw?.close();
  await internal?.close();
  await slack?.close();
});

describe('upstream overrides and user-chosen origins', () => {
  it.each([
    ['grafana', 'overridden by host', { grafana_url: `https://${INTERNAL_HOST}` }, { service_account_token: 'glsa_override_ssrf_token_1' }, '/grafana/api/search'],
    ['kibana', 'overridden by app name', { kibana_url: 'https://kibana.corp.invalid' }, { api_key: 'a2liYW5hLWtleS1vdmVycmlkZS1zc3JmOnNlY3JldA==' }, '/kibana/api/status'],
    ['woocommerce', 'overridden by host', { store_url: 'https://shop.corp.invalid' }, { consumer_key: `ck_${'c'.repeat(40)}`, consumer_secret: `cs_${'d'.repeat(40)}` }, '/woocommerce/wp-json/wc/v3/orders'],
  ] as const)('%s: a user-chosen origin %s is not rewritten, and the credential never reaches the internal origin', async (app, _how, metadata, credentials, path) => {
    for (const v of Object.values(credentials)) useSecret(v);
    const conn = await gw.connect({ app, method: 'API_KEY', credentials, metadata });
    expect(conn.status).toBe('ACTIVE');
    const before = internal.requests.length;

    const res = await gw.call(path, { headers: { 'maton-connection': conn.connection_id } });

    expect(internal.requests.length).toBe(before); // nothing reached the override's origin
    expect([502, 504]).toContain(res.status); // the real name does not resolve
    expect(res.headers.get('x-switchboard-error')).toMatch(/^GW_ERR_UPSTREAM_/);
  });

  it('an override of a provider host still applies', async () => {
    const token = useSecret('xoxb-override-ssrf-0000-1111');
    await gw.connect({ app: 'slack', method: 'API_KEY', credentials: { token } });
    const res = await gw.call('/slack/api/auth.test');
    expect(res.status).toBe(200);
    expect(slack.last().headers.authorization).toBe(`Bearer ${token}`);
  });
});
