/**
 * OAuth token refresh on the hot path, against a fake token endpoint on 127.0.0.1. An imported
 * Google Sheets connection whose access token expires in 10 s (inside the 60 s refresh margin):
 * the next calls trigger exactly one refresh however many arrive together, the upstream sees
 * the new token, and the stored credential is replaced (a second gateway on the same data dir
 * uses it). A refused refresh (invalid_grant, 401) fails the connection and the call gets
 * 401 GW_ERR_CREDENTIAL_EXPIRED; a token endpoint that is down or erring while the old token is
 * still valid leaves the old token in use (and is not asked again before its backoff ends;
 * test/gateway/hardening/refresh-faults.test.ts covers expired tokens, backoff and replays).
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, useSecret, type TestGateway } from '../../support/gateway.js';
import { startUpstream, type FakeUpstream, type Handler } from '../../support/upstream.js';

const CLIENT_ID = 'sheets-client-id.apps.example';
const CLIENT_SECRET = useSecret('sheets-client-secret-refresh-test');
const TOKEN_PATH = '/token'; // https://oauth2.googleapis.com/token in routes.json

let up: FakeUpstream;
let run = 0;

beforeAll(async () => {
  up = await startUpstream();
});
afterAll(async () => {
  await up.close();
});

type Envelope = { error: { code: string; status: number; message: string } };

/** A gateway whose google-sheets OAuth client is configured and whose token endpoint is `tokenOrigin`. */
function sheetsGateway(tokenOrigin: string, dataDir?: string): Promise<TestGateway> {
  return startGateway({
    dataDir,
    env: {
      SWITCHBOARD_OAUTH_GOOGLE_SHEETS_CLIENT_ID: CLIENT_ID,
      SWITCHBOARD_OAUTH_GOOGLE_SHEETS_CLIENT_SECRET: CLIENT_SECRET,
      SWITCHBOARD_UPSTREAMS: JSON.stringify({ 'sheets.googleapis.com': up.origin, 'oauth2.googleapis.com': tokenOrigin }),
    },
  });
}

/** Imports a token set that expires in 10 s; fresh secrets per call so the log check covers each. */
async function importExpiring(gw: TestGateway) {
  run += 1;
  const access = useSecret(`ya29.old-access-token-${run}-${process.pid}`);
  const refresh = useSecret(`1//refresh-token-${run}-${process.pid}`);
  const conn = await gw.connect({ app: 'google-sheets', credentials: { access_token: access, refresh_token: refresh, expires_in: 10 } });
  expect(conn.status).toBe('ACTIVE');
  return { id: conn.connection_id, access, refresh };
}

function sheetsCall(gw: TestGateway, id: string, n = 0): Promise<Response> {
  return gw.call(`/google-sheets/v4/spreadsheets/sheet${n}/values/A1:B2`, { headers: { 'maton-connection': id } });
}

async function statusOf(gw: TestGateway, id: string): Promise<string> {
  const res = await gw.call(`/connections/${id}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { connection: { status: string } }).connection.status;
}

function tokenEndpoint(handler: Handler): Promise<FakeUpstream> {
  return startUpstream(handler);
}

function answer(res: Parameters<Handler>[1], status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

describe('token refresh', () => {
  it('five calls at once trigger one refresh; the new token reaches the upstream and replaces the stored one', async () => {
    const fresh = useSecret(`ya29.new-access-token-${process.pid}`);
    let releaseToken!: () => void;
    const allArrived = new Promise<void>((resolve) => (releaseToken = resolve));
    // The token answer waits until all five calls have reached the gateway, so they overlap the refresh.
    const token = await tokenEndpoint(async (_req, res) => {
      await allArrived;
      answer(res, 200, { access_token: fresh, expires_in: 3600, token_type: 'Bearer', scope: 'https://www.googleapis.com/auth/spreadsheets' });
    });
    const gw = await sheetsGateway(token.origin);
    let gw2: TestGateway | undefined;
    try {
      const { id, refresh } = await importExpiring(gw);
      let arrived = 0;
      gw.sb.server.on('request', (req) => {
        if (req.url?.startsWith('/google-sheets/') && ++arrived === 5) setTimeout(releaseToken, 50);
      });
      const before = up.requests.length;

      const answers = await Promise.all([0, 1, 2, 3, 4].map((n) => sheetsCall(gw, id, n)));

      expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      expect(token.requests).toHaveLength(1);
      const t = token.requests[0]!;
      expect(t.method).toBe('POST');
      expect(t.url).toBe(TOKEN_PATH);
      expect(t.headers['content-type']).toBe('application/x-www-form-urlencoded');
      expect(t.headers.authorization).toBeUndefined(); // google-sheets authenticates the client in the body
      expect(Object.fromEntries(new URLSearchParams(t.body.toString()))).toEqual({
        grant_type: 'refresh_token',
        refresh_token: refresh,
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
      });
      const seen = up.requests.slice(before);
      expect(seen).toHaveLength(5);
      expect(seen.map((r) => r.headers.authorization)).toEqual(Array(5).fill(`Bearer ${fresh}`));
      expect(seen.map((r) => r.url).sort()).toEqual([0, 1, 2, 3, 4].map((n) => `/v4/spreadsheets/sheet${n}/values/A1:B2`));
      expect(await statusOf(gw, id)).toBe('ACTIVE');

      // A later call uses the new token (valid for an hour) without asking again.
      expect((await sheetsCall(gw, id)).status).toBe(200);
      expect(up.last().headers.authorization).toBe(`Bearer ${fresh}`);
      expect(token.requests).toHaveLength(1);

      // The store holds the new token: a second gateway on the same data dir, with an empty cache, sends it.
      gw2 = await sheetsGateway(token.origin, gw.dataDir);
      expect(gw2.accountId).toBe(gw.accountId);
      const res = await sheetsCall(gw2, id, 9);
      expect(res.status).toBe(200);
      expect(up.last().url).toBe('/v4/spreadsheets/sheet9/values/A1:B2');
      expect(up.last().headers.authorization).toBe(`Bearer ${fresh}`);
      expect(token.requests).toHaveLength(1);
    } finally {
      await gw2?.close();
      await gw.close();
      await token.close();
    }
  });

  it('a rotated refresh token is the one redeemed next time', async () => {
    const first = useSecret(`ya29.rotated-first-${process.pid}`);
    const second = useSecret(`ya29.rotated-second-${process.pid}`);
    const rotated = useSecret(`1//rotated-refresh-token-${process.pid}`);
    const answers = [
      // Lives 2 s: refreshed within min(60 s, 2 s / 4) = 0.5 s of its end, so the call 1.7 s later refreshes again.
      { access_token: first, refresh_token: rotated, expires_in: 2 },
      { access_token: second, expires_in: 3600 },
    ];
    const token = await tokenEndpoint((_req, res) => answer(res, 200, answers.shift()));
    const gw = await sheetsGateway(token.origin);
    try {
      const { id, refresh } = await importExpiring(gw);
      expect((await sheetsCall(gw, id)).status).toBe(200);
      expect(up.last().headers.authorization).toBe(`Bearer ${first}`);
      await new Promise((r) => setTimeout(r, 1700));
      expect((await sheetsCall(gw, id)).status).toBe(200);
      expect(up.last().headers.authorization).toBe(`Bearer ${second}`);
      expect(token.requests.map((r) => new URLSearchParams(r.body.toString()).get('refresh_token'))).toEqual([refresh, rotated]);
    } finally {
      await gw.close();
      await token.close();
    }
  });

  it.each([
    ['400 invalid_grant', 400, { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' }],
    ['401 invalid_client', 401, { error: 'invalid_client', error_description: 'The OAuth client was not found.' }],
  ])('a refused refresh (%s) fails the connection and the call gets 401 GW_ERR_CREDENTIAL_EXPIRED', async (_name, status, body) => {
    const token = await tokenEndpoint((_req, res) => answer(res, status, body));
    const gw = await sheetsGateway(token.origin);
    try {
      const { id } = await importExpiring(gw);
      const before = up.requests.length;

      const res = await sheetsCall(gw, id);

      expect(res.status).toBe(401);
      expect(res.headers.get('x-switchboard-error')).toBe('GW_ERR_CREDENTIAL_EXPIRED');
      const err = ((await res.json()) as Envelope).error;
      expect(err.code).toBe('GW_ERR_CREDENTIAL_EXPIRED');
      expect(err.status).toBe(401);
      expect(err.message).toBe(`The credential of connection "${id}" expired and could not be refreshed.`);
      expect(up.requests.length).toBe(before); // nothing reached the provider's API
      expect(token.requests).toHaveLength(1);
      expect(await statusOf(gw, id)).toBe('FAILED');

      // The FAILED connection serves nothing more, and the token endpoint is not asked again.
      const named = await sheetsCall(gw, id);
      expect(named.status).toBe(400);
      expect(named.headers.get('x-switchboard-error')).toBe('GW_ERR_CONNECTION_NOT_ACTIVE');
      const unnamed = await gw.call('/google-sheets/v4/spreadsheets/x/values/A1');
      expect(unnamed.status).toBe(400);
      expect(unnamed.headers.get('x-switchboard-error')).toBe('GW_ERR_NO_CONNECTION');
      expect(token.requests).toHaveLength(1);
      expect(up.requests.length).toBe(before);
    } finally {
      await gw.close();
      await token.close();
    }
  });

  it.each([
    ['nothing listens on the token endpoint', 'down'],
    ['the token endpoint answers 503', 'error'],
  ] as const)('the old, still valid token keeps serving when %s', async (_name, kind) => {
    const token = kind === 'error' ? await tokenEndpoint((_req, res) => answer(res, 503, { error: 'temporarily_unavailable' })) : undefined;
    const origin = token?.origin ?? `http://127.0.0.1:${await closedPort()}`;
    const gw = await sheetsGateway(origin);
    try {
      const { id, access } = await importExpiring(gw);
      for (const n of [1, 2]) {
        const res = await sheetsCall(gw, id, n);
        expect(res.status).toBe(200);
        expect(res.headers.get('x-switchboard-error')).toBeNull();
        expect(up.last().url).toBe(`/v4/spreadsheets/sheet${n}/values/A1:B2`);
        expect(up.last().headers.authorization).toBe(`Bearer ${access}`);
      }
      // One try, then a backoff (5 s, doubling): the second call uses the old token without asking.
      if (token) expect(token.requests).toHaveLength(1);
      expect(await statusOf(gw, id)).toBe('ACTIVE');
    } finally {
      await gw.close();
      await token?.close();
    }
  });
});
