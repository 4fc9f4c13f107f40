/** What the step tests share: the committed routing table, an exchange over fake req/res, a connection. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { AuthType } from '@switchboard/contract';
import type { ActiveConnection, StoredCredentials } from '../../../../packages/gateway/src/connections/types.js';
import { GatewayError } from '../../../../packages/gateway/src/errors.js';
import { Exchange } from '../../../../packages/gateway/src/pipeline/exchange.js';
import { Routes, type RuntimeApp } from '../../../../packages/gateway/src/routes.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const routes = Routes.load(`${ROOT}generated/routes.json`);

export function app(name: string): RuntimeApp {
  return routes.get(name)!;
}

/** An exchange for `METHOD /path?query` as the server would make it (req and res are plain fakes). */
export function exchange(target: string, init: { method?: string; headers?: Record<string, string> } = {}): Exchange {
  const q = target.indexOf('?');
  const path = q < 0 ? target : target.slice(0, q);
  const query = q < 0 ? '' : target.slice(q);
  const slash = path.indexOf('/', 1);
  const req = { method: init.method ?? 'GET', headers: init.headers ?? {}, rawHeaders: Object.entries(init.headers ?? {}).flat() } as unknown as IncomingMessage;
  const res = { statusCode: 200 } as unknown as ServerResponse;
  return new Exchange(req, res, path, query, slash < 0 ? path.slice(1) : path.slice(1, slash), slash < 0 ? '' : path.slice(slash), performance.now());
}

let n = 0;
export function connection(appName: string, type: AuthType, credentials: StoredCredentials, vars: Record<string, string> = {}): ActiveConnection {
  const method = app(appName).methodByType.get(type)!;
  const t = new Date().toISOString();
  return {
    record: {
      id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
      accountId: 'acct',
      app: appName,
      method: type,
      status: 'ACTIVE',
      createdAt: t,
      updatedAt: t,
      metadata: vars,
      credentials: null,
      session: '',
      sessionHash: '',
      error: null,
    },
    method,
    credentials,
    vars,
  };
}

/** The GatewayError code a call throws (or a promise rejects with). */
export async function codeOf(fn: () => unknown): Promise<string | undefined> {
  try {
    await fn();
  } catch (err) {
    if (err instanceof GatewayError) return err.code;
    throw err;
  }
  return undefined;
}
