/** Issue 9 (hardening), the step-level parts: bounded suggestions, 100-continue at the terminal step, headers never passed, the in-flight cap. */
import { describe, expect, it, vi } from 'vitest';
import { GatewayError } from '../../../../packages/gateway/src/errors.js';
import { InflightLimiter } from '../../../../packages/gateway/src/limits/inflight.js';
import { terminal } from '../../../../packages/gateway/src/pipeline/compose.js';
import { forwardHeaders, responseHeaders } from '../../../../packages/gateway/src/pipeline/forward.js';
import { createInflightStep } from '../../../../packages/gateway/src/pipeline/inflight.js';
import { createRouteStep, MAX_SUGGESTED_NAME } from '../../../../packages/gateway/src/pipeline/route.js';
import { exchange, routes } from './fixtures.js';

function thrown(fn: () => unknown): GatewayError {
  try {
    fn();
  } catch (e) {
    return e as GatewayError;
  }
  throw new Error('did not throw');
}

describe('route: bounded suggestions', () => {
  const route = createRouteStep(routes);

  it('a name longer than any app gets no edit-distance search and is echoed cut short', () => {
    const name = 'google-mail'.repeat(1_500);
    // No time bound (a loaded machine would make it flaky): the search itself must not run.
    const suggest = vi.spyOn(routes, 'suggest');
    const err = thrown(() => route(exchange(`/${name}/x`)));
    expect(suggest).not.toHaveBeenCalled();
    suggest.mockRestore();
    expect(err.code).toBe('GW_ERR_UNKNOWN_APP');
    expect(err.message).not.toMatch(/did you mean/i);
    expect(err.message.length).toBeLessThan(MAX_SUGGESTED_NAME + 40);
  });

  it('a name of app length still gets its suggestion', () => {
    expect(thrown(() => route(exchange('/gmail/x'))).message).toContain('google-mail');
  });
});

describe('terminal: Expect: 100-continue', () => {
  it('tells the caller to go on once, right before the last step runs', () => {
    const seen: string[] = [];
    const ex = exchange('/slack/api/x', { method: 'PUT' });
    (ex.res as unknown as { writeContinue: () => void }).writeContinue = () => void seen.push('100');
    ex.expectsContinue = true;
    const last = terminal(() => void seen.push('forward'), () => void seen.push('mcp'));
    void last(ex);
    void last(ex);
    expect(seen).toEqual(['100', 'forward', 'forward']);
  });
});

describe('headers the gateway never passes on', () => {
  it('expect is not forwarded (the gateway answers it; undici refuses it)', () => {
    const out = forwardHeaders(['Expect', '100-continue', 'Content-Type', 'text/plain'], new Map(), new Map());
    expect(out).toEqual(['Content-Type', 'text/plain']);
  });

  it('an upstream x-switchboard-error never reaches the caller', () => {
    expect(responseHeaders({ 'x-switchboard-error': 'GW_ERR_NO_CONNECTION', 'content-type': 'application/json' })).toEqual({ 'content-type': 'application/json' });
  });
});

describe('in-flight cap per account', () => {
  it('counts per account and gives slots back', () => {
    const l = new InflightLimiter(2);
    expect([l.tryAcquire('a'), l.tryAcquire('a'), l.tryAcquire('a'), l.tryAcquire('b')]).toEqual([true, true, false, true]);
    l.release('a');
    expect(l.count('a')).toBe(1);
    expect(l.tryAcquire('a')).toBe(true);
    l.release('b');
    l.release('b');
    expect(l.count('b')).toBe(0);
  });

  it('the step refuses over the cap with GW_ERR_TOO_MANY_INFLIGHT and Retry-After', () => {
    const step = createInflightStep(new InflightLimiter(1));
    const ex = exchange('/slack/api/x');
    ex.caller = { accountId: 'acct' } as never;
    step(ex);
    expect(ex.holdsSlot).toBe(true);
    const other = exchange('/slack/api/x');
    other.caller = { accountId: 'acct' } as never;
    const err = thrown(() => step(other));
    expect(err.code).toBe('GW_ERR_TOO_MANY_INFLIGHT');
    expect(err.status).toBe(429);
    expect(err.headers['retry-after']).toBe('1');
    expect(other.holdsSlot).toBe(false);
  });
});

describe('request limit settings', () => {
  it('have documented defaults, and the in-flight cap must stay below the upstream pool', async () => {
    const { requestLimits, ConfigError, UPSTREAM_POOL_CONNECTIONS } = await import('../../../../packages/gateway/src/config.js');
    expect(requestLimits({})).toEqual({ bodyTimeoutMs: 30_000, controlRequestTimeoutMs: 30_000, maxInflightPerAccount: 32, maxHeaderBytes: 16_384, maxUrlBytes: 8_192 });
    expect(requestLimits({ SWITCHBOARD_MAX_INFLIGHT_PER_ACCOUNT: '5' }).maxInflightPerAccount).toBe(5);
    expect(() => requestLimits({ SWITCHBOARD_MAX_INFLIGHT_PER_ACCOUNT: String(UPSTREAM_POOL_CONNECTIONS) })).toThrow(ConfigError);
    expect(() => requestLimits({ SWITCHBOARD_MAX_INFLIGHT_PER_ACCOUNT: '0' })).toThrow(ConfigError);
    expect(() => requestLimits({ SWITCHBOARD_BODY_TIMEOUT_MS: '0' })).toThrow(ConfigError);
  });
});
