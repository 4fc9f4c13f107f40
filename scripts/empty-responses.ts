/**
 * Counts the operations whose documented answer says nothing about its fields, as clients see
 * them in generated/openapi/*.json: a success response whose JSON schema is `{}` (or `true`),
 * and an object schema with no properties, no additionalProperties and no composition. An
 * answer with no content (204, 304, one marked `empty`, a 202 or redirect with no schema) has
 * no fields to describe and is not counted; nor is a non-JSON answer. `additionalProperties:
 * false` counts as described: an answer empty by contract (Google's Empty message).
 *
 * `npx tsx scripts/empty-responses.ts [--list] [--dir=<openapi folder>] [app…]`
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

type Schema = Record<string, unknown> | boolean;
interface Operation {
  operationId?: string;
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

const args = process.argv.slice(2);
const list = args.includes('--list');
const dir = args.find((a) => a.startsWith('--dir='))?.slice(6) ?? join(import.meta.dirname, '../generated/openapi');
const only = args.filter((a) => !a.startsWith('--'));

const COMPOSED = ['properties', 'additionalProperties', 'patternProperties', 'allOf', 'anyOf', 'oneOf', '$ref', 'items', 'enum', 'const'];

/** 'empty' for `{}`, 'bare-object' for an object that names nothing, undefined when the schema describes something. */
function emptiness(s: Schema | undefined): 'empty' | 'bare-object' | undefined {
  if (s === undefined || s === true) return 'empty';
  if (s === false) return undefined;
  const keys = Object.keys(s).filter((k) => k !== 'description' && k !== 'title');
  if (keys.length === 0) return 'empty';
  const type = s.type;
  const object = type === 'object' || (Array.isArray(type) && type.includes('object'));
  return object && !COMPOSED.some((k) => k in s) ? 'bare-object' : undefined;
}

let empty = 0;
let bare = 0;
const rows: [string, string[], string[]][] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const app = file.replace(/\.json$/, '');
  if (only.length && !only.includes(app)) continue;
  const spec = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Spec;
  const found: [string[], string[]] = [[], []];
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      if (typeof op !== 'object' || !op.operationId || !op.responses) continue;
      const ok = Object.entries(op.responses)[0]; // the provider's answer comes first, the gateway's own errors after it
      const content = ok?.[1].content;
      if (!content) continue; // no body
      const [type, media] = Object.entries(content)[0]!;
      if (!/json/.test(type)) continue;
      let schema = media.schema;
      if (schema && typeof schema === 'object' && typeof schema.$ref === 'string') schema = spec.components?.schemas?.[schema.$ref.split('/').pop()!];
      const kind = emptiness(schema);
      if (kind) found[kind === 'empty' ? 0 : 1].push(`${op.operationId} (${method.toUpperCase()} ${path})`);
    }
  }
  if (found[0].length || found[1].length) rows.push([app, ...found]);
}
rows.sort((a, b) => b[1].length + b[2].length - (a[1].length + a[2].length));
for (const [app, e, b] of rows) {
  empty += e.length;
  bare += b.length;
  console.log(`${app}: ${e.length} answer {}, ${b.length} an object with no properties`);
  if (list) for (const id of [...e, ...b]) console.log(`  ${id}`);
}
console.log(`total: ${empty} answer {}, ${bare} an object with no properties`);
