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

export function createPolicyStep(catalog: Catalog): Step {
  return (ex) => {
    const policy = ex.caller!.policy;
    if (policy === undefined) return;
    const app = ex.app!.app;
    const method = ex.req.method ?? 'GET';
    const denied = refusal(policy, app, method, ex.rest, () => catalog.match(app, method, ex.rest));
    if (denied) {
      const path = ex.rest.length > MAX_ECHOED_PATH ? `${ex.rest.slice(0, MAX_ECHOED_PATH)}…` : ex.rest;
      throw new GatewayError('GW_ERR_POLICY_DENIED', { method, app, path, detail: denied.detail }, { field: `policy.${denied.rule}` });
    }
  };
}
