/**
 * `pages()` of the SDK (sdk/client.ts) walks a list by the provider's paging style: cursor,
 * offset, page number, Link header and next-URL. A real node:http server on 127.0.0.1 stands
 * in for the gateway and pages through a small data set; each test checks the exact requests
 * sent, what was yielded, and where the walk stopped. The generated HubSpot and Stripe clients
 * are walked end to end.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hubspot } from '../../generated/clients/hubspot.js';
import { stripe } from '../../generated/clients/stripe.js';
import { Switchboard, SwitchboardGatewayError, SwitchboardUpstreamError, type CallArgs, type CallOptions, type Route } from '../../packages/sdk/src/index.js';
import { startUpstream, type FakeUpstream, type Recorded } from '../support/upstream.js';

/** Answers one request: a JSON body (status 200 unless given) and extra headers. */
type Page = { status?: number; body: unknown; headers?: Record<string, string> };
type Pager = (url: URL, rec: Recorded) => Page;

let server: FakeUpstream;
let pager: Pager;

beforeAll(async () => {
  server = await startUpstream((_req: IncomingMessage, res: ServerResponse, rec) => {
    const page = pager(new URL(rec.url, server.origin), rec);
    res.writeHead(page.status ?? 200, { 'content-type': 'application/json', ...page.headers });
    res.end(JSON.stringify(page.body));
  });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const sb = () => new Switchboard({ baseUrl: server.origin, apiKey: 'sk_test_sdk_paging_key', retry: { retries: 0 } });
const ids = (n: number) => Array.from({ length: n }, (_, i) => ({ id: String(i + 1) }));
const bodyOf = (rec: Recorded) => JSON.parse(rec.body.toString()) as Record<string, unknown>;

async function collect<T>(gen: AsyncGenerator<T, void, undefined>): Promise<T[]> {
  const out: T[] = [];
  for await (const page of gen) out.push(page);
  return out;
}

function walk(app: string, route: Route, args: CallArgs = {}, options: CallOptions = {}): Promise<unknown[]> {
  return collect(sb().pages(app, route, args, options));
}

describe('cursor', () => {
  // HubSpot listContacts: ?after=<paging.next.after>
  const route: Route = { method: 'GET', path: '/crm/v3/objects/contacts', paging: { style: 'cursor', cursorParam: 'after', nextCursor: 'paging.next.after' } };
  const hubspotLike: Pager = (url) => {
    const limit = Number(url.searchParams.get('limit') ?? 10);
    const start = Number(url.searchParams.get('after') ?? 0);
    const results = ids(5).slice(start, start + limit);
    const end = start + results.length;
    return { body: { results, ...(end < 5 ? { paging: { next: { after: String(end) } } } : {}) } };
  };

  it('sends the next cursor until the answer has none', async () => {
    pager = hubspotLike;
    const pages = await walk('hubspot', route, { query: { limit: 2 } });
    expect(server.requests.map((r) => r.url)).toEqual([
      '/hubspot/crm/v3/objects/contacts?limit=2',
      '/hubspot/crm/v3/objects/contacts?limit=2&after=2',
      '/hubspot/crm/v3/objects/contacts?limit=2&after=4',
    ]);
    expect(pages.map((p) => (p as { results: { id: string }[] }).results.map((r) => r.id))).toEqual([['1', '2'], ['3', '4'], ['5']]);
  });

  it('hasMore false stops even with a cursor present; [-1] reads the last item (Systeme)', async () => {
    const systeme: Route = { method: 'GET', path: '/api/contacts', paging: { style: 'cursor', cursorParam: 'startingAfter', nextCursor: 'items[-1].id', hasMore: 'hasMore' } };
    pager = (url) => {
      const after = Number(url.searchParams.get('startingAfter') ?? 0);
      const items = ids(3).slice(after, after + 2);
      return { body: { items, hasMore: after + 2 < 3 } };
    };
    const pages = await walk('systeme', systeme);
    expect(server.requests.map((r) => r.url)).toEqual(['/systeme/api/contacts', '/systeme/api/contacts?startingAfter=2']);
    expect(pages).toEqual([{ items: [{ id: '1' }, { id: '2' }], hasMore: true }, { items: [{ id: '3' }], hasMore: false }]);
  });

  it('stops when the cursor does not change, rather than loop', async () => {
    pager = () => ({ body: { results: [{ id: '1' }], paging: { next: { after: 'same' } } } });
    const pages = await walk('hubspot', route);
    expect(server.requests.map((r) => r.url)).toEqual(['/hubspot/crm/v3/objects/contacts', '/hubspot/crm/v3/objects/contacts?after=same']);
    expect(pages).toHaveLength(2);
  });

  const ends: [string, unknown][] = [
    ['an empty string', ''],
    ['null', null],
    ['false', false],
  ];
  it.each(ends)('a cursor that is %s ends the walk', async (_name, after) => {
    pager = () => ({ body: { results: [], paging: { next: { after } } } });
    expect(await walk('hubspot', route)).toHaveLength(1);
    expect(server.requests).toHaveLength(1);
  });

  it('in the body (HubSpot searchContacts): the cursor joins the JSON body; the caller\'s object is left alone', async () => {
    const search: Route = { method: 'POST', path: '/crm/v3/objects/contacts/search', body: 'application/json', paging: { style: 'cursor', cursorParam: 'after', nextCursor: 'paging.next.after', in: 'body' } };
    pager = (_url, rec) => {
      const b = bodyOf(rec);
      const start = Number(b.after ?? 0);
      const end = start + Number(b.limit);
      return { body: { results: ids(4).slice(start, end), ...(end < 4 ? { paging: { next: { after: String(end) } } } : {}) } };
    };
    const body = { filterGroups: [], limit: 2 };
    await walk('hubspot', search, { body });
    expect(server.requests.map((r) => [r.method, r.url, bodyOf(r)])).toEqual([
      ['POST', '/hubspot/crm/v3/objects/contacts/search', { filterGroups: [], limit: 2 }],
      ['POST', '/hubspot/crm/v3/objects/contacts/search', { filterGroups: [], limit: 2, after: '2' }],
    ]);
    expect(body).toEqual({ filterGroups: [], limit: 2 });
  });

  it('every page carries the API key, Maton-Connection and the call\'s headers', async () => {
    pager = hubspotLike;
    await walk('hubspot', route, { query: { limit: 3 } }, { connection: 'conn_7', headers: { 'x-trace': 't1' } });
    expect(server.requests).toHaveLength(2);
    for (const r of server.requests) {
      expect([r.headers.authorization, r.headers['maton-connection'], r.headers['x-trace']]).toEqual(['Bearer sk_test_sdk_paging_key', 'conn_7', 't1']);
    }
  });
});

describe('offset', () => {
  // ActiveCampaign listContacts: ?offset&limit, items in contacts, total in meta.total
  const withTotal: Route = { method: 'GET', path: '/api/3/contacts', paging: { style: 'offset', offsetParam: 'offset', limitParam: 'limit', items: 'contacts', total: 'meta.total' } };
  const noTotal: Route = { method: 'GET', path: '/api/3/contacts', paging: { style: 'offset', offsetParam: 'offset', limitParam: 'limit', items: 'contacts' } };
  const slice = (size: number, defaultLimit = 2): Pager => (url) => {
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? defaultLimit);
    return { body: { contacts: ids(size).slice(offset, offset + limit), meta: { total: String(size) } } };
  };

  const cases: [string, { route: Route; size: number; query: Record<string, unknown>; urls: string[] }][] = [
    [
      'with a total: stops when offset + count reaches it, even on a full page',
      { route: withTotal, size: 4, query: { limit: 2 }, urls: ['/active-campaign/api/3/contacts?limit=2', '/active-campaign/api/3/contacts?limit=2&offset=2'] },
    ],
    [
      'without a total: a short last page ends the walk',
      { route: noTotal, size: 5, query: { limit: 2 }, urls: ['/active-campaign/api/3/contacts?limit=2', '/active-campaign/api/3/contacts?limit=2&offset=2', '/active-campaign/api/3/contacts?limit=2&offset=4'] },
    ],
    [
      'without a total or limit: walks by the page size seen until an empty page',
      { route: noTotal, size: 4, query: {}, urls: ['/active-campaign/api/3/contacts', '/active-campaign/api/3/contacts?offset=2', '/active-campaign/api/3/contacts?offset=4'] },
    ],
  ];
  it.each(cases)('%s', async (_name, { route, size, query, urls }) => {
    pager = slice(size);
    const pages = (await walk('active-campaign', route, { query })) as { contacts: unknown[] }[];
    expect(server.requests.map((r) => r.url)).toEqual(urls);
    expect(pages.flatMap((p) => p.contacts)).toEqual(ids(size));
  });

  it('in the body, items the answer itself (Supabase listObjects)', async () => {
    const route: Route = { method: 'POST', path: '/storage/v1/object/list/{bucket_id}', body: 'application/json', paging: { style: 'offset', offsetParam: 'offset', limitParam: 'limit', in: 'body' } };
    pager = (_url, rec) => {
      const b = bodyOf(rec);
      const offset = Number(b.offset ?? 0);
      return { body: ids(3).slice(offset, offset + Number(b.limit)).map((x) => ({ name: `f${x.id}` })) };
    };
    const pages = await walk('supabase', route, { params: { bucket_id: 'docs' }, body: { prefix: '', limit: 2 } });
    expect(server.requests.map((r) => [r.url, bodyOf(r)])).toEqual([
      ['/supabase/storage/v1/object/list/docs', { prefix: '', limit: 2 }],
      ['/supabase/storage/v1/object/list/docs', { prefix: '', limit: 2, offset: 2 }],
    ]);
    expect(pages).toEqual([[{ name: 'f1' }, { name: 'f2' }], [{ name: 'f3' }]]);
  });
});

describe('page', () => {
  it('with totalPages, in the body (Apollo searchOrganizations): stops at the last page', async () => {
    const route: Route = {
      method: 'POST',
      path: '/v1/organizations/search',
      body: 'application/json',
      paging: { style: 'page', pageParam: 'page', firstPage: 1, items: 'organizations', totalPages: 'pagination.total_pages', in: 'body' },
    };
    pager = (_url, rec) => ({ body: { organizations: [{ page: bodyOf(rec).page ?? 1 }, { page: 'x' }], pagination: { total_pages: 3 } } });
    const pages = await walk('apollo', route, { body: { per_page: 2 } });
    expect(server.requests.map((r) => bodyOf(r))).toEqual([{ per_page: 2 }, { per_page: 2, page: 2 }, { per_page: 2, page: 3 }]);
    expect(pages).toHaveLength(3);
  });

  it('with totalPages counted from 0: stops at page totalPages - 1', async () => {
    const route: Route = { method: 'GET', path: '/items', paging: { style: 'page', pageParam: 'page', firstPage: 0, items: 'items', totalPages: 'pages' } };
    pager = () => ({ body: { items: [{ id: '1' }], pages: 2 } });
    await walk('x', route);
    expect(server.requests.map((r) => r.url)).toEqual(['/x/items', '/x/items?page=1']);
  });

  it('without totalPages (Baserow listRows): walks until an empty page', async () => {
    const route: Route = { method: 'GET', path: '/api/database/rows/table/{table_id}/', paging: { style: 'page', pageParam: 'page', firstPage: 1, items: 'results' } };
    pager = (url) => {
      const page = Number(url.searchParams.get('page') ?? 1);
      return { body: { results: ids(4).slice((page - 1) * 2, page * 2) } };
    };
    const pages = (await walk('baserow', route, { params: { table_id: 12 } })) as { results: unknown[] }[];
    expect(server.requests.map((r) => r.url)).toEqual([
      '/baserow/api/database/rows/table/12/',
      '/baserow/api/database/rows/table/12/?page=2',
      '/baserow/api/database/rows/table/12/?page=3',
    ]);
    expect(pages.map((p) => p.results.length)).toEqual([2, 2, 0]);
  });
});

describe('Link header rel="next"', () => {
  // Basecamp listPeople: the upstream's absolute URL comes back in Link.
  const route: Route = { method: 'GET', path: '/people.json', paging: { style: 'link' } };

  it('an upstream URL is rewritten through the gateway base URL and app; the walk ends without rel="next"', async () => {
    const up = 'https://3.basecampapi.com/999/people.json';
    pager = (url) => {
      const page = Number(url.searchParams.get('page') ?? 1);
      const links = [page > 1 ? `<${up}?page=${page - 1}>; rel="prev"` : '', page < 3 ? `<${up}?page=${page + 1}>; rel="next"` : ''].filter(Boolean);
      const headers: Record<string, string> = links.length ? { link: links.join(', ') } : {};
      return { body: [{ page }], headers };
    };
    const pages = await walk('basecamp', route, {}, { connection: 'conn_bc' });
    expect(server.requests.map((r) => r.url)).toEqual(['/basecamp/people.json', '/basecamp/999/people.json?page=2', '/basecamp/999/people.json?page=3']);
    expect(server.requests.map((r) => r.headers['maton-connection'])).toEqual(['conn_bc', 'conn_bc', 'conn_bc']);
    expect(pages).toEqual([[{ page: 1 }], [{ page: 2 }], [{ page: 3 }]]);
  });

  it('a URL already through the gateway is followed as is', async () => {
    const next = { link: `<${server.origin}/github/repos/o/r/issues?page=2>; rel="next"` };
    pager = (url) => ({ body: [], headers: url.searchParams.has('page') ? {} : next });
    await walk('github', { method: 'GET', path: '/repos/{owner}/{repo}/issues', paging: { style: 'link' } }, { params: { owner: 'o', repo: 'r' } });
    expect(server.requests.map((r) => r.url)).toEqual(['/github/repos/o/r/issues', '/github/repos/o/r/issues?page=2']);
  });
});

describe('next URL in the body', () => {
  // Constant Contact listContacts: _links.next.href
  const route: Route = { method: 'GET', path: '/v3/contacts', paging: { style: 'url', nextUrl: '_links.next.href' } };
  const cases: [string, { next: string; url: string }][] = [
    ['an absolute upstream URL goes through the gateway', { next: 'https://api.cc.email/v3/contacts?cursor=abc&limit=2', url: '/constant-contact/v3/contacts?cursor=abc&limit=2' }],
    ['a path goes under the gateway and app', { next: '/v3/contacts?cursor=def', url: '/constant-contact/v3/contacts?cursor=def' }],
    ['a relative reference resolves against the current page', { next: 'contacts?cursor=ghi', url: '/constant-contact/v3/contacts?cursor=ghi' }],
  ];
  it.each(cases)('%s', async (_name, { next, url }) => {
    pager = (u) => ({ body: { contacts: [{ id: u.search }], _links: u.searchParams.has('cursor') ? {} : { next: { href: next } } } });
    const pages = await walk('constant-contact', route, { query: { limit: 2 } });
    expect(server.requests.map((r) => r.url)).toEqual(['/constant-contact/v3/contacts?limit=2', url]);
    expect(pages).toHaveLength(2);
  });
});

describe('errors while paging', () => {
  const route: Route = { method: 'GET', path: '/crm/v3/objects/contacts', paging: { style: 'cursor', cursorParam: 'after', nextCursor: 'paging.next.after' } };

  it('a non-2xx page throws SwitchboardUpstreamError after the good pages were yielded', async () => {
    pager = (url) => (url.searchParams.has('after') ? { status: 404, body: { message: 'cursor expired' } } : { body: { results: [{ id: '1' }], paging: { next: { after: 'c1' } } } });
    const seen: unknown[] = [];
    const err = await (async () => {
      for await (const page of sb().pages('hubspot', route)) seen.push(page);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([{ results: [{ id: '1' }], paging: { next: { after: 'c1' } } }]);
    expect(err).toBeInstanceOf(SwitchboardUpstreamError);
    const e = err as SwitchboardUpstreamError;
    expect([e.name, e.status, e.body, e.message, e.response.status]).toEqual(['SwitchboardUpstreamError', 404, { message: 'cursor expired' }, 'upstream answered 404', 404]);
  });

  it('an error on the first page throws before anything is yielded', async () => {
    pager = () => ({ status: 500, body: { message: 'down' } });
    await expect(walk('hubspot', route)).rejects.toMatchObject({ name: 'SwitchboardUpstreamError', status: 500, body: { message: 'down' } });
    expect(server.requests).toHaveLength(1);
  });

  it('a gateway error while paging is SwitchboardGatewayError', async () => {
    pager = () => ({ status: 400, body: { error: { code: 'GW_ERR_NO_CONNECTION', message: 'No active connection for app "hubspot".', hint: 'h' } }, headers: { 'x-switchboard-error': 'GW_ERR_NO_CONNECTION' } });
    const err = await walk('hubspot', route).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SwitchboardGatewayError);
    expect(err).toMatchObject({ code: 'GW_ERR_NO_CONNECTION', status: 400 });
  });

  it('a route that does not page cannot be walked', async () => {
    await expect(walk('hubspot', { method: 'GET', path: '/crm/v3/objects/contacts/{contactId}' })).rejects.toThrow(new TypeError('GET /crm/v3/objects/contacts/{contactId} does not page'));
    expect(server.requests).toHaveLength(0);
  });
});

describe('generated clients', () => {
  it('hubspot(...).listContacts.pages({ query: { limit: 2 } }) follows paging.next.after', async () => {
    pager = (url) => {
      const start = Number(url.searchParams.get('after') ?? 0);
      const results = ids(5).slice(start, start + Number(url.searchParams.get('limit')));
      const end = start + results.length;
      return { body: { results, ...(end < 5 ? { paging: { next: { after: String(end), link: `https://api.hubapi.com/crm/v3/objects/contacts?after=${end}` } } } : {}) } };
    };
    const api = hubspot(new Switchboard({ baseUrl: server.origin, apiKey: 'sk_test_sdk_paging_key' }));
    const seen: string[] = [];
    for await (const page of api.listContacts.pages({ query: { limit: 2 } })) seen.push(...(page.results ?? []).map((r) => String(r.id)));
    expect(seen).toEqual(['1', '2', '3', '4', '5']);
    expect(server.requests.map((r) => r.url)).toEqual([
      '/hubspot/crm/v3/objects/contacts?limit=2',
      '/hubspot/crm/v3/objects/contacts?limit=2&after=2',
      '/hubspot/crm/v3/objects/contacts?limit=2&after=4',
    ]);
  });

  // Stripe has no next-cursor field: the cursor is the last id of data (data[-1].id), has_more says when to stop.
  it('stripe(...).listCustomers.pages() goes on while has_more, starting after the last id', async () => {
    pager = (url) => {
      const after = url.searchParams.get('starting_after');
      const start = after ? Number(after.slice(4)) : 0;
      const data = [1, 2, 3].slice(start, start + 2).map((n) => ({ id: `cus_${n}` }));
      return { body: { object: 'list', data, has_more: start + 2 < 3, url: '/v1/customers' } };
    };
    const api = stripe(new Switchboard({ baseUrl: server.origin, apiKey: 'sk_test_sdk_paging_key' }));
    const pages = await collect(api.listCustomers.pages({ query: { limit: 2 } }));
    expect(server.requests.map((r) => r.url)).toEqual(['/stripe/v1/customers?limit=2', '/stripe/v1/customers?limit=2&starting_after=cus_2']);
    expect(pages).toHaveLength(2);
  });
});
