import type { Diagnostic } from '../diagnostics.js';
import { locate, positionAt, type ProviderSource } from '../load.js';
import type { ProviderFile } from '../provider-file.js';
import { RULES, type Report, type Rule } from './rules/index.js';

/**
 * Pass two: what a JSON Schema cannot say — placeholders that nothing declares, ids used
 * twice, patterns that do not compile, credentials that would land in a path unchecked.
 * Runs only on files that passed the schema check, so the data has the declared shape.
 * Each check is a rule of its own in rules/; this runs them in order.
 */
export function checkSemantics(source: ProviderSource, rules: readonly Rule[] = RULES): Diagnostic[] {
  const provider = source.data as ProviderFile;
  const out: Diagnostic[] = [];
  const report: Report = (path, message, at = 'value') => {
    const pos = locate(source, path, at);
    out.push({ file: source.file, line: pos.line, col: pos.col, message });
  };
  const reportAt = (offset: number, message: string) => {
    const pos = positionAt(source.text, offset);
    out.push({ file: source.file, line: pos.line, col: pos.col, message });
  };
  const pathInjectSegments = new Set<string>();
  for (const m of provider.auth.methods) for (const inj of m.inject ?? []) if (inj.style === 'path') pathInjectSegments.add(inj.segment);
  const ctx = { source, provider, variables: provider.variables ?? {}, used: new Set<string>(), pathInjectSegments, report, reportAt };
  for (const rule of rules) rule.check(ctx);
  return out;
}
