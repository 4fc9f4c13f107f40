/**
 * TypeScript types per provider (generated/types/<app>.d.ts), produced by openapi-typescript
 * from the provider's OpenAPI document: `paths`, `operations` (keyed by endpoint id) and
 * `components` (the named body and response schemas) for the typed client to use.
 *
 * openapi-typescript's default entry lints and bundles every document with Redocly before
 * transforming it; our documents are generated, self-contained and validated by their own
 * test, so we call its public `transformSchema` directly — about a third of the time.
 */
import { createRequire } from 'node:module';
import type { GlobalContext, OpenAPI3 } from 'openapi-typescript';

// The transform's own CommonJS modules, not the package entry: the entry also loads Redocly's
// whole toolkit (a second of start-up) for the lint and bundle steps skipped here; and as
// CommonJS they require() TypeScript, where an ES import would make Node's loader scan
// TypeScript's 9 MB source for export names first (half a second).
const require = createRequire(import.meta.url);
const { astToString } = require('openapi-typescript/dist/lib/ts.cjs') as typeof import('openapi-typescript');
const { resolveRef, scanDiscriminators } = require('openapi-typescript/dist/lib/utils.cjs') as typeof import('openapi-typescript');
const transformSchema = require('openapi-typescript/dist/transform/index.cjs') as typeof import('openapi-typescript').transformSchema;

/** `doc` is read, not changed (the caller serialises the OpenAPI document before this runs). */
export function emitTypes(doc: object, source: string): string {
  const schema = doc as OpenAPI3;
  const ctx: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: false, // a property with a default is still optional to send
    // The scan walks the whole document; most providers have no discriminator to find.
    discriminators: JSON.stringify(schema).includes('"discriminator"') ? scanDiscriminators(schema, {}) : { objects: {}, refsHandled: [] },
    emptyObjectsUnknown: true, // `{ type: object }` with no properties is any object, not an empty one
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    redoc: undefined as unknown as GlobalContext['redoc'],
    silent: true,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve($ref) {
      return resolveRef(schema, $ref, { silent: true });
    },
  };
  return `// Generated from ${source} by \`switchboard generate\`. Do not edit.\n${astToString(transformSchema(schema, ctx))}`;
}
