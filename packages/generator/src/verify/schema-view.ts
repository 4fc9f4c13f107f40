/**
 * What verify needs to know of a JSON schema, whichever dialect wrote it (OpenAPI 3.0/3.1,
 * Swagger 2, Google Discovery, ours): its types, the properties it names, which of them are
 * required, whether it takes properties it does not name, and its array items. Composition is
 * flattened the lenient way: a property is known when any branch of allOf/oneOf/anyOf names it,
 * and required when allOf or every object branch of oneOf/anyOf requires it.
 */
import { deref, type SchemaNode } from './spec.js';

export interface SchemaView {
  /** JSON types it allows; null when it does not say (any, or a composition of unknowns). */
  types: Set<string> | null;
  properties: Map<string, SchemaNode>;
  required: Set<string>;
  /** It accepts properties it does not name (additionalProperties, or an object with no properties). */
  open: boolean;
  items?: SchemaNode;
  readOnly: Set<string>;
}

function rec(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function typesOf(s: Record<string, unknown>): Set<string> | null {
  const t = s.type;
  const list = Array.isArray(t) ? (t as unknown[]).filter((x): x is string => typeof x === 'string') : typeof t === 'string' ? [t] : [];
  const out = new Set(list.filter((x) => x !== 'any' && x !== 'file'));
  if (out.size === 0) return null;
  return out;
}

/** A property several branches declare is all of their declarations (Klaviyo adds attributes in one allOf branch). */
const UNION = 'x-verify-union';

function addProperty(properties: Map<string, SchemaNode>, k: string, p: SchemaNode): void {
  const had = properties.get(k);
  if (!had) properties.set(k, p);
  else properties.set(k, { schema: { [UNION]: [had, p] }, resolve: had.resolve });
}

export function viewOf(node: SchemaNode | undefined, depth = 0): SchemaView {
  const empty: SchemaView = { types: null, properties: new Map(), required: new Set(), open: true, readOnly: new Set() };
  if (!node || depth > 12) return empty;
  const n = deref(node);
  const s = rec(n.schema);
  if (!Object.keys(s).length) return empty;
  let types = typesOf(s);
  const properties = new Map<string, SchemaNode>();
  const readOnly = new Set<string>();
  for (const [k, v] of Object.entries(rec(s.properties))) {
    properties.set(k, { schema: v, resolve: n.resolve });
    if (rec(deref({ schema: v, resolve: n.resolve }).schema).readOnly === true) readOnly.add(k);
  }
  const required = new Set(Array.isArray(s.required) ? (s.required as unknown[]).filter((x): x is string => typeof x === 'string') : []);
  const ap = s.additionalProperties;
  let open = ap === true || (typeof ap === 'object' && ap !== null) || s.patternProperties !== undefined;
  let items: SchemaNode | undefined = s.items !== undefined && !Array.isArray(s.items) ? { schema: s.items, resolve: n.resolve } : undefined;

  const union = s[UNION] as SchemaNode[] | undefined;
  const allOf: SchemaNode[] = union ?? (Array.isArray(s.allOf) ? s.allOf : []).map((b) => ({ schema: b, resolve: n.resolve }));
  const alternatives = [...(Array.isArray(s.oneOf) ? s.oneOf : []), ...(Array.isArray(s.anyOf) ? s.anyOf : [])];
  for (const b of allOf) {
    const v = viewOf(b, depth + 1);
    for (const [k, p] of v.properties) addProperty(properties, k, p);
    for (const r of v.required) required.add(r);
    for (const r of v.readOnly) readOnly.add(r);
    if (v.open && v.properties.size) open = true;
    types ??= v.types;
    items ??= v.items;
  }
  if (alternatives.length) {
    const views = alternatives.map((b) => viewOf({ schema: b, resolve: n.resolve }, depth + 1));
    const objects = views.filter((v) => v.properties.size || v.types === null || v.types.has('object'));
    for (const v of objects) {
      for (const [k, p] of v.properties) addProperty(properties, k, p);
      for (const r of v.readOnly) readOnly.add(r);
      if (v.open) open = true;
    }
    if (objects.length) {
      const common = [...objects[0]!.required].filter((r) => objects.every((v) => v.required.has(r)));
      for (const r of common) required.add(r);
    }
    if (!types) {
      const all = views.map((v) => v.types);
      if (all.every((t) => t !== null)) types = new Set(all.flatMap((t) => [...t!]));
    }
    items ??= views.find((v) => v.items)?.items;
  }
  // An object that names no properties (and composes none) takes any.
  if (!properties.size && !allOf.length && !alternatives.length) open = true;
  if (!types && properties.size) types = new Set(['object']);
  return { types, properties, required, open, items, readOnly };
}

/**
 * Whether a value of `ours` types can be one of `theirs`: integer and number stand for each
 * other, and a string spec with an int64-like format (Google's way of writing 64-bit numbers)
 * takes numbers.
 */
export function typesAgree(ours: Set<string>, theirs: Set<string>, theirFormat?: unknown): boolean {
  for (const t of ours) {
    if (theirs.has(t)) return true;
    if ((t === 'integer' || t === 'number') && (theirs.has('integer') || theirs.has('number'))) return true;
    if ((t === 'integer' || t === 'number') && theirs.has('string') && typeof theirFormat === 'string' && /int|uint|fixed|double|float|decimal/.test(theirFormat)) return true;
    if (t === 'null' && theirs.size) continue;
  }
  return false;
}

export function formatOf(node: SchemaNode | undefined): unknown {
  return node ? rec(deref(node).schema).format : undefined;
}
