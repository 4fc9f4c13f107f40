/**
 * Step: the connection's credential and the provider's fixed headers and query parameters,
 * from the injection plan cached per connection; a method that signs each request (OAuth
 * 1.0a) signs the final URL here.
 */
import { AUTH } from '../auth/index.js';
import { injectionPlan, mergeQuery } from '../auth/injection.js';
import type { Step } from './compose.js';

export function createInjectCredentialStep(env: Record<string, string | undefined>): Step {
  return (ex) => {
    const app = ex.app!;
    const conn = ex.connection!;
    const target = ex.target!;
    const plan = injectionPlan(app, conn);
    ex.injection = plan;
    ex.upstreamPath = target.path + mergeQuery(ex.query, plan.query);
    ex.defaults = plan.defaults;
    const sign = AUTH[conn.method.type].sign;
    ex.replace = sign === undefined ? plan.replace : sign(app, plan, ex.req.method ?? 'GET', target.origin + ex.upstreamPath, env);
  };
}
