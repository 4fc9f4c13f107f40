/**
 * The /connections control API as seed 001 describes it, through a real gateway: the list
 * envelope and its filters, creating a connection (PENDING with a working connect link, a
 * chosen method, credentials or imported OAuth tokens that make it ACTIVE at once), reading
 * and deleting it, the one error envelope for every bad request, accounts that never see
 * each other's connections, and credentials that go in but never come back out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../../packages/gateway/src/accounts/api-keys.js';
import { startGateway, useSecret, type TestGateway } from '../../support/gateway.js';
import { startUpstream, type FakeUpstream } from '../../support/upstream.js';

const PUBLIC_URL = 'https://switchboard.test';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const SESSION_URL = /^https:\/\/switchboard\.test\/connect\?session_token=([A-Za-z0-9_-]{32})$/;
const JSON_TYPE = 'application/json; charset=utf-8';

interface Connection {
  connection_id: string;
  status: string;
  creation_time: string;
  last_updated_time: string;
  url?: string;
  app: string;
  method: string;
  metadata: Record<string, string>;
}
interface ErrorBody {
  error: { code: string; status: number; message: string; hint: string; field?: string };
}

// Provider credentials used below; every one is registered for the end-of-run log check.
const SLACK_TOKEN = useSecret('xoxb-connections-api-test-token-0001');
const STRIPE_KEY = useSecret('sk_test_ConnectionsApiStripeKey0001');
const TWILIO_SID = `AC${'0123456789abcdef'.repeat(2)}`;
const TWILIO_AUTH = useSecret('fedcba9876543210'.repeat(2));
const HUBSPOT_ACCESS = useSecret('hubspot-imported-access-token-0001');
const HUBSPOT_REFRESH = useSecret('hubspot-imported-refresh-token-0001');
const MAILCHIMP_KEY = useSecret(`${'abcdef0123456789'.repeat(2)}-us6`);
const SECRETS = [SLACK_TOKEN, STRIPE_KEY, TWILIO_AUTH, HUBSPOT_ACCESS, HUBSPOT_REFRESH, MAILCHIMP_KEY];

let gw: TestGateway;
let up: FakeUpstream;

beforeAll(async () => {
  up = await startUpstream();
  gw = await startGateway({
    env: {
      SWITCHBOARD_PUBLIC_URL: PUBLIC_URL,
      SWITCHBOARD_UPSTREAMS: JSON.stringify({ 'api.stripe.com': up.origin, 'api.hubapi.com': up.origin, 'slack.com': up.origin }),
    },
  });
});
afterAll(async () => {
  await gw.close();
  await up.close();
});

/** A new account and a key for it, so a test sees exactly the connections it made. */
async function freshAccount(name: string): Promise<{ id: string; key: string }> {
  const { id } = await createAccount(gw.sb.store, name);
  return { id, key: await gw.newKey(id) };
}

function post(body: unknown, key = gw.key, contentType = 'application/json'): Promise<Response> {
  return gw.call('/connections', { method: 'POST', key, headers: { 'content-type': contentType }, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

async function created(body: Record<string, unknown>, key = gw.key): Promise<Connection> {
  const res = await post(body, key);
  const text = await res.text();
  expect(res.status, text).toBe(201);
  return (JSON.parse(text) as { connection: Connection }).connection;
}

async function list(query: string, key = gw.key): Promise<Connection[]> {
  const res = await gw.call(`/connections${query}`, { key });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { connections: Connection[] };
  expect(Object.keys(body)).toEqual(['connections']);
  return body.connections;
}

async function expectError(res: Response, status: number, code: string, field?: string): Promise<ErrorBody['error']> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(res.headers.get('content-type')).toBe(JSON_TYPE);
  expect(res.headers.get('x-switchboard-error')).toBe(code);
  const { error } = JSON.parse(text) as ErrorBody;
  expect(error.code).toBe(code);
  expect(error.status).toBe(status);
  expect(error.field).toBe(field);
  expect(typeof error.hint).toBe('string');
  for (const s of SECRETS) expect(text).not.toContain(s);
  return error;
}

/**
 * Every field of seed 001's connection object, with its type; nothing more. The connect `url`
 * is there only while the connection is PENDING (issue 9: an ACTIVE connection's link is no
 * standing capability).
 */
function expectSeedShape(c: Connection): void {
  const fields = ['app', 'connection_id', 'creation_time', 'last_updated_time', 'metadata', 'method', 'status'];
  expect(Object.keys(c).sort()).toEqual(c.status === 'PENDING' ? [...fields, 'url'].sort() : fields);
  expect(c.connection_id).toMatch(UUID);
  expect(['ACTIVE', 'PENDING', 'FAILED']).toContain(c.status);
  expect(c.creation_time).toMatch(ISO);
  expect(c.last_updated_time).toMatch(ISO);
  expect(c.last_updated_time >= c.creation_time).toBe(true);
  if (c.status === 'PENDING') expect(c.url).toMatch(SESSION_URL);
  expect(typeof c.app).toBe('string');
  expect(['API_KEY', 'BASIC', 'OAUTH1', 'OAUTH2', 'MCP']).toContain(c.method);
  expect(c.metadata !== null && typeof c.metadata === 'object' && !Array.isArray(c.metadata)).toBe(true);
  for (const v of Object.values(c.metadata)) expect(typeof v).toBe('string');
}

function ids(list: Connection[]): string[] {
  return list.map((c) => c.connection_id).sort();
}

describe('POST /connections', () => {
  const cases: [string, { given: Record<string, unknown>; want: { app: string; status: string; method: string; metadata: Record<string, string> } }][] = [
    ['{app} alone: PENDING with the first method', { given: { app: 'slack' }, want: { app: 'slack', status: 'PENDING', method: 'OAUTH2', metadata: {} } }],
    ['{app, method} chooses the method', { given: { app: 'slack', method: 'API_KEY' }, want: { app: 'slack', status: 'PENDING', method: 'API_KEY', metadata: {} } }],
    ['the method name is matched without case', { given: { app: 'twilio', method: 'basic' }, want: { app: 'twilio', status: 'PENDING', method: 'BASIC', metadata: {} } }],
    [
      'API_KEY credentials: ACTIVE at once',
      { given: { app: 'stripe', method: 'API_KEY', credentials: { api_key: STRIPE_KEY } }, want: { app: 'stripe', status: 'ACTIVE', method: 'API_KEY', metadata: {} } },
    ],
    [
      'BASIC credentials: ACTIVE at once',
      {
        given: { app: 'twilio', method: 'BASIC', credentials: { account_sid: TWILIO_SID, auth_token: TWILIO_AUTH } },
        want: { app: 'twilio', status: 'ACTIVE', method: 'BASIC', metadata: {} },
      },
    ],
    [
      'imported OAuth tokens with expires_in: ACTIVE',
      {
        given: { app: 'hubspot', credentials: { access_token: HUBSPOT_ACCESS, refresh_token: HUBSPOT_REFRESH, expires_in: 3600 } },
        want: { app: 'hubspot', status: 'ACTIVE', method: 'OAUTH2', metadata: {} },
      },
    ],
    [
      'a variable taken from the credential lands in metadata',
      { given: { app: 'mailchimp', method: 'API_KEY', credentials: { api_key: MAILCHIMP_KEY } }, want: { app: 'mailchimp', status: 'ACTIVE', method: 'API_KEY', metadata: { dc: 'us6' } } },
    ],
    [
      'a variable given in metadata is kept',
      {
        given: { app: 'quickbooks', credentials: { access_token: useSecret('quickbooks-imported-access-0001') }, metadata: { realmId: '9130348362411236' } },
        want: { app: 'quickbooks', status: 'ACTIVE', method: 'OAUTH2', metadata: { realmId: '9130348362411236' } },
      },
    ],
  ];

  it.each(cases)('%s', async (_name, { given, want }) => {
    const res = await post(given);
    const text = await res.text();
    expect(res.status, text).toBe(201);
    expect(res.headers.get('content-type')).toBe(JSON_TYPE);
    for (const s of SECRETS) expect(text).not.toContain(s);
    const body = JSON.parse(text) as { connection: Connection };
    expect(Object.keys(body)).toEqual(['connection']);
    const c = body.connection;
    expectSeedShape(c);
    expect(c).toMatchObject(want);
    expect(c.metadata).toEqual(want.metadata);
    expect(c.creation_time).toBe(c.last_updated_time);
    expect(res.headers.get('location')).toBe(`/connections/${c.connection_id}`);
    // The stored object reads back the same.
    const again = await gw.call(`/connections/${c.connection_id}`);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ connection: c });
  });

  it('the url carries a session token that opens the connect page for that connection', async () => {
    const a = await created({ app: 'slack', method: 'API_KEY' });
    const b = await created({ app: 'stripe' });
    const tokenA = SESSION_URL.exec(a.url!)![1]!;
    const tokenB = SESSION_URL.exec(b.url!)![1]!;
    expect(tokenA).not.toBe(tokenB);

    let res = await fetch(`${gw.url}/connect?session_token=${tokenA}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    let html = await res.text();
    expect(html).toContain('<h1>Connect Slack</h1>');
    expect(html).toContain(`name="session_token" value="${tokenA}"`);
    expect(html).toContain('name="cred.token"');

    res = await fetch(`${gw.url}/connect?session_token=${tokenB}`);
    expect(res.status).toBe(200);
    html = await res.text();
    expect(html).toContain('<h1>Connect Stripe</h1>');
    expect(html).toContain('name="cred.api_key"');

    // A token that belongs to no connection opens nothing.
    res = await fetch(`${gw.url}/connect?session_token=${'A'.repeat(32)}`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('This link is not valid');
  });

  it('an ACTIVE connection made from credentials serves gateway calls at once', async () => {
    const acct = await freshAccount('active-at-once');
    const stripeKey = useSecret('sk_test_ActiveAtOnceStripeKey0002');
    const hubspot = useSecret('hubspot-active-at-once-access-0002');
    await created({ app: 'stripe', method: 'API_KEY', credentials: { api_key: stripeKey } }, acct.key);
    await created({ app: 'hubspot', credentials: { access_token: hubspot, expires_in: 3600 } }, acct.key);

    let res = await gw.call('/stripe/v1/customers?limit=1', { key: acct.key });
    expect(res.status).toBe(200);
    expect(up.last().url).toBe('/v1/customers?limit=1');
    expect(up.last().headers.authorization).toBe(`Bearer ${stripeKey}`);

    res = await gw.call('/hubspot/crm/v3/objects/contacts', { key: acct.key });
    expect(res.status).toBe(200);
    expect(up.last().headers.authorization).toBe(`Bearer ${hubspot}`);
  });

  it('a PENDING connection does not serve gateway calls', async () => {
    const acct = await freshAccount('pending-only');
    await created({ app: 'slack', method: 'API_KEY' }, acct.key);
    const before = up.requests.length;
    const res = await gw.call('/slack/api/auth.test', { key: acct.key });
    await expectError(res, 400, 'GW_ERR_NO_CONNECTION');
    expect(up.requests.length).toBe(before);
  });

  const bad: [string, { given: unknown; contentType?: string; want: { status: number; code: string; field?: string; message: string | RegExp } }][] = [
    ['no app', { given: { method: 'API_KEY' }, want: { status: 400, code: 'GW_ERR_BAD_REQUEST', field: 'app', message: '"app" is required: the app name, e.g. "slack"' } }],
    [
      'unknown app with an alias: did you mean',
      { given: { app: 'gmail' }, want: { status: 400, code: 'GW_ERR_BAD_REQUEST', field: 'app', message: 'unknown app "gmail" (did you mean "google-mail"?)' } },
    ],
    ['unknown app with a typo: did you mean', { given: { app: 'slakc' }, want: { status: 400, code: 'GW_ERR_BAD_REQUEST', field: 'app', message: 'unknown app "slakc" (did you mean "slack"?)' } }],
    ['unknown app, nothing close', { given: { app: 'zzzzzzzzzzzz' }, want: { status: 400, code: 'GW_ERR_BAD_REQUEST', field: 'app', message: 'unknown app "zzzzzzzzzzzz"' } }],
    [
      'a method the app does not have',
      { given: { app: 'slack', method: 'BASIC' }, want: { status: 400, code: 'GW_ERR_BAD_REQUEST', field: 'method', message: '"method" must be one of OAUTH2, API_KEY for slack' } },
    ],
    [
      'a method that is not a string',
      { given: { app: 'stripe', method: 7 }, want: { status: 400, code: 'GW_ERR_BAD_REQUEST', field: 'method', message: '"method" must be one of API_KEY, OAUTH2 for stripe' } },
    ],
    [
      'API_KEY without its field',
      { given: { app: 'slack', method: 'API_KEY', credentials: {} }, want: { status: 400, code: 'GW_ERR_BAD_REQUEST', field: 'credentials.token', message: 'credentials.token is required for API_KEY' } },
    ],
    [
      'BASIC without its second field',
      {
        given: { app: 'twilio', method: 'BASIC', credentials: { account_sid: TWILIO_SID } },
        want: { status: 400, code: 'GW_ERR_BAD_REQUEST', field: 'credentials.auth_token', message: 'credentials.auth_token is required for BASIC' },
      },
    ],
    [
      'a credential that does not match its pattern (and is not echoed)',
      {
        given: { app: 'twilio', method: 'BASIC', credentials: { account_sid: TWILIO_SID, auth_token: useSecret('not-hex-twilio-secret-0001') } },
        want: { status: 400, code: 'GW_ERR_BAD_REQUEST', field: 'credentials.auth_token', message: 'credentials.auth_token is not in the form Auth token takes' },
      },
    ],
    [
      'a credential field the method does not have',
      {
        given: { app: 'slack', method: 'API_KEY', credentials: { token: SLACK_TOKEN, password: 'x' } },
        want: { status: 400, code: 'GW_ERR_BAD_REQUEST', field: 'credentials.password', message: 'credentials.password is not a field of API_KEY (expected token)' },
      },
    ],
    [
      'imported OAuth tokens without access_token',
      {
        given: { app: 'hubspot', credentials: { refresh_token: HUBSPOT_REFRESH } },
        want: { status: 400, code: 'GW_ERR_BAD_REQUEST', field: 'credentials.access_token', message: 'credentials.access_token is required for OAUTH2' },
      },
    ],
    [
      'imported OAuth tokens with a bad expires_in',
      {
        given: { app: 'hubspot', credentials: { access_token: HUBSPOT_ACCESS, expires_in: -5 } },
        want: { status: 400, code: 'GW_ERR_BAD_REQUEST', field: 'credentials.expires_in', message: 'credentials.expires_in must be a positive number of seconds' },
      },
    ],
    ['credentials that are not an object', { given: { app: 'stripe', credentials: 'sk_test_x' }, want: { status: 400, code: 'GW_ERR_BAD_REQUEST', field: 'credentials', message: '"credentials" must be an object' } }],
    ['metadata that is not an object', { given: { app: 'quickbooks', metadata: ['1'] }, want: { status: 400, code: 'GW_ERR_BAD_REQUEST', field: 'metadata', message: '"metadata" must be an object of strings' } }],
    ['a JSON array', { given: [{ app: 'slack' }], want: { status: 400, code: 'GW_ERR_BAD_REQUEST', field: 'body', message: 'the body must be a JSON object' } }],
    ['an empty body', { given: '', want: { status: 400, code: 'GW_ERR_BAD_REQUEST', field: 'body', message: 'the body must be a JSON object' } }],
    ['a body that is not JSON', { given: '{"app": "slack"', want: { status: 400, code: 'GW_ERR_BAD_REQUEST', field: 'body', message: /^the body is not valid JSON: / } }],
    [
      'a form body',
      {
        given: 'app=slack',
        contentType: 'application/x-www-form-urlencoded',
        want: { status: 415, code: 'GW_ERR_UNSUPPORTED_MEDIA_TYPE', message: 'Expected a JSON body (Content-Type: application/json).' },
      },
    ],
    [
      'JSON sent as text/plain',
      { given: '{"app":"slack"}', contentType: 'text/plain', want: { status: 415, code: 'GW_ERR_UNSUPPORTED_MEDIA_TYPE', message: 'Expected a JSON body (Content-Type: application/json).' } },
    ],
    [
      'a body over 64 KiB',
      {
        given: { app: 'slack', metadata: { pad: 'x'.repeat(70_000) } },
        want: { status: 413, code: 'GW_ERR_PAYLOAD_TOO_LARGE', message: 'The request body is larger than 65536 bytes.' },
      },
    ],
  ];

  describe('refuses a bad request with the error envelope and stores nothing', () => {
    let acct: { id: string; key: string };
    beforeAll(async () => {
      acct = await freshAccount('bad-requests');
    });

    it.each(bad)('%s', async (_name, { given, contentType, want }) => {
      const res = await post(given, acct.key, contentType);
      const error = await expectError(res, want.status, want.code, want.field);
      if (typeof want.message === 'string') expect(error.message).toBe(want.message);
      else expect(error.message).toMatch(want.message);
      expect(res.headers.get('location')).toBeNull();
      expect(await list('', acct.key)).toEqual([]);
    });

    it('a body just under the limit is read', async () => {
      // Metadata takes only declared variables now, so the body is padded with JSON whitespace.
      const json = JSON.stringify({ app: 'chargebee', metadata: { subdomain: 'acme' } });
      const res = await post(json + ' '.repeat((64 << 10) - json.length), acct.key);
      expect(res.status).toBe(201);
      const c = ((await res.json()) as { connection: Connection }).connection;
      expect(c.metadata).toEqual({ subdomain: 'acme' });
    });
  });
});

describe('GET /connections', () => {
  let acct: { id: string; key: string };
  let slackPending: Connection;
  let slackActive: Connection;
  let stripeActive: Connection;
  let twilioPending: Connection;

  beforeAll(async () => {
    acct = await freshAccount('filters');
    slackPending = await created({ app: 'slack' }, acct.key);
    slackActive = await created({ app: 'slack', method: 'API_KEY', credentials: { token: SLACK_TOKEN } }, acct.key);
    stripeActive = await created({ app: 'stripe', method: 'API_KEY', credentials: { api_key: STRIPE_KEY } }, acct.key);
    twilioPending = await created({ app: 'twilio', method: 'BASIC' }, acct.key);
  });

  it('answers the seed envelope {connections: [...]} with every connection of the account', async () => {
    const res = await gw.call('/connections', { key: acct.key });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(JSON_TYPE);
    const text = await res.text();
    for (const s of SECRETS) expect(text).not.toContain(s);
    expect(text).not.toContain('credentials');
    const { connections } = JSON.parse(text) as { connections: Connection[] };
    expect(ids(connections)).toEqual(ids([slackPending, slackActive, stripeActive, twilioPending]));
    for (const c of connections) expectSeedShape(c);
    expect(connections.find((c) => c.connection_id === slackActive.connection_id)).toEqual(slackActive);
  });

  const filters: [string, { given: string; want: () => Connection[] }][] = [
    ['?app=slack', { given: '?app=slack', want: () => [slackPending, slackActive] }],
    ['?status=ACTIVE', { given: '?status=ACTIVE', want: () => [slackActive, stripeActive] }],
    ['?status=pending (any case)', { given: '?status=pending', want: () => [slackPending, twilioPending] }],
    ['?status=FAILED', { given: '?status=FAILED', want: () => [] }],
    ['?app=slack&status=ACTIVE', { given: '?app=slack&status=ACTIVE', want: () => [slackActive] }],
    ['?method=API_KEY', { given: '?method=API_KEY', want: () => [slackActive, stripeActive] }],
    ['?app= an app with none', { given: '?app=hubspot', want: () => [] }],
    ['?app= an unknown app', { given: '?app=nosuchapp', want: () => [] }],
  ];

  it.each(filters)('filters by %s', async (_name, { given, want }) => {
    expect(ids(await list(given, acct.key))).toEqual(ids(want()));
  });

  it.each(['DELETED', 'active,pending', 'x'])('?status=%s is refused: 400 with field status', async (status) => {
    const error = await expectError(await gw.call(`/connections?status=${status}`, { key: acct.key }), 400, 'GW_ERR_BAD_REQUEST', 'status');
    expect(error.message).toBe('"status" must be ACTIVE, PENDING or FAILED');
  });
});

describe('GET and DELETE /connections/{id}', () => {
  it('GET answers {connection} with the object, never its credentials', async () => {
    const token = useSecret('xoxb-get-one-never-echoed-0003');
    const c = await created({ app: 'slack', method: 'API_KEY', credentials: { token } });
    const res = await gw.call(`/connections/${c.connection_id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(JSON_TYPE);
    const text = await res.text();
    expect(text).not.toContain(token);
    expect(text).not.toContain('credentials');
    const body = JSON.parse(text) as { connection: Connection };
    expect(Object.keys(body)).toEqual(['connection']);
    expectSeedShape(body.connection);
    expect(body.connection).toEqual(c);
  });

  it('DELETE answers the connection as JSON, after which it is gone everywhere', async () => {
    const acct = await freshAccount('delete');
    const token = useSecret('xoxb-delete-never-echoed-0004');
    const c = await created({ app: 'slack', method: 'API_KEY', credentials: { token } }, acct.key);
    const keep = await created({ app: 'slack' }, acct.key);
    expect(c).not.toHaveProperty('url'); // ACTIVE: its link is not shown; read it from the store
    const stored = (await gw.sb.store.getConnection(c.connection_id))!;
    const session = gw.sb.sealer.open(stored.session, `session:${stored.id}`);
    expect((await fetch(`${gw.url}/connect?session_token=${session}`)).status).toBe(410); // used: born ACTIVE

    const res = await gw.call(`/connections/${c.connection_id}`, { method: 'DELETE', key: acct.key });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(JSON_TYPE);
    const text = await res.text();
    expect(text).not.toContain(token);
    expect(JSON.parse(text)).toEqual({ connection: { ...c, status: 'DELETED' } });

    await expectError(await gw.call(`/connections/${c.connection_id}`, { key: acct.key }), 404, 'GW_ERR_NOT_FOUND');
    await expectError(await gw.call(`/connections/${c.connection_id}`, { method: 'DELETE', key: acct.key }), 404, 'GW_ERR_NOT_FOUND');
    expect(ids(await list('', acct.key))).toEqual([keep.connection_id]);
    expect((await fetch(`${gw.url}/connect?session_token=${session}`)).status).toBe(404);
    await expectError(await gw.call('/slack/api/auth.test', { key: acct.key }), 400, 'GW_ERR_NO_CONNECTION');
  });

  const missing: [string, { method: string; path: string; message: string }][] = [
    ['GET an unknown uuid', { method: 'GET', path: '/connections/00000000-0000-4000-8000-000000000000', message: 'Connection "00000000-0000-4000-8000-000000000000" not found.' }],
    ['DELETE an unknown uuid', { method: 'DELETE', path: '/connections/00000000-0000-4000-8000-000000000000', message: 'Connection "00000000-0000-4000-8000-000000000000" not found.' }],
    ['GET an id that is not a uuid', { method: 'GET', path: '/connections/slack', message: 'Connection "slack" not found.' }],
    ['GET a nested path', { method: 'GET', path: '/connections/a/b', message: '"a/b" not found.' }],
    ['GET a malformed escape', { method: 'GET', path: '/connections/%E0%A4%A', message: '"%E0%A4%A" not found.' }],
  ];

  it.each(missing)('404 for %s', async (_name, { method, path, message }) => {
    const error = await expectError(await gw.call(path, { method }), 404, 'GW_ERR_NOT_FOUND');
    expect(error.message).toBe(message);
  });

  it('another account\'s connection is 404 to read, delete or list, and survives the attempt', async () => {
    const owner = await freshAccount('owner');
    const other = await freshAccount('other');
    const token = useSecret('xoxb-owner-only-token-0005');
    const c = await created({ app: 'slack', method: 'API_KEY', credentials: { token } }, owner.key);

    const get = await expectError(await gw.call(`/connections/${c.connection_id}`, { key: other.key }), 404, 'GW_ERR_NOT_FOUND');
    expect(get.message).toBe(`Connection "${c.connection_id}" not found.`);
    await expectError(await gw.call(`/connections/${c.connection_id}`, { method: 'DELETE', key: other.key }), 404, 'GW_ERR_NOT_FOUND');
    await expectError(await gw.call(`/connections/${c.connection_id}`, { method: 'POST', key: other.key }), 404, 'GW_ERR_NOT_FOUND'); // no new link either
    expect(await list('', other.key)).toEqual([]);
    expect(await list('?app=slack', other.key)).toEqual([]);

    const res = await gw.call(`/connections/${c.connection_id}`, { key: owner.key });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ connection: c });
  });
});

describe('the rest of /connections', () => {
  const refused: [string, { method: string; path: string; key?: string | null; status: number; code: string }][] = [
    ['no API key', { method: 'GET', path: '/connections', key: null, status: 401, code: 'GW_ERR_UNAUTHORIZED' }],
    ['no API key on POST', { method: 'POST', path: '/connections', key: null, status: 401, code: 'GW_ERR_UNAUTHORIZED' }],
    ['an unknown API key', { method: 'GET', path: '/connections', key: `sbk_${'a'.repeat(12)}_${'b'.repeat(32)}`, status: 401, code: 'GW_ERR_UNAUTHORIZED' }],
    ['a malformed API key', { method: 'GET', path: '/connections/00000000-0000-4000-8000-000000000000', key: 'not-a-key', status: 401, code: 'GW_ERR_UNAUTHORIZED' }],
    ['PUT on the collection', { method: 'PUT', path: '/connections', status: 405, code: 'GW_ERR_METHOD_NOT_ALLOWED' }],
    ['PUT on one connection', { method: 'PUT', path: '/connections/00000000-0000-4000-8000-000000000000', status: 405, code: 'GW_ERR_METHOD_NOT_ALLOWED' }],
    ['PATCH on a connection that does not exist', { method: 'PATCH', path: '/connections/00000000-0000-4000-8000-000000000000', status: 404, code: 'GW_ERR_NOT_FOUND' }],
    ['a new link (POST) for a connection that does not exist', { method: 'POST', path: '/connections/00000000-0000-4000-8000-000000000000', status: 404, code: 'GW_ERR_NOT_FOUND' }],
    ['a new link (POST) without an API key', { method: 'POST', path: '/connections/00000000-0000-4000-8000-000000000000', key: null, status: 401, code: 'GW_ERR_UNAUTHORIZED' }],
  ];

  it.each(refused)('%s', async (_name, { method, path, key, status, code }) => {
    const init: RequestInit & { key?: string | null } = { method, headers: { 'content-type': 'application/json' } };
    if (key !== undefined) init.key = key;
    if (method === 'POST' || method === 'PUT' || method === 'PATCH') init.body = '{"app":"slack"}';
    await expectError(await gw.call(path, init), status, code);
  });

  it('credentials never appear in any answer: create, read, list, delete', async () => {
    const acct = await freshAccount('no-echo');
    const secrets = [useSecret('xoxb-no-echo-anywhere-0006'), useSecret('sk_test_NoEchoAnywhere0006'), useSecret('hubspot-no-echo-access-0006'), useSecret('hubspot-no-echo-refresh-0006')];
    const bodies = [
      { app: 'slack', method: 'API_KEY', credentials: { token: secrets[0] } },
      { app: 'stripe', method: 'API_KEY', credentials: { api_key: secrets[1] } },
      { app: 'hubspot', credentials: { access_token: secrets[2], refresh_token: secrets[3], expires_in: 60 } },
    ];
    const texts: string[] = [];
    const made: string[] = [];
    for (const b of bodies) {
      const res = await post(b, acct.key);
      expect(res.status).toBe(201);
      const text = await res.text();
      texts.push(text);
      made.push((JSON.parse(text) as { connection: Connection }).connection.connection_id);
    }
    for (const q of ['', '?status=ACTIVE', '?app=hubspot']) texts.push(await (await gw.call(`/connections${q}`, { key: acct.key })).text());
    for (const id of made) texts.push(await (await gw.call(`/connections/${id}`, { key: acct.key })).text());
    for (const id of made) texts.push(await (await gw.call(`/connections/${id}`, { method: 'DELETE', key: acct.key })).text());
    expect(texts).toHaveLength(3 + 3 + 3 + 3);
    for (const text of texts) {
      for (const s of secrets) expect(text).not.toContain(s);
      for (const word of ['access_token', 'refresh_token', 'api_key', '"token"', 'expires', 'credentials']) expect(text).not.toContain(word);
    }
  });
});
