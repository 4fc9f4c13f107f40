/**
 * The SDK's request and answer handling (sdk/client.ts), against a real node:http server on
 * 127.0.0.1 standing in for the gateway: how the URL, headers and body are built, how answers
 * come back (as data, never thrown, except the gateway's own `x-switchboard-error` answers),
 * and when idempotent calls are retried. A last block runs the SDK against a real gateway to
 * prove both sides agree on how a gateway error is marked. Paging lives in paging.test.ts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hubspot } from '../../generated/clients/hubspot.js';
import { supabase } from '../../generated/clients/supabase.js';
import { Switchboard, SwitchboardGatewayError, type ClientOptions, type Result, type Route } from '../../packages/sdk/src/index.js';
import { startGateway, type TestGateway } from '../support/gateway.js';
import { startUpstream, type FakeUpstream, type Handler, type Recorded } from '../support/upstream.js';

const KEY = 'sk_test_sdk_client_key';

let server: FakeUpstream;
/** How the stand-in gateway answers the current test; reset before each. */
let reply: Handler;

beforeAll(async () => {
  server = await startUpstream((req, res, rec) => reply(req, res, rec));
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  reply = answer(200, { ok: true });
});

/** A handler that answers with `status`, a body (objects as JSON) and headers. */
function answer(status: number, body?: unknown, headers: Record<string, string> = {}): Handler {
  return (_req: IncomingMessage, res: ServerResponse) => {
    if (body === undefined) {
      res.writeHead(status, headers);
      return void res.end();
    }
    const isBytes = typeof body === 'string' || Buffer.isBuffer(body);
    res.writeHead(status, isBytes ? headers : { 'content-type': 'application/json', ...headers });
    res.end(isBytes ? body : JSON.stringify(body));
  };
}

/** Answers the n-th request with the n-th handler; the last one repeats. */
function inTurn(...handlers: Handler[]): Handler {
  return (req, res, rec) => handlers[Math.min(server.requests.indexOf(rec), handlers.length - 1)]!(req, res, rec);
}

function client(options: Partial<ClientOptions> = {}): Switchboard {
  return new Switchboard({ baseUrl: server.origin, apiKey: KEY, ...options });
}

const GET: Route = { method: 'GET', path: '/things' };

describe('URL building', () => {
  const cases: [string, { app: string; route: Route; args: Parameters<Switchboard['call']>[2]; url: string }][] = [
    ['a static path goes under /<app>', { app: 'hubspot', route: { method: 'GET', path: '/crm/v3/properties/contacts' }, args: {}, url: '/hubspot/crm/v3/properties/contacts' }],
    [
      '{param} values are percent-encoded, so a slash cannot add a segment',
      { app: 'x', route: { method: 'GET', path: '/items/{id}/notes' }, args: { params: { id: 'a/b c?#%é' } }, url: '/x/items/a%2Fb%20c%3F%23%25%C3%A9/notes' },
    ],
    ['numbers fill a {param}', { app: 'x', route: { method: 'GET', path: '/items/{id}' }, args: { params: { id: 42 } }, url: '/x/items/42' }],
    [
      ':realmId stays for the gateway to fill (QuickBooks)',
      { app: 'quickbooks', route: { method: 'GET', path: '/v3/company/:realmId/query' }, args: { query: { query: 'select * from Customer' } }, url: '/quickbooks/v3/company/:realmId/query?query=select%20*%20from%20Customer' },
    ],
    ['an array is repeated by default', { app: 'x', route: GET, args: { query: { id: ['1', '2 3'] } }, url: '/x/things?id=1&id=2%203' }],
    [
      'an array the route lists as comma-separated is one comma list, commas inside values encoded',
      { app: 'hubspot', route: { ...GET, comma: ['properties'] }, args: { query: { properties: ['email', 'first name', 'a,b'] } }, url: '/hubspot/things?properties=email,first%20name,a%2Cb' },
    ],
    ['an object is sent as JSON', { app: 'x', route: GET, args: { query: { filter: { status: ['open'] } } }, url: '/x/things?filter=%7B%22status%22%3A%5B%22open%22%5D%7D' }],
    ['undefined and null are dropped; numbers and booleans written as text', { app: 'x', route: GET, args: { query: { a: undefined, b: null, limit: 10, archived: false } }, url: '/x/things?limit=10&archived=false' }],
    ['keys and values are encoded', { app: 'x', route: GET, args: { query: { 'a b': 'x&y=z' } }, url: '/x/things?a%20b=x%26y%3Dz' }],
    ['an empty query adds no "?"', { app: 'x', route: GET, args: { query: {} }, url: '/x/things' }],
  ];
  it.each(cases)('%s', async (_name, { app, route, args, url }) => {
    await client().call(app, route, args);
    expect(server.requests).toHaveLength(1);
    expect(server.last().url).toBe(url);
    expect(server.last().method).toBe('GET');
  });

  it('a trailing slash on baseUrl does not double the slash', async () => {
    await client({ baseUrl: `${server.origin}//` }).call('x', GET);
    expect(server.last().url).toBe('/x/things');
  });

  it('a missing path parameter is a programmer error: thrown, nothing sent', async () => {
    await expect(client().call('x', { method: 'GET', path: '/items/{id}' }, { params: {} })).rejects.toThrow(new TypeError('missing path parameter "id"'));
    expect(server.requests).toHaveLength(0);
  });

  it('a client without an API key cannot be built', () => {
    expect(() => new Switchboard({ baseUrl: server.origin, apiKey: '' })).toThrow(new TypeError('apiKey is required'));
  });
});

describe('headers', () => {
  it('sends the API key as a bearer token, asks for JSON, and no Maton-Connection unless asked', async () => {
    await client().call('x', GET);
    const h = server.last().headers;
    expect(h.authorization).toBe(`Bearer ${KEY}`);
    expect(h.accept).toBe('application/json');
    expect(h['maton-connection']).toBeUndefined();
  });

  it('options.connection becomes Maton-Connection', async () => {
    await client().call('x', GET, {}, { connection: 'conn_123' });
    expect(server.last().headers['maton-connection']).toBe('conn_123');
  });

  it('merges client headers, argument headers and call headers; the call wins, undefined is dropped', async () => {
    const sb = client({ headers: { 'x-client': 'c', 'x-both': 'from-client' } });
    await sb.call('x', GET, { headers: { 'x-arg': 7, 'x-skip': undefined } }, { headers: { 'x-both': 'from-call' } });
    const h = server.last().headers;
    expect([h['x-client'], h['x-arg'], h['x-both'], h['x-skip']]).toEqual(['c', '7', 'from-call', undefined]);
  });

  it('no header the caller sets replaces the API key', async () => {
    await client({ headers: { authorization: 'Bearer someone-else' } }).call('x', GET, {}, { headers: { authorization: 'Bearer another' } });
    expect(server.last().headers.authorization).toBe(`Bearer ${KEY}`);
  });

  // Header names are case-insensitive: two spellings must not reach fetch as two values to join.
  const spellings: [string, { client?: Record<string, string>; call?: Record<string, string>; connection?: string; name: string; want: string }][] = [
    ['a capitalised Authorization does not join the API key', { client: { Authorization: 'Bearer someone-else' }, name: 'authorization', want: `Bearer ${KEY}` }],
    ['options.connection replaces a Maton-Connection header', { call: { 'Maton-Connection': 'conn_header' }, connection: 'conn_option', name: 'maton-connection', want: 'conn_option' }],
    ['the call\'s header replaces the client\'s in another spelling', { client: { 'X-Trace': 'from-client' }, call: { 'x-trace': 'from-call' }, name: 'x-trace', want: 'from-call' }],
  ];
  it.each(spellings)('%s', async (_name, { client: clientHeaders, call, connection, name, want }) => {
    await client({ headers: clientHeaders }).call('x', GET, {}, { headers: call, connection });
    expect(server.last().headers[name]).toBe(want);
    expect(server.last().rawHeaders.filter((h) => h.toLowerCase() === name)).toHaveLength(1);
  });

  it('Supabase uploadObject: the declared Content-Type header is the one sent (not joined with application/octet-stream)', async () => {
    const api = supabase(client());
    await api.uploadObject({ params: { bucket_id: 'avatars', path: 'me.png' }, headers: { 'Content-Type': 'image/png' }, body: 'png-bytes' });
    expect(server.last().url).toBe('/supabase/storage/v1/object/avatars/me.png');
    expect(server.last().headers['content-type']).toBe('image/png');
  });

  it('an aborted signal stops the call before anything is sent', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(client().call('x', GET, {}, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(0);
  });

  it('aborting while the answer is awaited rejects the call', async () => {
    const controller = new AbortController();
    reply = () => controller.abort(); // never answers
    await expect(client().call('x', GET, {}, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(1);
  });
});

describe('request bodies', () => {
  it('JSON: serialised, with the content type the route declares', async () => {
    const body = { properties: { email: 'a@example.com' }, tags: [1, 2], none: null };
    await client().call('hubspot', { method: 'POST', path: '/crm/v3/objects/contacts', body: 'application/json' }, { body });
    expect(server.last().method).toBe('POST');
    expect(server.last().headers['content-type']).toBe('application/json');
    expect(server.last().body.toString()).toBe(JSON.stringify(body));
  });

  it('form: nested objects and arrays in Stripe bracket style, undefined and null left out', async () => {
    const body = {
      email: 'a+b@example.com',
      metadata: { plan: 'pro', 'team name': 'R&D' },
      items: [{ price: 'price_1', quantity: 2 }, { price: 'price_2' }],
      expand: ['customer', 'invoice'],
      description: undefined,
      phone: null,
    };
    await client().call('stripe', { method: 'POST', path: '/v1/subscriptions', body: 'application/x-www-form-urlencoded' }, { body });
    expect(server.last().headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(server.last().body.toString()).toBe(
      [
        'email=a%2Bb%40example.com',
        'metadata%5Bplan%5D=pro',
        'metadata%5Bteam%20name%5D=R%26D',
        'items%5B0%5D%5Bprice%5D=price_1',
        'items%5B0%5D%5Bquantity%5D=2',
        'items%5B1%5D%5Bprice%5D=price_2',
        'expand%5B0%5D=customer',
        'expand%5B1%5D=invoice',
      ].join('&'),
    );
    expect([...new URLSearchParams(server.last().body.toString()).keys()]).toEqual([
      'email', 'metadata[plan]', 'metadata[team name]', 'items[0][price]', 'items[0][quantity]', 'items[1][price]', 'expand[0]', 'expand[1]',
    ]);
  });

  /** Reads back what the server received as multipart. */
  async function received(rec: Recorded): Promise<FormData> {
    return new Response(new Uint8Array(rec.body), { headers: { 'content-type': String(rec.headers['content-type']) } }).formData();
  }

  it('multipart: a FormData with a Blob goes as is, fetch choosing the boundary', async () => {
    const form = new FormData();
    form.append('attributes', JSON.stringify({ name: 'hello.txt', parent: { id: '0' } }));
    form.append('file', new Blob(['hello world'], { type: 'text/plain' }), 'hello.txt');
    await client().call('box', { method: 'POST', path: '/api/2.0/files/content', body: 'multipart/form-data' }, { body: form });
    expect(server.last().headers['content-type']).toMatch(/^multipart\/form-data; boundary=\S+$/);
    const got = await received(server.last());
    expect(got.get('attributes')).toBe('{"name":"hello.txt","parent":{"id":"0"}}');
    const file = got.get('file') as File;
    expect([file.name, file.type, await file.text()]).toEqual(['hello.txt', 'text/plain', 'hello world']);
  });

  it('multipart: a plain object becomes form fields (objects as JSON, Blobs as files, undefined left out)', async () => {
    const body = { attributes: { name: 'a.txt' }, file: new Blob(['abc'], { type: 'text/plain' }), size: 3, skip: undefined };
    await client().call('box', { method: 'POST', path: '/api/2.0/files/content', body: 'multipart/form-data' }, { body });
    const got = await received(server.last());
    expect([...got.keys()]).toEqual(['attributes', 'file', 'size']);
    expect(got.get('attributes')).toBe('{"name":"a.txt"}');
    expect(got.get('size')).toBe('3');
    expect(await (got.get('file') as File).text()).toBe('abc');
  });

  it('octet-stream: the bytes as given', async () => {
    const bytes = new Uint8Array([0, 1, 2, 127, 128, 255]);
    await client().call('dropbox', { method: 'POST', path: '/2/files/upload', body: 'application/octet-stream' }, { body: bytes });
    expect(server.last().headers['content-type']).toBe('application/octet-stream');
    expect([...server.last().body]).toEqual([0, 1, 2, 127, 128, 255]);
  });

  // Found once: the caller's Content-Type was taken whole as the encoding, so a type with
  // parameters went unrecognised and a bare multipart/form-data lost its boundary.
  it('form: a caller\'s Content-Type with a charset still gets a form-encoded body', async () => {
    await client().call('stripe', { method: 'POST', path: '/v1/customers', body: 'application/x-www-form-urlencoded' }, { body: { email: 'a@example.com', metadata: { plan: 'pro' } } }, {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' },
    });
    expect(server.last().body.toString()).toBe('email=a%40example.com&metadata%5Bplan%5D=pro');
  });

  it('multipart: a caller\'s bare Content-Type: multipart/form-data still carries the boundary', async () => {
    const form = new FormData();
    form.append('name', 'a.txt');
    await client().call('box', { method: 'POST', path: '/api/2.0/files/content', body: 'multipart/form-data' }, { body: form }, { headers: { 'Content-Type': 'multipart/form-data' } });
    expect(server.last().headers['content-type']).toMatch(/^multipart\/form-data; boundary=\S+$/);
    expect((await received(server.last())).get('name')).toBe('a.txt');
  });

  const document = 'query GetChannel($channelId: ChannelId!) { channel(channelId: $channelId) { id name } }';
  const graphql: [string, { route: Route; body: unknown; want: unknown }][] = [
    [
      'with an operationName (Buffer getChannel)',
      { route: { method: 'POST', path: '/', graphql: { document, operationName: 'GetChannel' } }, body: { channelId: 'ch_1' }, want: { query: document, variables: { channelId: 'ch_1' }, operationName: 'GetChannel' } },
    ],
    ['without variables: an empty object', { route: { method: 'POST', path: '/', graphql: { document } }, body: undefined, want: { query: document, variables: {} } }],
  ];
  it.each(graphql)('GraphQL: {query, variables, operationName} as JSON, %s', async (_name, { route, body, want }) => {
    await client().call('buffer', route, { body });
    expect(server.last().url).toBe('/buffer/');
    expect(server.last().method).toBe('POST');
    expect(server.last().headers['content-type']).toBe('application/json');
    expect(JSON.parse(server.last().body.toString())).toEqual(want);
  });
});

describe('answers', () => {
  const cases: [string, { reply: Handler; route?: Route; want: Record<string, unknown> }][] = [
    ['200 JSON: ok with the parsed body', { reply: answer(200, { id: '1' }), want: { ok: true, status: 200, data: { id: '1' } } }],
    ['201 JSON: ok', { reply: answer(201, { id: '2' }), want: { ok: true, status: 201, data: { id: '2' } } }],
    ['204: ok, data undefined', { reply: answer(204), want: { ok: true, status: 204, data: undefined } }],
    ['200 with an empty body: data undefined', { reply: answer(200, '', { 'content-length': '0' }), want: { ok: true, status: 200, data: undefined } }],
    ['200 text: the text', { reply: answer(200, 'pong', { 'content-type': 'text/plain' }), want: { ok: true, status: 200, data: 'pong' } }],
    ['200 JSON without a content type: still parsed', { reply: answer(200, '[1,2]'), want: { ok: true, status: 200, data: [1, 2] } }],
    ['200 declared JSON that is not: the text', { reply: answer(200, '{oops', { 'content-type': 'application/json' }), want: { ok: true, status: 200, data: '{oops' } }],
    ['404 from the upstream: not ok, the body as error, no throw', { reply: answer(404, { message: 'contact not found' }), want: { ok: false, status: 404, error: { message: 'contact not found' } } }],
    ['401 from the upstream (no gateway marker): data, not an exception', { reply: answer(401, { error: 'invalid_token' }), want: { ok: false, status: 401, error: { error: 'invalid_token' } } }],
    ['500 text from the upstream: not ok, the text as error', { reply: answer(500, 'boom', { 'content-type': 'text/plain' }), want: { ok: false, status: 500, error: 'boom' } }],
    [
      'a binary route with a JSON error: the parsed error',
      { reply: answer(404, { error: 'no such file' }), route: { method: 'GET', path: '/files/{id}', binary: true }, want: { ok: false, status: 404, error: { error: 'no such file' } } },
    ],
  ];
  it.each(cases)('%s', async (_name, { reply: handler, route, want }) => {
    reply = handler;
    const result = await client().call('x', route ?? GET, { params: { id: 'f1' } });
    const { response, ...rest } = result;
    expect(rest).toStrictEqual(want);
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(want.status);
    expect(server.requests).toHaveLength(1); // 4xx and 500 are not retried
  });

  it('a binary answer is a Blob, asked for with Accept: */*', async () => {
    reply = answer(200, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]), { 'content-type': 'application/pdf' });
    const result = (await client().call('box', { method: 'GET', path: '/2.0/files/{file_id}/content', binary: true }, { params: { file_id: '9' } })) as Result<Blob>;
    expect(server.last().headers.accept).toBe('*/*');
    expect(server.last().url).toBe('/box/2.0/files/9/content');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toBeInstanceOf(Blob);
    expect(result.data.type).toBe('application/pdf');
    expect([...new Uint8Array(await result.data.arrayBuffer())]).toEqual([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]);
  });
});

describe('gateway errors (x-switchboard-error) throw SwitchboardGatewayError', () => {
  const envelope = (code: string, status: number, message: string, hint: string, field?: string) =>
    answer(status, { error: { code, status, message, hint, ...(field ? { field } : {}) } }, { 'x-switchboard-error': code });
  const cases: [string, { reply: Handler; want: { code: string; status: number; message: string; hint: string; field: string | undefined } }][] = [
    [
      'no connection',
      {
        reply: envelope('GW_ERR_NO_CONNECTION', 400, 'No active connection for app "hubspot".', 'Create one with POST /connections {"app": "hubspot"}.'),
        want: { code: 'GW_ERR_NO_CONNECTION', status: 400, message: 'No active connection for app "hubspot".', hint: 'Create one with POST /connections {"app": "hubspot"}.', field: undefined },
      },
    ],
    [
      'a bad request names the field',
      {
        reply: envelope('GW_ERR_BAD_REQUEST', 400, 'app is required', 'Fix the request.', 'app'),
        want: { code: 'GW_ERR_BAD_REQUEST', status: 400, message: 'app is required', hint: 'Fix the request.', field: 'app' },
      },
    ],
    [
      'unauthorized',
      {
        reply: envelope('GW_ERR_UNAUTHORIZED', 401, 'Missing or invalid API key.', 'Send "Authorization: Bearer <key>".'),
        want: { code: 'GW_ERR_UNAUTHORIZED', status: 401, message: 'Missing or invalid API key.', hint: 'Send "Authorization: Bearer <key>".', field: undefined },
      },
    ],
    [
      'a body that is not JSON: the code is the message',
      {
        reply: answer(502, 'bad gateway', { 'content-type': 'text/plain', 'x-switchboard-error': 'GW_ERR_UPSTREAM_UNREACHABLE' }),
        want: { code: 'GW_ERR_UPSTREAM_UNREACHABLE', status: 502, message: 'GW_ERR_UPSTREAM_UNREACHABLE', hint: '', field: undefined },
      },
    ],
  ];
  it.each(cases)('%s', async (_name, { reply: handler, want }) => {
    reply = handler;
    const err = await client().call('hubspot', GET).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SwitchboardGatewayError);
    const e = err as SwitchboardGatewayError;
    expect({ name: e.name, code: e.code, status: e.status, message: e.message, hint: e.hint, field: e.field }).toStrictEqual({ name: 'SwitchboardGatewayError', ...want });
    expect(e.response.status).toBe(want.status);
  });

  it('the same envelope without the header is the upstream\'s answer: returned as data', async () => {
    const body = { error: { code: 'GW_ERR_NO_CONNECTION', status: 400, message: 'm', hint: 'h' } };
    reply = answer(400, body);
    const { response: _r, ...result } = await client().call('hubspot', GET);
    expect(result).toStrictEqual({ ok: false, status: 400, error: body });
  });
});

describe('retries', () => {
  /** First a `status` answer (Retry-After: 0), then 200 {done: true}. */
  const onceThenOk = (status: number) => inTurn(answer(status, { try: 1 }, { 'retry-after': '0' }), answer(200, { done: true }));

  const methods: [string, { method: string; status: number; requests: number; final: number }][] = [
    ['GET on 429 is retried', { method: 'GET', status: 429, requests: 2, final: 200 }],
    ['GET on 503 is retried', { method: 'GET', status: 503, requests: 2, final: 200 }],
    ['PUT on 503 is retried', { method: 'PUT', status: 503, requests: 2, final: 200 }],
    ['DELETE on 429 is retried', { method: 'DELETE', status: 429, requests: 2, final: 200 }],
    ['POST on 429 is not retried', { method: 'POST', status: 429, requests: 1, final: 429 }],
    ['POST on 503 is not retried', { method: 'POST', status: 503, requests: 1, final: 503 }],
    ['PATCH on 503 is not retried', { method: 'PATCH', status: 503, requests: 1, final: 503 }],
    ['GET on 502 is not retried', { method: 'GET', status: 502, requests: 1, final: 502 }],
  ];
  it.each(methods)('%s', async (_name, { method, status, requests, final }) => {
    reply = onceThenOk(status);
    const result = await client().call('x', { method, path: '/things' });
    expect(server.requests.map((r) => r.method)).toEqual(Array(requests).fill(method));
    expect(result.status).toBe(final);
  });

  it('a retried PUT sends the same body again', async () => {
    reply = onceThenOk(503);
    await client().call('x', { method: 'PUT', path: '/things/1', body: 'application/json' }, { body: { name: 'n' } });
    expect(server.requests.map((r) => r.body.toString())).toEqual(['{"name":"n"}', '{"name":"n"}']);
  });

  it('503 without Retry-After is retried after a backoff', async () => {
    reply = inTurn(answer(503, { try: 1 }), answer(200, { done: true }));
    const result = await client().call('x', GET);
    expect(server.requests).toHaveLength(2);
    expect(result).toMatchObject({ ok: true, data: { done: true } });
  });

  it('GET on 429 with Retry-After: 1 is sent again after waiting (a floor, not a precision check)', async () => {
    const at: number[] = [];
    reply = (req, res, rec) => {
      at.push(performance.now());
      inTurn(answer(429, { try: 1 }, { 'retry-after': '1' }), answer(200, { done: true }))(req, res, rec);
    };
    const result = await client().call('x', GET);
    expect(server.requests).toHaveLength(2);
    expect(result).toMatchObject({ ok: true, status: 200, data: { done: true } });
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(900); // Retry-After was not ignored
  });

  const bounds: [string, { client?: ClientOptions['retry']; call?: ClientOptions['retry']; requests: number }][] = [
    ['default: 2 retries, 3 requests', { requests: 3 }],
    ['retries: 2 → 3 requests', { call: { retries: 2 }, requests: 3 }],
    ['retries: 1 → 2 requests', { call: { retries: 1 }, requests: 2 }],
    ['retries: 0 turns them off', { call: { retries: 0 }, requests: 1 }],
    ['retries: 0 on the client', { client: { retries: 0 }, requests: 1 }],
    ['the call overrides the client', { client: { retries: 0 }, call: { retries: 1 }, requests: 2 }],
  ];
  it.each(bounds)('bounded, the last answer returned: %s', async (_name, { client: clientRetry, call, requests }) => {
    reply = (req, res, rec) => answer(503, { attempt: server.requests.length }, { 'retry-after': '0' })(req, res, rec);
    const { response: _r, ...result } = await client({ retry: clientRetry }).call('x', GET, {}, { retry: call });
    expect(server.requests).toHaveLength(requests);
    expect(result).toStrictEqual({ ok: false, status: 503, error: { attempt: requests } });
  });

  const waits: [string, { retryAfter: () => string; maxDelayMs?: number; requests: number }][] = [
    ['Retry-After above maxDelayMs: no retry, the 429 returned', { retryAfter: () => '2', maxDelayMs: 1000, requests: 1 }],
    ['Retry-After equal to maxDelayMs: retried', { retryAfter: () => '1', maxDelayMs: 1000, requests: 2 }],
    ['HTTP-date a second ahead: retried', { retryAfter: () => new Date(Date.now() + 1000).toUTCString(), requests: 2 }],
    ['HTTP-date in the past: retried at once', { retryAfter: () => new Date(Date.now() - 60_000).toUTCString(), requests: 2 }],
    ['HTTP-date an hour ahead, beyond the default 30 s cap: no retry', { retryAfter: () => new Date(Date.now() + 3_600_000).toUTCString(), requests: 1 }],
  ];
  it.each(waits)('%s', async (_name, { retryAfter, maxDelayMs, requests }) => {
    reply = inTurn((req, res, rec) => answer(429, { try: 1 }, { 'retry-after': retryAfter() })(req, res, rec), answer(200, { done: true }));
    const result = await client().call('x', GET, {}, maxDelayMs === undefined ? {} : { retry: { maxDelayMs } });
    expect(server.requests).toHaveLength(requests);
    expect(result.status).toBe(requests === 1 ? 429 : 200);
  });

  it('the gateway\'s own 429 is retried too, then thrown when retries run out', async () => {
    reply = answer(429, { error: { code: 'GW_ERR_RATE_LIMITED', status: 429, message: 'Too many requests', hint: 'Wait' } }, { 'x-switchboard-error': 'GW_ERR_RATE_LIMITED', 'retry-after': '0' });
    await expect(client().call('x', GET)).rejects.toMatchObject({ name: 'SwitchboardGatewayError', code: 'GW_ERR_RATE_LIMITED', status: 429 });
    expect(server.requests).toHaveLength(3);
  });

  it('aborting during the wait before a retry rejects at once, without a second request', async () => {
    const controller = new AbortController();
    reply = (req, res, rec) => {
      // A wait longer than the test timeout: only an abort that cuts the wait short lets this pass.
      answer(429, { try: 1 }, { 'retry-after': '60' })(req, res, rec);
      res.on('finish', () => setTimeout(() => controller.abort(), 50));
    };
    await expect(client().call('x', GET, {}, { signal: controller.signal, retry: { maxDelayMs: 120_000 } })).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(1);
  });
});

describe('the generated HubSpot client', () => {
  it('getContact({ params: { contactId: "1" } }) calls GET /hubspot/crm/v3/objects/contacts/1', async () => {
    reply = answer(200, { id: '1', properties: { email: 'a@example.com' } });
    const api = hubspot(client());
    const result = await api.getContact({ params: { contactId: '1' } }, { connection: 'conn_hs' });
    expect(server.last().method).toBe('GET');
    expect(server.last().url).toBe('/hubspot/crm/v3/objects/contacts/1');
    expect(server.last().headers['maton-connection']).toBe('conn_hs');
    expect(result.ok && result.data).toEqual({ id: '1', properties: { email: 'a@example.com' } });
  });

  it('properties go as one comma list, as HubSpot wants', async () => {
    await hubspot(client()).getContact({ params: { contactId: '7' }, query: { properties: ['email', 'firstname'], archived: false } });
    expect(server.last().url).toBe('/hubspot/crm/v3/objects/contacts/7?properties=email,firstname&archived=false');
  });
});

describe('against a real gateway', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startGateway();
  });
  afterAll(() => gw.close());

  it('a gateway refusal arrives as SwitchboardGatewayError with the gateway\'s code and hint', async () => {
    const err = await hubspot(new Switchboard({ baseUrl: gw.url, apiKey: gw.key })).getContact({ params: { contactId: '1' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SwitchboardGatewayError);
    expect(err).toMatchObject({ code: 'GW_ERR_NO_CONNECTION', status: 400, message: 'No active connection for app "hubspot".' });
    expect((err as SwitchboardGatewayError).hint).toContain('POST /connections {"app": "hubspot"}');
  });

  it('a wrong API key: GW_ERR_UNAUTHORIZED', async () => {
    const err = await hubspot(new Switchboard({ baseUrl: gw.url, apiKey: 'not-a-key' })).getContact({ params: { contactId: '1' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SwitchboardGatewayError);
    expect(err).toMatchObject({ code: 'GW_ERR_UNAUTHORIZED', status: 401 });
  });
});
