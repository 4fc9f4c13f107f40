/**
 * A provider's official API description, read into one shape whatever its format: OpenAPI 3.x,
 * Swagger 2 or a Google Discovery document, as JSON or YAML. `$ref`s are followed lazily, within
 * the file and into files beside it (split specs), so a 20 MB spec is walked only where an
 * operation of ours points.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import { load as loadYaml } from 'js-yaml';

/** A schema inside some document; `resolve` follows a `$ref` written in that document. */
export interface SchemaNode {
  schema: unknown;
  resolve: (ref: string) => SchemaNode | undefined;
}

export interface SpecParam {
  name: string;
  in: string; // path | query | header | cookie | formData | body
  required: boolean;
}

export interface SpecOperation {
  method: string; // upper case
  /** Full paths (server base path + path), `{name}` for parameters, `{+name}` for Google's reserved expansion. */
  paths: string[];
  /** The spec's own name for it, for messages. */
  label: string;
  file: string;
  params: SpecParam[];
  /** Request body schemas by content type ('' when the format does not say). */
  body: Map<string, SchemaNode | undefined>;
  /** Response schemas by status ('200', '2XX', 'default') and then content type. */
  responses: Map<string, Map<string, SchemaNode | undefined>>;
}

export interface Spec {
  files: string[];
  format: 'openapi3' | 'swagger2' | 'google-discovery';
  operations: SpecOperation[];
}

/** A spec that cannot be read: the message is one line and names the file. */
export class SpecError extends Error {}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Parsed documents by absolute path: a split spec's files, and big specs shared by several apps. */
const documents = new Map<string, unknown>();

export function readDocument(file: string): unknown {
  const abs = resolvePath(file);
  const cached = documents.get(abs);
  if (cached !== undefined) return cached;
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    throw new SpecError(`${file}: cannot read the spec (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  let data: unknown;
  try {
    data = /^\s*[{[]/.test(text) ? JSON.parse(text) : loadYaml(text, { filename: file, json: true });
  } catch (err) {
    const msg = ((err as { reason?: string }).reason ?? (err as Error).message).split('\n')[0];
    throw new SpecError(`${file}: not valid JSON or YAML: ${msg}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new SpecError(`${file}: a spec must be a JSON or YAML object`);
  documents.set(abs, data);
  return data;
}

/** The value a JSON pointer (`#/components/schemas/X` without the `#`) names, or undefined. */
function pointer(doc: unknown, ptr: string): unknown {
  if (ptr === '' || ptr === '/') return doc;
  let node = doc;
  for (const raw of ptr.replace(/^\//, '').split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A resolver for `$ref`s written in `file` (whose parsed content is `doc`). */
function fileResolver(file: string, doc: unknown): SchemaNode['resolve'] {
  const self = (ref: string): SchemaNode | undefined => {
    const hash = ref.indexOf('#');
    const rel = hash < 0 ? ref : ref.slice(0, hash);
    const ptr = hash < 0 ? '' : ref.slice(hash + 1);
    if (!rel) {
      const target = pointer(doc, ptr);
      return target === undefined ? undefined : { schema: target, resolve: self };
    }
    if (/^[a-z]+:\/\//i.test(rel)) return undefined; // remote refs are not fetched
    const other = resolvePath(dirname(file), rel);
    const otherDoc = readDocument(other);
    const target = pointer(otherDoc, ptr);
    return target === undefined ? undefined : { schema: target, resolve: fileResolver(other, otherDoc) };
  };
  return self;
}

/** A resolver for refs inside one self-contained schema (ours: `#/$defs/x` against the schema itself). */
export function localResolver(root: unknown): SchemaNode['resolve'] {
  const self = (ref: string): SchemaNode | undefined => {
    if (!ref.startsWith('#')) return undefined;
    const target = pointer(root, ref.slice(1));
    return target === undefined ? undefined : { schema: target, resolve: self };
  };
  return self;
}

/** Follows `$ref` chains (of parameters, bodies, responses or schemas) to the object they name. */
export function deref(node: SchemaNode): SchemaNode {
  let n = node;
  for (let i = 0; i < 32; i++) {
    const ref = (n.schema as { $ref?: unknown } | null)?.$ref;
    if (typeof ref !== 'string') return n;
    const next = n.resolve(ref);
    if (!next) return { schema: undefined, resolve: n.resolve };
    n = next;
  }
  return n;
}

/** Reads one or more spec files (of one provider) into one list of operations. */
export function loadSpec(files: string[]): Spec {
  const operations: SpecOperation[] = [];
  let format: Spec['format'] | undefined;
  for (const file of files) {
    const doc = readDocument(file) as Record<string, unknown>;
    let ops: SpecOperation[];
    let f: Spec['format'];
    if (typeof doc.openapi === 'string' && doc.openapi.startsWith('3.')) [f, ops] = ['openapi3', openApiOperations(file, doc, serverBases(doc))];
    else if (doc.swagger === '2.0') [f, ops] = ['swagger2', openApiOperations(file, doc, [typeof doc.basePath === 'string' ? doc.basePath : ''])];
    else if (doc.kind === 'discovery#restDescription' || typeof doc.discoveryVersion === 'string') [f, ops] = ['google-discovery', discoveryOperations(file, doc)];
    else throw new SpecError(`${file}: not an OpenAPI 3.x, Swagger 2.0 or Google Discovery document (no "openapi", "swagger" or "discoveryVersion" field)`);
    format ??= f;
    operations.push(...ops);
  }
  return { files, format: format ?? 'openapi3', operations };
}

/** The path part of each server URL (`https://api.box.com/2.0` → `/2.0`), server variables at their defaults. */
function serverBases(doc: Record<string, unknown>): string[] {
  const servers = Array.isArray(doc.servers) ? (doc.servers as { url?: unknown; variables?: Record<string, { default?: unknown }> }[]) : [];
  const bases = new Set<string>();
  for (const s of servers) {
    if (typeof s.url !== 'string') continue;
    let path = s.url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
    path = path.replace(/\{([^}]+)\}/g, (all, name: string) => {
      const d = s.variables?.[name]?.default;
      return typeof d === 'string' ? d : all;
    });
    bases.add(path.replace(/\/$/, ''));
  }
  return bases.size ? [...bases] : [''];
}

function joinPath(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

function asRecord(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function openApiOperations(file: string, doc: Record<string, unknown>, bases: string[]): SpecOperation[] {
  const resolve = fileResolver(file, doc);
  const swagger = doc.swagger === '2.0';
  const globalConsumes = Array.isArray(doc.consumes) ? (doc.consumes as string[]) : [];
  const out: SpecOperation[] = [];
  for (const [path, rawItem] of Object.entries(asRecord(doc.paths))) {
    const item = deref({ schema: rawItem, resolve });
    const pathItem = asRecord(item.schema);
    const shared = Array.isArray(pathItem.parameters) ? pathItem.parameters : [];
    for (const m of METHODS) {
      const op = asRecord(pathItem[m]);
      if (!(m in pathItem)) continue;
      const params = new Map<string, { p: Record<string, unknown>; node: SchemaNode }>();
      for (const raw of [...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])]) {
        const node = deref({ schema: raw, resolve: item.resolve });
        const p = asRecord(node.schema);
        if (typeof p.name !== 'string' || typeof p.in !== 'string') continue;
        params.set(`${p.in} ${p.name}`, { p, node });
      }
      const body = new Map<string, SchemaNode | undefined>();
      const responses = new Map<string, Map<string, SchemaNode | undefined>>();
      if (swagger) {
        const consumes = Array.isArray(op.consumes) ? (op.consumes as string[]) : globalConsumes;
        const bodyParam = [...params.values()].find((x) => x.p.in === 'body');
        const formParams = [...params.values()].filter((x) => x.p.in === 'formData');
        if (bodyParam) {
          const schema: SchemaNode = { schema: bodyParam.p.schema, resolve: bodyParam.node.resolve };
          for (const ct of consumes.length ? consumes : ['application/json']) body.set(ct, schema);
        } else if (formParams.length) {
          const properties: Record<string, unknown> = {};
          for (const { p } of formParams) properties[p.name as string] = { type: p.type, items: p.items, format: p.format };
          const required = formParams.filter((x) => x.p.required === true).map((x) => x.p.name);
          const schema: SchemaNode = { schema: { type: 'object', properties, required }, resolve };
          for (const ct of consumes.length ? consumes : ['application/x-www-form-urlencoded']) body.set(ct, schema);
        }
        for (const [status, raw] of Object.entries(asRecord(op.responses))) {
          const r = deref({ schema: raw, resolve: item.resolve });
          const s = asRecord(r.schema).schema;
          responses.set(status, new Map([['', s === undefined ? undefined : { schema: s, resolve: r.resolve }]]));
        }
      } else {
        if (op.requestBody !== undefined) {
          const rb = deref({ schema: op.requestBody, resolve: item.resolve });
          for (const [ct, media] of Object.entries(asRecord(asRecord(rb.schema).content))) {
            const s = asRecord(media).schema;
            body.set(ct, s === undefined ? undefined : { schema: s, resolve: rb.resolve });
          }
        }
        for (const [status, raw] of Object.entries(asRecord(op.responses))) {
          const r = deref({ schema: raw, resolve: item.resolve });
          const byType = new Map<string, SchemaNode | undefined>();
          for (const [ct, media] of Object.entries(asRecord(asRecord(r.schema).content))) {
            const s = asRecord(media).schema;
            byType.set(ct, s === undefined ? undefined : { schema: s, resolve: r.resolve });
          }
          responses.set(status, byType);
        }
      }
      // Servers given on the path or the operation replace the document's (Box uploads: upload.box.com/api/2.0).
      const own = Array.isArray(op.servers) ? op.servers : Array.isArray(pathItem.servers) ? pathItem.servers : undefined;
      const opBases = own ? serverBases({ servers: own }) : bases;
      const paths = new Set(opBases.map((b) => joinPath(b, path)));
      // OData (Microsoft Graph) names bound actions and functions with their namespace; the API takes them bare.
      for (const p of [...paths]) if (/\/microsoft\.graph\./.test(p)) paths.add(p.replace(/\/microsoft\.graph\./g, '/'));
      out.push({
        method: m.toUpperCase(),
        paths: [...paths],
        label: typeof op.operationId === 'string' ? op.operationId : `${m.toUpperCase()} ${path}`,
        file,
        params: [...params.values()].map(({ p }) => ({ name: p.name as string, in: p.in as string, required: p.required === true })),
        body,
        responses,
      });
    }
  }
  return out;
}

interface DiscoveryMethod {
  id?: string;
  path?: string;
  flatPath?: string;
  httpMethod?: string;
  parameters?: Record<string, { location?: string; required?: boolean }>;
  request?: { $ref?: string };
  response?: { $ref?: string };
  mediaUpload?: { protocols?: Record<string, { path?: string }> };
}

/** Google Discovery: resources nest, `$ref` names a schema of `schemas`, paths are relative to rootUrl + servicePath. */
function discoveryOperations(file: string, doc: Record<string, unknown>): SpecOperation[] {
  const schemas = asRecord(doc.schemas);
  const resolve = (ref: string): SchemaNode | undefined => (ref in schemas ? { schema: schemas[ref], resolve } : undefined);
  const rootPath = typeof doc.rootUrl === 'string' ? doc.rootUrl.replace(/^[a-z]+:\/\/[^/]*/i, '') : '/';
  const base = joinPath(rootPath, typeof doc.servicePath === 'string' ? doc.servicePath : '');
  const out: SpecOperation[] = [];
  const walk = (container: Record<string, unknown>) => {
    for (const raw of Object.values(asRecord(container.methods))) {
      const m = raw as DiscoveryMethod;
      if (!m.httpMethod || !m.path) continue;
      const paths = new Set([joinPath(base, m.path)]);
      if (m.flatPath) paths.add(joinPath(base, m.flatPath));
      for (const proto of Object.values(m.mediaUpload?.protocols ?? {})) if (proto.path) paths.add(joinPath(rootPath, proto.path));
      const params = Object.entries(m.parameters ?? {}).map(([name, p]) => ({ name, in: p.location ?? 'query', required: p.required === true }));
      const body = new Map<string, SchemaNode | undefined>();
      if (m.request?.$ref) body.set('application/json', { schema: { $ref: m.request.$ref }, resolve });
      const responses = new Map<string, Map<string, SchemaNode | undefined>>();
      responses.set('200', new Map([['application/json', m.response?.$ref ? { schema: { $ref: m.response.$ref }, resolve } : undefined]]));
      out.push({ method: m.httpMethod.toUpperCase(), paths: [...paths], label: m.id ?? m.path, file, params, body, responses });
    }
    for (const r of Object.values(asRecord(container.resources))) walk(asRecord(r));
  };
  walk(doc);
  return out;
}
