/**
 * Issue 9, item 2: what a caller without a key (or with absurd input) can make the gateway
 * compute. The key is checked before the app is looked up, so an unauthenticated caller gets
 * 401 and never a suggestion; names too long to be an app get no edit-distance search; the
 * control API refuses large bodies before parsing them. The event loop of this process (which
 * hosts the gateway) is sampled while the floods run: its worst delay stays low.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type TestGateway } from '../../support/gateway.js';
import { startUpstream, type FakeUpstream } from '../../support/upstream.js';

/**
 * CPU time this process (gateway and test client) may spend on a flood. Wall time and event-loop
 * delay also count the time the OS gives other processes, so on a loaded 2-core machine they
 * measure the machine; CPU time measures the work. Measured on 2 cores: with the did-you-mean
 * before the key check, 20 unauthenticated 8,000-character names blocked the loop 217 ms and
 * delayed a legitimate call to 1.4 s (each name costs an edit distance against every app name);
 * with the key checked first the whole flood costs a few tens of ms of CPU.
 */
const CPU_BOUND_MS = 250;

let gw: TestGateway;
let up: FakeUpstream;

beforeAll(async () => {
  up = await startUpstream();
  gw = await startGateway({ env: { SWITCHBOARD_UPSTREAMS: JSON.stringify({ slack: up.origin }) } });
  await gw.connect({ app: 'slack', method: 'API_KEY', credentials: { token: 'xoxb-cost-test-0000' } });
});

afterAll(async () => {
  await gw?.close();
  await up?.close();
});

/** CPU time (user + system) this process spent while `run` ran, and the loop's worst delay (reported, not bounded). */
async function worstLoopDelay(run: () => Promise<unknown>): Promise<{ cpuMs: number; worstMs: number; result: unknown }> {
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  const before = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(before);
  h.disable();
  return { cpuMs: (used.user + used.system) / 1000, worstMs: h.max / 1e6, result };
}

describe('unauthenticated and oversized input costs little', () => {
  it('an unknown app without a key answers 401 and no suggestion', async () => {
    for (const key of [null, 'sbk_not-a-real-key']) {
      const res = await gw.call('/gmail/gmail/v1/users/me/messages', { key });
      const body = await res.text();
      expect(res.status).toBe(401);
      expect(res.headers.get('x-switchboard-error')).toBe('GW_ERR_UNAUTHORIZED');
      expect(body).not.toMatch(/did you mean|google-mail/i);
    }
    // With a key the did-you-mean is still there.
    const res = await gw.call('/gmail/gmail/v1/users/me/messages');
    expect(res.status).toBe(404);
    expect(await res.text()).toMatch(/Did you mean \\"google-mail\\"/);
  });

  it('20 unauthenticated 8,000-character app names in parallel keep the event loop free and a legitimate call fast', async () => {
    // Just under SWITCHBOARD_MAX_URL_BYTES, so the request reaches the pipeline (15,000 characters are refused 414 first).
    const name = 'x'.repeat(8_000);
    const { cpuMs, result } = await worstLoopDelay(async () => {
      const flood = Array.from({ length: 20 }, () => gw.call(`/${name}/x`, { key: null }).then((r) => r.status));
      const t0 = performance.now();
      const legit = await gw.call('/slack/api/auth.test', { method: 'POST' });
      const legitMs = performance.now() - t0;
      return { statuses: await Promise.all(flood), legit: legit.status, legitMs };
    });
    const r = result as { statuses: number[]; legit: number; legitMs: number };
    expect(r.legit).toBe(200);
    expect(new Set(r.statuses)).toEqual(new Set([401]));
    expect(r.legitMs).toBeLessThan(5000); // a sanity bound; the CPU bound below is the guard
    expect(cpuMs).toBeLessThan(CPU_BOUND_MS);
  });

  it('a 15,000-character app name with a valid key answers fast, with a stable code and no suggestion', async () => {
    const name = 'slack'.repeat(3_000);
    const { cpuMs, result } = await worstLoopDelay(async () => {
      const t0 = performance.now();
      const answers = await Promise.all(Array.from({ length: 20 }, () => gw.call(`/${name}/api/auth.test`)));
      return { ms: performance.now() - t0, answers: await Promise.all(answers.map(async (a) => ({ status: a.status, code: a.headers.get('x-switchboard-error'), body: await a.text() }))) };
    });
    const r = result as { ms: number; answers: { status: number; code: string; body: string }[] };
    for (const a of r.answers) {
      expect([404, 414]).toContain(a.status);
      expect(a.code).toMatch(/^GW_ERR_(UNKNOWN_APP|URI_TOO_LONG)$/);
      expect(a.body).not.toMatch(/did you mean/i);
      expect(a.body.length).toBeLessThan(2000); // the name is not echoed back whole
    }
    expect(r.ms).toBeLessThan(5000);
    expect(cpuMs).toBeLessThan(CPU_BOUND_MS);
    // A long name under the path limit gets no edit-distance search either.
    const long = await gw.call(`/${'slack'.repeat(40)}/api/auth.test`);
    expect(long.status).toBe(404);
    expect(await long.text()).not.toMatch(/did you mean/i);
  });

  it('a 250 KB POST /connections body is refused with 413 at once', async () => {
    const body = JSON.stringify({ app: 'a'.repeat(250_000), method: 'API_KEY', credentials: { token: 'x' } });
    const { cpuMs, result } = await worstLoopDelay(async () => {
      const t0 = performance.now();
      const res = await gw.call('/connections', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      return { status: res.status, code: res.headers.get('x-switchboard-error'), ms: performance.now() - t0 };
    });
    const r = result as { status: number; code: string; ms: number };
    expect(r.status).toBe(413);
    expect(r.code).toBe('GW_ERR_PAYLOAD_TOO_LARGE');
    expect(r.ms).toBeLessThan(5000);
    expect(cpuMs).toBeLessThan(CPU_BOUND_MS);
  });
});
