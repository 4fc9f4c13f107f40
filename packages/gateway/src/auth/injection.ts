/**
 * How a connection's credential and the provider's fixed headers reach the upstream: the
 * injection plan, built from the method's inject specs (data in routes.json, shared by every
 * method). It depends only on the connection, so it is computed once per cached connection,
 * not per request; a method that must sign each request does so in its own module (sign).
 */
import type { CompiledTemplate, InjectSpec } from '@switchboard/contract';
import type { ActiveConnection } from '../connections/types.js';
import type { RuntimeApp } from '../routes.js';

export interface InjectionPlan {
  /** Headers set by the gateway, replacing the caller's (lower-case name → [name, value]). */
  replace: Map<string, [string, string]>;
  /** Headers sent only when the caller sent none. */
  defaults: Map<string, [string, string]>;
  /** Query parameters set by the gateway (the caller's same-named ones are dropped). */
  query: [string, string][];
  /** Values for `:segment`s that a path-injected credential fills. */
  segments: Record<string, string>;
  /** OAuth 1.0a: sign each request with these token values. */
  oauth1?: { token: string; tokenSecret: string };
}

const plans = new WeakMap<ActiveConnection, InjectionPlan>();

export function injectionPlan(app: RuntimeApp, conn: ActiveConnection): InjectionPlan {
  let plan = plans.get(conn);
  if (!plan) plans.set(conn, (plan = buildPlan(app, conn)));
  return plan;
}

function buildPlan(app: RuntimeApp, conn: ActiveConnection): InjectionPlan {
  const values: Record<string, string | undefined> = { ...conn.vars };
  for (const [k, v] of Object.entries(conn.credentials)) if (v !== undefined) values[k] = String(v);
  const plan: InjectionPlan = { replace: new Map(), defaults: new Map(), query: [], segments: {} };
  for (const [name, t] of app.headers.defaults) {
    const v = render(t, values);
    if (v !== undefined) plan.defaults.set(name.toLowerCase(), [name, v]);
  }
  for (const [name, t] of app.headers.add) {
    const v = render(t, values);
    if (v !== undefined) plan.replace.set(name.toLowerCase(), [name, v]);
  }
  for (const [name, t] of app.query.add) {
    const v = render(t, values);
    if (v !== undefined) plan.query.push([name, v]);
  }
  for (const step of conn.method.inject) applyStep(step, values, plan);
  return plan;
}

function applyStep(step: InjectSpec, values: Record<string, string | undefined>, plan: InjectionPlan): void {
  const t = (template: string) => template.replace(/\{([^{}]+)\}/g, (_, n: string) => values[n] ?? '');
  switch (step.style) {
    case 'bearer':
      plan.replace.set('authorization', ['Authorization', `Bearer ${t(step.value ?? '{access_token}')}`]);
      return;
    case 'header':
      plan.replace.set(step.name.toLowerCase(), [step.name, t(step.value)]);
      return;
    case 'query':
      plan.query.push([step.name, t(step.value)]);
      return;
    case 'basic':
      plan.replace.set('authorization', ['Authorization', `Basic ${Buffer.from(`${t(step.username)}:${t(step.password)}`).toString('base64')}`]);
      return;
    case 'path':
      plan.segments[step.segment] = t(step.value);
      return;
    case 'oauth1':
      plan.oauth1 = { token: values.oauth_token ?? '', tokenSecret: values.oauth_token_secret ?? '' };
      return;
  }
}

/** A template's value, or undefined when a value it needs is missing (then the header is left out). */
function render(t: CompiledTemplate, values: Record<string, string | undefined>): string | undefined {
  let out = '';
  for (const part of t) {
    if (typeof part === 'string') out += part;
    else {
      const v = values[part.var];
      if (v === undefined) return undefined;
      out += v;
    }
  }
  return out;
}

/** The caller's query with the gateway's parameters set (same-named caller parameters dropped). */
export function mergeQuery(rawQuery: string, set: [string, string][]): string {
  if (set.length === 0) return rawQuery;
  const names = new Set(set.map(([k]) => k));
  const kept = rawQuery
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p && !names.has(safeDecode(p.split('=')[0]!.replace(/\+/g, ' '))));
  for (const [k, v] of set) kept.push(`${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  return `?${kept.join('&')}`;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
