/**
 * The gateway's own MCP server (/mcp), driven by the official MCP TypeScript client over
 * Streamable HTTP: the six tools, search over the whole catalog, describe, calls to Slack,
 * HubSpot and an MCP-based provider (Granola) against fake upstreams, parameter errors an agent
 * can act on, key policies, paging and cutting, and the request log and metrics of every call.
 */
import { randomUUID } from 'node:crypto';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, useSecret, type TestGateway } from '../../support/gateway.js';
import { startUpstream, type FakeUpstream } from '../../support/upstream.js';

const SLACK_TOKEN = useSecret('xoxb-agents-slack-token-0123456789');
const HUBSPOT_TOKEN = useSecret('hubspot-agents-access-token-0123456789');
const GRANOLA_TOKEN = useSecret('granola-agents-access-token-0123456789');

let slack: FakeUpstream;
let hubspot: FakeUpstream;
let granola: FakeUpstream;
let gw: TestGateway;
const clients: Client[] = [];

interface ToolText {
  isError?: boolean;
  content: { type: string; text: string }[];
}

async function mcpClient(key: string, query = ''): Promise<Client> {
  const client = new Client({ name: 'switchboard-test', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL(`${gw.url}/mcp${query}`), {
    requestInit: { headers: { authorization: `Bearer ${key}` } },
  });
  await client.connect(transport);
  clients.push(client);
  return client;
}

async function call(client: Client, name: string, args: Record<string, unknown>): Promise<{ isError: boolean; text: string; json: () => any }> {
  const r = (await client.callTool({ name, arguments: args })) as ToolText;
  const text = r.content.map((c) => c.text).join('');
  return { isError: r.isError === true, text, json: () => JSON.parse(text) };
}

async function newKeyWithPolicy(policy: Record<string, unknown>): Promise<string> {
  const init = (await (await gw.call('/api/apikeys', { method: 'POST' })).json()) as { id: string };
  const res = await gw.call(`/api/apikeys/${init.id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'agent', policy }),
  });
  expect(res.status).toBe(201);
  const body = (await res.json()) as { accessToken: string; policy: unknown };
  expect(body.policy).toEqual(policy);
  return useSecret(body.accessToken);
}

beforeAll(async () => {
  slack = await startUpstream((req, res, r) => {
    if (req.url?.startsWith('/api/conversations.list')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      // A long answer with a cursor: the tool cuts it and hands back the next page's params.
      const channels = Array.from({ length: 400 }, (_, i) => ({ id: `C${i}`, name: `channel-${i}-${'x'.repeat(40)}` }));
      return res.end(JSON.stringify({ ok: true, channels, response_metadata: { next_cursor: 'dXNlcjpVMDYxTkZUVDI=' } }));
    }
    const body = JSON.stringify({ ok: true, channel: 'C1', ts: '1700000000.000100', echo: JSON.parse(r.body.toString() || '{}') });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
  hubspot = await startUpstream((req, res) => {
    res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' });
    if (req.method === 'POST') return res.end(JSON.stringify({ id: '501', properties: { email: 'ada@example.com' } }));
    res.end(JSON.stringify({ results: [{ id: '1' }, { id: '2' }], paging: { next: { after: 'NTAy' } } }));
  });
  const sessions = new Set<string>();
  granola = await startUpstream((req, res, r) => {
    const msg = JSON.parse(r.body.toString()) as { id?: number; method: string; params?: { name?: string; arguments?: unknown } };
    if (msg.method === 'initialize') {
      const id = randomUUID();
      sessions.add(id);
      res.writeHead(200, { 'content-type': 'application/json', 'mcp-session-id': id });
      return res.end(JSON.stringify({ jsonrpc: '2.0', id: msg.id, result: { protocolVersion: '2025-06-18', capabilities: { tools: {} }, serverInfo: { name: 'fake-granola', version: '1' } } }));
    }
    if (!sessions.has(String(req.headers['mcp-session-id']))) {
      res.writeHead(404);
      return res.end();
    }
    if (msg.method === 'notifications/initialized') {
      res.writeHead(202);
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ jsonrpc: '2.0', id: msg.id, result: { content: [{ type: 'text', text: `meetings for ${JSON.stringify(msg.params?.arguments)}` }], isError: false } }));
  });
  gw = await startGateway({
    env: {
      SWITCHBOARD_UPSTREAMS: JSON.stringify({ slack: slack.origin, hubspot: hubspot.origin, 'mcp.granola.ai': granola.origin }),
      SWITCHBOARD_MCP_MAX_RESULT_BYTES: '4096',
      SWITCHBOARD_MCP_MAX_TOOLS: '12',
    },
  });
  await gw.connect({ app: 'slack', method: 'API_KEY', credentials: { token: SLACK_TOKEN } });
  await gw.connect({ app: 'hubspot', credentials: { access_token: HUBSPOT_TOKEN, expires_in: 3600 } });
  await gw.connect({ app: 'granola', method: 'MCP', credentials: { access_token: GRANOLA_TOKEN } });
});

afterAll(async () => {
  for (const c of clients) await c.close().catch(() => undefined);
  await gw.close();
  await Promise.all([slack.close(), hubspot.close(), granola.close()]);
});

describe('MCP server: tools', () => {
  it('lists exactly the six catalog tools, with input schemas', async () => {
    const client = await mcpClient(gw.key);
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['call_action', 'connect_app', 'describe_action', 'http_request', 'list_connections', 'search_actions']);
    for (const t of tools) expect(t.inputSchema.type).toBe('object');
  });

  it('finds chat.postMessage for "send a message to a Slack channel", marked connected', async () => {
    const client = await mcpClient(gw.key);
    const r = await call(client, 'search_actions', { query: 'send a message to a Slack channel' });
    expect(r.isError).toBe(false);
    const results = r.json().results as { app: string; operation: string; path: string; connected: boolean }[];
    expect(results[0]).toMatchObject({ app: 'slack', operation: 'chatPostMessage', path: '/api/chat.postMessage', connected: true });
    // Apps without a connection are said so.
    const notion = await call(client, 'search_actions', { query: 'query a database', app: 'notion', limit: 3 });
    expect(notion.json().results.length).toBeGreaterThan(0);
    expect(notion.json().results.every((x: { connected: boolean }) => x.connected === false)).toBe(true);
  });

  it('describes an operation with its input schema and answer summary', async () => {
    const client = await mcpClient(gw.key);
    const d = (await call(client, 'describe_action', { app: 'hubspot', operation: 'listContacts' })).json();
    expect(d).toMatchObject({ app: 'hubspot', operation: 'listContacts', method: 'GET', path: '/crm/v3/objects/contacts', read_only: true });
    expect(d.input_schema.properties.query.properties.after.type).toBe('string');
    expect(d.response.fields).toContain('results: array of object');
    expect(d.paging).toMatch(/cursor/);
    const missing = await call(client, 'describe_action', { app: 'hubspot', operation: 'noSuchThing' });
    expect(missing.isError).toBe(true);
    expect(missing.text).toMatch(/hubspot has no operation "noSuchThing"/);
    const unknown = await call(client, 'describe_action', { app: 'gmail', operation: 'x' });
    expect(unknown.text).toMatch(/unknown app "gmail"; did you mean "google-mail"/);
  });

  it('calls a Slack action through the connection: credential injected, body as sent', async () => {
    const client = await mcpClient(gw.key);
    const before = slack.requests.length;
    const r = await call(client, 'call_action', { app: 'slack', operation: 'chatPostMessage', params: { body: { channel: 'C1', text: 'hello from an agent' } } });
    expect(r.isError).toBe(false);
    expect(r.json()).toMatchObject({ status: 200, body: { ok: true, echo: { channel: 'C1', text: 'hello from an agent' } } });
    expect(slack.requests.length).toBe(before + 1);
    const got = slack.last();
    expect(got.method).toBe('POST');
    expect(got.url).toBe('/api/chat.postMessage');
    expect(got.headers.authorization).toBe(`Bearer ${SLACK_TOKEN}`);
    // The internal hop's marks never leave the gateway.
    expect(Object.keys(got.headers).filter((h) => h.startsWith('x-switchboard'))).toEqual([]);
  });

  it('calls a HubSpot action and hands back the next page', async () => {
    const client = await mcpClient(gw.key);
    const created = await call(client, 'call_action', { app: 'hubspot', operation: 'createContact', params: { body: { properties: { email: 'ada@example.com' } } } });
    expect(created.json()).toMatchObject({ status: 201, body: { id: '501' } });
    expect(hubspot.last()).toMatchObject({ method: 'POST', url: '/crm/v3/objects/contacts' });
    expect(hubspot.last().headers.authorization).toBe(`Bearer ${HUBSPOT_TOKEN}`);
    const page = await call(client, 'call_action', { app: 'hubspot', operation: 'listContacts', params: { query: { limit: 2 } } });
    expect(page.json().next_page).toEqual({ query: { limit: 2, after: 'NTAy' } });
    expect(hubspot.last().url).toBe('/crm/v3/objects/contacts?limit=2');
  });

  it('cuts a long answer with a note and keeps the cursor of the next page', async () => {
    const client = await mcpClient(gw.key);
    const r = (await call(client, 'call_action', { app: 'slack', operation: 'conversationsList', params: {} })).json();
    expect(r.truncated).toMatch(/bytes; the first 4096 are shown/);
    expect(typeof r.body).toBe('string');
    expect(Buffer.byteLength(r.body)).toBeLessThanOrEqual(4096);
    expect(r.next_page).toEqual({ query: { cursor: 'dXNlcjpVMDYxTkZUVDI=' } });
  });

  it('answers params that do not fit the schema with errors an agent can fix, and sends nothing', async () => {
    const client = await mcpClient(gw.key);
    const before = slack.requests.length;
    const r = await call(client, 'call_action', { app: 'slack', operation: 'chatPostMessage', params: { body: { text: 42 }, bogus: true } });
    expect(r.isError).toBe(true);
    expect(r.text).toContain('params.body.channel is required');
    expect(r.text).toContain('params.body.text must be string');
    expect(r.text).toContain('params has no property "bogus"');
    expect(slack.requests.length).toBe(before);
  });

  it('calls a tool of an MCP-based provider (Granola) like any other action', async () => {
    const client = await mcpClient(gw.key);
    const found = (await call(client, 'search_actions', { query: 'list my meetings', app: 'granola' })).json().results;
    expect(found.map((x: { operation: string }) => x.operation)).toContain('listMeetings');
    const r = await call(client, 'call_action', { app: 'granola', operation: 'listMeetings', params: { body: { time_range: 'this_week' } } });
    expect(r.isError).toBe(false);
    expect(r.json().body).toEqual({ content: [{ type: 'text', text: 'meetings for {"time_range":"this_week"}' }], isError: false });
    expect(granola.last().headers.authorization).toBe(`Bearer ${GRANOLA_TOKEN}`);
  });

  it('sends raw requests with http_request, and lists connections', async () => {
    const client = await mcpClient(gw.key);
    const r = await call(client, 'http_request', { app: 'slack', method: 'GET', path: '/api/auth.test', query: { pretty: 1 } });
    expect(r.json().status).toBe(200);
    expect(slack.last().url).toBe('/api/auth.test?pretty=1');
    const list = (await call(client, 'list_connections', {})).json();
    expect(list.connections.map((c: { app: string }) => c.app).sort()).toEqual(['granola', 'hubspot', 'slack']);
  });

  it('gives a connect link for an app', async () => {
    const client = await mcpClient(gw.key);
    const r = (await call(client, 'connect_app', { app: 'notion' })).json();
    expect(r.status).toBe('PENDING');
    expect(r.url).toMatch(/\/connect\?session_token=/);
    await gw.call(`/connections/${r.connection_id}`, { method: 'DELETE' });
  });

  it('offers one tool per operation for /mcp?apps=…, capped, and calls them', async () => {
    const client = await mcpClient(gw.key, '?apps=slack');
    const { tools } = await client.listTools();
    const own = tools.filter((t) => t.name.startsWith('slack__'));
    expect(own.length).toBe(12); // SWITCHBOARD_MCP_MAX_TOOLS
    expect(tools.length).toBe(6 + 12);
    const r = (await client.callTool({ name: 'slack__chatPostMessage', arguments: { body: { channel: 'C9', text: 'direct' } } })) as ToolText;
    expect(JSON.parse(r.content[0]!.text)).toMatchObject({ status: 200, body: { echo: { channel: 'C9' } } });
  });

  it('refuses requests without a valid key, and methods other than POST', async () => {
    expect((await fetch(`${gw.url}/mcp`, { method: 'POST', body: '{}' })).status).toBe(401);
    const get = await gw.call('/mcp');
    expect(get.status).toBe(405);
    expect(((await get.json()) as { error: { code: string } }).error.code).toBe('GW_ERR_METHOD_NOT_ALLOWED');
    const bad = await gw.call('/mcp?apps=nope', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' }, body: '{}' });
    expect(bad.status).toBe(400);
  });
});

describe('policies on API keys', () => {
  it('refuses apps outside the key, on MCP and on the REST path, naming the rule', async () => {
    const key = await newKeyWithPolicy({ apps: ['hubspot'] });
    const client = await mcpClient(key);
    const before = slack.requests.length;
    const r = await call(client, 'call_action', { app: 'slack', operation: 'chatPostMessage', params: { body: { channel: 'C1', text: 'x' } } });
    expect(r.isError).toBe(true);
    expect(r.json()).toMatchObject({ gateway_error: 'GW_ERR_POLICY_DENIED', status: 403, body: { error: { code: 'GW_ERR_POLICY_DENIED', field: 'policy.apps' } } });
    const rest = await gw.call('/slack/api/chat.postMessage', { key, method: 'POST', body: '{}' });
    expect(rest.status).toBe(403);
    expect(((await rest.json()) as { error: { code: string; field: string } }).error).toMatchObject({ code: 'GW_ERR_POLICY_DENIED', field: 'policy.apps' });
    expect(slack.requests.length).toBe(before);
    // The allowed app still works, and search says what the key may not call.
    expect((await gw.call('/hubspot/crm/v3/objects/contacts', { key })).status).toBe(200);
    const hits = (await call(client, 'search_actions', { query: 'send a message to a Slack channel', limit: 3 })).json().results;
    expect(hits[0]).toMatchObject({ app: 'slack', allowed: false });
  });

  it('read-only keys may GET and call safe operations, never write', async () => {
    const key = await newKeyWithPolicy({ readOnly: true });
    expect((await gw.call('/hubspot/crm/v3/objects/contacts', { key })).status).toBe(200);
    const post = await gw.call('/hubspot/crm/v3/objects/contacts', { key, method: 'POST', body: '{}' });
    expect(post.status).toBe(403);
    expect(((await post.json()) as { error: { field: string } }).error.field).toBe('policy.readOnly');
    // HubSpot's search is a POST that changes nothing: the registry marks it safe.
    const search = await gw.call('/hubspot/crm/v3/objects/contacts/search', { key, method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(search.status).not.toBe(403);
  });

  it('deny and allow rules by operation id and by method and path glob', async () => {
    const key = await newKeyWithPolicy({ allow: ['slack.chat*', 'GET /hubspot/**'], deny: ['slack.chatDelete'] });
    expect((await gw.call('/slack/api/chat.postMessage', { key, method: 'POST', body: '{}' })).status).toBe(200);
    const del = await gw.call('/slack/api/chat.delete', { key, method: 'POST', body: '{}' });
    expect(((await del.json()) as { error: { field: string } }).error.field).toBe('policy.deny[0]');
    const other = await gw.call('/slack/api/conversations.list', { key });
    expect(((await other.json()) as { error: { field: string } }).error.field).toBe('policy.allow');
    expect((await gw.call('/hubspot/crm/v3/objects/contacts', { key })).status).toBe(200);
    expect((await gw.call('/hubspot/crm/v3/objects/contacts', { key, method: 'POST', body: '{}' })).status).toBe(403);
  });

  it('a rule cannot be dodged by writing the same path another way', async () => {
    const key = await newKeyWithPolicy({ deny: ['POST /slack/api/chat.delete', 'hubspot.deleteContact'] });
    const before = slack.requests.length + hubspot.requests.length;
    for (const path of ['/slack/api//chat.delete', '/slack/api/chat.delete/', '/slack/api/chat%2Edelete', '/slack//api/chat.delete', '/slack/api/%63hat.delete']) {
      const res = await gw.call(path, { key, method: 'POST', body: '{}' });
      expect([path, res.status]).toEqual([path, 403]);
    }
    // Dot segments, written plainly or encoded, never reach the provider (GW_ERR_BAD_PATH).
    for (const path of ['/slack/api/x/%2e%2e/chat.delete', '/slack/api/x/%2E%2E/chat.delete']) {
      const res = await gw.call(path, { key, method: 'POST', body: '{}' });
      expect([path, [400, 403].includes(res.status)]).toEqual([path, true]);
    }
    for (const path of ['/hubspot/crm/v3/objects/contacts/1/', '/hubspot/crm/v3//objects/contacts/1', '/hubspot/crm/v3/objects/%63ontacts/1']) {
      const res = await gw.call(path, { key, method: 'DELETE' });
      expect([path, res.status]).toEqual([path, 403]);
    }
    expect(slack.requests.length + hubspot.requests.length).toBe(before);
  });

  it('takes effect at once when changed, and a bad policy is a 400 naming the field', async () => {
    const key = await newKeyWithPolicy({ apps: ['slack'] });
    expect((await gw.call('/hubspot/crm/v3/objects/contacts', { key })).status).toBe(403);
    const list = (await (await gw.call('/api/apikeys?size=100')).json()) as { _embedded: { apikeys: { id: string; policy: unknown }[] } };
    const id = list._embedded.apikeys.find((k) => JSON.stringify(k.policy) === '{"apps":["slack"]}')!.id;
    const cleared = await gw.call(`/api/apikeys/${id}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'agent', policy: null }) });
    expect(((await cleared.json()) as { policy: unknown }).policy).toBeNull();
    expect((await gw.call('/hubspot/crm/v3/objects/contacts', { key })).status).toBe(200);
    for (const [policy, field] of [
      [{ apps: 'slack' }, 'policy.apps'],
      [{ deny: ['DROP TABLE'] }, 'policy.deny[0]'],
      [{ readOnly: 'yes' }, 'policy.readOnly'],
      [{ scopes: [] }, 'policy.scopes'],
    ] as const) {
      const res = await gw.call(`/api/apikeys/${id}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'agent', policy }) });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { field: string } }).error.field).toBe(field);
    }
  });
});

describe('policies over endpoints that carry many operations', () => {
  it('an MCP provider\'s raw endpoint and a GraphQL endpoint fail closed under id rules; named actions are judged by name', async () => {
    const key = await newKeyWithPolicy({ deny: ['granola.listMeetings', 'linear.createIssue'] });
    const raw = await gw.call('/granola/mcp', { key, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'list_meetings', arguments: {} } }) });
    expect(raw.status).toBe(403);
    expect(((await raw.json()) as { error: { field: string; message: string } }).error).toMatchObject({ field: 'policy.deny[0]', message: expect.stringMatching(/cannot be told from its path/) });
    expect((await gw.call('/granola/list_meetings', { key, method: 'POST', body: '{}' })).status).toBe(403);
    const gql = await gw.call('/linear/graphql', { key, method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"mutation { issueCreate(input: {}) { success } }"}' });
    expect(((await gql.json()) as { error: { field: string } }).error.field).toBe('policy.deny[1]');
    // Through MCP the operation is known: another Granola tool goes through.
    const client = await mcpClient(key);
    const other = await call(client, 'call_action', { app: 'granola', operation: 'getMeetings', params: { body: { meeting_ids: ['7f2d4c9e-1b3a-4e5f-8a6b-0c1d2e3f4a5b'] } } });
    expect(other.json().status).toBe(200);
    const denied = await call(client, 'call_action', { app: 'granola', operation: 'listMeetings', params: { body: {} } });
    expect(denied.json().gateway_error).toBe('GW_ERR_POLICY_DENIED');
  });

  it('a read-only key runs GraphQL queries as actions but not mutations or raw documents', async () => {
    const key = await newKeyWithPolicy({ readOnly: true });
    const raw = await gw.call('/linear/graphql', { key, method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ viewer { id } }"}' });
    expect(((await raw.json()) as { error: { field: string } }).error.field).toBe('policy.readOnly');
    const client = await mcpClient(key);
    const query = await call(client, 'call_action', { app: 'linear', operation: 'getViewer', params: {} });
    expect(query.json().gateway_error).not.toBe('GW_ERR_POLICY_DENIED');
    const mutation = await call(client, 'call_action', { app: 'linear', operation: 'createIssue', params: { variables: { input: { teamId: 't', title: 'x' } } } });
    expect(mutation.json().gateway_error).toBe('GW_ERR_POLICY_DENIED');
  });
});

describe('request log and metrics', () => {
  it('records REST and MCP calls with operation, status and bytes, and never a secret', async () => {
    const client = await mcpClient(gw.key);
    await call(client, 'call_action', { app: 'slack', operation: 'chatPostMessage', params: { body: { channel: 'C7', text: 'logged' } } });
    await gw.call('/hubspot/crm/v3/objects/contacts/77?archived=false', {});
    // A caller cannot pass itself off as an MCP call.
    await gw.call('/slack/api/auth.test', { headers: { 'x-switchboard-via': 'forged', 'x-switchboard-operation': 'forged' } });
    const res = await gw.call('/logs?limit=50');
    expect(res.status).toBe(200);
    const text = await res.text();
    for (const secret of [SLACK_TOKEN, HUBSPOT_TOKEN, GRANOLA_TOKEN, gw.key]) expect(text).not.toContain(secret);
    const { items } = JSON.parse(text) as { items: Record<string, unknown>[] };
    const mcpCall = items.find((e) => e.operation === 'chatPostMessage' && e.surface === 'mcp');
    expect(mcpCall).toMatchObject({ app: 'slack', method: 'POST', status: 200, error_code: null });
    // The bodies' lengths: what the agent's params became, and what Slack answered.
    expect(mcpCall!.bytes_in).toBe(Buffer.byteLength(JSON.stringify({ channel: 'C7', text: 'logged' })));
    expect(mcpCall!.bytes_out).toBe(Buffer.byteLength(JSON.stringify({ ok: true, channel: 'C1', ts: '1700000000.000100', echo: { channel: 'C7', text: 'logged' } })));
    expect(mcpCall!.connection_id).toMatch(/^[0-9a-f-]{36}$/);
    const restCall = items.find((e) => e.app === 'hubspot' && e.operation === 'getContact');
    expect(restCall).toMatchObject({ surface: 'rest', method: 'GET', status: 200 });
    const forged = items.find((e) => e.app === 'slack' && e.operation === 'authTest' && e.surface === 'rest');
    expect(forged).toBeDefined();
    expect(items.some((e) => e.operation === 'forged')).toBe(false);
    expect(items.some((e) => e.operation === 'mcp.search_actions' || e.operation === 'mcp.describe_action')).toBe(true);
    // Policy refusals are logged with their code.
    expect(items.some((e) => e.error_code === 'GW_ERR_POLICY_DENIED' && e.status === 403)).toBe(true);
  });

  it('filters and pages the log', async () => {
    const first = (await (await gw.call('/logs?app=slack&limit=2')).json()) as { items: { id: string; app: string }[]; next_cursor: string };
    expect(first.items).toHaveLength(2);
    expect(first.items.every((e) => e.app === 'slack')).toBe(true);
    const second = (await (await gw.call(`/logs?app=slack&limit=2&cursor=${first.next_cursor}`)).json()) as { items: { id: string }[] };
    expect(Number(second.items[0]!.id)).toBeLessThan(Number(first.items[1]!.id));
    const errors = (await (await gw.call('/logs?status=4xx')).json()) as { items: { status: number }[] };
    expect(errors.items.length).toBeGreaterThan(0);
    expect(errors.items.every((e) => e.status >= 400 && e.status < 500)).toBe(true);
    const mcpOnly = (await (await gw.call('/logs?surface=mcp')).json()) as { items: { surface: string }[] };
    expect(mcpOnly.items.every((e) => e.surface === 'mcp')).toBe(true);
    expect((await gw.call('/logs?status=teapot')).status).toBe(400);
    // Another account sees none of it.
    const other = await gw.sb.store.createAccount({ id: randomUUID(), name: 'other', createdAt: new Date().toISOString() });
    const otherKey = await gw.newKey(other.id);
    expect(((await (await gw.call('/logs', { key: otherKey })).json()) as { items: unknown[] }).items).toEqual([]);
  });

  it('exposes Prometheus metrics for each call', async () => {
    const res = await fetch(`${gw.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/switchboard_requests_total\{app="slack",status="200",code="",surface="mcp"\} \d+/);
    expect(text).toMatch(/switchboard_requests_total\{app="hubspot",status="200",code="",surface="rest"\} \d+/);
    expect(text).toMatch(/switchboard_requests_total\{app="slack",status="403",code="GW_ERR_POLICY_DENIED",surface="(rest|mcp)"\} \d+/);
    expect(text).toMatch(/switchboard_upstream_duration_seconds_bucket\{le="[^"]+",app="slack"\} \d+/);
    expect(text).toMatch(/switchboard_gateway_duration_seconds_count\{surface="rest"\} \d+/);
    expect(text).toMatch(/switchboard_inflight_requests 0/);
    expect(text).toContain('switchboard_token_refreshes_total');
  });
});
