/**
 * Step: the app named by the first path segment, from the routing table; an unknown name gets a
 * "did you mean". Runs after authenticate, so only a caller with a valid key gets suggestions,
 * and only for names short enough to be an app (the edit distance grows with the name).
 */
import { GatewayError } from '../errors.js';
import type { Routes, RuntimeApp } from '../routes.js';
import type { Step } from './compose.js';

/** Longer than any app name: no suggestion is searched for, and the name is echoed cut short. */
export const MAX_SUGGESTED_NAME = 64;

export function createRouteStep(routes: Routes): Step {
  return (ex) => {
    const app = routes.get(ex.segment);
    if (!app) {
      const name = ex.segment;
      if (name.length > MAX_SUGGESTED_NAME) {
        throw new GatewayError('GW_ERR_UNKNOWN_APP', { app: `${name.slice(0, MAX_SUGGESTED_NAME)}…`, suggestion: '' });
      }
      const hint = routes.suggest(name);
      throw new GatewayError('GW_ERR_UNKNOWN_APP', { app: name, suggestion: hint ? ` Did you mean "${hint}"?` : '' });
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
