/**
 * `switchboard import openapi`: an OpenAPI 3.x or Swagger 2 document → one provider file.
 *
 * Identity comes from `info`, the upstream from `servers` (or Swagger's host/basePath), the
 * connection methods from the security schemes, and one endpoint per operation with its path
 * and query parameters, request body, first success response and paging. Component schemas
 * are converted once and shared: the writer puts each on its first use with a YAML anchor
 * named after the component and refers to it with an alias afterwards, which the generator
 * turns back into one named component. A `$ref` that would re-enter a schema being converted
 * (a cycle) is cut to a plain object with a comment, so recursion is always finite.
 * Everything the provider format cannot say is written in a reduced form with a `#` comment.
 * Text written into the file is the spec's own (titles, summaries, descriptions) or ours
 * (comments and fallbacks, which say so). Same input → same bytes.
 */
import { load as loadYaml } from 'js-yaml';
import { writeYaml, type Comments } from './yaml-writer.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

export interface ImportOptions {
  app: string;
  /** Path globs (`/repos/**`): keep only operations whose path matches one. */
  include?: string[];
}

export interface ImportResult {
  text: string;
  endpoints: number;
  /** What was reduced or left out, one line each (also written as comments in the file). */
  notes: string[];
}

/** Parses a spec's text: JSON when it looks like JSON, YAML otherwise. Throws with a one-line message. */
export function parseSpecText(text: string, file = 'spec'): Obj {
  let data: unknown;
  try {
    data = /^\s*[{[]/.test(text) ? JSON.parse(text) : loadYaml(text, { filename: file });
  } catch (err) {
    throw new Error(`${file} is neither JSON nor YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  if (!isObj(data) || (typeof data.openapi !== 'string' && data.swagger !== '2.0')) {
    throw new Error(`${file} is not an OpenAPI 3.x or Swagger 2.0 document (no "openapi" or "swagger: 2.0" field)`);
  }
  return data;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const SCHEMA_KEYS = new Set([
  'type', 'enum', 'const', 'title', 'description', 'default', 'deprecated', 'readOnly', 'writeOnly',
  'properties', 'additionalProperties', 'required', 'minProperties', 'maxProperties', 'patternProperties',
  'items', 'prefixItems', 'minItems', 'maxItems', 'uniqueItems',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength', 'pattern', 'format',
  'allOf', 'anyOf', 'oneOf', 'not', 'contentMediaType', 'contentEncoding',
]);
const PARAM_TYPES = new Set(['string', 'integer', 'number', 'boolean', 'array']);

class Importer {
  readonly notes: string[] = [];
  readonly comments: Comments = new WeakMap();
  private readonly componentSchemas = new Map<string, unknown>(); // pointer → converted
  private readonly converting = new Set<string>();
  readonly anchorNames = new WeakMap<object, string>();

  constructor(private readonly spec: Obj) {}

  note(target: object, key: string, text: string): void {
    let m = this.comments.get(target);
    if (!m) this.comments.set(target, (m = new Map()));
    m.set(key, m.has(key) ? `${m.get(key)}\n${text}` : text);
    this.notes.push(text);
  }

  /** Follows local `$ref`s (`#/…`) to their target; undefined for external or broken ones. */
  deref(value: unknown, depth = 0): { value: unknown; pointer?: string; missing?: string } {
    if (!isObj(value) || typeof value.$ref !== 'string') return { value };
    const ref = value.$ref;
    if (!ref.startsWith('#/') || depth > 20) return { value: undefined, missing: ref };
    let cur: unknown = this.spec;
    for (const raw of ref.slice(2).split('/')) {
      const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      cur = isObj(cur) ? cur[key] : undefined;
    }
    if (cur === undefined) return { value: undefined, missing: ref };
    const next = this.deref(cur, depth + 1);
    return { ...next, pointer: next.pointer ?? ref };
  }

  /** An OpenAPI/Swagger schema as the JSON Schema the provider format takes. */
  schema(input: unknown, swagger: boolean): unknown {
    if (typeof input === 'boolean') return input;
    if (!isObj(input)) return {};
    if (typeof input.$ref === 'string') return this.refSchema(input.$ref, swagger);
    const out: Obj = {};
    let nullable = input.nullable === true || input['x-nullable'] === true;
    for (const [k, v] of Object.entries(input)) {
      if (!SCHEMA_KEYS.has(k)) continue;
      switch (k) {
        case 'properties':
        case 'patternProperties':
          if (isObj(v)) out[k] = Object.fromEntries(Object.entries(v).map(([n, s]) => [n, this.schema(s, swagger)]));
          break;
        case 'items':
          out.items = Array.isArray(v) ? v.map((s) => this.schema(s, swagger)) : this.schema(v, swagger);
          if (Array.isArray(v)) {
            out.prefixItems = out.items;
            delete out.items;
          }
          break;
        case 'prefixItems':
        case 'allOf':
        case 'anyOf':
        case 'oneOf':
          if (Array.isArray(v)) out[k] = v.map((s) => this.schema(s, swagger));
          break;
        case 'additionalProperties':
        case 'not':
          out[k] = typeof v === 'boolean' ? v : this.schema(v, swagger);
          break;
        case 'exclusiveMinimum':
        case 'exclusiveMaximum': {
          // OpenAPI 3.0 / Swagger: a boolean beside minimum/maximum; JSON Schema: the bound itself.
          const bound = k === 'exclusiveMinimum' ? input.minimum : input.maximum;
          if (v === true && typeof bound === 'number') out[k] = bound;
          else if (typeof v === 'number') out[k] = v;
          break;
        }
        case 'type':
          if (v === 'file') {
            out.type = 'string';
            out.format = 'binary';
          } else if (Array.isArray(v)) {
            out.type = v.filter((t) => typeof t === 'string');
            if ((out.type as string[]).includes('null')) nullable = false;
          } else if (typeof v === 'string') out.type = v;
          break;
        case 'required':
          if (Array.isArray(v) && v.length) out.required = [...new Set(v.filter((r) => typeof r === 'string'))];
          break;
        case 'enum':
          if (Array.isArray(v) && v.length) out.enum = v;
          break;
        case 'minimum':
          if (!(input.exclusiveMinimum === true)) out.minimum = v;
          break;
        case 'maximum':
          if (!(input.exclusiveMaximum === true)) out.maximum = v;
          break;
        default:
          out[k] = v;
      }
    }
    if (out.exclusiveMinimum !== undefined) delete out.minimum;
    if (out.exclusiveMaximum !== undefined) delete out.maximum;
    if (nullable) {
      if (typeof out.type === 'string') {
        out.type = [out.type, 'null'];
        if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      } else if (!out.type) {
        return { anyOf: [out, { type: 'null' }] };
      }
    }
    return out;
  }

  private refSchema(ref: string, swagger: boolean): unknown {
    const known = this.componentSchemas.get(ref);
    if (known !== undefined) return known;
    const name = ref.slice(ref.lastIndexOf('/') + 1);
    if (this.converting.has(ref)) {
      const cut: Obj = { type: 'object' };
      this.note(cut, 'type', `recursive ${ref}: cut here to a plain object`);
      return cut;
    }
    const target = this.deref({ $ref: ref });
    if (target.value === undefined) {
      const reduced: Obj = {};
      this.note(reduced, '', `$ref ${ref} does not resolve here (external or missing): any value`);
      return reduced;
    }
    this.converting.add(ref);
    const converted = this.schema(target.value, swagger);
    this.converting.delete(ref);
    if (isObj(converted)) this.anchorNames.set(converted, name);
    this.componentSchemas.set(ref, converted);
    return converted;
  }
}

/** `/repos/**` style globs: `**` any run of characters, `*` within one segment. */
function globRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** An operationId (or method + path) as a camelCase endpoint id: `repos/get-content` → reposGetContent. */
export function endpointId(raw: string): string {
  const words = raw
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  let id = words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase())).join('');
  if (!/^[a-z]/.test(id)) id = `op${id[0]?.toUpperCase() ?? ''}${id.slice(1)}`;
  return id.slice(0, 64);
}

function snake(raw: string): string {
  const s = raw
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(s) ? s : `key_${s || 'value'}`;
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const m = /^(.+?[.!?])(?:\s|$)/.exec(flat);
  return m ? m[1]! : flat;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function importOpenApi(spec: Obj, opts: ImportOptions): ImportResult {
  const imp = new Importer(spec);
  const swagger = spec.swagger === '2.0';
  const info = isObj(spec.info) ? spec.info : {};
  const out: Obj = {};
  out.app = opts.app;
  out.name = oneLine(str(info.title) ?? opts.app, 60);
  const description = str(info.summary) ?? (str(info.description) ? firstSentence(str(info.description)!) : undefined);
  out.description = oneLine(description && description.length >= 3 ? description : `${out.name} API.`, 160);
  out.categories = ['imported'];

  // Upstream: the first server (OpenAPI 3) or host + basePath (Swagger 2).
  const variables: Obj = {};
  let basePath = '';
  let baseUrl = '';
  const upstream: Obj = {};
  if (swagger) {
    const schemes = Array.isArray(spec.schemes) ? spec.schemes : [];
    const host = str(spec.host);
    if (host) baseUrl = `https://${host}`;
    if (host && schemes.length && !schemes.includes('https')) imp.note(upstream, 'baseUrl', `the spec serves ${schemes.join(', ')} only; the gateway calls https`);
    basePath = str(spec.basePath) ?? '';
  } else {
    const servers = Array.isArray(spec.servers) ? spec.servers.filter(isObj) : [];
    const server = servers[0];
    if (servers.length > 1) imp.note(upstream, 'baseUrl', `the first of ${servers.length} servers; others: ${servers.slice(1).map((s) => String(s.url)).join(', ')}`);
    if (server && typeof server.url === 'string') {
      let url = server.url;
      const vars = isObj(server.variables) ? server.variables : {};
      const m = /^(?:([a-z][a-z0-9+.-]*):)?\/\/([^/]*)(.*)$/i.exec(url);
      if (m) {
        const scheme = m[1] ?? 'https';
        let host = m[2]!;
        let path = m[3] ?? '';
        if (scheme.toLowerCase() === 'http') imp.note(upstream, 'baseUrl', `the spec's server is ${url}; the gateway calls https`);
        // Variables in the host become host variables; those in the path take their default.
        path = path.replace(/\{([^{}]+)\}/g, (_, n: string) => {
          const v = isObj(vars[n]) ? vars[n] : {};
          imp.note(upstream, 'baseUrl', `server variable {${n}} in the path fixed to its default "${String(v.default ?? '')}"`);
          return String(v.default ?? '');
        });
        const wholeHost = /^\{([^{}]+)\}$/.exec(host);
        if (wholeHost || m[1]?.startsWith('{')) {
          const n = snake(wholeHost?.[1] ?? 'base_url');
          const v = isObj(vars[wholeHost?.[1] ?? '']) ? (vars[wholeHost![1]!] as Obj) : {};
          variables[n] = {
            description: oneLine(str(v.description) ?? 'Origin of the API (https://host).', 200),
            pattern: '^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?$',
            format: 'origin',
            from: [{ form: { label: 'API origin', placeholder: 'https://api.example.com' } }],
          };
          baseUrl = `<${n}>`;
        } else {
          host = host.replace(/\{([^{}]+)\}/g, (_, raw: string) => {
            const n = snake(raw);
            const v = isObj(vars[raw]) ? (vars[raw] as Obj) : {};
            const values = Array.isArray(v.enum) ? v.enum.map(String) : [];
            const pattern = values.length ? `^(?:${values.map(escapeRe).join('|')})$` : '^[A-Za-z0-9-]{1,63}$';
            const from: Obj[] = [{ form: { label: raw } }];
            if (typeof v.default === 'string' && new RegExp(pattern).test(v.default)) from.push({ default: v.default });
            variables[n] = {
              description: oneLine(str(v.description) ?? `Server variable ${raw} of the API host.`, 200),
              pattern,
              ...(typeof v.default === 'string' ? { example: v.default } : {}),
              from,
            };
            return `<${n}>`;
          });
          baseUrl = `https://${host}`;
        }
        basePath = path.replace(/\/+$/, '');
      } else if (url.startsWith('/')) {
        basePath = url.replace(/\/+$/, '');
        imp.note(upstream, 'baseUrl', `the spec's server is the relative URL ${url}: the caller gives the origin`);
      }
      url = '';
    }
  }
  if (!baseUrl || !/^(https:\/\/[^/?#\s]+|<[a-zA-Z][a-zA-Z0-9_]*>)$/.test(baseUrl)) {
    if (!Object.keys(upstream).length) imp.note(upstream, 'baseUrl', 'the spec names no usable server: the caller gives the origin');
    variables.base_url = {
      description: 'Origin of the API (https://host).',
      pattern: '^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?$',
      format: 'origin',
      from: [{ form: { label: 'API origin', placeholder: 'https://api.example.com' } }],
    };
    baseUrl = '<base_url>';
  }
  const docsUrl = [isObj(spec.externalDocs) ? spec.externalDocs.url : undefined, isObj(info.contact) ? info.contact.url : undefined, info.termsOfService, baseUrl]
    .map(str)
    .find((u) => u && /^https:\/\/[^\s]+$/.test(u));
  out.docs = docsUrl ?? 'https://example.com/';
  if (!docsUrl) imp.note(out, 'docs', 'the spec links no https documentation: replace this placeholder');
  upstream.baseUrl = baseUrl;
  out.upstream = upstream;
  if (Object.keys(variables).length) out.variables = variables;

  // Connection methods from the security schemes, one per method type.
  const schemes = (swagger ? spec.securityDefinitions : isObj(spec.components) ? spec.components.securitySchemes : undefined) as Obj | undefined;
  const methods: Obj[] = [];
  const auth: Obj = { methods };
  const byType = new Map<string, Obj>();
  for (const [schemeName, raw] of Object.entries(isObj(schemes) ? schemes : {})) {
    const s = imp.deref(raw).value;
    if (!isObj(s)) continue;
    const type = String(s.type);
    const label = str(s.description) ? oneLine(firstSentence(str(s.description)!), 80) : schemeName;
    if (type === 'oauth2') {
      const flows = swagger ? (s.flow === 'accessCode' ? { authorizationCode: s } : {}) : isObj(s.flows) ? s.flows : {};
      const flow = (flows as Obj).authorizationCode;
      if (!isObj(flow) || byType.has('OAUTH2')) {
        imp.note(auth, 'methods', `security scheme ${schemeName} (oauth2 without an authorization code flow, or a second one) is left out`);
        continue;
      }
      const authorizationUrl = str(flow.authorizationUrl);
      const tokenUrl = str(flow.tokenUrl);
      if (!authorizationUrl?.startsWith('https://') || !tokenUrl?.startsWith('https://')) {
        imp.note(auth, 'methods', `security scheme ${schemeName}: OAuth URLs that are not absolute https URLs are left out`);
        continue;
      }
      const m: Obj = { type: 'OAUTH2', label: schemeName, authorizationUrl, tokenUrl, scopes: Object.keys(isObj(flow.scopes) ? flow.scopes : {}) };
      if (str(flow.refreshUrl)) m.refresh = true;
      byType.set('OAUTH2', m);
      methods.push(m);
    } else if (type === 'apiKey' || (type === 'http' && /^bearer$/i.test(String(s.scheme)))) {
      const existing = byType.get('API_KEY');
      const field = snake(type === 'http' ? 'token' : schemeName);
      let inject: Obj | undefined;
      if (type === 'http') inject = { style: 'bearer', value: `{${field}}` };
      else if (s.in === 'header' && /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(String(s.name))) inject = { style: 'header', name: String(s.name), value: `{${field}}` };
      else if (s.in === 'query' && /^[A-Za-z0-9_.-]+$/.test(String(s.name))) inject = { style: 'query', name: String(s.name), value: `{${field}}` };
      if (!inject) {
        imp.note(auth, 'methods', `security scheme ${schemeName} (apiKey in ${String(s.in)}) is left out: the gateway injects keys in headers and query parameters`);
        continue;
      }
      if (existing) {
        if ((existing.fields as Obj[]).some((f) => f.name === field) || (existing.inject as Obj[]).some((i) => i.style === 'bearer' && inject!.style === 'bearer')) {
          imp.note(auth, 'methods', `security scheme ${schemeName} is left out: it would repeat ${String(existing.label)}`);
          continue;
        }
        // A second key: both are asked for, the second optional (the spec may use them apart).
        (existing.fields as Obj[]).push({ name: field, label: schemeName, optional: true });
        (existing.inject as Obj[]).push(inject);
        continue;
      }
      const m: Obj = { type: 'API_KEY', label: schemeName, fields: [{ name: field, label: type === 'http' ? label : String(s.name ?? schemeName) }], inject: [inject] };
      byType.set('API_KEY', m);
      methods.push(m);
    } else if ((type === 'http' && /^basic$/i.test(String(s.scheme))) || type === 'basic') {
      if (byType.has('BASIC')) continue;
      const m: Obj = {
        type: 'BASIC',
        label: schemeName,
        fields: [
          { name: 'username', label: 'Username', secret: false },
          { name: 'password', label: 'Password' },
        ],
        inject: [{ style: 'basic', username: '{username}', password: '{password}' }],
      };
      byType.set('BASIC', m);
      methods.push(m);
    } else {
      imp.note(auth, 'methods', `security scheme ${schemeName} (${type}${s.scheme ? ` ${String(s.scheme)}` : ''}) is left out: no matching connection method`);
    }
  }
  if (!methods.length) {
    imp.note(auth, 'methods', 'the spec declares no usable security scheme: a bearer token is assumed; check it');
    methods.push({ type: 'API_KEY', label: 'Access token', fields: [{ name: 'access_token', label: 'Access token' }], inject: [{ style: 'bearer', value: '{access_token}' }] });
  }
  out.auth = auth;

  // Endpoints.
  const include = (opts.include ?? []).map(globRegExp);
  const endpoints: Obj[] = [];
  const ids = new Set<string>();
  const shapes = new Map<string, string>(); // path with {} → first spelling
  const paging = new Map<string, number>(); // style JSON → endpoints using it
  const paths = isObj(spec.paths) ? spec.paths : {};
  for (const [rawPath, itemRaw] of Object.entries(paths)) {
    if (include.length && !include.some((re) => re.test(rawPath))) continue;
    const item = imp.deref(itemRaw).value;
    if (!isObj(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObj(op)) continue;
      const e: Obj = {};
      let id = endpointId(str(op.operationId) ?? `${method} ${rawPath.replace(/\{([^}]*)\}/g, 'by $1')}`);
      for (let i = 2; ids.has(id); i++) id = `${id.slice(0, 62)}${i}`;
      ids.add(id);
      e.id = id;
      if (Array.isArray(op.tags) && typeof op.tags[0] === 'string') e.group = op.tags[0];
      if (method === 'trace') {
        imp.note(endpoints, '', `${id}: TRACE ${rawPath} is left out (the format has no TRACE)`);
        ids.delete(id);
        continue;
      }
      e.method = method.toUpperCase();
      // Path: the server's base path in front, parameter names spelled one way per template.
      let path = `${basePath}${rawPath.startsWith('/') ? rawPath : `/${rawPath}`}`.replace(/\/{2,}/g, '/');
      const shape = path.replace(/\{[^{}]+\}/g, '{}');
      const rename = new Map<string, string>();
      const first = shapes.get(shape);
      if (first && first !== path) {
        const a = [...first.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!);
        const b = [...path.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!);
        b.forEach((n, i) => a[i] && a[i] !== n && rename.set(n, a[i]!));
        path = first;
      } else if (!first) shapes.set(shape, path);
      e.path = path;
      const summary = str(op.summary) ?? (str(op.description) ? firstSentence(str(op.description)!) : undefined);
      e.summary = summary && summary.length >= 3 ? oneLine(summary, 140) : `${e.method} ${rawPath}`;
      if (op.deprecated === true) e.deprecated = true;

      // Parameters: the path item's, overridden by the operation's (same name and place).
      const params = new Map<string, Obj>();
      for (const p of [...(Array.isArray(item.parameters) ? item.parameters : []), ...(Array.isArray(op.parameters) ? op.parameters : [])]) {
        const r = imp.deref(p);
        if (!isObj(r.value)) {
          if (r.missing) imp.note(e, 'path', `parameter ${r.missing} does not resolve and is left out`);
          continue;
        }
        params.set(`${String(r.value.in)}:${String(r.value.name)}`, r.value);
      }
      const pathParams: Obj = {};
      const query: Obj = {};
      const headers: Obj = {};
      let body: Obj | undefined;
      const formFields: Obj = {};
      const formRequired: string[] = [];
      for (const p of params.values()) {
        const name = String(p.name);
        if (p.in === 'body') {
          body = { schema: imp.schema(p.schema, swagger) };
          if (p.required !== true) body.required = false;
          continue;
        }
        if (p.in === 'formData') {
          formFields[name] = imp.schema(p, swagger);
          if (p.required === true) formRequired.push(name);
          continue;
        }
        if (!/^[A-Za-z0-9_.$:@[\]-]+$/.test(name)) {
          imp.note(e, 'path', `${String(p.in)} parameter "${name}" is left out: its name has characters the format does not take`);
          continue;
        }
        if (p.in === 'cookie') {
          imp.note(e, 'path', `cookie parameter ${name} is left out`);
          continue;
        }
        const spec = paramSpec(imp, p, swagger, e, `${String(p.in)} parameter ${name}`);
        if (p.in === 'path') {
          delete spec.required;
          pathParams[rename.get(name) ?? name] = spec;
        } else if (p.in === 'query') {
          if (p.required === true) spec.required = true;
          query[name] = spec;
        } else if (p.in === 'header') {
          if (/^(authorization|content-type|accept|content-length)$/i.test(name)) continue;
          if (p.required === true) spec.required = true;
          headers[name] = spec;
        }
      }
      // Path parameters the spec forgot to declare: plain strings, so the path still works.
      for (const m of path.matchAll(/\{([^{}]+)\}/g)) {
        if (!pathParams[m[1]!]) {
          pathParams[m[1]!] = { type: 'string' };
          imp.note(pathParams, m[1]!, 'not declared by the spec: a string');
        }
      }
      if (Object.keys(pathParams).length) e.params = pathParams;
      if (Object.keys(query).length) e.query = query;
      if (Object.keys(headers).length) e.headers = headers;

      // Request body.
      if (!swagger && op.requestBody !== undefined) {
        const rb = imp.deref(op.requestBody).value;
        if (isObj(rb)) {
          const picked = pickContent(rb.content);
          if (picked) {
            body = {};
            if (picked.type !== 'application/json') body.contentType = picked.type;
            if (rb.required !== true) body.required = false;
            if (picked.media.schema !== undefined) body.schema = imp.schema(picked.media.schema, swagger);
          }
        }
      } else if (Object.keys(formFields).length) {
        const consumes = Array.isArray(op.consumes) ? op.consumes : Array.isArray(spec.consumes) ? spec.consumes : [];
        body = {
          contentType: consumes.includes('multipart/form-data') ? 'multipart/form-data' : 'application/x-www-form-urlencoded',
          schema: { type: 'object', properties: formFields, ...(formRequired.length ? { required: formRequired } : {}) },
        };
      }
      if (body && (e.method === 'GET' || e.method === 'HEAD')) {
        imp.note(e, 'path', `the spec gives this ${String(e.method)} a request body; left out (GET and HEAD carry none here)`);
        body = undefined;
      }
      if (body) e.body = body;

      // Response: the first success status, with its JSON (or first) content.
      const responses = isObj(op.responses) ? op.responses : {};
      const status = Object.keys(responses)
        .filter((s) => /^2\d\d$/.test(s))
        .sort()[0];
      let responseSchema: unknown;
      let linkHeader = false;
      if (status) {
        const r = imp.deref(responses[status]).value;
        const response: Obj = {};
        if (status !== '200') response.status = Number(status);
        if (isObj(r)) {
          linkHeader = isObj(r.headers) && Object.keys(r.headers).some((h) => h.toLowerCase() === 'link');
          if (swagger) {
            if (r.schema !== undefined) response.schema = responseSchema = imp.schema(r.schema, swagger);
          } else {
            const picked = pickContent(r.content);
            if (picked) {
              if (picked.type !== 'application/json') response.contentType = picked.type;
              if (picked.media.schema !== undefined) response.schema = responseSchema = imp.schema(picked.media.schema, swagger);
            }
          }
        }
        if (Object.keys(response).length) e.response = response;
      }

      const pg = detectPaging(imp, query, responseSchema, linkHeader);
      if (pg) {
        e.pagination = pg;
        const key = JSON.stringify(pg);
        paging.set(key, (paging.get(key) ?? 0) + 1);
      }
      endpoints.push(e);
    }
  }

  // The paging most endpoints share becomes the provider's; those endpoints then only take it.
  const common = [...paging].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  const ordered: Obj = {};
  for (const k of ['app', 'name', 'description', 'categories', 'docs', 'upstream', 'variables', 'auth']) if (out[k] !== undefined) ordered[k] = out[k];
  if (common) {
    const provider = JSON.parse(common[0]) as Obj;
    ordered.pagination = provider;
    // The provider's paging applies to every endpoint that takes its parameter; one where the
    // spec shows no paging says so.
    const trigger = String(provider.cursorParam ?? provider.offsetParam ?? provider.pageParam ?? provider.limitParam ?? '');
    for (const e of endpoints) {
      if (e.pagination && JSON.stringify(e.pagination) === common[0]) delete e.pagination;
      else if (!e.pagination && trigger && isObj(e.query) && trigger in e.query) e.pagination = false;
    }
  }
  if (!endpoints.length) throw new Error(include.length ? `no operation's path matches ${opts.include!.join(', ')}` : 'the spec has no operations');
  ordered.endpoints = endpoints;
  // Comments written on `out` (docs) move with its values.
  const docsNote = imp.comments.get(out);
  if (docsNote) imp.comments.set(ordered, docsNote);
  const authNotes = imp.comments.get(auth);
  if (authNotes) {
    // Written above `auth:` so they stay with the file, not inside the methods list.
    imp.comments.delete(auth);
    for (const text of authNotes.values()) addComment(imp.comments, ordered, 'auth', text);
  }
  moveEmptyKeyComments(imp.comments, ordered);

  const header = [
    '# yaml-language-server: $schema=../packages/generator/schema/provider.schema.json',
    `# Imported from an OpenAPI ${swagger ? '2.0 (Swagger)' : String(spec.openapi)} document by \`switchboard import openapi\`. Review categories, docs and`,
    '# the connection methods before use; comments mark what was reduced or left out.',
  ].join('\n');
  const text = `${header}\n${writeYaml(ordered, { comments: imp.comments, anchorName: (v) => imp.anchorNames.get(v) })}`;
  return { text, endpoints: endpoints.length, notes: imp.notes };
}

function addComment(comments: Comments, target: object, key: string, text: string): void {
  let m = comments.get(target);
  if (!m) comments.set(target, (m = new Map()));
  m.set(key, m.has(key) ? `${m.get(key)}\n${text}` : text);
}

/**
 * Comments recorded under the key '' (about a value as a whole) are written above the key
 * that holds that value in its parent.
 */
function moveEmptyKeyComments(comments: Comments, root: unknown): void {
  const seen = new Set<object>();
  const walk = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    for (const [k, child] of Object.entries(v)) {
      if (typeof child === 'object' && child !== null && !Array.isArray(v)) {
        const note = comments.get(child)?.get('');
        if (note) addComment(comments, v, k, note);
      }
      walk(child);
    }
  };
  walk(root);
}

function pickContent(content: unknown): { type: string; media: Obj } | undefined {
  if (!isObj(content)) return undefined;
  const types = Object.keys(content).filter((t) => isObj(content[t]));
  const lower = (t: string) => t.toLowerCase().split(';')[0]!.trim();
  const valid = (t: string) => /^[a-z]+\/[a-z0-9.+*-]+$/.test(lower(t));
  const order = [
    (t: string) => lower(t) === 'application/json',
    (t: string) => /\+json$/.test(lower(t)),
    (t: string) => lower(t) === 'application/x-www-form-urlencoded',
    (t: string) => lower(t) === 'multipart/form-data',
    () => true,
  ];
  for (const test of order) {
    const t = types.find((x) => valid(x) && test(x));
    if (t) return { type: lower(t), media: content[t] as Obj };
  }
  return undefined;
}

/** A path, query or header parameter as the format's parameter spec (scalar types and arrays of them). */
function paramSpec(imp: Importer, p: Obj, swagger: boolean, e: Obj, what: string): Obj {
  const raw = swagger ? p : (imp.deref(p.schema).value as Obj | undefined) ?? {};
  const s = isObj(raw) ? raw : {};
  const spec: Obj = {};
  let type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  if (type === 'file') type = 'string';
  if (typeof type !== 'string' || !PARAM_TYPES.has(type)) {
    if (type !== undefined || s.oneOf || s.anyOf || s.properties) imp.note(e, 'path', `${what} (${typeof type === 'string' ? type : 'a composite schema'}) is written as a string`);
    type = 'string';
  }
  spec.type = type;
  const description = str(p.description) ?? str(s.description);
  if (description) spec.description = oneLine(description, 300);
  const scalarList = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every((x) => ['string', 'number', 'boolean'].includes(typeof x));
  if (scalarList(s.enum) && type !== 'array') spec.enum = s.enum;
  const scalarValue = (v: unknown) => ['string', 'number', 'boolean'].includes(typeof v);
  if (scalarValue(s.default) && type !== 'array' && (type === 'string' ? typeof s.default === 'string' : typeof s.default !== 'string')) spec.default = s.default;
  if (typeof s.minimum === 'number') spec.minimum = s.minimum;
  if (typeof s.maximum === 'number') spec.maximum = s.maximum;
  if (typeof s.format === 'string') spec.format = s.format;
  if (typeof s.pattern === 'string') {
    try {
      new RegExp(s.pattern);
      spec.pattern = s.pattern;
    } catch {
      imp.note(e, 'path', `${what}: its pattern is not a JavaScript regular expression and is left out`);
    }
  }
  if (type === 'array') {
    const items = imp.deref(s.items).value;
    const it = isObj(items) ? items : {};
    let itemType = Array.isArray(it.type) ? it.type.find((t) => t !== 'null') : it.type;
    if (typeof itemType !== 'string' || !['string', 'integer', 'number', 'boolean'].includes(itemType)) itemType = 'string';
    spec.items = { type: itemType, ...(scalarList(it.enum) ? { enum: it.enum } : {}) };
    const explode = swagger ? p.collectionFormat === 'multi' : p.explode !== false;
    const commaStyle = swagger ? (p.collectionFormat ?? 'csv') === 'csv' : p.explode === false;
    if (!explode && commaStyle) spec.style = 'comma';
  }
  return spec;
}

const CURSOR_PARAMS = ['cursor', 'after', 'starting_after', 'page_token', 'pagetoken', 'next_token', 'nexttoken', 'continuation', 'continuation_token', 'next', 'marker'];
const NEXT_FIELDS = ['next_cursor', 'nextcursor', 'next_page_token', 'nextpagetoken', 'cursor', 'next', 'next_token', 'nexttoken', 'end_cursor', 'endcursor', 'continuation', 'marker', 'next_marker'];
const LIMIT_PARAMS = ['limit', 'per_page', 'perpage', 'page_size', 'pagesize', 'max_results', 'maxresults', 'count', 'size', 'top', '$top'];

/** Paging recognised by parameter names, and for cursors also by the response field that carries the next one. */
function detectPaging(imp: Importer, query: Obj, response: unknown, linkHeader: boolean): Obj | undefined {
  const names = Object.keys(query);
  const find = (list: string[]) => names.find((n) => list.includes(n.toLowerCase()));
  const limitParam = find(LIMIT_PARAMS);
  const root = imp.deref(response).value;
  const props = isObj(root) && isObj(root.properties) ? root.properties : {};
  const arrays = Object.keys(props).filter((k) => isObj(props[k]) && (props[k] as Obj).type === 'array');
  const items = arrays.length === 1 && /^[A-Za-z_$@][A-Za-z0-9_$@-]*$/.test(arrays[0]!) ? arrays[0] : undefined;
  const extra = { ...(limitParam ? { limitParam } : {}), ...(items ? { items } : {}) };
  const cursorParam = find(CURSOR_PARAMS);
  if (cursorParam) {
    const next = Object.keys(props).find((k) => NEXT_FIELDS.includes(k.toLowerCase()) && /^[A-Za-z_$@][A-Za-z0-9_$@-]*$/.test(k));
    const meta = ['meta', 'pagination', 'paging', 'response_metadata'].find((k) => isObj(props[k]) && isObj((props[k] as Obj).properties));
    const nested = meta
      ? Object.keys(((props[meta] as Obj).properties as Obj) ?? {}).find((k) => NEXT_FIELDS.includes(k.toLowerCase()) && /^[A-Za-z_$@][A-Za-z0-9_$@-]*$/.test(k))
      : undefined;
    const nextCursor = next ?? (nested ? `${meta}.${nested}` : undefined);
    if (nextCursor) return { style: 'cursor', cursorParam, nextCursor, ...extra };
  }
  const offsetParam = find(['offset', 'skip', 'start']);
  if (offsetParam && limitParam) return { style: 'offset', offsetParam, ...extra };
  const pageParam = find(['page', 'page_number', 'pagenumber', 'page_num']);
  if (pageParam && linkHeader) return { style: 'link', ...extra };
  if (pageParam) return { style: 'page', pageParam, ...extra };
  if (linkHeader && limitParam) return { style: 'link', ...extra };
  return undefined;
}
