import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { createRequire } from 'node:module';
import type { Document, LineCounter as LineCounterType, Node } from 'yaml';

// The position-keeping parser is only needed to locate a problem; a valid registry never loads it.
const lazyYaml = () => createRequire(import.meta.url)('yaml') as typeof import('yaml');
import type { Diagnostic } from './diagnostics.js';

/**
 * One provider file as read from disk: its text and plain data. The data comes from js-yaml,
 * four times faster than a position-keeping parse; the positions (`doc`, `lines`) are parsed
 * only when a problem has to be located, which a valid registry never needs.
 */
export interface ProviderSource {
  file: string; // relative to the project root
  text: string;
  data: unknown;
  located?: { doc: Document.Parsed; lines: LineCounterType };
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
  let data: unknown;
  try {
    data = loadYaml(text, { filename: file, json: false });
  } catch (err) {
    // Let the position-keeping parser say what is wrong and where; it words YAML errors well.
    const { doc, lines } = parsePositions(text);
    const problems = [...doc.errors];
    if (problems.length) {
      return {
        diagnostics: problems.map((e) => {
          const pos = lines.linePos(e.pos[0]);
          return { file, line: pos.line, col: pos.col, message: `YAML: ${firstLine(e.message)}` };
        }),
      };
    }
    const mark = (err as { mark?: { line: number; column: number } }).mark;
    const reason = (err as { reason?: string }).reason ?? (err as Error).message;
    return { diagnostics: [{ file, line: (mark?.line ?? 0) + 1, col: (mark?.column ?? 0) + 1, message: `YAML: ${reason}` }] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { diagnostics: [{ file, line: 1, col: 1, message: 'a provider file must be a YAML mapping (app: …, name: …)' }] };
  }
  return { source: { file, text, data: resolveMergeKeys(data) }, diagnostics: [] };
}

function parsePositions(text: string): { doc: Document.Parsed; lines: LineCounterType } {
  const { LineCounter, parseDocument } = lazyYaml();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: true });
  return { doc, lines };
}

/**
 * YAML merge keys (`<<: *base`, `<<: [*a, *b]`): keys written next to them win, earlier
 * sources win over later ones. js-yaml leaves `<<` as a plain key, so it is resolved here.
 */
export function resolveMergeKeys(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const done = seen.get(value);
  if (done !== undefined) return done;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const v of value) out.push(resolveMergeKeys(v, seen));
    return out;
  }
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  const src = value as Record<string, unknown>;
  if ('<<' in src) {
    const bases = Array.isArray(src['<<']) ? src['<<'] : [src['<<']];
    for (const base of [...bases].reverse()) {
      const b = resolveMergeKeys(base, seen);
      if (typeof b === 'object' && b !== null && !Array.isArray(b)) Object.assign(out, b);
    }
  }
  for (const [k, v] of Object.entries(src)) if (k !== '<<') out[k] = resolveMergeKeys(v, seen);
  return out;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** The 1-based line and column of a character offset in `text`. */
export function positionAt(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: offset - start + 1 };
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
  source.located ??= parsePositions(source.text);
  const { doc, lines } = source.located;
  const { isMap, isPair, isScalar, isSeq } = lazyYaml();
  let node: Node | null | undefined = doc.contents as Node;
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
  return lines.linePos(offset);
}
