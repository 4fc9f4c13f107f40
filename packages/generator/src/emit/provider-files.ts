/** Every file one provider yields: OpenAPI, types, client and reference page. */
import type { Provider } from '../model.js';
import { emitClient } from './client.js';
import { emitProviderDoc } from './docs.js';
import { buildOpenApi } from './openapi.js';
import { emitTypes } from './types.js';

export function emitProviderFiles(p: Provider): [string, string][] {
  const doc = buildOpenApi(p);
  return [
    [`openapi/${p.app}.json`, `${JSON.stringify(doc, null, 2)}\n`],
    [`types/${p.app}.d.ts`, emitTypes(doc, p.source)],
    [`clients/${p.app}.ts`, emitClient(p)],
    [`docs/${p.app}.md`, emitProviderDoc(p)],
  ];
}
