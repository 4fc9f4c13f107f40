/**
 * The TypeScript mirror of the provider format (src/provider-file.ts), written from
 * schema/provider.schema.json so the two cannot drift: `npm run provider-file -w
 * @switchboard/generator` rewrites it, and test/generator/provider-file.test.ts fails when the
 * committed file is not what the schema gives.
 *
 * A small emitter for the constructs this schema uses, not for JSON Schema at large:
 *   - a definition becomes a named type (TYPE_NAMES) or is written inline where it is used;
 *   - `allOf` of `if: { properties: { D: { const: X } } }, then: …` branches (no `else`) is a
 *     union discriminated by D, one member per distinct `then`;
 *   - an object with `maxProperties: 1` is a union of one-key objects (variable sources);
 *   - `if`/`then`/`else` with `required` in the condition, `anyOf` of `required` lists,
 *     `propertyNames`, patterns and bounds only constrain values and add nothing to the type.
 * Anything else throws, so a new construct in the schema is noticed here, not silently typed
 * as `unknown`.
 */

type Schema = Record<string, unknown> | boolean;
type Node = Record<string, unknown>;

/** Definitions written as named, exported types, and their names. The rest are inlined. */
const TYPE_NAMES: Record<string, string> = {
  upstream: 'UpstreamSpec',
  mcp: 'McpSpec',
  variable: 'VariableSpec',
  variableSource: 'VariableSource',
  fieldSource: 'FieldSource',
  auth: 'AuthSpec',
  authMethod: 'AuthMethodSpec',
  oauth2Method: 'OAuth2MethodSpec',
  oauth1Method: 'OAuth1MethodSpec',
  fieldsMethod: 'FieldsMethodSpec',
  mcpMethod: 'McpMethodSpec',
  credentialField: 'CredentialField',
  inject: 'InjectSpec',
  pagination: 'PaginationSpec',
  rateLimit: 'RateLimitSpec',
  param: 'ParamSpec',
  jsonSchema: 'JsonSchema',
  body: 'BodySpec',
  response: 'ResponseSpec',
  endpoint: 'EndpointSpec',
};

/** Named types for inline sub-schemas that the model and emitters refer to by name. */
const PROPERTY_TYPE_NAMES: Record<string, string> = {
  'endpoint.method': 'HttpMethod',
  'endpoint.kind': 'EndpointKind',
  'authMethod.type': 'AuthType',
};

const ROOT_NAME = 'ProviderFile';
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface FormatTypeNames {
  /** Definition → exported type name. */
  definitions: Record<string, string>;
  /** `definition.property` → exported name for that property's type. */
  properties: Record<string, string>;
}

const NAMES: FormatTypeNames = { definitions: TYPE_NAMES, properties: PROPERTY_TYPE_NAMES };

export function formatTypes(schema: Node, source: string, command: string, names: FormatTypeNames = NAMES): string {
  const definitions = (schema.definitions ?? {}) as Record<string, Schema>;
  const out: string[] = [
    `// Generated from ${source} by \`${command}\`. Do not edit.`,
    '// The shape of one providers/<app>.yaml file; only data that passed the schema check is typed as this.',
    '',
  ];
  const aliases = new Map<string, string>(); // 'endpoint.method' → its union, written once below
  const writer = new TypeWriter(definitions, aliases, names);

  out.push(...writer.named(ROOT_NAME, schema, undefined), '');
  for (const [name, def] of Object.entries(definitions)) {
    const typeName = names.definitions[name];
    if (typeName) out.push(...writer.named(typeName, def, name), '');
  }
  for (const [key, name] of Object.entries(names.properties)) {
    const text = aliases.get(key);
    if (text === undefined) throw new Error(`format types: ${key} was not found in the schema`);
    out.push(`export type ${name} = ${text};`, '');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

class TypeWriter {
  constructor(
    private readonly definitions: Record<string, Schema>,
    private readonly aliases: Map<string, string>,
    private readonly names: FormatTypeNames,
  ) {}

  /** `export interface Name { … }` for an object, `export type Name = …` for anything else. */
  named(name: string, schema: Schema, defName: string | undefined): string[] {
    const head = doc(schema, '');
    if (isNode(schema) && isPlainObject(schema) && schema.maxProperties !== 1) {
      return [...head, `export interface ${name} ${this.objectBody(schema, '', defName)}`];
    }
    const type = this.type(schema, '', defName);
    return [...head, `export type ${name} =${type.startsWith('\n') ? '' : ' '}${type};`];
  }

  type(schema: Schema, indent: string, context?: string): string {
    if (schema === true) return 'unknown';
    if (schema === false) return 'never';
    if (Object.keys(schema).every((k) => k === 'description')) return 'unknown';
    if (typeof schema.$ref === 'string') return this.ref(schema.$ref, indent);
    if ('const' in schema) return literal(schema.const);
    if (Array.isArray(schema.enum)) return schema.enum.map(literal).join(' | ');
    if (Array.isArray(schema.oneOf) || (Array.isArray(schema.anyOf) && !onlyRequired(schema.anyOf))) {
      return ((schema.oneOf ?? schema.anyOf) as Schema[]).map((s) => this.type(s, indent, context)).join(' | ');
    }
    if (Array.isArray(schema.allOf) && discriminator(schema)) return this.discriminated(schema, indent, context);
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === 'string' ? [schema.type] : isPlainObject(schema) ? ['object'] : [];
    if (!types.length) throw new Error(`format types: no type for ${JSON.stringify(schema).slice(0, 120)}`);
    return unique(types.map((t) => this.ofType(t, schema, indent, context))).join(' | ');
  }

  private ofType(t: string, schema: Node, indent: string, context?: string): string {
    switch (t) {
      case 'string':
        return 'string';
      case 'integer':
      case 'number':
        return 'number';
      case 'boolean':
        return 'boolean';
      case 'null':
        return 'null';
      case 'array': {
        if (schema.items === undefined) return 'unknown[]';
        const item = this.type(schema.items as Schema, indent, context);
        return /[|&]/.test(item) && !item.startsWith('{') ? `(${item})[]` : `${item}[]`;
      }
      case 'object':
        if (schema.maxProperties === 1) return this.oneKey(schema, indent, context);
        if (!schema.properties && isNode(schema.additionalProperties)) {
          return `Record<string, ${this.type(schema.additionalProperties, indent, context)}>`;
        }
        if (!schema.properties) return 'Record<string, unknown>';
        return this.objectBody(schema, indent, context);
      default:
        throw new Error(`format types: unknown type ${t}`);
    }
  }

  private ref(ref: string, indent: string): string {
    const name = /^#\/definitions\/(.+)$/.exec(ref)?.[1];
    const def = name === undefined ? undefined : this.definitions[name];
    if (name === undefined || def === undefined) throw new Error(`format types: unresolved $ref ${ref}`);
    return this.names.definitions[name] ?? this.type(def, indent, name);
  }

  /** `{ a: T; b?: U }` over several lines, each property with its description. */
  objectBody(schema: Node, indent: string, context: string | undefined, narrow: Record<string, string> = {}): string {
    const required = new Set((schema.required ?? []) as string[]);
    const inner = `${indent}  `;
    const lines: string[] = ['{'];
    for (const [key, sub] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
      const path = context ? `${context}.${key}` : key;
      let type = narrow[key] ?? this.type(sub, inner, path);
      const alias = this.names.properties[path];
      if (alias) {
        this.aliases.set(path, type);
        type = alias;
      }
      lines.push(...doc(sub, inner), `${inner}${propertyName(key)}${required.has(key) ? '' : '?'}:${type.startsWith('\n') ? '' : ' '}${type};`);
    }
    lines.push(`${indent}}`);
    return lines.join('\n');
  }

  /** An object that holds exactly one of its properties: a union of one-key objects. */
  private oneKey(schema: Node, indent: string, context?: string): string {
    const inner = `${indent}  `;
    return Object.entries(schema.properties as Record<string, Schema>)
      .map(([key, sub]) => `\n${inner}| { ${propertyName(key)}: ${this.type(sub, `${inner}  `, context ? `${context}.${key}` : key)} }`)
      .join('');
  }

  /** `allOf` of if-const/then branches: one union member per distinct `then`. */
  private discriminated(schema: Node, indent: string, context?: string): string {
    const key = discriminator(schema)!;
    const base = (schema.properties ?? {}) as Record<string, Schema>;
    const inner = `${indent}  `;
    const members: string[] = [];
    for (const branch of schema.allOf as Node[]) {
      const value = ((branch.if as Node).properties as Record<string, Node>)[key]!.const;
      const then = branch.then as Node;
      let member: string;
      if (typeof then.$ref === 'string') member = this.ref(then.$ref, inner);
      else {
        // The branch lists its own properties; `key: true` keeps the discriminator, narrowed.
        const properties = { ...base, ...(then.properties as Record<string, Schema>) };
        const required = unique([key, ...((then.required ?? []) as string[])]);
        member = this.objectBody({ ...then, properties, required }, `${inner}  `, context, { [key]: literal(value) });
      }
      if (!members.includes(member)) members.push(member);
    }
    if (context && this.names.properties[`${context}.${key}`]) this.aliases.set(`${context}.${key}`, this.type(base[key]!, indent));
    return members.map((m) => `\n${inner}| ${m}`).join('');
  }
}

/** The property an `allOf` of if/then branches switches on, when that is what it is. */
function discriminator(schema: Node): string | undefined {
  const branches = schema.allOf as unknown[];
  let key: string | undefined;
  for (const b of branches) {
    if (!isNode(b) || !isNode(b.if) || !isNode(b.then) || 'else' in b || 'required' in b.if) return undefined;
    const props = Object.entries((b.if.properties ?? {}) as Record<string, Node>);
    if (props.length !== 1 || !('const' in props[0]![1])) return undefined;
    if (key !== undefined && key !== props[0]![0]) return undefined;
    key = props[0]![0];
  }
  return key;
}

function isPlainObject(schema: Node): boolean {
  const union = Array.isArray(schema.allOf) && discriminator(schema) !== undefined;
  return (schema.type === 'object' || schema.type === undefined) && isNode(schema.properties) && !union;
}

function onlyRequired(list: unknown[]): boolean {
  return list.every((s) => isNode(s) && Object.keys(s).every((k) => k === 'required'));
}

function doc(schema: Schema, indent: string): string[] {
  if (!isNode(schema)) return [];
  const parts: string[] = [];
  if (typeof schema.description === 'string') parts.push(schema.description);
  if ('default' in schema) parts.push(`@default ${JSON.stringify(schema.default)}`);
  if (!parts.length) return [];
  const text = parts.join('\n').replace(/\*\//g, '*\\/');
  if (!text.includes('\n') && text.length + indent.length < 110) return [`${indent}/** ${text} */`];
  return [`${indent}/**`, ...text.split('\n').map((l) => `${indent} * ${l}`), `${indent} */`];
}

function literal(value: unknown): string {
  return typeof value === 'string' ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : JSON.stringify(value);
}

function propertyName(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : literal(key);
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}
