import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic } from './diagnostics.js';

/** One provider file as read from disk: its text, its YAML document and the plain data. */
export interface ProviderSource {
  file: string; // relative to the project root
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
  data: unknown;
}

export interface LoadResult {
  sources: ProviderSource[];
  diagnostics: Diagnostic[];
}

export function listProviderFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(dir, f));
}

/** Reads and parses every provider file; syntax errors become diagnostics, never exceptions. */
export function loadProviders(files: string[], root: string): LoadResult {
  const sources: ProviderSource[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const path of files) {
    const file = relative(root, path);
    const text = readFileSync(path, 'utf8');
    const result = parseProviderText(text, file);
    diagnostics.push(...result.diagnostics);
    if (result.source) sources.push(result.source);
  }
  return { sources, diagnostics };
}

export function parseProviderText(text: string, file: string): { source?: ProviderSource; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: false });
  const problems = [...doc.errors, ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')];
  if (doc.errors.length > 0) {
    return {
      diagnostics: problems.map((e) => {
        const pos = lines.linePos(e.pos[0]);
        return { file, line: pos.line, col: pos.col, message: `YAML: ${firstLine(e.message)}` };
      }),
    };
  }
  if (!isMap(doc.contents)) {
    return { diagnostics: [{ file, line: 1, col: 1, message: 'a provider file must be a YAML mapping (app: …, name: …)' }] };
  }
  const data = doc.toJS({ maxAliasCount: 100 });
  return { source: { file, text, doc, lines, data }, diagnostics: [] };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * The position of the value at `path` in the YAML source, or of its key when `at` is 'key'.
 * When the path does not exist (a missing required property), the deepest node that does.
 */
export function locate(
  source: ProviderSource,
  path: readonly (string | number)[],
  at: 'key' | 'value' = 'value',
): { line: number; col: number } {
  let node: Node | null | undefined = source.doc.contents as Node;
  let keyNode: Node | undefined;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value as Node | null;
      if (!node) {
        node = keyNode;
        break;
      }
    } else if (isSeq(node)) {
      const item = node.items[Number(step)] as Node | undefined;
      if (!item) break;
      keyNode = item;
      node = item;
    } else {
      break;
    }
  }
  const target = at === 'key' && keyNode ? keyNode : node;
  const offset = target?.range?.[0] ?? 0;
  return source.lines.linePos(offset);
}
