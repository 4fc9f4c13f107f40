/** Step: the app named by the first path segment, from the routing table; an unknown name gets a "did you mean". */
import { GatewayError } from '../errors.js';
import type { Routes, RuntimeApp } from '../routes.js';
import type { Step } from './compose.js';

export function createRouteStep(routes: Routes): Step {
  return (ex) => {
    const app = routes.get(ex.segment);
    if (!app) {
      const hint = routes.suggest(ex.segment);
      throw new GatewayError('GW_ERR_UNKNOWN_APP', { app: ex.segment, suggestion: hint ? ` Did you mean "${hint}"?` : '' });
    }
    ex.app = app;
    ex.mcp = wantsMcp(app, ex.rest);
  };
}

/**
 * Whether a request is for the app's MCP server: an app with no REST upstream always is; an
 * app with both (Notion) when the path names one of its tools or the MCP endpoint itself.
 */
export function wantsMcp(app: RuntimeApp, rest: string): boolean {
  if (!app.mcp) return false;
  if (!app.upstream) return true;
  const name = rest.slice(1);
  return name === 'mcp' || (name.length > 0 && !name.includes('/') && app.mcp.tools.includes(name));
}
