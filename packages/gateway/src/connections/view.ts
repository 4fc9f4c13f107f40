/** The connection object of the control API, as the seed documents show it. Credentials never appear. */
import type { ConnectionRecord, ConnectionStatus } from '../store/store.js';

export interface ConnectionView {
  connection_id: string;
  status: ConnectionStatus;
  creation_time: string;
  last_updated_time: string;
  url: string;
  app: string;
  method: string;
  metadata: Record<string, string>;
}

export function connectionView(rec: ConnectionRecord, url: string): ConnectionView {
  return {
    connection_id: rec.id,
    status: rec.status,
    creation_time: rec.createdAt,
    last_updated_time: rec.updatedAt,
    url,
    app: rec.app,
    method: rec.method,
    metadata: rec.metadata,
  };
}
