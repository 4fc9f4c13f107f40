/**
 * Step: the API key's policy (accounts/policy.ts): allowed apps, allowed and denied
 * operations, read-only. Every REST call and every MCP action (which reaches the gateway as a
 * REST call) passes here; a refusal is GW_ERR_POLICY_DENIED naming the rule in `field`. A key
 * without a policy costs one property read; the catalog is consulted only by a policy that
 * names operations or is read-only.
 */
import { refusal } from '../accounts/policy.js';
import type { Catalog } from '../catalog/catalog.js';
import { GatewayError } from '../errors.js';
import type { Step } from './compose.js';

const MAX_ECHOED_PATH = 200;
const UNRESERVED = /[A-Za-z0-9\-._~]/;

/**
 * The path as rules see it, so one resource cannot be written past a rule: repeated slashes
 * collapsed, a trailing slash dropped, percent-encoded unreserved characters decoded
 * (`/api//chat%2Edelete/` is `/api/chat.delete`), as providers' servers read them.
 */
export function canonicalPath(path: string): string {
  let p = path;
  if (p.includes('%')) {
    p = p.replace(/%([0-9A-Fa-f]{2})/g, (m, hex: string) => {
      const c = String.fromCharCode(parseInt(hex, 16));
      return UNRESERVED.test(c) ? c : m.toUpperCase();
    });
  }
  if (p.includes('//')) p = p.replace(/\/{2,}/g, '/');
  if (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1);
  return p;
}

export function createPolicyStep(catalog: Catalog): Step {
  return (ex) => {
    const policy = ex.caller!.policy;
    if (policy === undefined) return;
    const app = ex.app!.app;
    const method = ex.req.method ?? 'GET';
    const path = canonicalPath(ex.rest);
    // An MCP action names its operation (mcp/loopback.ts; trusted only with the process's token), which
    // its body was built from: that is the operation, whatever endpoint carries it (GraphQL, JSON-RPC).
    const named = ex.operation;
    const denied = refusal(
      policy,
      app,
      method,
      path,
      () => (named !== undefined ? catalog.operation(app, named) : catalog.match(app, method, path)),
      () => named === undefined && ((ex.mcp && (path === '' || path === '/' || path === '/mcp')) || catalog.isTransport(app, method, path)),
    );
    if (denied) {
      const echoed = ex.rest.length > MAX_ECHOED_PATH ? `${ex.rest.slice(0, MAX_ECHOED_PATH)}…` : ex.rest;
      throw new GatewayError('GW_ERR_POLICY_DENIED', { method, app, path: echoed, detail: denied.detail }, { field: `policy.${denied.rule}` });
    }
  };
}
