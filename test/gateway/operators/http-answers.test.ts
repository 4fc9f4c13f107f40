/**
 * Issue 13, operators: 401s say which case they are and carry WWW-Authenticate, 405s carry
 * Allow, `GET /` lists entry points that answer, and the API keys' `profile` link resolves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, useSecret, type TestGateway } from '../../support/gateway.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startGateway();
});
afterAll(async () => {
  await gw.close();
});

type Envelope = { error: { code: string; message: string; request_id?: string } };

describe('401', () => {
  it.each([
    ['no key', {}, 'no API key was sent', 'Bearer realm="switchboard"'],
    ['an empty header', { authorization: '' }, 'no API key was sent', 'Bearer realm="switchboard"'],
    ['a malformed header', { authorization: 'Bearer a b c' }, 'the Authorization header is malformed (expected "Bearer <key>")', 'Bearer realm="switchboard", error="invalid_request"'],
    ['an unknown scheme', { authorization: 'Digest abc' }, 'the Authorization header is malformed (expected "Bearer <key>")', 'Bearer realm="switchboard", error="invalid_request"'],
    ['an unknown key', { authorization: 'Bearer sbk_notarealkeyatall0000000000000000' }, 'the API key is unknown or revoked', 'Bearer realm="switchboard", error="invalid_token"'],
    ['a token that is no key at all', { authorization: 'Bearer nope' }, 'the API key is unknown or revoked', 'Bearer realm="switchboard", error="invalid_token"'],
  ] as const)('for %s says so, on the control API and the gateway alike', async (_name, headers, detail, challenge) => {
    for (const path of ['/connections', '/api/apikeys', '/slack/api/auth.test']) {
      const res = await fetch(`${gw.url}${path}`, { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe(challenge);
      const body = (await res.json()) as Envelope;
      expect(body.error.code).toBe('GW_ERR_UNAUTHORIZED');
      expect(body.error.message).toContain(detail);
    }
  });

  it('for a revoked key says unknown or revoked', async () => {
    const { id } = (await (await gw.call('/api/apikeys', { method: 'POST' })).json()) as { id: string };
    const made = await gw.call(`/api/apikeys/${id}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"name":"soon revoked"}' });
    const k = useSecret(((await made.json()) as { accessToken: string }).accessToken);
    expect((await gw.call('/connections', { key: k })).status).toBe(200);
    expect((await gw.call(`/api/apikeys/${id}`, { method: 'DELETE' })).status).toBe(204);
    const after = await gw.call('/connections', { key: k });
    expect(after.status).toBe(401);
    expect(after.headers.get('www-authenticate')).toBe('Bearer realm="switchboard", error="invalid_token"');
    expect(((await after.json()) as Envelope).error.message).toBe('Missing or invalid API key: the API key is unknown or revoked.');
  });
});

describe('405', () => {
  it.each([
    ['PUT', '/connections', 'GET, POST'],
    ['PUT', '/connections/21fd90f9-5935-43cd-b6c8-bde9d915ca80', 'GET, POST, PATCH, DELETE'],
    ['DELETE', '/api/apikeys', 'GET, POST'],
    ['POST', '/api/apikeys/21fd90f9-5935-43cd-b6c8-bde9d915ca80', 'GET, PUT, DELETE'],
    ['POST', '/', 'GET, HEAD'],
    ['POST', '/openapi.json', 'GET, HEAD'],
  ])('%s %s carries Allow: %s', async (method, path, allow) => {
    const res = await gw.call(path, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
    expect(((await res.json()) as Envelope).error.code).toBe('GW_ERR_METHOD_NOT_ALLOWED');
  });
});

describe('GET /', () => {
  it('lists entry points that all answer (no dead link)', async () => {
    const res = await fetch(`${gw.url}/`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { service: string; links: Record<string, string> };
    expect(body.service).toBe('switchboard');
    expect(body).not.toHaveProperty('docs');
    expect(Object.values(body.links)).toEqual(expect.arrayContaining(['/connections', '/api/apikeys', '/openapi.json', '/health', '/ready']));
    for (const href of Object.values(body.links)) {
      // The MCP endpoint takes POST only (stateless Streamable HTTP): a GET is told so, not lost.
      if (href === '/mcp') {
        const r = await gw.call(href);
        expect([r.status, r.headers.get('allow')], href).toEqual([405, 'POST']);
        continue;
      }
      const r = await gw.call(href);
      expect(r.status, href).toBe(200);
    }
  });
});

describe('the API keys profile link', () => {
  it('resolves to the key owner', async () => {
    const list = (await (await gw.call('/api/apikeys')).json()) as { _embedded: { apikeys: { profileId: string; _links: { profile: { href: string } } }[] } };
    const key = list._embedded.apikeys[0]!;
    const href = new URL(key._links.profile.href);
    expect(href.pathname).toBe(`/api/profiles/${encodeURIComponent(gw.accountId)}`);
    const res = await gw.call(href.pathname);
    expect(res.status).toBe(200);
    const profile = (await res.json()) as { id: string; name: string; created: string; _links: { self: { href: string } } };
    expect(profile.id).toBe(gw.accountId);
    expect(profile.id).toBe(key.profileId);
    expect(new URL(profile._links.self.href).pathname).toBe(href.pathname);
  });

  it("another account's profile is a 404", async () => {
    const res = await gw.call('/api/profiles/21fd90f9-5935-43cd-b6c8-bde9d915ca80');
    expect(res.status).toBe(404);
  });
});
