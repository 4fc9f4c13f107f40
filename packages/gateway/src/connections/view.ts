/**
 * The connection object of the control API, as the seed documents show it. Credentials never
 * appear. The connect `url` appears only while it is of use and safe to show: for a PENDING
 * connection, and in the answer to POST /connections/{id} (a new link the key holder asked for).
 */
import type { ConnectionRecord, ConnectionStatus } from '../store/store.js';

export interface ConnectionView {
  connection_id: string;
  status: ConnectionStatus;
  creation_time: string;
  last_updated_time: string;
  url?: string;
  app: string;
  method: string;
  metadata: Record<string, string>;
  /** The key holder's label, when it has one. */
  name?: string;
  /** Why a FAILED connection failed (e.g. "refresh refused: invalid_grant"); absent otherwise. */
  status_reason?: string;
}

/** `url` is left out when undefined (see connectionsApi's rule: PENDING only). */
export function connectionView(rec: ConnectionRecord, url: string | undefined): ConnectionView {
  return {
    connection_id: rec.id,
    status: rec.status,
    creation_time: rec.createdAt,
    last_updated_time: rec.updatedAt,
    ...(url === undefined ? {} : { url }),
    app: rec.app,
    ...(rec.name ? { name: rec.name } : {}),
    method: rec.method,
    metadata: rec.metadata,
    ...(rec.status === 'FAILED' && rec.error ? { status_reason: rec.error } : {}),
  };
}
