/**
 * One provider's endpoints set against its official spec. Paths are compared in full (our
 * upstream path prefix + path against the spec's server base path + path) and parameters by
 * position, not name: `/users/{userId}` is the spec's `/users/{id}`. Each difference has a
 * stable kind, the endpoint id and, for schema differences, the property path (`data.attributes.x`,
 * `[]` for array items).
 */
import type { Endpoint, Provider } from '../model.js';
import { formatOf, typesAgree, viewOf } from './schema-view.js';
import { deref, localResolver, type SchemaNode, type Spec, type SpecOperation } from './spec.js';

export const DIFFERENCE_KINDS = [
  'unknown-operation',
  'method-mismatch',
  'path-param-mismatch',
  'missing-required-query',
  'unknown-body-property',
  'missing-required-body-property',
  'body-type-mismatch',
  'unknown-response-property',
] as const;
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];

export interface Difference {
  kind: DifferenceKind;
  operation: string; // our endpoint id
  property?: string;
  message: string;
}

export interface Comparison {
  differences: Difference[];
  /** REST endpoints compared, and the others (GraphQL, JSON-RPC, MCP tools) that a REST spec cannot describe. */
  compared: number;
  skipped: number;
  matched: number;
}

/** Our parameter, in a canonical path; the spec's parameter, in the reverse comparison. */
const OURS = '\u0000';
const THEIRS = '\u0001';
/** How deep schemas are compared: deep enough for JSON:API's data.attributes.x.y, short of recursive schemas. */
const MAX_DEPTH = 6;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface IndexedOperation {
  op: SpecOperation;
  exact: RegExp[]; // spec params match our params only
  loose: RegExp[]; // spec params also match our literal segments (`/users/me`)
  /** Paths with Google's {+name}, which match much more; tried after the others. */
  reserved: boolean[];
  canonical: string[]; // spec params as THEIRS, for the reverse comparison
  segments: string[][];
}

const indexCache = new WeakMap<Spec, IndexedOperation[]>();

function indexSpec(spec: Spec): IndexedOperation[] {
  const cached = indexCache.get(spec);
  if (cached) return cached;
  const out = spec.operations.map((op) => ({
    op,
    exact: op.paths.map((p) => specRegex(p, false)),
    loose: op.paths.map((p) => specRegex(p, true)),
    reserved: op.paths.map((p) => p.includes('{+')),
    canonical: op.paths.map((p) => p.replace(/\{[^}]+\}/g, THEIRS)),
    segments: op.paths.map((p) => p.split('/')),
  }));
  indexCache.set(spec, out);
  return out;
}

function specRegex(path: string, loose: boolean): RegExp {
  let re = '';
  let last = 0;
  for (const m of path.matchAll(/\{(\+?)[^}]+\}/g)) {
    re += escape(path.slice(last, m.index));
    // {+name} (Google) takes several segments: `properties/{propertyId}` for {+parent}.
    re += m[1] ? '[^?#]+?' : loose ? `(?:${OURS}|[^/${OURS}]+)` : OURS;
    last = m.index + m[0].length;
  }
  re += escape(path.slice(last));
  return new RegExp(`^${re}$`);
}

/** The upstream path of an endpoint with our parameters as OURS: prefix (by host) + path. */
export function upstreamPath(provider: Provider, e: Endpoint): string {
  const u = provider.upstream;
  let prefix = u?.pathPrefix ?? '';
  for (const h of u?.hosts ?? []) {
    if (h.paths.some((p) => (p.endsWith('*') ? e.path.startsWith(p.slice(0, -1)) : e.path === p))) prefix = h.pathPrefix;
  }
  return `${prefix}${e.path}`;
}

function canonicalOurs(path: string): string {
  return path
    .replace(/\{[^}]+\}/g, OURS)
    .replace(/<[^>]+>/g, OURS)
    .replace(/(^|\/):[A-Za-z_][A-Za-z0-9_]*(?=\/|$)/g, `$1${OURS}`);
}

function display(path: string): string {
  return path.replaceAll(OURS, '{}').replaceAll(THEIRS, '{}');
}

export function compareProvider(provider: Provider, spec: Spec): Comparison {
  const index = indexSpec(spec);
  const differences: Difference[] = [];
  let compared = 0;
  let skipped = 0;
  let matched = 0;
  const injectedQuery = new Set<string>(Object.keys(provider.query.add));
  for (const m of provider.auth) for (const step of 'inject' in m ? m.inject : []) if (step.style === 'query') injectedQuery.add(step.name);

  for (const e of provider.endpoints) {
    if (e.kind !== 'rest') {
      skipped++;
      continue;
    }
    compared++;
    const full = upstreamPath(provider, e);
    const ours = canonicalOurs(full);
    const report = (kind: DifferenceKind, message: string, property?: string) => differences.push({ kind, operation: e.id, property, message });
    const where = `${e.method} ${full}`;

    const pick = (which: 'exact' | 'loose', method?: string, reserved?: boolean) =>
      index.filter((o) => (!method || o.op.method === method) && o[which].some((re, i) => (reserved === undefined || o.reserved[i] === reserved) && re.test(ours)));
    const candidates = [
      pick('exact', e.method, false),
      pick('loose', e.method, false),
      pick('exact', e.method, true),
      pick('loose', e.method, true),
    ].find((list) => list.length);
    if (!candidates) {
      const otherMethods = [...new Set([...pick('exact'), ...pick('loose')].map((o) => o.op.method))];
      if (otherMethods.length) {
        report('method-mismatch', `${where}: the spec has this path with ${otherMethods.sort().join(', ')} only`);
        continue;
      }
      const ourRe = new RegExp(`^${escape(ours).replaceAll(OURS, `(?:${THEIRS}|[^/${THEIRS}]+)`)}$`);
      const reverse = index.find((o) => o.op.method === e.method && o.canonical.some((c) => ourRe.test(c)));
      if (reverse) {
        const theirs = reverse.op.paths.find((_, i) => ourRe.test(reverse.canonical[i]!))!;
        report('path-param-mismatch', `${where}: the spec's ${reverse.op.method} ${theirs} has a fixed segment where ours has a parameter`);
        continue;
      }
      report('unknown-operation', `${where}: no such operation in the spec${nearest(index, e.method, ours)}`);
      continue;
    }
    matched++;
    // Paths alike but for parameter names (Xero's /Contacts/{ContactID} and /Contacts/{ContactNumber}):
    // the operation that differs least is the one meant.
    let best: Difference[] | undefined;
    for (const c of candidates) {
      const found = compareOperation(e, c.op, `${where} (spec: ${c.op.label})`, injectedQuery);
      if (!best || found.length < best.length) best = found;
      if (!found.length) break;
    }
    differences.push(...best!);
  }
  return { differences, compared, skipped, matched };
}

function compareOperation(e: Endpoint, op: SpecOperation, where: string, injectedQuery: Set<string>): Difference[] {
  const differences: Difference[] = [];
  const report = (kind: DifferenceKind, message: string, property?: string) => differences.push({ kind, operation: e.id, property, message });
  // Required query parameters we neither take nor send.
  const ourQuery = new Set(e.query.map((q) => q.name));
  for (const p of op.params) {
    if (p.in !== 'query' || !p.required || ourQuery.has(p.name) || injectedQuery.has(p.name)) continue;
    report('missing-required-query', `${where}: the spec requires query parameter "${p.name}"`, p.name);
  }

  // Request body.
  if (e.body?.schema && op.body.size) {
    const theirs = pickContent(op.body, e.body.contentType);
    if (theirs) {
      const root = e.body.schema;
      compareSchema({ schema: root, resolve: localResolver(root) }, theirs, '', 0, 'body', (kind, property, message) =>
        report(kind, `${where}: ${message}`, property),
      );
    }
  }

  // Response: properties of ours the spec does not have.
  if (e.response.schema) {
    const byType = pickResponse(op, e.response.status);
    const theirs = byType && pickContent(byType, e.response.contentType);
    if (theirs) {
      const root = e.response.schema;
      compareSchema({ schema: root, resolve: localResolver(root) }, theirs, '', 0, 'response', (kind, property, message) =>
        report(kind, `${where}: ${message}`, property),
      );
    }
  }
  return differences;
}

/** " (nearest in the spec: POST /v2/x/search)" when a spec operation shares most of the path. */
function nearest(index: IndexedOperation[], method: string, ours: string): string {
  const segs = ours.split('/');
  let best: { score: number; text: string } | undefined;
  for (const o of index) {
    o.segments.forEach((s, i) => {
      let n = 0;
      while (n < s.length && n < segs.length && (s[n] === segs[n] || (/^\{[^}]+\}$/.test(s[n]!) && segs[n] === OURS))) n++;
      const score = n * 2 + (o.op.method === method ? 1 : 0) - Math.abs(s.length - segs.length) * 0.1;
      if (n >= 3 && (!best || score > best.score)) best = { score, text: `${o.op.method} ${o.op.paths[i]}` };
    });
  }
  return best ? ` (nearest in the spec: ${display(best.text)})` : '';
}

function pickContent(byType: Map<string, SchemaNode | undefined>, ours: string): SchemaNode | undefined {
  const base = (ct: string) => ct.split(';')[0]!.trim().toLowerCase();
  const want = base(ours);
  for (const [ct, s] of byType) if (base(ct) === want || ct === '') return s;
  const jsonish = (ct: string) => /json/.test(ct);
  if (jsonish(want)) for (const [ct, s] of byType) if (jsonish(base(ct)) || ct === '*/*') return s;
  return undefined;
}

function pickResponse(op: SpecOperation, status: number): Map<string, SchemaNode | undefined> | undefined {
  const r = op.responses;
  return r.get(String(status)) ?? r.get(`${String(status)[0]}XX`) ?? [...r].find(([k]) => /^2/.test(k))?.[1] ?? r.get('default');
}

type Sink = (kind: DifferenceKind, property: string, message: string) => void;

function compareSchema(ours: SchemaNode, theirs: SchemaNode, at: string, depth: number, what: 'body' | 'response', sink: Sink): void {
  if (depth > MAX_DEPTH) return;
  const o = viewOf(ours);
  const t = viewOf(theirs);
  const name = (k: string) => (at ? `${at}.${k}` : k);
  // Arrays: compare the items.
  if (o.items && t.items) {
    compareSchema(o.items, t.items, `${at}[]`, depth + 1, what, sink);
  }
  if (!o.properties.size) return;
  for (const [k, p] of o.properties) {
    const sp = t.properties.get(k);
    if (!sp) {
      // OData control information (user@odata.bind, @odata.type) goes with any entity.
      if (t.open || k.includes('@odata.')) continue;
      if (what === 'body') sink('unknown-body-property', name(k), `body property "${name(k)}" is not in the spec's request body`);
      else sink('unknown-response-property', name(k), `response property "${name(k)}" is not in the spec's response`);
      continue;
    }
    if (what === 'body') {
      const ot = viewOf(p).types;
      const tt = viewOf(sp).types;
      if (ot && tt) {
        const ourTypes = new Set([...ot].filter((x) => x !== 'null'));
        if (ourTypes.size && !typesAgree(ourTypes, tt, formatOf(sp))) {
          sink('body-type-mismatch', name(k), `body property "${name(k)}" is ${[...ourTypes].join('|')} here but ${[...tt].join('|')} in the spec`);
          continue;
        }
      }
    }
    if (deref(sp).schema !== undefined) compareSchema(p, sp, name(k), depth + 1, what, sink);
  }
  if (what === 'body') {
    for (const r of t.required) {
      // OData annotations (@odata.type) name the entity type, which the service already knows from the URL.
      if (t.readOnly.has(r) || r.startsWith('@odata.') || o.required.has(r)) continue;
      // Declared but optional: reported where this level lists required properties at all (so the
      // omission reads as a slip, not as a level whose requirements were never written down).
      if (o.properties.has(r)) {
        if (o.required.size) sink('missing-required-body-property', name(r), `the spec requires body property "${name(r)}", which this body declares optional`);
      } else sink('missing-required-body-property', name(r), `the spec requires body property "${name(r)}", which this body does not declare`);
    }
  }
}
