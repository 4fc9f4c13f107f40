/**
 * Issue 9, items 2 and 9 (parts): bounded control-API inputs, and credentials that could never
 * go out as an HTTP header value (CR, LF, NUL, other control characters, anything outside
 * Latin-1) refused when the connection is created, naming the field, instead of a 502 on every call.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, useSecret, type TestGateway } from '../../support/gateway.js';
import { startUpstream, type FakeUpstream } from '../../support/upstream.js';

interface ErrorBody {
  error: { code: string; status: number; message: string; field?: string };
}

let gw: TestGateway;
let up: FakeUpstream;

beforeAll(async () => {
  up = await startUpstream();
  gw = await startGateway({ env: { SWITCHBOARD_UPSTREAMS: JSON.stringify({ 'slack.com': up.origin, 'api.hubapi.com': up.origin }) } });
});
afterAll(async () => {
  await gw?.close();
  await up?.close();
});

function post(body: unknown): Promise<Response> {
  return gw.call('/connections', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

async function error(res: Response, status: number): Promise<ErrorBody['error']> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return (JSON.parse(text) as ErrorBody).error;
}

describe('control API input bounds', () => {
  it('an app name longer than 64 characters is refused before any lookup or suggestion', async () => {
    const e = await error(await post({ app: `slack${'k'.repeat(20_000)}` }), 400);
    expect(e.field).toBe('app');
    expect(e.message).toContain('64');
    expect(e.message).not.toContain('did you mean');
    expect(e.message.length).toBeLessThan(200);
  });

  it('a credential value longer than the bound is refused, naming the field', async () => {
    const e = await error(await post({ app: 'slack', method: 'API_KEY', credentials: { token: `xoxb-${'a'.repeat(20_000)}` } }), 400);
    expect(e.field).toBe('credentials.token');
    expect(e.message.length).toBeLessThan(200);
  });
});

describe('credentials that cannot be sent as a header value', () => {
  const bad: [string, string][] = [
    ['CR LF (header injection)', 'xoxb-abc\r\nX-Injected: 1'],
    ['LF', 'xoxb-abc\ndef'],
    ['NUL', 'xoxb-abc\u0000def'],
    ['a control character', 'xoxb-abc\u0001def'],
    ['outside Latin-1', 'xoxb-abc€def'],
  ];
  it.each(bad)('%s is refused at creation with 400 naming the field', async (_name, token) => {
    const e = await error(await post({ app: 'slack', method: 'API_KEY', credentials: { token } }), 400);
    expect(e.code).toBe('GW_ERR_BAD_REQUEST');
    expect(e.field).toBe('credentials.token');
    const list = (await (await gw.call('/connections?app=slack')).json()) as { connections: unknown[] };
    expect(list.connections).toEqual([]);
  });

  it('an imported OAuth token with a newline is refused too', async () => {
    const e = await error(await post({ app: 'hubspot', credentials: { access_token: 'abc\ndef' } }), 400);
    expect(e.field).toBe('credentials.access_token');
  });

  it('the connect page form refuses them too, and the connection stays PENDING', async () => {
    const c = await gw.connect({ app: 'slack', method: 'API_KEY' });
    const token = /session_token=([A-Za-z0-9_-]{32})/.exec(c.url)![1]!;
    const res = await fetch(`${gw.url}/connect`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ session_token: token, method: 'API_KEY', 'cred.token': 'xoxb-abc\r\ndef' }).toString(),
    });
    expect(res.status).toBe(400);
    const after = (await (await gw.call(`/connections/${c.connection_id}`)).json()) as { connection: { status: string } };
    expect(after.connection.status).toBe('PENDING');
    // The link still works once a valid value is typed.
    const ok = await fetch(`${gw.url}/connect`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ session_token: token, method: 'API_KEY', 'cred.token': useSecret('xoxb-valid-after-refusal-0001') }).toString(),
    });
    expect(ok.status).toBe(200);
    expect((await gw.call('/slack/api/auth.test', { method: 'POST' })).status).toBe(200);
  });
});
