import type { JsonSchema } from '../../provider-file.js';
import { validateJsonSchema } from '../compiled-validator.js';
import type { Path, Report, Rule } from './rule.js';

/**
 * Body, response, variables, params and tool-input schemas are JSON Schemas: known keywords
 * only, valid against the meta-schema, and `$ref`s that resolve inside the schema itself.
 */
export const jsonSchemas: Rule = {
  name: 'json-schemas',
  check({ provider: p, report }) {
    // Schemas shared through YAML anchors are one object: its keywords are checked once.
    const checked = new WeakSet<object>();
    const checkJsonSchema = (path: Path, schema: JsonSchema, report: Report) => checkOne(path, schema, report, checked);
    p.endpoints.forEach((e, i) => {
      const path: Path = ['endpoints', i];
      if (e.kind === 'mcp-tool') {
        checkJsonSchema([...path, 'tool', 'input'], e.tool!.input, report);
        return;
      }
      if (e.body?.schema !== undefined) checkJsonSchema([...path, 'body', 'schema'], e.body.schema, report);
      if (e.response?.schema !== undefined) checkJsonSchema([...path, 'response', 'schema'], e.response.schema, report);
      if (e.graphql?.variables !== undefined) checkJsonSchema([...path, 'graphql', 'variables'], e.graphql.variables, report);
      if (e.jsonrpc?.params !== undefined) checkJsonSchema([...path, 'jsonrpc', 'params'], e.jsonrpc.params, report);
    });
  },
};

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
function checkSchemaKeywords(path: Path, schema: unknown, report: Report, checked: WeakSet<object>): void {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema) || checked.has(schema)) return;
  checked.add(schema);
  for (const [key, value] of Object.entries(schema)) {
    if (!SCHEMA_KEYWORDS.has(key) && !key.startsWith('x-')) {
      const hint = value === null ? ' (an unquoted comma inside { … } ends the value before it; quote the text)' : '';
      report([...path, key], `"${key}" is not a JSON Schema keyword${hint}`, 'key');
      continue;
    }
    if (SUBSCHEMA_MAPS.has(key) && value && typeof value === 'object') {
      for (const [name, sub] of Object.entries(value)) checkSchemaKeywords([...path, key, name], sub, report, checked);
    } else if (SUBSCHEMA_LISTS.has(key) && Array.isArray(value)) {
      value.forEach((sub, i) => checkSchemaKeywords([...path, key, i], sub, report, checked));
    } else if (SUBSCHEMA_ONE.has(key)) {
      checkSchemaKeywords([...path, key], value, report, checked);
    }
  }
}

function checkOne(path: Path, schema: JsonSchema, report: Report, checked: WeakSet<object>): void {
  checkSchemaKeywords(path, schema, report, checked);
  // Validating against the meta-schema is a fraction of the cost of compiling each schema.
  const { valid, error: e } = validateJsonSchema(schema);
  if (!valid) {
    report(path, `not a valid JSON Schema: ${e ? `${e.instancePath || '/'} ${e.message}` : 'invalid'}`);
    return;
  }
  checkRefs(path, schema, schema, report, new Set());
}

/** Every `$ref` must point inside the schema that holds it (`#/$defs/x`): nothing else resolves. */
function checkRefs(path: Path, root: unknown, node: unknown, report: Report, seen: Set<object>): void {
  if (typeof node !== 'object' || node === null || seen.has(node)) return;
  seen.add(node); // within one root a shared object resolves the same wherever it sits
  if (Array.isArray(node)) {
    node.forEach((n, i) => checkRefs([...path, i], root, n, report, seen));
    return;
  }
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref') {
      if (typeof v !== 'string' || !v.startsWith('#') || resolvePointer(root, v.slice(1)) === undefined) {
        report([...path, k], `$ref ${JSON.stringify(v)} does not resolve inside this schema (only local refs like "#/$defs/name")`);
      }
    } else if (k !== 'enum' && k !== 'const' && k !== 'examples' && k !== 'example' && k !== 'default') {
      checkRefs([...path, k], root, v, report, seen);
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
