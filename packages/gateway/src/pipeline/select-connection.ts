/**
 * Step: the connection that serves the request — the one named in Maton-Connection, else the
 * account's oldest ACTIVE one for the app. From here on, whether the request goes to the MCP
 * server follows the connection's method. Cached choices are taken synchronously.
 */
import { AUTH } from '../auth/index.js';
import type { ConnectionSelector } from '../connections/select.js';
import type { ActiveConnection } from '../connections/types.js';
import type { Step } from './compose.js';
import type { Exchange } from './exchange.js';

export function createSelectConnectionStep(selector: ConnectionSelector): Step {
  return (ex) => {
    const header = ex.req.headers['maton-connection'];
    const named = (Array.isArray(header) ? header[0] : header) || undefined;
    const hit = selector.cached(ex.caller!.accountId, ex.app!, named, ex.mcp);
    if (hit === undefined) return load(selector, ex, named);
    use(ex, hit);
  };
}

async function load(selector: ConnectionSelector, ex: Exchange, named: string | undefined): Promise<void> {
  use(ex, await selector.select(ex.caller!.accountId, ex.app!, named, ex.mcp));
}

function use(ex: Exchange, conn: ActiveConnection): void {
  ex.connection = conn;
  ex.mcp = AUTH[conn.method.type].servesMcp;
}
