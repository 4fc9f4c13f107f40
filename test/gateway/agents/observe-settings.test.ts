/** The request log and metrics can be turned off, /metrics can ask for a token, and bad settings stop the start. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../packages/gateway/src/config.js';
import { startGateway } from '../../support/gateway.js';
import { startUpstream } from '../../support/upstream.js';

describe('observability settings', () => {
  it('SWITCHBOARD_REQUEST_LOG=off and SWITCHBOARD_METRICS=off: calls work, nothing is recorded, /metrics is gone', async () => {
    const upstream = await startUpstream();
    const gw = await startGateway({ env: { SWITCHBOARD_REQUEST_LOG: 'off', SWITCHBOARD_METRICS: 'off', SWITCHBOARD_UPSTREAMS: JSON.stringify({ slack: upstream.origin }) } });
    try {
      await gw.connect({ app: 'slack', method: 'API_KEY', credentials: { token: 'xoxb-observe-off' } });
      expect((await gw.call('/slack/api/auth.test')).status).toBe(200);
      expect(await (await gw.call('/logs')).json()).toEqual({ items: [], next_cursor: null, enabled: false });
      expect((await gw.call('/metrics')).status).toBe(404);
      expect(gw.sb.observer.enabled).toBe(false);
    } finally {
      await gw.close();
      await upstream.close();
    }
  });

  it('SWITCHBOARD_METRICS_TOKEN guards /metrics with a bearer token', async () => {
    const gw = await startGateway({ env: { SWITCHBOARD_METRICS_TOKEN: 'scrape-token-0001' } });
    try {
      const without = await fetch(`${gw.url}/metrics`);
      expect(without.status).toBe(401);
      expect(((await without.json()) as { error: { code: string } }).error.code).toBe('GW_ERR_UNAUTHORIZED');
      expect((await fetch(`${gw.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
      const ok = await fetch(`${gw.url}/metrics`, { headers: { authorization: 'Bearer scrape-token-0001' } });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain('switchboard_requests_total');
    } finally {
      await gw.close();
    }
  });

  it('refuses settings that are not on/off or not positive', () => {
    expect(() => loadConfig({ SWITCHBOARD_REQUEST_LOG: 'maybe' })).toThrow(ConfigError);
    expect(() => loadConfig({ SWITCHBOARD_LOG_RETENTION_DAYS: '0' })).toThrow(/SWITCHBOARD_LOG_RETENTION_DAYS must be at least 1/);
    expect(() => loadConfig({ SWITCHBOARD_MCP_MAX_TOOLS: 'x' })).toThrow(ConfigError);
    expect(loadConfig({}).observe).toMatchObject({ requestLog: true, metrics: true, logRetentionDays: 7, mcpMaxResultBytes: 32768, mcpMaxTools: 40 });
  });
});
