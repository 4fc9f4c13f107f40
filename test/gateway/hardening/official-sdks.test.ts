/**
 * Issue 9 item 10: official SDKs with only their base URL changed. Each SDK is given the
 * Switchboard key where it expects the provider's credential and pointed at {gateway}/{app};
 * the gateway takes the key in the form the SDK sends it — Octokit `Authorization: token`,
 * Stripe `Authorization: Bearer`, Twilio HTTP Basic with the key as password — and the fake
 * provider receives the stored provider credential, never the Switchboard key.
 *
 * How each SDK is pointed at the gateway:
 * - @octokit/rest: its documented `baseUrl` option, `{gateway}/github`.
 * - stripe: `host`/`port`/`protocol` name the gateway; the SDK has no base-path option (its
 *   `basePath` is internal and not accepted in the config), so the `/stripe` prefix comes from
 *   the documented `httpClient` option: `Stripe.createFetchHttpClient` over a fetch that puts
 *   `/stripe` in front of the path and changes nothing else.
 * - twilio: each API domain's base URL is a public property (`client.api.baseUrl`, default
 *   https://api.twilio.com); it is set to `{gateway}/twilio`.
 */
import { Octokit } from '@octokit/rest';
import Stripe from 'stripe';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, useSecret, type TestGateway } from '../../support/gateway.js';
import { startUpstream, type FakeUpstream, type Recorded } from '../../support/upstream.js';

let github: FakeUpstream;
let stripe: FakeUpstream;
let twilioApi: FakeUpstream;
let gw: TestGateway;

function json(res: Parameters<NonNullable<Parameters<typeof startUpstream>[0]>>[1], body: unknown, status = 200): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

beforeAll(async () => {
  github = await startUpstream((_req, res) => json(res, { login: 'octocat', id: 1, type: 'User' }));
  stripe = await startUpstream((_req, res, r) => json(res, { id: 'cus_sdk123', object: 'customer', email: new URLSearchParams(r.body.toString()).get('email') }));
  twilioApi = await startUpstream((_req, res, r) =>
    json(res, { sid: 'SM' + '0'.repeat(32), status: 'queued', body: new URLSearchParams(r.body.toString()).get('Body'), account_sid: r.url.split('/')[3] }, 201),
  );
  gw = await startGateway({
    env: { SWITCHBOARD_UPSTREAMS: JSON.stringify({ 'api.github.com': github.origin, 'api.stripe.com': stripe.origin, 'api.twilio.com': twilioApi.origin }) },
  });
});
afterAll(async () => {
  await gw?.close();
  await Promise.all([github?.close(), stripe?.close(), twilioApi?.close()]);
});

/** No header the provider received carries the Switchboard key. */
function noSwitchboardKey(r: Recorded): void {
  for (let i = 0; i < r.rawHeaders.length; i += 2) {
    expect(r.rawHeaders[i + 1], r.rawHeaders[i]).not.toContain(gw.key);
    expect(Buffer.from(r.rawHeaders[i + 1]!.replace(/^Basic /i, ''), 'base64').toString('latin1'), r.rawHeaders[i]).not.toContain(gw.key);
  }
  expect(r.url).not.toContain(gw.key);
}

describe('official SDKs against the gateway', () => {
  it('@octokit/rest (Authorization: token <key>) with baseUrl {gateway}/github', async () => {
    const pat = useSecret(`ghp_${'A1b2C3d4'.repeat(4)}sdk0`);
    await gw.connect({ app: 'github', method: 'API_KEY', credentials: { access_token: pat } });
    let sent: string | undefined;
    const seen = (req: { url?: string; headers: Record<string, unknown> }) => {
      if (req.url?.startsWith('/github/')) sent = String(req.headers.authorization);
    };
    gw.sb.server.on('request', seen);
    const octokit = new Octokit({ auth: gw.key, baseUrl: `${gw.url}/github` });

    const { data, status } = await octokit.rest.users.getAuthenticated();
    gw.sb.server.off('request', seen);

    expect(sent).toBe(`token ${gw.key}`);
    expect(status).toBe(200);
    expect(data.login).toBe('octocat');
    const r = github.last();
    expect(r.method).toBe('GET');
    expect(r.url).toBe('/user');
    expect(r.headers.authorization).toBe(`Bearer ${pat}`);
    noSwitchboardKey(r);
  });

  it('stripe (Authorization: Bearer <key>) on the gateway host with the /stripe prefix', async () => {
    const sk = useSecret(`sk_test_${'51Sdk'.repeat(6)}`);
    await gw.connect({ app: 'stripe', method: 'API_KEY', credentials: { api_key: sk } });
    const { hostname, port } = new URL(gw.url);
    const prefixed = (input: string | URL | Request, init?: RequestInit) => {
      const u = new URL(String(input));
      u.pathname = `/stripe${u.pathname}`;
      return fetch(u, init);
    };
    const client = new Stripe(gw.key, {
      host: hostname,
      port: Number(port),
      protocol: 'http',
      maxNetworkRetries: 0,
      telemetry: false,
      httpClient: Stripe.createFetchHttpClient(prefixed as typeof fetch),
    });

    const customer = await client.customers.create({ email: 'sdk@example.com' });

    expect(customer.id).toBe('cus_sdk123');
    expect(customer.email).toBe('sdk@example.com');
    const r = stripe.last();
    expect(r.method).toBe('POST');
    expect(r.url).toBe('/v1/customers');
    expect(r.headers.authorization).toBe(`Bearer ${sk}`);
    expect(r.headers['stripe-version']).toBeDefined(); // the SDK's own headers pass
    noSwitchboardKey(r);
  });

  it('twilio (HTTP Basic, the key as password) with the API domain based at {gateway}/twilio', async () => {
    // An id, not a secret; unlike other tests' secrets so the log check cannot mistake it for one.
    const sid = `AC${'5a1d0c9e7b3f4a28'.repeat(2)}`;
    const token = useSecret('fedcba9876543210fedcba9876543210');
    await gw.connect({ app: 'twilio', method: 'BASIC', credentials: { account_sid: sid, auth_token: token } });
    const client = twilio(sid, gw.key, { autoRetry: false });
    client.api.baseUrl = `${gw.url}/twilio`;

    const message = await client.messages.create({ to: '+15005550006', from: '+15005550001', body: 'Hello from the SDK' });

    expect(message.status).toBe('queued');
    expect(message.body).toBe('Hello from the SDK');
    const r = twilioApi.last();
    expect(r.method).toBe('POST');
    expect(r.url).toBe(`/2010-04-01/Accounts/${sid}/Messages.json`);
    expect(r.headers.authorization).toBe(`Basic ${Buffer.from(`${sid}:${token}`).toString('base64')}`);
    noSwitchboardKey(r);
  });

  it.each([
    ['Bearer', (k: string) => `Bearer ${k}`, 200],
    ['token (Octokit)', (k: string) => `token ${k}`, 200],
    ['Basic, key as user name', (k: string) => `Basic ${Buffer.from(`${k}:`).toString('base64')}`, 200],
    ['Basic, key as password', (k: string) => `Basic ${Buffer.from(`ACsomething:${k}`).toString('base64')}`, 200],
    ['Basic, neither part a key', (k: string) => `Basic ${Buffer.from(`user:${k}x`).toString('base64')}`, 401],
    ['an unknown scheme', (k: string) => `Digest ${k}`, 401],
  ] as const)('Authorization: %s', async (_name, header, status) => {
    const res = await gw.call('/connections', { headers: { authorization: header(gw.key) } });
    expect(res.status).toBe(status);
  });
});
