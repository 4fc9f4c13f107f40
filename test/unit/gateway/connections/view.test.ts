import { describe, expect, it } from 'vitest';
import { connectionView } from '../../../../packages/gateway/src/connections/view.js';
import type { ConnectionRecord } from '../../../../packages/gateway/src/store/store.js';

describe('connection view', () => {
  it('the seed documents’ fields, and never the credential or the session', () => {
    const rec: ConnectionRecord = {
      id: '21fd90f9-5935-43cd-b6c8-bde9d915ca80',
      accountId: 'acct',
      app: 'slack',
      method: 'API_KEY',
      status: 'ACTIVE',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
      metadata: { team: 'T1' },
      credentials: 'sealed',
      session: 'sealed-session',
      sessionHash: 'hash',
      error: null,
    };
    const view = connectionView(rec, 'https://gw.example/connect?session_token=t');
    expect(view).toEqual({
      connection_id: rec.id,
      status: 'ACTIVE',
      creation_time: rec.createdAt,
      last_updated_time: rec.updatedAt,
      url: 'https://gw.example/connect?session_token=t',
      app: 'slack',
      method: 'API_KEY',
      metadata: { team: 'T1' },
    });
  });
});
