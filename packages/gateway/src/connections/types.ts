/** A connection as the hot path holds it: the stored record with its credential opened. */
import type { MethodRoute } from '@switchboard/contract';
import type { ConnectionRecord } from '../store/store.js';

export type StoredCredentials = Record<string, string | number | undefined> & {
  access_token?: string;
  refresh_token?: string;
  expires_at?: number;
};

export interface ActiveConnection {
  record: ConnectionRecord;
  method: MethodRoute;
  credentials: StoredCredentials;
  vars: Record<string, string | undefined>; // stored variables and deployment settings
}
