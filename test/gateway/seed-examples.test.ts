/**
 * The seed documents' examples, through the real gateway to fake upstreams on 127.0.0.1:
 * each checks the upstream URL (host variables and :realmId filled), the injected
 * credential, that the caller's key never reaches the provider, and that the answer comes
 * back untouched. SWITCHBOARD_UPSTREAMS maps the *resolved* host name, so a wrong `<dc>` or
 * `<instance>` would reach no upstream at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, useSecret, type TestGateway } from '../support/gateway.js';
import { startUpstream, type FakeUpstream } from '../support/upstream.js';

let up: FakeUpstream;
let gw: TestGateway;

const HOSTS = [
  'slack.com',
  'api.hubapi.com',
  'sheets.googleapis.com',
  'na1.salesforce.com',
  'api.airtable.com',
  'api.notion.com',
  'api.stripe.com',
  'quickbooks.api.intuit.com',
  'us6.api.mailchimp.com',
  'api.infusionsoft.com',
  'api.apify.com',
];

beforeAll(async () => {
  up = await startUpstream();
  gw = await startGateway({ env: { SWITCHBOARD_UPSTREAMS: JSON.stringify(Object.fromEntries(HOSTS.map((h) => [h, up.origin]))) } });
});
afterAll(async () => {
  await gw.close();
  await up.close();
});

async function json(res: Response) {
  expect(res.headers.get('x-switchboard-error')).toBeNull();
  return res.json() as Promise<{ ok: boolean; url: string; method: string }>;
}

describe('seed examples through the gateway', () => {
  it('Slack: POST /slack/api/chat.postMessage with a bearer token', async () => {
    const token = useSecret('xoxb-1111-2222-seedexample');
    await gw.connect({ app: 'slack', method: 'API_KEY', credentials: { token } });
    const res = await gw.call('/slack/api/chat.postMessage', {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ channel: 'C0123456', text: 'Hello!' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-upstream')).toBe('fake');
    expect((await json(res)).url).toBe('/api/chat.postMessage');
    const r = up.last();
    expect(r.headers.authorization).toBe(`Bearer ${token}`);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(r.body.toString())).toEqual({ channel: 'C0123456', text: 'Hello!' });
    expect(JSON.stringify(r.headers)).not.toContain(gw.key);
  });

  it('HubSpot: POST /hubspot/crm/v3/objects/contacts', async () => {
    const token = useSecret('pat-na1-11111111-2222-3333-4444-555555555555');
    await gw.connect({ app: 'hubspot', method: 'API_KEY', credentials: { token } });
    const body = { properties: { email: 'john@example.com', firstname: 'John', lastname: 'Doe' } };
    const res = await gw.call('/hubspot/crm/v3/objects/contacts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(res.status).toBe(200);
    expect(up.last().url).toBe('/crm/v3/objects/contacts');
    expect(up.last().headers.authorization).toBe(`Bearer ${token}`);
    expect(JSON.parse(up.last().body.toString())).toEqual(body);
  });

  it('Google Sheets: GET values with the range characters kept as sent', async () => {
    const access = useSecret('ya29.sheets-access-token-for-test');
    await gw.connect({ app: 'google-sheets', credentials: { access_token: access, refresh_token: useSecret('1//sheets-refresh-token-x'), expires_in: 3600 } });
    const res = await gw.call('/google-sheets/v4/spreadsheets/122BS1sFN2RKL8AOUQjkLdubzOwgqzPT64KfZ2rvYI4M/values/Sheet1!A1:B2');
    expect(res.status).toBe(200);
    expect(up.last().url).toBe('/v4/spreadsheets/122BS1sFN2RKL8AOUQjkLdubzOwgqzPT64KfZ2rvYI4M/values/Sheet1!A1:B2');
    expect(up.last().headers.authorization).toBe(`Bearer ${access}`);
    await gw.call('/google-sheets/v4/spreadsheets/abc/values/Sheet%201!A1%3AB2');
    expect(up.last().url).toBe('/v4/spreadsheets/abc/values/Sheet%201!A1%3AB2');
  });

  it('Salesforce: SOQL on the <instance> taken from the token response', async () => {
    const access = useSecret('00D5e000000Salesforce!AccessToken');
    const conn = await gw.connect({ app: 'salesforce', credentials: { access_token: access, instance_url: 'https://na1.salesforce.com' } });
    expect(conn.metadata).toEqual({ instance: 'na1' });
    const res = await gw.call('/salesforce/services/data/v64.0/query?q=SELECT+Id,Name+FROM+Contact+LIMIT+10');
    expect(res.status).toBe(200);
    expect(up.last().headers.host).toBe(up.host);
    expect(up.last().url).toBe('/services/data/v64.0/query?q=SELECT+Id,Name+FROM+Contact+LIMIT+10');
    expect(up.last().headers.authorization).toBe(`Bearer ${access}`);
  });

  it('Salesforce: an instance_url outside salesforce.com is refused when the connection is made', async () => {
    const res = await gw.call('/connections', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ app: 'salesforce', credentials: { access_token: useSecret('00Dattacker-token-value'), instance_url: 'https://evil.example.com' } }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; field: string } };
    expect(body.error).toMatchObject({ code: 'GW_ERR_BAD_REQUEST', field: 'metadata.instance' });
  });

  it('Airtable: GET /airtable/v0/meta/bases/{id}/tables', async () => {
    const pat = useSecret(`patAbCdEfGh123456.${'a'.repeat(64)}`);
    await gw.connect({ app: 'airtable', method: 'API_KEY', credentials: { personal_access_token: pat } });
    const res = await gw.call('/airtable/v0/meta/bases/appgqan2NzWGP5sBK/tables');
    expect(res.status).toBe(200);
    expect(up.last().url).toBe('/v0/meta/bases/appgqan2NzWGP5sBK/tables');
    expect(up.last().headers.authorization).toBe(`Bearer ${pat}`);
  });

  it('Notion: POST data source query; Notion-Version is the caller\'s when sent, the default otherwise', async () => {
    const token = useSecret(`ntn_${'N'.repeat(40)}`);
    await gw.connect({ app: 'notion', method: 'API_KEY', credentials: { integration_token: token } });
    const path = '/notion/v1/data_sources/23702dc5-9a3b-8001-9e1c-000b5af0a980/query';
    let res = await gw.call(path, { method: 'POST', headers: { 'content-type': 'application/json', 'Notion-Version': '2025-09-03' }, body: '{}' });
    expect(res.status).toBe(200);
    expect(up.last().url).toBe('/v1/data_sources/23702dc5-9a3b-8001-9e1c-000b5af0a980/query');
    expect(up.last().headers['notion-version']).toBe('2025-09-03');
    expect(up.last().headers.authorization).toBe(`Bearer ${token}`);
    res = await gw.call(path, { method: 'POST', headers: { 'content-type': 'application/json', 'Notion-Version': '2022-06-28' }, body: '{}' });
    expect(up.last().headers['notion-version']).toBe('2022-06-28');
    res = await gw.call(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(up.last().headers['notion-version']).toBe('2025-09-03');
    expect(up.last().rawHeaders.filter((h) => h.toLowerCase() === 'notion-version')).toHaveLength(1);
  });

  it('Stripe: GET /stripe/v1/customers?limit=10', async () => {
    const key = useSecret('sk_test_51StripeSeedExampleKey');
    await gw.connect({ app: 'stripe', method: 'API_KEY', credentials: { api_key: key } });
    const res = await gw.call('/stripe/v1/customers?limit=10');
    expect(res.status).toBe(200);
    expect(up.last().url).toBe('/v1/customers?limit=10');
    expect(up.last().headers.authorization).toBe(`Bearer ${key}`);
  });

  it('QuickBooks: :realmId filled from the connection', async () => {
    const access = useSecret('eyJqb-quickbooks-access-token');
    const conn = await gw.connect({ app: 'quickbooks', credentials: { access_token: access }, metadata: { realmId: '9130348362411236' } });
    expect(conn.metadata.realmId).toBe('9130348362411236');
    const res = await gw.call('/quickbooks/v3/company/:realmId/query?query=SELECT%20*%20FROM%20Customer%20MAXRESULTS%20100');
    expect(res.status).toBe(200);
    expect(up.last().url).toBe('/v3/company/9130348362411236/query?query=SELECT%20*%20FROM%20Customer%20MAXRESULTS%20100');
    await gw.call('/quickbooks/v3/company/:realmId/companyinfo/:realmId');
    expect(up.last().url).toBe('/v3/company/9130348362411236/companyinfo/9130348362411236');
  });

  it('Mailchimp: <dc> from the API key suffix, key sent as basic auth', async () => {
    const key = useSecret(`${'0123456789abcdef'.repeat(2)}-us6`);
    const conn = await gw.connect({ app: 'mailchimp', method: 'API_KEY', credentials: { api_key: key } });
    expect(conn.metadata).toEqual({ dc: 'us6' });
    const res = await gw.call('/mailchimp/3.0/lists?count=10');
    expect(res.status).toBe(200);
    expect(up.last().url).toBe('/3.0/lists?count=10');
    expect(up.last().headers.authorization).toBe(`Basic ${Buffer.from(`anystring:${key}`).toString('base64')}`);
  });

  it('Keap: list contacts and create a contact as seed 003 shows', async () => {
    const access = useSecret('keap-oauth-access-token-1234');
    await gw.connect({ app: 'keap', credentials: { access_token: access } });
    let res = await gw.call('/keap/crm/rest/v2/contacts?page_size=10');
    expect(res.status).toBe(200);
    expect(up.last().url).toBe('/crm/rest/v2/contacts?page_size=10');
    const body = { given_name: 'John', family_name: 'Doe', email_addresses: [{ email: 'john@example.com', field: 'EMAIL1' }] };
    res = await gw.call('/keap/crm/rest/v2/contacts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(up.last().method).toBe('POST');
    expect(up.last().headers.authorization).toBe(`Bearer ${access}`);
    expect(JSON.parse(up.last().body.toString())).toEqual(body);
    res = await gw.call('/keap/crm/rest/v2/tags/91/contacts:applyTags', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"contact_ids":["1","2"]}' });
    expect(up.last().url).toBe('/crm/rest/v2/tags/91/contacts:applyTags');
  });

  it('Apify: list actors and run one as seed 004 shows', async () => {
    const token = useSecret('apify_api_SeedExampleToken123');
    await gw.connect({ app: 'apify', method: 'API_KEY', credentials: { api_token: token } });
    let res = await gw.call('/apify/v2/acts?limit=10&offset=0');
    expect(res.status).toBe(200);
    expect(up.last().url).toBe('/v2/acts?limit=10&offset=0');
    expect(up.last().headers.authorization).toBe(`Bearer ${token}`);
    res = await gw.call('/apify/v2/acts/apify~web-scraper/runs', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"startUrls":[{"url":"https://example.com"}]}' });
    expect(up.last().url).toBe('/v2/acts/apify~web-scraper/runs');
  });
});
