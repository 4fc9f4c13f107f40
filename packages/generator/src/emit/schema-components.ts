/**
 * Body and response schemas as OpenAPI components. Provider files reuse schemas with YAML
 * anchors (`*customer`), which load as one shared object; written out naively every use would
 * be a full copy (about half the schema text of the registry). Here a sub-schema used more
 * than once becomes its own component, named after where it first appears
 * (GetCustomerResponseCustomer), and every use refers to it. Local references inside a schema
 * (`#/$defs/x`) are rewritten to point into the component that holds them; a sub-schema that
 * contains one stays inline, since its references only make sense from its root. A root's own
 * `$defs` become components of their own (CreateFormRequestBlock), referred to by name: left
 * inside the root, type generators read `$defs` as one more (required) property.
 */
import type { JsonSchema } from '../model.js';

type Node = Record<string, unknown>;

const MAP_KEYS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
const LIST_KEYS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const ONE_KEYS = new Set(['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedProperties', 'unevaluatedItems', 'contentSchema']);
const MIN_SHARED_SIZE = 80; // characters of JSON: smaller schemas are cheaper inline than as a reference

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const ident = (s: string) => s.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')).replace(/^./, (c) => c.toUpperCase());

/** Calls `fn` for every sub-schema of `node` with a name suffix saying where it sits. */
function eachChild(node: Node, fn: (child: unknown, suffix: string, key: string) => void): void {
  for (const [k, v] of Object.entries(node)) {
    if (MAP_KEYS.has(k) && isNode(v)) for (const [name, s] of Object.entries(v)) fn(s, ident(name) || 'Field', k);
    else if (LIST_KEYS.has(k) && Array.isArray(v)) v.forEach((s, i) => fn(s, `${ident(k)}${i + 1}`, k));
    else if (ONE_KEYS.has(k)) fn(v, k === 'items' ? 'Item' : k === 'additionalProperties' ? 'Value' : ident(k), k);
  }
}

export class SchemaComponents {
  private readonly uses = new Map<Node, number>();
  private readonly firstName = new Map<Node, string>();
  private readonly localRef = new Map<Node, boolean>();
  private readonly shared = new Map<Node, string>(); // hoisted sub-schema → component name
  private readonly taken: Set<string>;
  private readonly defOwner = new Map<string, Node>(); // component made from a root's $defs → that root

  /** `roots`: every schema the document will hold, in emission order, with its component name. */
  constructor(
    roots: { name: string; schema: JsonSchema }[],
    private readonly out: Record<string, unknown>,
  ) {
    this.taken = new Set([...Object.keys(out), ...roots.map((r) => r.name)]);
    for (const r of roots) this.count(r.schema, r.name);
    for (const [node, n] of this.uses) {
      if (n < 2 || this.hasLocalRef(node) || JSON.stringify(node).length < MIN_SHARED_SIZE) continue;
      this.shared.set(node, this.firstName.get(node)!);
    }
    // A name first given to an inner schema may collide with a root's: those keep theirs.
    const isRootName = (node: Node, name: string) => roots.some((r) => r.schema === node && r.name === name);
    for (const [node, name] of this.shared) {
      if (isRootName(node, name)) continue;
      let unique = name;
      for (let i = 2; this.taken.has(unique); i++) unique = `${name}${i}`;
      this.taken.add(unique);
      this.shared.set(node, unique);
    }
  }

  /** The component to store under `name` for a root schema. */
  embed(schema: JsonSchema, name: string): unknown {
    if (isNode(schema)) {
      const canonical = this.shared.get(schema);
      if (canonical && canonical !== name) return this.ref(schema);
    }
    if (!isNode(schema) || !isNode(schema.$defs)) return this.copy(schema, `#/components/schemas/${name}`, true);
    return this.embedWithDefs(schema, name, schema.$defs);
  }

  /** A root with `$defs`: each definition becomes a component, and `#/$defs/x` points at it. */
  private embedWithDefs(schema: Node, name: string, defs: Node): unknown {
    const defNames = new Map<string, string>();
    for (const def of Object.keys(defs)) {
      const node = defs[def];
      const sharedName = isNode(node) ? this.shared.get(node) : undefined;
      if (sharedName) {
        defNames.set(def, sharedName);
        continue;
      }
      const base = `${name}${ident(def) || 'Def'}`;
      let unique = base;
      for (let i = 2; this.taken.has(unique) && !(this.defOwner.get(unique) === schema); i++) unique = `${base}${i}`;
      this.taken.add(unique);
      this.defOwner.set(unique, schema);
      defNames.set(def, unique);
    }
    const refs = (ref: string): string | undefined => {
      const m = /^#\/\$defs\/([^/]+)$/.exec(ref);
      const target = m ? defNames.get(decodeURIComponent(m[1]!.replace(/~1/g, '/').replace(/~0/g, '~'))) : undefined;
      return target ? `#/components/schemas/${target}` : undefined;
    };
    for (const [def, node] of Object.entries(defs)) {
      const target = defNames.get(def)!;
      if (isNode(node) && this.shared.get(node) === target) {
        this.ref(node);
        continue;
      }
      if (!(target in this.out)) this.out[target] = this.copy(node, `#/components/schemas/${name}`, true, refs);
    }
    const { $defs: _, ...rest } = schema;
    return this.copy(rest, `#/components/schemas/${name}`, true, refs);
  }

  private ref(node: Node): unknown {
    const name = this.shared.get(node)!;
    if (!(name in this.out)) {
      this.out[name] = null; // reserve first: a schema may contain itself through an anchor
      this.out[name] = this.copy(node, `#/components/schemas/${name}`, true);
    }
    return { $ref: `#/components/schemas/${name}` };
  }

  private copy(node: unknown, base: string, root: boolean, refs?: (ref: string) => string | undefined): unknown {
    if (!isNode(node)) return node;
    if (!root && this.shared.has(node)) return this.ref(node);
    const out: Node = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#')) out[k] = refs?.(v) ?? base + v.slice(1);
      else if (MAP_KEYS.has(k) && isNode(v)) out[k] = Object.fromEntries(Object.entries(v).map(([n, s]) => [n, this.copy(s, base, false, refs)]));
      else if (LIST_KEYS.has(k) && Array.isArray(v)) out[k] = v.map((s) => this.copy(s, base, false, refs));
      else if (ONE_KEYS.has(k)) out[k] = this.copy(v, base, false, refs);
      else out[k] = v; // keywords and data (example, enum, default, const) as they are
    }
    return out;
  }

  private count(node: unknown, name: string): void {
    if (!isNode(node)) return;
    const seen = this.uses.get(node) ?? 0;
    this.uses.set(node, seen + 1);
    if (seen) return;
    this.firstName.set(node, name);
    eachChild(node, (child, suffix) => this.count(child, `${name}${suffix}`));
  }

  private hasLocalRef(node: Node): boolean {
    const known = this.localRef.get(node);
    if (known !== undefined) return known;
    this.localRef.set(node, false); // cycles
    let found = typeof node.$ref === 'string' && node.$ref.startsWith('#');
    eachChild(node, (child) => {
      if (!found && isNode(child) && this.hasLocalRef(child)) found = true;
    });
    this.localRef.set(node, found);
    return found;
  }
}
