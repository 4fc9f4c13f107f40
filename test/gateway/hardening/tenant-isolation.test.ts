/**
 * Issue 9, item 1: one tenant must not stall a provider for everyone. Account A opens 140
 * uploads that send 3 bytes and stall; account B's calls to the same provider still answer
 * at once (A is capped in flight, below the upstream pool's size), A's excess uploads are
 * refused with 429 GW_ERR_TOO_MANY_INFLIGHT, and the admitted ones end in 408 once the body
 * has been idle for SWITCHBOARD_BODY_TIMEOUT_MS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../../packages/gateway/src/accounts/api-keys.js';
import { startGateway, useSecret, type TestGateway } from '../../support/gateway.js';
import { startUpstream, type FakeUpstream } from '../../support/upstream.js';
import { after, openRequest, type Answer } from './support.js';

const BODY_TIMEOUT_MS = 3000;
const INFLIGHT = 16;
const STALLED = 140;

let gw: TestGateway;
let up: FakeUpstream;
let keyB: string;
let uploadsOpen = 0; // A's uploads the upstream holds right now
let uploadsPeak = 0;

beforeAll(async () => {
  // Uploads reach the upstream, which waits for their whole body; everything else answers at once.
  up = await startUpstream(
    (req, res) => {
      req.resume();
      const answer = () => {
        if (res.headersSent) return;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"ok":true}');
      };
      if (req.url?.startsWith('/upload')) {
        uploadsPeak = Math.max(uploadsPeak, ++uploadsOpen);
        req.once('close', () => uploadsOpen--);
        req.on('end', answer);
      } else answer();
      req.on('error', () => {});
    },
    { recordBody: false },
  );
  gw = await startGateway({
    env: {
      SWITCHBOARD_UPSTREAMS: JSON.stringify({ slack: up.origin }),
      SWITCHBOARD_BODY_TIMEOUT_MS: String(BODY_TIMEOUT_MS),
      SWITCHBOARD_MAX_INFLIGHT_PER_ACCOUNT: String(INFLIGHT),
    },
  });
  const b = await createAccount(gw.sb.store, 'tenant-b');
  keyB = await gw.newKey(b.id);
  await gw.connect({ app: 'slack', method: 'API_KEY', credentials: { token: useSecret('xoxb-tenant-a-1234567890') } });
  await gw.connect({ app: 'slack', method: 'API_KEY', credentials: { token: useSecret('xoxb-tenant-b-1234567890') } }, keyB);
});

afterAll(async () => {
  await gw?.close();
  await up?.close();
});

describe('one account cannot stall a provider for the others', () => {
  it('account A holding 140 stalled uploads leaves account B answered within 1 s; A gets 429 beyond its cap and 408 after the body timeout', async () => {
    const stalled: Promise<Answer | null>[] = [];
    const requests = [];
    for (let i = 0; i < STALLED; i++) {
      const { req, answer } = openRequest(gw.url, `/slack/upload/${i}`, {
        headers: { authorization: `Bearer ${gw.key}`, 'content-type': 'application/octet-stream', 'content-length': 1000 },
      });
      req.write('abc');
      requests.push(req);
      stalled.push(answer);
    }
    await after(500, null);

    // B's calls, while A's uploads stall.
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const res = await Promise.race([
        fetch(`${gw.url}/slack/api/auth.test`, { method: 'POST', headers: { authorization: `Bearer ${keyB}` } }).then((r) => r.status),
        after(5000, 'no answer within 5 s'),
      ]);
      times.push(performance.now() - t0);
      expect(res).toBe(200);
    }
    expect(Math.max(...times)).toBeLessThan(1000);

    // A's uploads: refused beyond the cap, the admitted ones end in 408 after the body timeout.
    const answers = await Promise.all(stalled.map((a) => Promise.race([a, after(BODY_TIMEOUT_MS + 8000, null)])));
    for (const r of requests) r.destroy();
    const statuses = answers.map((a) => a?.status ?? 'none');
    const count = (s: number | string) => statuses.filter((x) => x === s).length;
    // Every upload is answered 408 or 429. Exactly INFLIGHT get in at first; on a slow machine a
    // slot freed by a 408 may admit a late upload, which then times out too: never more at once.
    expect(statuses.filter((s) => s !== 408 && s !== 429)).toEqual([]);
    expect(count(408)).toBeGreaterThanOrEqual(INFLIGHT);
    expect(count(429)).toBeGreaterThanOrEqual(STALLED - 3 * INFLIGHT);
    expect(uploadsPeak).toBe(INFLIGHT);
    const refused = answers.find((a) => a?.status === 429)!;
    expect(refused.headers['x-switchboard-error']).toBe('GW_ERR_TOO_MANY_INFLIGHT');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    const timedOut = answers.find((a) => a?.status === 408)!;
    expect(timedOut.headers['x-switchboard-error']).toBe('GW_ERR_REQUEST_TIMEOUT');
    expect(timedOut.ms).toBeGreaterThanOrEqual(BODY_TIMEOUT_MS);

    // Once A's uploads are gone, A is served again.
    const again = await fetch(`${gw.url}/slack/api/auth.test`, { method: 'POST', headers: { authorization: `Bearer ${gw.key}` } });
    expect(again.status).toBe(200);
  }, 30_000);

  it('a half-sent control API body ends in 408 after the body timeout', async () => {
    const { req, answer } = openRequest(gw.url, '/connections', {
      headers: { authorization: `Bearer ${gw.key}`, 'content-type': 'application/json', 'content-length': 200 },
    });
    req.write('{"app":');
    const got = await Promise.race([answer, after(BODY_TIMEOUT_MS + 8000, null)]);
    req.destroy();
    expect(got?.status).toBe(408);
    expect(got?.headers['x-switchboard-error']).toBe('GW_ERR_REQUEST_TIMEOUT');
  }, 20_000);
});
