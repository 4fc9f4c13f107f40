import { describe, expect, it } from 'vitest';
import type { TokenRefresher } from '../../../../packages/gateway/src/connections/refresh.js';
import type { ActiveConnection } from '../../../../packages/gateway/src/connections/types.js';
import { createRefreshCredentialStep } from '../../../../packages/gateway/src/pipeline/refresh-credential.js';
import { connection, exchange } from './fixtures.js';

function refresher(calls: ActiveConnection[]): TokenRefresher {
  return {
    async fresh(conn: ActiveConnection) {
      calls.push(conn);
      return { ...conn, credentials: { ...conn.credentials, access_token: 'new', expires_at: Date.now() + 3600_000 } };
    },
  } as unknown as TokenRefresher;
}

function withConnection(conn: ActiveConnection) {
  const ex = exchange('/slack/api/x');
  ex.connection = conn;
  return ex;
}

describe('refresh-credential step', () => {
  it.each([
    ['no expiry', { token: 't' }],
    ['an hour left', { access_token: 'a', refresh_token: 'r', expires_at: Date.now() + 3600_000 }],
  ])('%s: nothing to do, and nothing to await', (_, credentials) => {
    const calls: ActiveConnection[] = [];
    const conn = connection('slack', 'OAUTH2', credentials);
    const ex = withConnection(conn);
    expect(createRefreshCredentialStep(refresher(calls))(ex)).toBeUndefined();
    expect(calls).toHaveLength(0);
    expect(ex.connection).toBe(conn);
  });

  it('a token due within the minute: refreshed, and the exchange carries the fresh connection', async () => {
    const calls: ActiveConnection[] = [];
    const conn = connection('slack', 'OAUTH2', { access_token: 'old', refresh_token: 'r', expires_at: Date.now() + 10_000 });
    const ex = withConnection(conn);
    await createRefreshCredentialStep(refresher(calls))(ex);
    expect(calls).toEqual([conn]);
    expect(ex.connection?.credentials.access_token).toBe('new');
  });
});
