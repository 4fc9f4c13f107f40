/**
 * Compiled Ajv validators, kept as standalone code in node_modules/.cache keyed by Ajv's
 * version, the options and the schema's text. Compiling a schema (and loading Ajv's compiler
 * to do it) costs a few hundred milliseconds; a cached validator loads in a few, with only
 * Ajv's small runtime helpers. A read-only tree simply compiles every time.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ajv, Options, ValidateFunction } from 'ajv';

const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/switchboard', import.meta.url));
const require = createRequire(import.meta.url);

export function cachedValidator(name: string, options: Options, schemaText: string, compile: (ajv: Ajv) => ValidateFunction): ValidateFunction {
  const ajvVersion = (require('ajv/package.json') as { version: string }).version;
  const key = createHash('sha256').update(`${ajvVersion}\0${JSON.stringify(options)}\0${schemaText}`).digest('hex').slice(0, 16);
  const cached = join(CACHE_DIR, `${name}-${key}.cjs`);
  if (existsSync(cached)) {
    try {
      return require(cached) as ValidateFunction;
    } catch {
      // a damaged cache file: compile again below
    }
  }
  const { Ajv: AjvClass } = require('ajv') as typeof import('ajv'); // only when the cache has no validator
  const ajv = new AjvClass({ ...options, code: { source: true } });
  const validator = compile(ajv);
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = `${cached}.${process.pid}.tmp`;
    const standalone = require('ajv/dist/standalone') as { default: (ajv: Ajv, v: ValidateFunction) => string };
    writeFileSync(tmp, standalone.default(ajv, validator));
    renameSync(tmp, cached);
  } catch {
    // a read-only tree: no cache, same answers
  }
  return validator;
}

const META_OPTIONS: Options = { strict: false, allErrors: false, validateFormats: false, allowUnionTypes: true };
const DRAFT_07 = 'http://json-schema.org/draft-07/schema';
let meta: ValidateFunction | undefined;
let fullAjv: Ajv | undefined;

/**
 * `ajv.validateSchema(schema)` of an Ajv with META_OPTIONS, answered by a cached validator of
 * the draft-07 meta-schema: the same verdict and the same first error.
 */
export function validateJsonSchema(schema: unknown): { valid: boolean; error?: { instancePath: string; message?: string } } {
  if (typeof schema === 'boolean') return { valid: true };
  if (typeof schema === 'object' && schema !== null && '$schema' in schema) {
    // A schema that names its own meta-schema: let Ajv pick it, as validateSchema does.
    fullAjv ??= new (require('ajv') as typeof import('ajv')).Ajv(META_OPTIONS);
    const valid = fullAjv.validateSchema(schema as object) as boolean;
    return { valid, error: fullAjv.errors?.[0] };
  }
  meta ??= cachedValidator('json-schema-draft-07', META_OPTIONS, DRAFT_07, (ajv) => ajv.getSchema(DRAFT_07)!);
  const valid = meta(schema) as boolean;
  return { valid, error: meta.errors?.[0] ?? undefined };
}
