/**
 * TypeScript types per provider (generated/types/<app>.d.ts), produced by openapi-typescript
 * from the provider's OpenAPI document: `paths`, `operations` (keyed by endpoint id) and
 * `components` (the named body and response schemas) for the typed client to use.
 *
 * openapi-typescript's default entry lints and bundles every document with Redocly before
 * transforming it; our documents are generated, self-contained and validated by their own
 * test, so we call its public `transformSchema` directly — about a third of the time.
 */
import { astToString, resolveRef, scanDiscriminators, transformSchema, type GlobalContext, type OpenAPI3 } from 'openapi-typescript';
import type { OpenApiDocument } from './openapi.js';

export function emitTypes(doc: OpenApiDocument, source: string): string {
  const schema = structuredClone(doc) as unknown as OpenAPI3;
  const ctx: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: false, // a property with a default is still optional to send
    discriminators: scanDiscriminators(schema, {}),
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
