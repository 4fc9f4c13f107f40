import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Diagnostic } from '../diagnostics.js';
import { locate, type ProviderSource } from '../load.js';
import { suggest } from '@switchboard/contract';
import { cachedValidator } from './compiled-validator.js';

const SCHEMA_PATH = fileURLToPath(new URL('../../schema/provider.schema.json', import.meta.url));

let validator: ValidateFunction | undefined;

/** The compiled provider-schema validator (compiled once, then loaded from the cache). */
function providerValidator(): ValidateFunction {
  if (validator) return validator;
  const schemaText = readFileSync(SCHEMA_PATH, 'utf8');
  const options = { allErrors: true, verbose: true, strict: false, allowUnionTypes: true };
  return (validator = cachedValidator('provider-validator', options, schemaText, (ajv) => ajv.compile(JSON.parse(schemaText))));
}

/** Pass one: the file against provider.schema.json, every error, each at its YAML position. */
export function checkSchema(source: ProviderSource): Diagnostic[] {
  const validate = providerValidator();
  if (validate(source.data)) return [];
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const error of relevantErrors(validate.errors ?? [])) {
    const d = toDiagnostic(source, error);
    const key = `${d.line}:${d.col}:${d.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(d);
    }
  }
  return out;
}

/**
 * Drops the errors that only restate others: "must match then schema", a failed `oneOf`
 * whose branches already reported, and enum/const errors on a discriminator that the
 * branch selection makes redundant.
 */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  const concrete = errors.filter(
    (e) =>
      !['if', 'oneOf', 'allOf'].includes(e.keyword) &&
      // The root anyOf (upstream or mcp) speaks for itself; its branches' "missing" errors would mislead.
      !(e.keyword === 'required' && e.schemaPath.startsWith('#/anyOf/')),
  );
  // A `const: false` branch of endpoint.pagination fails whenever an object is given; the object branch speaks.
  return concrete.filter((e) => !(e.keyword === 'const' && e.schemaPath.includes('/pagination/oneOf/0')));
}

function toDiagnostic(source: ProviderSource, e: ErrorObject): Diagnostic {
  const path = pointerToPath(e.instancePath);
  const where = path.length ? `${describePath(path)}: ` : '';
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const prop = String(params.missingProperty);
      const pos = locate(source, path, 'key');
      return at(source, pos, `${where}missing required property "${prop}"`);
    }
    case 'additionalProperties': {
      const prop = String(params.additionalProperty);
      const pos = locate(source, [...path, prop], 'key');
      const hint = suggest(prop, knownProperties(e.parentSchema));
      return at(source, pos, `${where}unknown property "${prop}"${hint ? ` (did you mean "${hint}"?)` : ''}`);
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return at(source, locate(source, path), `${where}${JSON.stringify(e.data)} is not one of ${allowed}`);
    }
    case 'const':
      return at(source, locate(source, path), `${where}must be ${JSON.stringify(params.allowedValue)} here`);
    case 'type':
      return at(source, locate(source, path), `${where}must be ${words(String(params.type).split(','))}, got ${typeName(e.data)}`);
    case 'pattern':
      return at(source, locate(source, path), `${where}${JSON.stringify(e.data)} ${patternHint(path, String(params.pattern))}`);
    case 'anyOf':
      if (path.length === 0) {
        return at(source, { line: 1, col: 1 }, 'needs "upstream" (a REST base URL) or "mcp" (an MCP server), or both');
      }
      return at(source, locate(source, path), `${where}${e.message ?? 'is invalid'}`);
    case 'not':
      return at(source, locate(source, path), `${where}${notMessage(e)}`);
    case 'format':
      return at(source, locate(source, path), `${where}${JSON.stringify(e.data)} is not a valid ${String(params.format)}`);
    default:
      return at(source, locate(source, path), `${where}${e.message ?? 'is invalid'}`);
  }
}

function at(source: ProviderSource, pos: { line: number; col: number }, message: string): Diagnostic {
  return { file: source.file, line: pos.line, col: pos.col, message };
}

function notMessage(e: ErrorObject): string {
  if (e.schemaPath.includes('/allOf/0/')) return 'an mcp-tool endpoint takes "tool", not "graphql"/"jsonrpc"; other kinds take "method" and "path", not "tool"';
  if (e.schemaPath.includes('/allOf/1/')) return '"graphql" is only allowed on endpoints of kind graphql';
  if (e.schemaPath.includes('/allOf/2/')) return '"jsonrpc" is only allowed on endpoints of kind jsonrpc';
  return e.message ?? 'is not allowed';
}

function patternHint(path: (string | number)[], pattern: string): string {
  const last = path[path.length - 1];
  if (last === 'app') return 'is not a valid app name (lower-case words joined by "-", e.g. google-mail)';
  if (last === 'id') return 'is not a valid endpoint id (camelCase, e.g. listContacts)';
  if (last === 'baseUrl') return 'is not a base URL (https://host with optional <variables>, no path; use pathPrefix for a path)';
  if (last === 'pathPrefix') return 'is not a path prefix (starts with "/", no trailing "/")';
  if (last === 'pattern') return 'must be a regular expression anchored with ^ and $';
  if (last === 'path') return 'is not a path (starts with "/", no query string)';
  return `does not match ${pattern}`;
}

function words(list: string[]): string {
  return list.length < 2 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

export function describePath(path: readonly (string | number)[]): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(step)) out += out ? `.${step}` : step;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}

function knownProperties(schema: unknown): string[] {
  const props = (schema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return props ? Object.keys(props) : [];
}
