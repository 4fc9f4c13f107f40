/**
 * Issue 13: GET /openapi.json documents the control API, and the document is checked against
 * the running server: every documented operation answers (not 404/405) with a valid key, every
 * route the server answers is documented, and real answers validate against the schemas.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESERVED_FIRST_SEGMENTS } from '@switchboard/contract';
import { CONTROL_ROUTES } from '../../../packages/gateway/src/control/openapi.js';
import { startGateway, useSecret, type TestGateway } from '../../support/gateway.js';

type Doc = { openapi: string; paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>; components: { schemas: Record<string, unknown> } };
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

let gw: TestGateway;
let doc: Doc;
let ajv: Ajv2020;
let connectionId: string;
let apikeyId: string;

beforeAll(async () => {
  gw = await startGateway();
  const res = await fetch(`${gw.url}/openapi.json`);
  expect(res.status).toBe(200);
  doc = (await res.json()) as Doc;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addSchema({ $id: 'doc', components: doc.components }, 'doc');
  connectionId = (await gw.connect({ app: 'slack' })).connection_id;
  apikeyId = ((await (await gw.call('/api/apikeys', { method: 'POST' })).json()) as { id: string }).id;
});
afterAll(async () => {
  await gw.close();
});

function fill(path: string): string {
  return path.replace('{connection_id}', connectionId).replace('{apikey_id}', apikeyId).replace('{profile_id}', encodeURIComponent(gw.accountId));
}

/** The schema the document gives for an answer of `status` to `method path`. */
function schemaOf(path: string, method: string, status: number): unknown {
  const op = doc.paths[path]?.[method.toLowerCase()];
  expect(op, `${method} ${path} documented`).toBeDefined();
  const answer = op!.responses[String(status)];
  expect(answer, `${method} ${path} documents ${status}`).toBeDefined();
  return answer!.content?.['application/json']?.schema;
}

function expectValid(path: string, method: string, status: number, body: unknown): void {
  const schema = schemaOf(path, method, status) as { $ref?: string } | undefined;
  const validate = schema?.$ref ? ajv.getSchema(`doc${schema.$ref}`)! : ajv.compile(schema ?? {});
  const ok = validate(body);
  expect(ok, `${method} ${path} ${status}: ${JSON.stringify(validate.errors)}`).toBe(true);
}

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document whose paths are exactly the routes the server declares', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(Object.keys(CONTROL_ROUTES).sort());
    for (const [path, methods] of Object.entries(CONTROL_ROUTES)) {
      const documented = Object.keys(doc.paths[path]!).filter((k) => METHODS.includes(k.toUpperCase())).map((k) => k.toUpperCase());
      expect(documented.sort(), path).toEqual(methods.filter((m) => m !== 'HEAD').sort());
    }
  });

  it('every documented operation answers (not 404 or 405) with a valid key', async () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      // PUT first: it creates the key the others read.
      const methods = Object.keys(item).filter((k) => METHODS.includes(k.toUpperCase())).sort((a, b) => Number(b === 'put') - Number(a === 'put'));
      for (const method of methods) {
        // DELETE last, on objects made for it, so the others find theirs.
        if (method === 'delete') continue;
        const body = method === 'patch' ? '{"name":"renamed"}' : method === 'put' ? '{"name":"via openapi"}' : method === 'post' && path === '/connections' ? '{"app":"slack"}' : undefined;
        const res = await gw.call(fill(path), { method: method.toUpperCase(), headers: body ? { 'content-type': 'application/json' } : {}, body });
        if (method === 'put' && res.status === 201) useSecret(((await res.clone().json()) as { accessToken: string }).accessToken);
        expect([404, 405], `${method.toUpperCase()} ${path} answered ${res.status}`).not.toContain(res.status);
        await res.arrayBuffer();
      }
    }
    for (const path of ['/connections/{connection_id}', '/api/apikeys/{apikey_id}']) {
      const res = await gw.call(fill(path), { method: 'DELETE' });
      expect([404, 405]).not.toContain(res.status);
    }
  });

  it('every route the server answers is documented: undocumented methods are 405 with Allow, other reserved paths 404', async () => {
    connectionId = (await gw.connect({ app: 'slack' })).connection_id;
    apikeyId = ((await (await gw.call('/api/apikeys', { method: 'POST' })).json()) as { id: string }).id;
    for (const [path, methods] of Object.entries(CONTROL_ROUTES)) {
      for (const method of METHODS.filter((m) => !(methods as readonly string[]).includes(m))) {
        const res = await gw.call(fill(path), { method });
        expect(res.status, `${method} ${path}`).toBe(405);
        expect(res.headers.get('allow')).toBe(methods.join(', '));
      }
    }
    // Browser pages are no API: the connect pages and OAuth callbacks (their links come from
    // POST /connections) and the dashboard.
    const pages = new Set(['connect', 'oauth', 'dashboard']);
    // Reserved segments the control API serves are checked above; the rest answer 404.
    const served = new Set(Object.keys(CONTROL_ROUTES).map((p) => p.split('/')[1]));
    for (const segment of RESERVED_FIRST_SEGMENTS.filter((s) => !pages.has(s) && !served.has(s))) {
      for (const method of METHODS) {
        const res = await gw.call(`/${segment}`, { method });
        expect(res.status, `${method} /${segment}`).toBe(404);
      }
    }
    for (const path of ['/api/other', '/health/x', '/ready/x', '/openapi.json/x', '/api/apikeys/x/y']) {
      expect((await gw.call(path)).status, path).toBe(404);
    }
  });

  it('real answers validate against the documented schemas', async () => {
    const c = await gw.call('/connections', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"app":"slack","name":"schema check"}' });
    const created = (await c.json()) as { connection: { connection_id: string } };
    expectValid('/connections', 'POST', 201, created);
    const id = created.connection.connection_id;
    const calls: [string, string, string, string | undefined, number][] = [
      ['/connections', 'GET', '/connections?limit=1', undefined, 200],
      ['/connections/{connection_id}', 'GET', `/connections/${id}`, undefined, 200],
      ['/connections/{connection_id}', 'PATCH', `/connections/${id}`, '{"name":"changed"}', 200],
      ['/connections/{connection_id}', 'POST', `/connections/${id}`, undefined, 200],
      ['/connections/{connection_id}', 'GET', '/connections/21fd90f9-5935-43cd-b6c8-bde9d915ca80', undefined, 404],
      ['/connections', 'POST', '/connections', '{"app":"nope"}', 400],
      ['/api/apikeys', 'GET', '/api/apikeys', undefined, 200],
      ['/api/apikeys', 'POST', '/api/apikeys', undefined, 200],
      ['/api/profiles/{profile_id}', 'GET', `/api/profiles/${encodeURIComponent(gw.accountId)}`, undefined, 200],
      ['/', 'GET', '/', undefined, 200],
      ['/health', 'GET', '/health', undefined, 200],
      ['/ready', 'GET', '/ready', undefined, 200],
      ['/connections/{connection_id}', 'DELETE', `/connections/${id}`, undefined, 200],
    ];
    for (const [path, method, url, body, status] of calls) {
      const res = await gw.call(url, { method, headers: body ? { 'content-type': 'application/json' } : {}, body });
      expect(res.status, `${method} ${url}`).toBe(status);
      expectValid(path, method, status, await res.json());
    }
    const page = (await (await gw.call('/connections?limit=1')).json()) as { next_cursor?: string };
    expect(page.next_cursor).toBeDefined();
    const init = (await (await gw.call('/api/apikeys', { method: 'POST' })).json()) as { id: string };
    const made = await gw.call(`/api/apikeys/${init.id}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"name":"schema"}' });
    expect(made.status).toBe(201);
    const key = (await made.json()) as { accessToken: string };
    useSecret(key.accessToken);
    expectValid('/api/apikeys/{apikey_id}', 'PUT', 201, key);
    const one = await gw.call(`/api/apikeys/${init.id}`);
    expectValid('/api/apikeys/{apikey_id}', 'GET', 200, await one.json());
    const unauthorized = await gw.call('/connections', { key: null });
    expectValid('/connections', 'GET', 401, await unauthorized.json());
  });
});
