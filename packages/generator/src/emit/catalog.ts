/**
 * The action catalog per provider (generated/catalog/<app>.json): what the gateway's MCP
 * surface serves agents. Each operation carries one self-contained JSON Schema for its input
 * (path, query, headers and body under one object, the body's own `$defs` lifted to the root so
 * its references still resolve), a short summary of its answer and its paging, so the gateway
 * can search, describe and check a call without reading the YAML or the OpenAPI documents.
 */
import type { CatalogFile, CatalogOperation } from '@switchboard/contract';
import type { Endpoint, JsonSchema, Param, Provider } from '../model.js';

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

export function buildCatalog(p: Provider): CatalogFile {
  return {
    'x-generated': `Generated from ${p.source} by \`switchboard generate\`. Do not edit.`,
    app: p.app,
    name: p.name,
    description: p.description,
    categories: p.categories,
    operations: p.endpoints.map(operation),
  };
}

export function emitCatalog(p: Provider): string {
  return `${JSON.stringify(buildCatalog(p))}\n`;
}

function operation(e: Endpoint): CatalogOperation {
  return {
    id: e.id,
    kind: e.kind,
    method: e.method,
    path: e.path,
    summary: e.summary,
    ...(e.description ? { description: e.description } : {}),
    group: e.group,
    safe: e.safe,
    ...(e.deprecated ? { deprecated: true } : {}),
    input: inputSchema(e),
    ...(e.body && e.kind === 'rest' ? { contentType: e.body.contentType } : {}),
    response: {
      status: e.response.status,
      contentType: e.response.contentType,
      description: e.response.description,
      fields: responseFields(e.response.schema),
    },
    ...(e.pagination ? { paging: e.pagination } : {}),
    ...(e.graphql ? { graphql: { document: e.graphql.document, ...(e.graphql.operationName ? { operationName: e.graphql.operationName } : {}) } } : {}),
    ...(e.jsonrpc ? { jsonrpc: { method: e.jsonrpc.method } } : {}),
    ...(e.tool ? { tool: e.tool.name } : {}),
  };
}

/** One object schema over everything the caller supplies: `path`, `query`, `headers`, `body` (or `variables`/`params`). */
function inputSchema(e: Endpoint): Node {
  const properties: Node = {};
  const required: string[] = [];
  const defs: Node = {};
  if (e.pathParams.length) {
    properties.path = paramsObject(e.pathParams, true);
    required.push('path');
  }
  if (e.query.length) {
    properties.query = paramsObject(e.query, false);
    if (e.query.some((q) => q.required)) required.push('query');
  }
  if (e.headers.length) {
    properties.headers = paramsObject(e.headers, false);
    if (e.headers.some((h) => h.required)) required.push('headers');
  }
  if (e.kind === 'graphql' || e.kind === 'jsonrpc') {
    const key = e.kind === 'graphql' ? 'variables' : 'params';
    const schema = e.graphql?.variables ?? e.jsonrpc?.params;
    if (schema !== undefined) properties[key] = lift(schema, defs);
  } else if (e.body) {
    const schema = e.body.schema !== undefined ? e.body.schema : /json/.test(e.body.contentType) ? {} : { type: 'string', description: `The raw ${e.body.contentType} body.` };
    properties.body = lift(schema, defs);
    if (e.body.required) required.push('body');
  }
  return {
    type: 'object',
    properties,
    ...(required.length ? { required } : {}),
    additionalProperties: false,
    ...(Object.keys(defs).length ? { $defs: defs } : {}),
  };
}

function paramsObject(params: Param[], allRequired: boolean): Node {
  const properties: Node = {};
  for (const x of params) properties[x.name] = paramSchema(x);
  const required = params.filter((x) => allRequired || x.required).map((x) => x.name);
  return { type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: false };
}

function paramSchema(x: Param): Node {
  const { name: _name, required: _required, style: _style, example, ...rest } = x;
  const out: Node = {};
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) out[k] = v;
  if (example !== undefined) out.examples = [example];
  return out;
}

/** The schema with its own `$defs` moved into `defs` (names kept: a body's refs are `#/$defs/name`, which now resolve at the input root). */
function lift(schema: JsonSchema, defs: Node): JsonSchema {
  if (!isNode(schema)) return schema;
  const own = schema.$defs ?? schema.definitions;
  if (!isNode(own)) return schema;
  const { $defs: _a, definitions: _b, ...rest } = schema;
  for (const [k, v] of Object.entries(own)) defs[k] = v;
  if (schema.definitions !== undefined) return JSON.parse(JSON.stringify(rest).replaceAll('"#/definitions/', '"#/$defs/')) as JsonSchema;
  return rest;
}

const MAX_FIELDS = 24;

/** `name: type` for the answer's top-level fields (an array's items' fields), resolving local refs. */
export function responseFields(schema: JsonSchema | undefined): string[] {
  if (!isNode(schema)) return [];
  const root = schema;
  const resolve = (s: unknown, depth = 0): Node | undefined => {
    if (!isNode(s)) return undefined;
    const ref = s.$ref;
    if (typeof ref === 'string' && depth < 8) {
      const m = /^#\/(\$defs|definitions)\/(.+)$/.exec(ref);
      const target = m ? (root[m[1]!] as Node | undefined)?.[m[2]!] : undefined;
      return resolve(target, depth + 1);
    }
    const all = Array.isArray(s.allOf) ? (s.allOf as unknown[]).map((x) => resolve(x, depth + 1)).filter(isNode) : [];
    if (all.length) return { ...s, properties: Object.assign({}, ...all.map((x) => x.properties ?? {}), s.properties ?? {}) };
    return s;
  };
  const typeOf = (s: unknown): string => {
    const n = resolve(s);
    if (!n) return 'any';
    if (n.type === 'array') {
      const item = resolve(n.items);
      return `array of ${item?.properties ? 'object' : typeOf(n.items)}`;
    }
    if (Array.isArray(n.type)) return (n.type as string[]).join(' | ');
    if (typeof n.type === 'string') return n.type;
    if (n.properties) return 'object';
    if (Array.isArray(n.oneOf) || Array.isArray(n.anyOf)) return 'one of several shapes';
    return 'any';
  };
  let top = resolve(root);
  let prefix = '';
  if (top?.type === 'array') {
    top = resolve(top.items);
    prefix = '[].';
  }
  const props = top?.properties;
  if (!isNode(props)) return [];
  const out = Object.entries(props)
    .slice(0, MAX_FIELDS)
    .map(([k, v]) => `${prefix}${k}: ${typeOf(v)}`);
  if (Object.keys(props).length > MAX_FIELDS) out.push(`… ${Object.keys(props).length - MAX_FIELDS} more`);
  return out;
}
