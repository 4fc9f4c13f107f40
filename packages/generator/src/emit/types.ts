/**
 * TypeScript types per provider (generated/types/<app>.d.ts), produced by openapi-typescript
 * from the provider's OpenAPI document: `paths`, `operations` (keyed by endpoint id) and
 * `components` (the named body and response schemas) for the typed client to use.
 *
 * openapi-typescript's default entry lints and bundles every document with Redocly before
 * transforming it; our documents are generated, self-contained and validated by their own
 * test, so we call its public `transformSchema` directly — about a third of the time.
 */
import type { GlobalContext, OpenAPI3 } from 'openapi-typescript';
// The transform's own modules, not the package entry: the entry also loads Redocly's whole
// toolkit (a second of start-up) for the lint and bundle steps skipped here.
import { astToString } from 'openapi-typescript/dist/lib/ts.mjs';
import { resolveRef, scanDiscriminators } from 'openapi-typescript/dist/lib/utils.mjs';
import transformSchema from 'openapi-typescript/dist/transform/index.mjs';
import type { OpenApiDocument } from './openapi.js';

/** `doc` is read, not changed (the caller serialises the OpenAPI document before this runs). */
export function emitTypes(doc: OpenApiDocument, source: string): string {
  const schema = doc as unknown as OpenAPI3;
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
