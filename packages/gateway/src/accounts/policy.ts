/**
 * What an API key may do, beyond "act for its account": the apps it may reach, operations
 * allowed or denied, and read-only. Enforced by the policy step of the gateway pipeline, which
 * every REST call and every MCP action call goes through; a refusal names the rule that refused.
 *
 * Operation rules take two forms:
 *   - `app.operationId`, with `*` for any run of characters: `slack.chatPostMessage`, `hubspot.delete*`, `github.*`
 *   - `METHOD /app/path`, METHOD or `*`, where `*` matches within one path segment and `**` any
 *     number of segments: `DELETE /hubspot/**`, `POST /slack/api/admin.*`
 */
import type { CatalogOperation } from '@switchboard/contract';
import { badRequest } from '../errors.js';

export interface KeyPolicy {
  /** The apps the key may call; absent: every app. */
  apps?: string[];
  /** When present, only operations matching one of these rules are allowed. */
  allow?: string[];
  /** Operations refused even when allowed. */
  deny?: string[];
  /** Only GET, HEAD and operations the catalog marks safe. */
  readOnly?: boolean;
}

/** A compiled rule: matches an app's operation (id form) or a method and gateway path (path form). */
interface Rule {
  text: string;
  needsOperation: boolean;
  test(app: string, method: string, path: string, op: CatalogOperation | undefined): boolean;
  /** Id rules: the rule names this app (or any app), and every operation of it (`app.*`). */
  covers?(app: string): { app: boolean; all: boolean };
}

export interface CompiledPolicy {
  policy: KeyPolicy;
  apps?: Set<string>;
  allow?: Rule[];
  deny: Rule[];
  readOnly: boolean;
  /** Some rule needs the operation the request matches (an id rule, or read-only for a non-GET). */
  usesOperations: boolean;
}

/** A refusal: the rule (as the caller wrote it) and why it applied. */
export interface Refusal {
  rule: string;
  detail: string;
}

const MAX_RULES = 200;
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', '*']);

/** Checks a policy as the control API receives it; a mistake is a 400 naming the field. */
export function parsePolicy(input: unknown, field = 'policy'): KeyPolicy | null {
  if (input === null) return null;
  if (typeof input !== 'object' || Array.isArray(input)) throw badRequest(`"${field}" must be an object (apps, allow, deny, readOnly) or null`, field);
  const o = input as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (!['apps', 'allow', 'deny', 'readOnly'].includes(k)) throw badRequest(`"${field}.${k}" is not a policy setting (apps, allow, deny, readOnly)`, `${field}.${k}`);
  }
  const out: KeyPolicy = {};
  if (o.apps !== undefined) {
    out.apps = stringList(o.apps, `${field}.apps`);
    for (const [i, a] of out.apps.entries()) {
      if (!/^[a-z0-9][a-z0-9-]*$/.test(a)) throw badRequest(`"${field}.apps[${i}]" is not an app name: "${a}"`, `${field}.apps[${i}]`);
    }
  }
  for (const k of ['allow', 'deny'] as const) {
    if (o[k] === undefined) continue;
    const list = stringList(o[k], `${field}.${k}`);
    list.forEach((r, i) => compileRule(r, `${field}.${k}[${i}]`));
    out[k] = list;
  }
  if (o.readOnly !== undefined) {
    if (typeof o.readOnly !== 'boolean') throw badRequest(`"${field}.readOnly" must be true or false`, `${field}.readOnly`);
    out.readOnly = o.readOnly;
  }
  return out;
}

function stringList(v: unknown, field: string): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.trim() === '' || x.length > 300)) {
    throw badRequest(`"${field}" must be a list of non-empty strings (at most 300 characters each)`, field);
  }
  if (v.length > MAX_RULES) throw badRequest(`"${field}" may hold at most ${MAX_RULES} entries`, field);
  return (v as string[]).map((x) => x.trim());
}

export function compilePolicy(policy: KeyPolicy): CompiledPolicy {
  const allow = policy.allow?.map((r) => compileRule(r, 'allow'));
  const deny = (policy.deny ?? []).map((r) => compileRule(r, 'deny'));
  const readOnly = policy.readOnly === true;
  return {
    policy,
    apps: policy.apps && new Set(policy.apps),
    allow,
    deny,
    readOnly,
    usesOperations: readOnly || [...(allow ?? []), ...deny].some((r) => r.needsOperation),
  };
}

function compileRule(text: string, field: string): Rule {
  const pathForm = /^([A-Za-z*]+)\s+(\/\S*)$/.exec(text);
  if (pathForm) {
    const method = pathForm[1]!.toUpperCase();
    if (!METHODS.has(method)) throw badRequest(`"${field}": "${pathForm[1]}" is not an HTTP method (or *)`, field);
    const re = globToRegExp(pathForm[2]!);
    return {
      text,
      needsOperation: false,
      test: (app, m, path) => (method === '*' || method === m || (method === 'GET' && m === 'HEAD')) && re.test(`/${app}${path}`),
    };
  }
  const idForm = /^([a-z0-9][a-z0-9-]*|\*)\.([A-Za-z0-9_*.-]+)$/.exec(text);
  if (idForm) {
    const appRe = idForm[1] === '*' ? null : idForm[1]!;
    const idRe = new RegExp(`^${idForm[2]!.split('*').map(escape).join('.*')}$`);
    const all = /^\*+$/.test(idForm[2]!);
    return {
      text,
      needsOperation: true,
      test: (app, _m, _p, op) => (appRe === null || appRe === app) && op !== undefined && idRe.test(op.id),
      covers: (app) => ({ app: appRe === null || appRe === app, all }),
    };
  }
  throw badRequest(`"${field}": "${text}" is neither "app.operationId" nor "METHOD /app/path"`, field);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `*` within one segment, `**` across segments. */
function globToRegExp(glob: string): RegExp {
  let src = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      src += '.*';
      i++;
    } else if (c === '*') src += '[^/]*';
    else src += escape(c);
  }
  return new RegExp(`^${src}$`);
}

/**
 * The rule that refuses a call, or undefined when the policy allows it. `op` is the catalog
 * operation the request matched (asked for only when the policy uses operations). `opaque`: the
 * request goes to a path that carries many operations (a GraphQL or JSON-RPC endpoint, an MCP
 * server's raw endpoint), so which one cannot be told from the path: an id rule naming the app
 * refuses it unless the rule allows every operation of the app (fail closed).
 */
export function refusal(
  p: CompiledPolicy,
  app: string,
  method: string,
  path: string,
  op: () => CatalogOperation | undefined,
  opaque: () => boolean = () => false,
): Refusal | undefined {
  if (p.apps && !p.apps.has(app)) return { rule: 'apps', detail: `the app "${app}" is not among the key's apps (${[...p.apps].join(', ') || 'none'})` };
  let matched: CatalogOperation | undefined | null = null;
  const operation = () => (matched === null ? (matched = op()) : matched);
  const unknowable = (r: Rule) => r.covers !== undefined && r.covers(app).app && opaque();
  for (const [i, r] of p.deny.entries()) {
    if (r.test(app, method, path, r.needsOperation ? operation() : undefined)) return { rule: `deny[${i}]`, detail: `the rule "${r.text}" denies it` };
    if (unknowable(r)) return { rule: `deny[${i}]`, detail: `the rule "${r.text}" names operations this endpoint may carry, which cannot be told from its path; call them as actions (MCP call_action) instead` };
  }
  if (p.allow && !p.allow.some((r) => r.test(app, method, path, r.needsOperation ? operation() : undefined) || (unknowable(r) && r.covers!(app).all))) {
    return { rule: 'allow', detail: 'no rule in the key\'s allow list matches it' };
  }
  if (p.readOnly && method !== 'GET' && method !== 'HEAD' && !operation()?.safe) {
    return { rule: 'readOnly', detail: `the key is read-only and ${method} ${path} may change data` };
  }
  return undefined;
}
