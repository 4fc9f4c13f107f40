/**
 * The per-file half of the pipeline — load, validate, model, emit — for a list of provider
 * files. `generate()` runs it on worker threads, each with its share of the registry, or
 * in-process for a few files; the registry-wide files are assembled from what it returns.
 */
import type { AppRoute } from '@switchboard/contract';
import type { Diagnostic } from './diagnostics.js';
import { buildProvider } from './model.js';
import { validateFiles } from './validate/index.js';

export interface ProcessResult {
  diagnostics: Diagnostic[];
  outputs: [string, string][];
  routes: AppRoute[];
  endpoints: number;
}

export async function processFiles(files: string[], root: string, emit = true): Promise<ProcessResult> {
  const { providers, diagnostics } = validateFiles(files, root);
  if (diagnostics.length || !emit) return { diagnostics, outputs: [], routes: [], endpoints: 0 };
  const [{ emitProviderFiles }, { buildAppRoute }] = await Promise.all([import('./provider-outputs.js'), import('./emit/routes.js')]);
  const models = providers.map((v) => buildProvider(v.file, v.source.file));
  return {
    diagnostics,
    outputs: models.flatMap(emitProviderFiles),
    routes: models.map(buildAppRoute),
    endpoints: models.reduce((n, p) => n + p.endpoints.length, 0),
  };
}
