import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { listProviderFiles, loadProviders, type ProviderSource } from '../load.js';
import type { ProviderFile } from '../provider-file.js';
import { checkSchema } from './schema-check.js';
import { checkSemantics } from './semantic-check.js';

export interface ValidatedRegistry {
  providers: { source: ProviderSource; file: ProviderFile }[];
  diagnostics: Diagnostic[];
}

/** Load → schema check → semantic check, over every file; never throws on bad input. */
export function validateRegistry(providersDir: string, root: string, only?: readonly string[]): ValidatedRegistry {
  let files = listProviderFiles(providersDir);
  if (only?.length) files = files.filter((f) => only.some((app) => f.endsWith(`/${app}.yaml`) || f.endsWith(`/${app}.yml`)));
  return validateFiles(files, root);
}

export function validateFiles(files: string[], root: string): ValidatedRegistry {
  const { sources, diagnostics } = loadProviders(files, root);
  const providers: ValidatedRegistry['providers'] = [];
  for (const source of sources) {
    const schemaProblems = checkSchema(source);
    if (schemaProblems.length) {
      diagnostics.push(...schemaProblems);
      continue;
    }
    const semanticProblems = checkSemantics(source);
    diagnostics.push(...semanticProblems);
    if (!semanticProblems.length) providers.push({ source, file: source.data as ProviderFile });
  }
  return { providers, diagnostics: sortDiagnostics(diagnostics) };
}
