/**
 * Every file one provider yields: OpenAPI, types, client, reference page and action catalog. The one place
 * that composes the emitters (they never import one another): the OpenAPI document is built
 * once and handed to the types emitter.
 */
import type { Provider } from './model.js';
import { emitCatalog } from './emit/catalog.js';
import { emitClient } from './emit/client.js';
import { emitProviderDoc } from './emit/docs.js';
import { buildOpenApi } from './emit/openapi.js';
import { emitTypes } from './emit/types.js';

export function emitProviderFiles(p: Provider): [string, string][] {
  const doc = buildOpenApi(p);
  return [
    [`openapi/${p.app}.json`, `${JSON.stringify(doc, null, 2)}\n`],
    [`types/${p.app}.d.ts`, emitTypes(doc, p.source)],
    [`clients/${p.app}.ts`, emitClient(p)],
    [`docs/${p.app}.md`, emitProviderDoc(p)],
    [`catalog/${p.app}.json`, emitCatalog(p)],
  ];
}
