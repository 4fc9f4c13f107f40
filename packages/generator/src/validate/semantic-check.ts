import { basename, extname } from 'node:path';
import { Ajv } from 'ajv';
import { isReservedSegment } from '@switchboard/contract';
import { angleVariables, braceNames, segmentVariables } from '@switchboard/contract';
import type { Diagnostic } from '../diagnostics.js';
import { locate, type ProviderSource } from '../load.js';
import type { AuthMethodSpec, InjectSpec, ProviderFile } from '../provider-file.js';

type Path = (string | number)[];
type Report = (path: Path, message: string, at?: 'key' | 'value') => void;

const schemaCompiler = new Ajv({ strict: false, allErrors: false, validateFormats: false, allowUnionTypes: true });

/**
 * Pass two: what a JSON Schema cannot say — placeholders that nothing declares, ids used
 * twice, patterns that do not compile, credentials that would land in a path unchecked.
 * Runs only on files that passed the schema check, so the data has the declared shape.
 */
export function checkSemantics(source: ProviderSource): Diagnostic[] {
  const p = source.data as ProviderFile;
  const out: Diagnostic[] = [];
  const report: Report = (path, message, at = 'value') => {
    const pos = locate(source, path, at);
    out.push({ file: source.file, line: pos.line, col: pos.col, message });
  };

  checkAppName(source, p, report);
  const variables = p.variables ?? {};
  const used = new Set<string>();
  const pathInjectSegments = collectPathInjects(p);

  checkUpstream(p, variables, used, report);
  checkVariables(p, report);
  checkAuth(p, variables, used, report);
  checkHeadersAndQuery(p, variables, used, report);
  checkEndpoints(p, variables, pathInjectSegments, used, report);
  checkModes(p, report);

  for (const name of Object.keys(variables)) {
    if (!used.has(name)) report(['variables', name], `variable "${name}" is declared but never used`, 'key');
  }
  return out;
}

function checkAppName(source: ProviderSource, p: ProviderFile, report: Report): void {
  if (isReservedSegment(p.app)) {
    report(['app'], `app name "${p.app}" is reserved by the gateway's control API; pick another first path segment`);
  }
  const stem = basename(source.file, extname(source.file));
  if (stem !== p.app) report(['app'], `app "${p.app}" must live in providers/${p.app}.yaml, not ${basename(source.file)}`);
}

function checkUpstream(p: ProviderFile, variables: Record<string, unknown>, used: Set<string>, report: Report): void {
  const u = p.upstream;
  if (!u) return;
  const templates: [Path, string][] = [[['upstream', 'baseUrl'], u.baseUrl]];
  if (u.pathPrefix) templates.push([['upstream', 'pathPrefix'], u.pathPrefix]);
  u.hosts?.forEach((h, i) => {
    templates.push([['upstream', 'hosts', i, 'baseUrl'], h.baseUrl]);
    if (h.pathPrefix) templates.push([['upstream', 'hosts', i, 'pathPrefix'], h.pathPrefix]);
    h.paths.forEach((path, j) => {
      if (path.includes('*') && !path.endsWith('*')) report(['upstream', 'hosts', i, 'paths', j], `"${path}": "*" may only end a path prefix`);
    });
  });
  for (const [path, template] of templates) {
    for (const name of angleVariables(template)) {
      used.add(name);
      if (!(name in variables)) report(path, `<${name}> is not declared under variables`);
    }
    const whole = /^<([a-zA-Z][a-zA-Z0-9_]*)>$/.exec(template);
    if (whole && p.variables?.[whole[1]!] && p.variables[whole[1]!]!.format !== 'origin') {
      report(path, `<${whole[1]}> stands for a whole origin, so variable "${whole[1]}" needs format: origin`);
    }
    if (!whole && path[path.length - 1] === 'baseUrl') {
      for (const name of angleVariables(template)) {
        if (p.variables?.[name]?.format === 'origin') report(path, `<${name}> has format origin and must be the whole baseUrl`);
      }
    }
  }
}

function checkVariables(p: ProviderFile, report: Report): void {
  const methods = p.auth.methods.map((m) => m.type);
  const fields = new Set(p.auth.methods.flatMap((m) => credentialFields(m)));
  for (const [name, v] of Object.entries(p.variables ?? {})) {
    checkRegex(['variables', name, 'pattern'], v.pattern, report);
    if (v.format === 'origin' && !/https/.test(v.pattern)) {
      report(['variables', name, 'pattern'], 'an origin variable\'s pattern must require https');
    }
    v.from.forEach((src, i) => {
      const path: Path = ['variables', name, 'from', i];
      if ('tokenResponse' in src && !methods.includes('OAUTH2') && !methods.includes('MCP')) {
        report(path, 'tokenResponse needs an OAUTH2 connection method');
      }
      if ('callbackQuery' in src && !methods.some((m) => m === 'OAUTH2' || m === 'OAUTH1')) {
        report(path, 'callbackQuery needs an OAUTH2 or OAUTH1 connection method');
      }
      if ('credential' in src && !fields.has(src.credential.field)) {
        report([...path, 'credential', 'field'], `no connection method has a credential field "${src.credential.field}"`);
      }
      const extract =
        'tokenResponse' in src ? src.tokenResponse.extract
        : 'credential' in src ? src.credential.extract
        : 'callbackQuery' in src ? src.callbackQuery.extract
        : 'metadata' in src ? src.metadata.extract
        : undefined;
      if (extract !== undefined) {
        const re = checkRegex([...path, Object.keys(src)[0]!, 'extract'], extract, report);
        if (re && new RegExp(`${re.source}|`).exec('')!.length < 2) {
          report([...path, Object.keys(src)[0]!, 'extract'], 'extract needs one capture group: the part that is the value');
        }
      }
    });
  }
}

function credentialFields(m: AuthMethodSpec): string[] {
  switch (m.type) {
    case 'OAUTH2':
      return ['access_token'];
    case 'OAUTH1':
      return ['oauth_token', 'oauth_token_secret'];
    case 'MCP':
      return ['access_token', ...(m.fields ?? []).map((f) => f.name)];
    default:
      return m.fields.map((f) => f.name);
  }
}

function collectPathInjects(p: ProviderFile): Set<string> {
  const set = new Set<string>();
  for (const m of p.auth.methods) for (const inj of m.inject ?? []) if (inj.style === 'path') set.add(inj.segment);
  return set;
}

function checkAuth(p: ProviderFile, variables: Record<string, unknown>, used: Set<string>, report: Report): void {
  const seen = new Set<string>();
  p.auth.methods.forEach((m, i) => {
    const path: Path = ['auth', 'methods', i];
    if (seen.has(m.type)) report([...path, 'type'], `connection method ${m.type} is listed twice`);
    seen.add(m.type);
    const fields = credentialFields(m);
    const fieldSpecs = 'fields' in m ? (m.fields ?? []) : [];
    const names = new Set<string>();
    fieldSpecs.forEach((f, j) => {
      if (names.has(f.name)) report([...path, 'fields', j, 'name'], `credential field "${f.name}" is listed twice`);
      names.add(f.name);
      if (f.pattern) checkRegex([...path, 'fields', j, 'pattern'], f.pattern, report);
    });
    for (const key of ['authorizationUrl', 'tokenUrl', 'requestTokenUrl', 'accessTokenUrl', 'registrationUrl'] as const) {
      const url = (m as unknown as Record<string, string | undefined>)[key];
      for (const name of url ? angleVariables(url) : []) {
        const v = p.variables?.[name];
        if (!v) report([...path, key], `<${name}> is not declared under variables`);
        else if (!v.from.some((s) => 'form' in s || 'default' in s || 'env' in s)) {
          report([...path, key], `<${name}> is needed before the OAuth flow starts, so it must come from the form, an env setting or a default`);
        } else used.add(name);
      }
    }
    if (m.type === 'OAUTH1' && !(m.inject ?? []).some((x) => x.style === 'oauth1') && m.inject) {
      report([...path, 'inject'], 'an OAUTH1 method must sign requests: add { style: oauth1 }');
    }
    (m.inject ?? []).forEach((inj, j) => {
      const ipath: Path = [...path, 'inject', j];
      for (const [key, template] of injectTemplates(inj)) {
        for (const name of braceNames(template)) {
          if (fields.includes(name)) continue;
          if (name in variables) {
            used.add(name);
            continue;
          }
          report([...ipath, key], `{${name}} is neither a credential field of ${m.type} (${fields.join(', ') || 'none'}) nor a variable`);
        }
      }
      if (inj.style === 'oauth1' && m.type !== 'OAUTH1') report([...ipath, 'style'], 'oauth1 signing only applies to an OAUTH1 method');
      if (inj.style === 'path') {
        // A credential that lands in the URL path must be checked like a variable (SSRF guard).
        for (const name of braceNames(inj.value)) {
          const spec = fieldSpecs.find((f) => f.name === name);
          if (spec && !spec.pattern) {
            report([...ipath, 'value'], `credential field "${name}" goes into the URL path, so it needs a pattern`);
          }
        }
      }
    });
    if ((m.type === 'API_KEY' || m.type === 'BASIC') && m.inject.length === 0) report([...path, 'inject'], 'needs at least one inject step');
  });
}

function injectTemplates(inj: InjectSpec): [string, string][] {
  switch (inj.style) {
    case 'bearer':
      return [['value', inj.value ?? '{access_token}']];
    case 'header':
    case 'query':
    case 'path':
      return [['value', inj.value]];
    case 'basic':
      return [
        ['username', inj.username],
        ['password', inj.password],
      ];
    default:
      return [];
  }
}

function checkHeadersAndQuery(p: ProviderFile, variables: Record<string, unknown>, used: Set<string>, report: Report): void {
  const allFields = new Set(p.auth.methods.flatMap((m) => credentialFields(m)));
  const lists: [Path, Record<string, string> | undefined][] = [
    [['headers', 'add'], p.headers?.add],
    [['headers', 'defaults'], p.headers?.defaults],
    [['query', 'add'], p.query?.add],
  ];
  for (const [base, map] of lists) {
    const lower = new Set<string>();
    for (const [name, value] of Object.entries(map ?? {})) {
      if (base[0] === 'headers') {
        if (lower.has(name.toLowerCase())) report([...base, name], `header "${name}" is listed twice`, 'key');
        lower.add(name.toLowerCase());
        if (['host', 'authorization', 'connection', 'content-length', 'transfer-encoding'].includes(name.toLowerCase()) && base[1] === 'defaults') {
          report([...base, name], `"${name}" cannot be a default header`, 'key');
        }
      }
      for (const ref of braceNames(value)) {
        if (ref in variables) used.add(ref);
        else if (!allFields.has(ref)) report([...base, name], `{${ref}} is not a declared variable or credential field`);
      }
    }
  }
  const both = Object.keys(p.headers?.add ?? {}).filter((h) =>
    Object.keys(p.headers?.defaults ?? {}).some((d) => d.toLowerCase() === h.toLowerCase()),
  );
  for (const h of both) report(['headers', 'defaults', h], `header "${h}" is both added and a default; keep one`, 'key');
}

function checkEndpoints(
  p: ProviderFile,
  variables: Record<string, unknown>,
  pathInjects: Set<string>,
  used: Set<string>,
  report: Report,
): void {
  const ids = new Map<string, number>();
  const tools = new Map<string, number>();
  const routes = new Map<string, number>();
  const templates = new Map<string, { path: string; index: number }>(); // path with {} → the first spelling
  const shared = p.parameters ?? {};
  const usedShared = new Set<string>();
  p.endpoints.forEach((e, i) => {
    const path: Path = ['endpoints', i];
    const first = ids.get(e.id);
    if (first !== undefined) report([...path, 'id'], `endpoint id "${e.id}" is already used by endpoints[${first}]`);
    else ids.set(e.id, i);

    if (e.kind === 'mcp-tool') {
      const t = e.tool!.name;
      const firstTool = tools.get(t);
      if (firstTool !== undefined) report([...path, 'tool', 'name'], `tool "${t}" is already declared by endpoints[${firstTool}]`);
      else tools.set(t, i);
      checkJsonSchema([...path, 'tool', 'input'], e.tool!.input, report);
      return;
    }
    const route = e.path!;
    if (!e.kind || e.kind === 'rest') {
      const shape = route.replace(/\{[^{}]+\}/g, '{}');
      // Two REST endpoints on one method and path template are one operation (OpenAPI agrees).
      const key = `${e.method} ${shape}`;
      const other = routes.get(key);
      if (other !== undefined) report([...path, 'path'], `${e.method} ${route} is already endpoints[${other}] (${p.endpoints[other]!.id}); merge them into one entry`);
      else routes.set(key, i);
      // One path template, one spelling of its parameters across methods: OpenAPI treats
      // /items/{id} and /items/{itemId} as the same path and refuses both.
      const seen = templates.get(shape);
      if (!seen) templates.set(shape, { path: route, index: i });
      else if (seen.path !== route && other === undefined) {
        report([...path, 'path'], `${route} is the path of endpoints[${seen.index}] (${seen.path}) with other parameter names; use the same names`);
      }
    }
    // Caller-filled {params}.
    const inPath = braceNames(route);
    const seenInPath = new Set<string>();
    for (const name of inPath) {
      if (seenInPath.has(name)) report([...path, 'path'], `{${name}} appears twice in the path`);
      seenInPath.add(name);
      if (e.params?.[name]) continue;
      if (shared[name]) {
        usedShared.add(name);
        continue;
      }
      report([...path, 'path'], `path parameter {${name}} is not declared in params or in the provider's parameters`);
    }
    for (const name of Object.keys(e.params ?? {})) {
      if (!inPath.includes(name)) report([...path, 'params', name], `param "${name}" is declared but the path has no {${name}}`, 'key');
    }
    // Gateway-filled :segments.
    for (const name of segmentVariables(route)) {
      if (pathInjects.has(name)) continue;
      if (name in variables) {
        used.add(name);
        continue;
      }
      report([...path, 'path'], `:${name} is not a declared variable (gateway-filled segments are declared under variables)`);
    }
    if (/[{}]/.test(route.replace(/\{[^{}/]+\}/g, ''))) report([...path, 'path'], 'unbalanced "{" or "}" in the path');

    if (e.body && (e.method === 'GET' || e.method === 'HEAD')) report([...path, 'body'], `${e.method} requests carry no body`, 'key');
    if (e.body?.schema !== undefined) checkJsonSchema([...path, 'body', 'schema'], e.body.schema, report);
    if (e.response?.schema !== undefined) checkJsonSchema([...path, 'response', 'schema'], e.response.schema, report);
    if (e.graphql?.variables !== undefined) checkJsonSchema([...path, 'graphql', 'variables'], e.graphql.variables, report);
    if (e.jsonrpc?.params !== undefined) checkJsonSchema([...path, 'jsonrpc', 'params'], e.jsonrpc.params, report);
    if (e.kind === 'graphql') checkGraphqlDocument([...path, 'graphql', 'document'], e.graphql!.document, report);
    for (const [kind, map] of [['params', e.params], ['query', e.query], ['headers', e.headers]] as const) {
      for (const [name, spec] of Object.entries(map ?? {})) {
        if (spec.pattern) checkRegex([...path, kind, name, 'pattern'], spec.pattern, report);
        if (spec.type === 'array' && !spec.items) report([...path, kind, name], `array parameter "${name}" needs items`, 'key');
        if (kind === 'params' && spec.required === false) report([...path, kind, name, 'required'], 'path parameters are always required');
      }
    }
    if (e.pagination === false && !p.pagination) report([...path, 'pagination'], 'pagination: false, but the provider declares no pagination');
  });
  for (const name of Object.keys(shared)) {
    if (!usedShared.has(name)) report(['parameters', name], `shared parameter "${name}" is not used by any endpoint path`, 'key');
  }
}

function checkModes(p: ProviderFile, report: Report): void {
  const types = p.auth.methods.map((m) => m.type);
  const hasTools = p.endpoints.some((e) => e.kind === 'mcp-tool');
  const hasHttp = p.endpoints.some((e) => e.kind !== 'mcp-tool');
  if (hasTools && !p.mcp) report(['endpoints'], 'mcp-tool endpoints need an "mcp" server section', 'key');
  if (p.mcp && !types.includes('MCP')) report(['mcp'], 'an MCP server needs an MCP connection method under auth.methods', 'key');
  if (types.includes('MCP') && !p.mcp) report(['auth', 'methods', types.indexOf('MCP')], 'the MCP connection method needs an "mcp" server section');
  if (hasHttp && !p.upstream) report(['endpoints'], 'HTTP endpoints need an "upstream" section', 'key');
  if (hasHttp && types.every((t) => t === 'MCP')) report(['auth', 'methods'], 'HTTP endpoints need a non-MCP connection method', 'key');
}

function checkRegex(path: Path, pattern: string, report: Report): RegExp | undefined {
  try {
    return new RegExp(pattern);
  } catch (err) {
    report(path, `invalid regular expression: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}`);
    return undefined;
  }
}

const SCHEMA_KEYWORDS = new Set([
  '$schema', '$id', '$ref', '$defs', '$comment', '$anchor', 'definitions',
  'type', 'enum', 'const', 'title', 'description', 'default', 'examples', 'example', 'deprecated', 'readOnly', 'writeOnly',
  'properties', 'patternProperties', 'additionalProperties', 'propertyNames', 'required', 'minProperties', 'maxProperties',
  'dependentRequired', 'dependentSchemas', 'unevaluatedProperties',
  'items', 'prefixItems', 'contains', 'minContains', 'maxContains', 'minItems', 'maxItems', 'uniqueItems', 'unevaluatedItems',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'minLength', 'maxLength', 'pattern', 'format', 'contentMediaType', 'contentEncoding', 'contentSchema',
  'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'discriminator', 'xml', 'externalDocs',
]);
const SUBSCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
const SUBSCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SUBSCHEMA_ONE = new Set(['items', 'additionalProperties', 'propertyNames', 'not', 'if', 'then', 'else', 'contains', 'unevaluatedProperties', 'unevaluatedItems', 'contentSchema']);

/**
 * Keys a JSON Schema does not know are almost always a YAML slip: an unquoted comma inside
 * `{ description: a, b }` turns "b" into a key. Extensions are written `x-…`.
 */
function checkSchemaKeywords(path: Path, schema: unknown, report: Report): void {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return;
  for (const [key, value] of Object.entries(schema)) {
    if (!SCHEMA_KEYWORDS.has(key) && !key.startsWith('x-')) {
      const hint = value === null ? ' (an unquoted comma inside { … } ends the value before it; quote the text)' : '';
      report([...path, key], `"${key}" is not a JSON Schema keyword${hint}`, 'key');
      continue;
    }
    if (SUBSCHEMA_MAPS.has(key) && value && typeof value === 'object') {
      for (const [name, sub] of Object.entries(value)) checkSchemaKeywords([...path, key, name], sub, report);
    } else if (SUBSCHEMA_LISTS.has(key) && Array.isArray(value)) {
      value.forEach((sub, i) => checkSchemaKeywords([...path, key, i], sub, report));
    } else if (SUBSCHEMA_ONE.has(key)) {
      checkSchemaKeywords([...path, key], value, report);
    }
  }
}

function checkJsonSchema(path: Path, schema: unknown, report: Report): void {
  checkSchemaKeywords(path, schema, report);
  // Validating against the meta-schema is a fraction of the cost of compiling each schema.
  if (!schemaCompiler.validateSchema(schema as object)) {
    const e = schemaCompiler.errors?.[0];
    report(path, `not a valid JSON Schema: ${e ? `${e.instancePath || '/'} ${e.message}` : 'invalid'}`);
    return;
  }
  checkRefs(path, schema, schema, report);
}

/** Every `$ref` must point inside the schema that holds it (`#/$defs/x`): nothing else resolves. */
function checkRefs(path: Path, root: unknown, node: unknown, report: Report): void {
  if (typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) {
    node.forEach((n, i) => checkRefs([...path, i], root, n, report));
    return;
  }
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref') {
      if (typeof v !== 'string' || !v.startsWith('#') || resolvePointer(root, v.slice(1)) === undefined) {
        report([...path, k], `$ref ${JSON.stringify(v)} does not resolve inside this schema (only local refs like "#/$defs/name")`);
      }
    } else if (k !== 'enum' && k !== 'const' && k !== 'examples' && k !== 'example' && k !== 'default') {
      checkRefs([...path, k], root, v, report);
    }
  }
}

function resolvePointer(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let cur: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function checkGraphqlDocument(path: Path, document: string, report: Report): void {
  const trimmed = document.trim();
  if (!/^(query|mutation|subscription|fragment|\{)/.test(trimmed)) {
    report(path, 'a GraphQL document starts with query, mutation, subscription or "{"');
    return;
  }
  let depth = 0;
  for (const ch of trimmed) {
    if (ch === '{') depth++;
    if (ch === '}') depth--;
    if (depth < 0) break;
  }
  if (depth !== 0) report(path, 'unbalanced braces in the GraphQL document');
}

