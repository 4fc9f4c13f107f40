/**
 * Step: the caller, from `Authorization: Bearer <key>`, `token <key>` or HTTP Basic with the key
 * as user name or password (GW_ERR_UNAUTHORIZED without a valid key; accounts/api-keys.ts). The
 * one place the gateway authenticates: the pipeline runs it, and the server runs it before the
 * control APIs that act for an account. A key seen within the minute is answered
 * from the cache synchronously (no hash, no promise).
 */
import type { ApiKeys } from '../accounts/api-keys.js';
import type { Step } from './compose.js';
import type { Exchange } from './exchange.js';

export function createAuthenticateStep(keys: ApiKeys): Step {
  return (ex) => {
    const hit = keys.cached(ex.req.headers.authorization);
    if (hit === undefined) return lookUp(keys, ex);
    ex.caller = hit;
  };
}

async function lookUp(keys: ApiKeys, ex: Exchange): Promise<void> {
  ex.caller = await keys.authenticate(ex.req.headers.authorization);
}
