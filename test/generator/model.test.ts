/**
 * The model is the fully-defaulted form the emitters read: every default is applied in
 * model.ts and nowhere else. Each `default` that provider.schema.json states is listed here,
 * either as applied by the model (and checked on a provider that leaves it out) or as carried
 * through as written, with the reason: a new default in the schema fails the first test until
 * it is placed in one list or the other.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildProvider, type Provider } from '../../packages/generator/src/model.js';
import type { ProviderFile } from '../../packages/generator/src/provider-file.js';
import { PROVIDER_SCHEMA } from '../../packages/generator/src/provider-file-source.js';

/** A provider that leaves every optional property out. */
const FILE: ProviderFile = {
  app: 'demo',
  name: 'Demo',
  description: 'A small provider for the model tests.',
  categories: ['testing'],
  docs: 'https://example.com/docs',
  upstream: { baseUrl: 'https://api.example.com' },
  mcp: { url: 'https://mcp.example.com/mcp' },
  auth: {
    methods: [
      { type: 'OAUTH2', authorizationUrl: 'https://example.com/authorize', tokenUrl: 'https://example.com/token' },
      { type: 'OAUTH1', requestTokenUrl: 'https://example.com/request', authorizationUrl: 'https://example.com/authorize', accessTokenUrl: 'https://example.com/access' },
      { type: 'API_KEY', fields: [{ name: 'api_key', label: 'API key' }], inject: [{ style: 'header', name: 'X-Api-Key', value: '{api_key}' }] },
      { type: 'MCP' },
    ],
  },
  endpoints: [
    { id: 'createThing', method: 'POST', path: '/things', summary: 'Create a thing.', body: {}, query: { limit: { type: 'integer' } } },
    { id: 'deleteThing', method: 'DELETE', path: '/things/{id}', summary: 'Delete a thing.', params: { id: { type: 'string' } }, response: { status: 204 } },
    { id: 'listIssues', kind: 'graphql', method: 'POST', path: '/graphql', summary: 'List issues.', graphql: { document: 'query ListIssues { issues { id } }' } },
    { id: 'search', kind: 'mcp-tool', summary: 'Search.', tool: { name: 'search', input: { type: 'object' } } },
  ],
};

const model = buildProvider(FILE, 'providers/demo.yaml');
const method = <T extends Provider['auth'][number]['type']>(type: T) => model.auth.find((m) => m.type === type) as Extract<Provider['auth'][number], { type: T }>;
const endpoint = (id: string) => model.endpoints.find((e) => e.id === id)!;

/** Schema defaults the model applies: where, and how to read the value back from the model. */
const APPLIED: Record<string, (p: Provider) => unknown> = {
  '#/definitions/mcp/properties/transport': (p) => p.mcp?.transport,
  '#/definitions/oauth2Method/properties/scopeSeparator': () => method('OAUTH2').scopeSeparator,
  '#/definitions/oauth2Method/properties/pkce': () => method('OAUTH2').pkce,
  '#/definitions/oauth2Method/properties/refresh': () => method('OAUTH2').refresh,
  '#/definitions/oauth2Method/properties/clientAuth': () => method('OAUTH2').clientAuth,
  '#/definitions/mcpMethod/properties/pkce': () => method('MCP').pkce,
  '#/definitions/mcpMethod/properties/refresh': () => method('MCP').refresh,
  '#/definitions/body/properties/contentType': () => endpoint('createThing').body?.contentType,
  '#/definitions/body/properties/required': () => endpoint('createThing').body?.required,
  '#/definitions/response/properties/status': () => endpoint('createThing').response.status,
  '#/definitions/response/properties/contentType': () => endpoint('createThing').response.contentType,
  '#/definitions/endpoint/properties/kind': () => endpoint('createThing').kind,
};

/**
 * Schema defaults the model carries as written. These objects go into the routing table,
 * x-pagination and the clients' route tables unchanged, and the gateway and the SDK read them
 * with these defaults; writing the defaults into the generated files would change every one.
 */
const AS_WRITTEN: Record<string, string> = {
  '#/definitions/credentialField/properties/secret': 'credential fields are copied into routes.json',
  '#/definitions/credentialField/properties/optional': 'credential fields are copied into routes.json',
  '#/definitions/inject/allOf/5/then/properties/signature': 'inject steps are copied into routes.json',
  '#/definitions/pagination/allOf/0/then/properties/in': 'paging is copied into routes.json, x-pagination and client routes',
  '#/definitions/pagination/allOf/1/then/properties/in': 'paging is copied into routes.json, x-pagination and client routes',
  '#/definitions/pagination/allOf/1/then/properties/firstOffset': 'paging is copied into routes.json, x-pagination and client routes',
  '#/definitions/pagination/allOf/2/then/properties/firstPage': 'paging is copied into routes.json, x-pagination and client routes',
  '#/definitions/pagination/allOf/2/then/properties/in': 'paging is copied into routes.json, x-pagination and client routes',
};

function schemaDefaults(): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (node: unknown, pointer: string) => {
    if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${pointer}/${i}`));
    else if (node && typeof node === 'object') {
      if ('default' in node && pointer.includes('/properties/')) out.set(pointer, (node as { default: unknown }).default);
      for (const [k, v] of Object.entries(node)) walk(v, `${pointer}/${k}`);
    }
  };
  walk(JSON.parse(readFileSync(PROVIDER_SCHEMA, 'utf8')), '#');
  return out;
}

describe('model defaults', () => {
  const defaults = schemaDefaults();

  it('every default the schema states is applied by the model or listed as carried as written', () => {
    expect([...defaults.keys()].sort()).toEqual([...Object.keys(APPLIED), ...Object.keys(AS_WRITTEN)].sort());
  });

  it.each(Object.entries(APPLIED))('%s: the model gives the schema\'s default', (pointer, read) => {
    expect(read(model)).toEqual(defaults.get(pointer));
  });

  // Defaults the schema cannot state (they depend on other fields) or states only in words.
  const DERIVED: [string, { read: (p: Provider) => unknown; want: unknown }][] = [
    ['notes', { read: (p) => p.notes, want: [] }],
    ['mcp.protocolVersion', { read: (p) => p.mcp?.protocolVersion, want: '2025-06-18' }],
    ['upstream.pathPrefix', { read: (p) => p.upstream?.pathPrefix, want: '' }],
    ['upstream.hosts', { read: (p) => p.upstream?.hosts, want: [] }],
    ['variables, headers, query', { read: (p) => [p.variables, p.headers, p.query], want: [{}, { add: {}, defaults: {} }, { add: {} }] }],
    ['method labels', { read: (p) => p.auth.map((m) => m.label), want: ['Sign in (OAuth 2.0)', 'Sign in (OAuth 1.0a)', 'API key', 'MCP server'] }],
    ['OAUTH2 scopes, scopeParam, params, tokenField', {
      read: () => { const m = method('OAUTH2'); return [m.scopes, m.scopeParam, m.authorizationParams, m.tokenField]; },
      want: [[], 'scope', {}, 'access_token'],
    }],
    ['OAUTH2 and MCP inject: a bearer header', { read: () => [method('OAUTH2').inject, method('MCP').inject], want: [[{ style: 'bearer', value: '{access_token}' }], [{ style: 'bearer', value: '{access_token}' }]] }],
    ['OAUTH1 inject: signed requests', { read: () => method('OAUTH1').inject, want: [{ style: 'oauth1' }] }],
    ['MCP scopes and fields', { read: () => [method('MCP').scopes, method('MCP').fields], want: [[], []] }],
    ['endpoint group and deprecated', { read: () => [endpoint('createThing').group, endpoint('search').group, endpoint('createThing').deprecated], want: ['Endpoints', 'MCP tools', false] }],
    ['query parameters are optional unless told', { read: () => endpoint('createThing').query, want: [{ name: 'limit', type: 'integer', required: false }] }],
    ['path parameters are required', { read: () => endpoint('deleteThing').pathParams, want: [{ name: 'id', type: 'string', required: true }] }],
    ['response description', { read: () => [endpoint('createThing').response.description, endpoint('deleteThing').response.description], want: ['The upstream\'s answer, passed through unchanged.', 'Done; no body.'] }],
    ['GraphQL operation name from the document', { read: () => endpoint('listIssues').graphql?.operationName, want: 'ListIssues' }],
    ['MCP tool: POST /{tool} with a JSON body', {
      read: () => { const e = endpoint('search'); return [e.method, e.path, e.body]; },
      want: ['POST', '/search', { contentType: 'application/json', required: true, schema: { type: 'object' } }],
    }],
  ];

  it.each(DERIVED)('%s', (_, { read, want }) => {
    expect(read(model)).toEqual(want);
  });

  it('a written value wins over the default', () => {
    const file: ProviderFile = {
      ...FILE,
      auth: { methods: [{ type: 'OAUTH2', label: 'Slack', authorizationUrl: 'https://e.com/a', tokenUrl: 'https://e.com/t', scopeSeparator: ',', pkce: true, clientAuth: 'basic' }] },
      endpoints: [{ id: 'upload', method: 'PUT', path: '/files', summary: 'Upload.', body: { contentType: 'application/octet-stream', required: false }, response: { status: 201, description: 'Stored.' } }],
    };
    const p = buildProvider(file, 'providers/demo.yaml');
    const m = p.auth[0] as Extract<Provider['auth'][number], { type: 'OAUTH2' }>;
    expect([m.label, m.scopeSeparator, m.pkce, m.clientAuth]).toEqual(['Slack', ',', true, 'basic']);
    expect(p.endpoints[0]!.body).toEqual({ contentType: 'application/octet-stream', required: false });
    expect(p.endpoints[0]!.response).toEqual({ status: 201, contentType: 'application/json', description: 'Stored.' });
  });
});
