/**
 * Issue 12, item 3: `switchboard import openapi`. Two small specs written for these tests (an
 * OpenAPI 3.0 shop with every security scheme type, typed parameters, JSON and form bodies,
 * shared and circular $refs and four kinds of paging; a Swagger 2 clinic) and GitHub's full
 * spec from @octokit/openapi. Every import must lint clean (which includes the YAML 1.1
 * rule) and generate; the small ones are checked field by field.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../../packages/generator/src/generate.js';
import { endpointId, importOpenApi, parseSpecText } from '../../../packages/generator/src/import/openapi.js';
import { validateFiles } from '../../../packages/generator/src/validate/index.js';
import { main } from '../../../packages/cli/src/main.js';

const ROOT = new URL('../../..', import.meta.url).pathname.replace(/\/$/, '');
const FIXTURES = join(ROOT, 'test/generator/import/fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'switchboard-import-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Obj = Record<string, any>;

function importFixture(file: string, app: string, include?: string[]) {
  const spec = parseSpecText(readFileSync(join(FIXTURES, file), 'utf8'), file);
  return importOpenApi(spec, { app, include });
}

/** Writes the provider into its own folder and validates it as the lint command does. */
function lintText(app: string, text: string) {
  const dir = join(tmp, `lint-${app}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(dir);
  writeFileSync(join(dir, `${app}.yaml`), text);
  return { dir, ...validateFiles([join(dir, `${app}.yaml`)], ROOT) };
}

describe('import openapi: the OpenAPI 3.0 fixture', () => {
  const result = importFixture('shop.openapi.yaml', 'tiny-shop');
  const doc = load(result.text) as Obj;
  const byId = (id: string) => (doc.endpoints as Obj[]).find((e) => e.id === id)!;

  it('lints clean, YAML 1.1 rule included', () => {
    expect(lintText('tiny-shop', result.text).diagnostics).toEqual([]);
  });

  it('is deterministic: same input, same bytes', () => {
    expect(importFixture('shop.openapi.yaml', 'tiny-shop').text).toBe(result.text);
  });

  it('identity and upstream: info, externalDocs, the first server with its variable as a host variable', () => {
    expect(doc).toMatchObject({ app: 'tiny-shop', name: 'Tiny Shop', description: 'Orders, products and categories of a tiny shop.', docs: 'https://docs.tinyshop.test/api' });
    expect(doc.upstream).toEqual({ baseUrl: 'https://<region>.tinyshop.test' });
    expect(doc.variables.region).toMatchObject({ pattern: '^(?:eu|us)$', from: [{ form: { label: 'region' } }, { default: 'eu' }] });
    expect(result.text).toContain('# the first of 2 servers; others: https://sandbox.tinyshop.test/v2');
    // The server's path is part of every native path.
    expect(byId('listOrders').path).toBe('/v2/orders');
  });

  it('auth: oauth2 authorization code, api keys in header and query, bearer, basic; openIdConnect left out with a comment', () => {
    const methods = doc.auth.methods as Obj[];
    expect(methods.map((m) => m.type)).toEqual(['OAUTH2', 'API_KEY', 'BASIC']);
    expect(methods[0]).toMatchObject({ authorizationUrl: 'https://auth.tinyshop.test/authorize', tokenUrl: 'https://auth.tinyshop.test/token', scopes: ['orders:read', 'orders:write'], refresh: true });
    expect(methods[1]!.inject).toEqual([
      { style: 'header', name: 'X-Shop-Key', value: '{header_key}' },
      { style: 'query', name: 'key', value: '{query_key}' },
      { style: 'bearer', value: '{token}' },
    ]);
    expect(methods[2]!.inject).toEqual([{ style: 'basic', username: '{username}', password: '{password}' }]);
    expect(result.text).toMatch(/# security scheme oidc \(openIdConnect\) is left out/);
  });

  it('endpoints: sanitised unique ids, first tag as group, summary (or the description\'s first sentence), typed params', () => {
    expect((doc.endpoints as Obj[]).map((e) => e.id)).toEqual(['listOrders', 'createOrder', 'getOrder', 'getOrder2', 'exportOrders', 'addNote', 'listProducts', 'listCategories', 'getPerson']);
    expect(byId('getOrder')).toMatchObject({ group: 'Orders', method: 'GET', path: '/v2/orders/{orderId}', summary: 'Fetch one order by its id.', params: { orderId: { type: 'string', pattern: '^ord_[a-z0-9]+$' } } });
    expect(byId('listOrders').query).toEqual({
      limit: { type: 'integer', default: 20, minimum: 1, maximum: 100 },
      cursor: { type: 'string' },
      status: { type: 'array', items: { type: 'string', enum: ['open', 'closed'] }, style: 'comma' },
    });
    expect(byId('listProducts').headers).toEqual({ 'X-Request-Id': { type: 'string' } });
    expect(byId('getPerson').params).toEqual({ personId: { type: 'integer' } });
  });

  it('bodies and responses: JSON and form bodies, status codes, shared schemas written once with an anchor', () => {
    expect(byId('createOrder').body.schema.properties.total).toBe(byId('listOrders').response.schema.properties.orders.items.properties.total);
    expect(byId('createOrder').response).toMatchObject({ status: 201 });
    expect(byId('createOrder').response.schema).toBe(byId('getOrder').response.schema);
    expect(byId('addNote').body).toMatchObject({ contentType: 'application/x-www-form-urlencoded', required: false });
    expect(result.text.match(/&Order\b/g)).toHaveLength(1);
    expect(result.text.match(/\*Order\b/g)!.length).toBe(2);
    expect(byId('listOrders').response.schema.properties.orders.items.properties.status).toEqual({ type: ['string', 'null'], enum: ['ON', 'OFF', 'pending', null] });
  });

  it('cycles are cut with a comment, external refs reduced, unsupported parts commented, nothing crashes', () => {
    expect(result.text).toContain('# recursive #/components/schemas/Category: cut here to a plain object');
    expect(result.text).toContain('# $ref https://schemas.tinyshop.test/avatar.json does not resolve here (external or missing): any value');
    expect(result.text).toContain('# cookie parameter session is left out');
    expect(result.text).toContain('# traceOrder: TRACE /orders/{orderId} is left out');
    expect(result.text).toContain('# the spec gives this GET a request body; left out');
    expect(result.text).toContain('# query parameter filter (object) is written as a string');
    expect(byId('listProducts').body).toBeUndefined();
  });

  it('paging: cursor (the provider\'s: most used, ties broken by name), offset, link, and off where the spec shows none', () => {
    expect(doc.pagination).toEqual({ style: 'cursor', cursorParam: 'cursor', nextCursor: 'next_cursor', limitParam: 'limit', items: 'orders' });
    expect(byId('listOrders').pagination).toBeUndefined();
    expect(byId('listProducts').pagination).toEqual({ style: 'offset', offsetParam: 'offset', limitParam: 'limit', items: 'data' });
    expect(byId('listCategories').pagination).toEqual({ style: 'link', limitParam: 'per_page' });
    // Takes the provider's cursor parameter, but its answer carries no next cursor.
    expect(byId('exportOrders').pagination).toBe(false);
    expect(byId('exportOrders').response).toEqual({ contentType: 'text/csv', schema: { type: 'string' } });
  });

  it('--include keeps only matching paths', () => {
    const only = importFixture('shop.openapi.yaml', 'tiny-shop', ['/orders/**']);
    expect((load(only.text) as Obj).endpoints.map((e: Obj) => e.id)).toEqual(['getOrder', 'getOrder2', 'exportOrders', 'addNote']);
    expect(() => importFixture('shop.openapi.yaml', 'tiny-shop', ['/nothing/*'])).toThrow(/no operation's path matches/);
  });

  it('generates: OpenAPI, types and client over a providers folder outside providers/', async () => {
    const providers = join(tmp, 'gen-providers');
    const out = join(tmp, 'gen-out');
    mkdirSync(providers);
    writeFileSync(join(providers, 'tiny-shop.yaml'), result.text);
    const r = await generate({ root: ROOT, providersDir: providers, outDir: out });
    expect(r.diagnostics).toEqual([]);
    expect(r.endpoints).toBe(9);
    const openapi = JSON.parse(readFileSync(join(out, 'openapi/tiny-shop.json'), 'utf8'));
    expect(Object.keys(openapi.paths)).toContain('/v2/orders/{orderId}');
    expect(existsSync(join(out, 'types/tiny-shop.d.ts'))).toBe(true);
    expect(existsSync(join(out, 'clients/tiny-shop.ts'))).toBe(true);
    expect(existsSync(join(ROOT, 'generated/openapi/tiny-shop.json'))).toBe(false);
  });
});

describe('import openapi: the Swagger 2 fixture', () => {
  const result = importFixture('pets.swagger.json', 'pet-clinic');
  const doc = load(result.text) as Obj;

  it('lints clean and reads host, basePath, securityDefinitions, body and formData parameters', () => {
    expect(lintText('pet-clinic', result.text).diagnostics).toEqual([]);
    expect(doc.upstream).toEqual({ baseUrl: 'https://api.petclinic.test' });
    expect(doc.auth.methods.map((m: Obj) => m.type)).toEqual(['BASIC', 'API_KEY', 'OAUTH2']);
    const [list, create, upload] = doc.endpoints as [Obj, Obj, Obj];
    expect(list).toMatchObject({ id: 'petsList', path: '/api/pets', query: { tags: { type: 'array', items: { type: 'string' } } } });
    expect(create.body.schema).toBe(create.response.schema);
    expect(create.body.schema.properties.weight).toEqual({ type: 'number', exclusiveMinimum: 0 });
    expect(create.body.schema.properties.name).toEqual({ type: ['string', 'null'] });
    expect(upload.body).toEqual({
      contentType: 'multipart/form-data',
      schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, caption: { type: 'string' } }, required: ['file'] },
    });
    expect(doc.pagination).toEqual({ style: 'page', pageParam: 'page' });
  });
});

describe('import openapi: small pieces', () => {
  it.each([
    ['repos/get-content', 'reposGetContent'],
    ['Pets_List', 'petsList'],
    ['getHTTPStatus', 'getHttpStatus'],
    ['2fa.enable', 'op2faEnable'],
    ['get /users/by id', 'getUsersById'],
  ])('endpoint id %s → %s', (raw, id) => {
    expect(endpointId(raw)).toBe(id);
    expect(id).toMatch(/^[a-z][a-zA-Z0-9]*$/);
  });

  it('a file that is not a spec is one clear error', () => {
    expect(() => parseSpecText('{"hello": 1}', 'x.json')).toThrow('x.json is not an OpenAPI 3.x or Swagger 2.0 document');
    expect(() => parseSpecText('a: [', 'x.yaml')).toThrow(/x.yaml is neither JSON nor YAML/);
  });

  it('the CLI writes --out and says how many endpoints', async () => {
    const out = join(tmp, 'cli-tiny-shop.yaml');
    const writes: string[] = [];
    const orig = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((s: string) => (writes.push(String(s)), true)) as typeof process.stderr.write;
    try {
      expect(await main(['import', 'openapi', join(FIXTURES, 'shop.openapi.yaml'), '--app', 'tiny-shop', '--out', out])).toBe(0);
      expect(await main(['import', 'openapi', join(FIXTURES, 'shop.openapi.yaml'), '--app', 'tiny-shop', '--out', out])).toBe(2);
      expect(await main(['import', 'openapi', join(FIXTURES, 'shop.openapi.yaml'), '--app', 'tiny-shop', '--out', out, '--force'])).toBe(0);
      expect(await main(['import', 'openapi', join(FIXTURES, 'shop.openapi.yaml'), '--app', 'Bad_Name', '--out', join(tmp, 'bad.yaml')])).toBe(2);
      expect(await main(['import', 'openapi', join(FIXTURES, 'shop.openapi.yaml'), '--app', 'github'])).toBe(2); // providers/github.yaml stays
      expect(await main(['import', 'openapi', join(FIXTURES, 'shop.openapi.yaml'), '--app', 'oauth', '--out', join(tmp, 'oauth.yaml')])).toBe(2);
      expect(await main(['import', 'swagger', 'x'])).toBe(2);
    } finally {
      process.stderr.write = orig;
    }
    expect(readFileSync(out, 'utf8')).toBe(importFixture('shop.openapi.yaml', 'tiny-shop').text);
    expect(writes.join('')).toContain('9 endpoints');
    expect(writes.join('')).toContain('--app "Bad_Name" is not a valid app name');
    expect(writes.join('')).toContain('exists; pass --force to replace it');
    expect(writes.join('')).toContain('app name "oauth" is reserved');
  });
});

describe("import openapi: GitHub's full spec", () => {
  it('lints clean with at least 1,000 endpoints', () => {
    const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
    const result = importOpenApi(parseSpecText(readFileSync(file, 'utf8'), file), { app: 'github-full' });
    expect(result.endpoints).toBeGreaterThanOrEqual(1000);
    const { diagnostics, providers } = lintText('github-full', result.text);
    expect(diagnostics).toEqual([]);
    expect(providers[0]!.file.endpoints.length).toBe(result.endpoints);
    expect(providers[0]!.file.endpoints.some((e) => e.id === 'reposGetContent' && e.path === '/repos/{owner}/{repo}/contents/{path}')).toBe(true);
  }, 120_000);
});
