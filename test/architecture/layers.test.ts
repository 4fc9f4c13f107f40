/**
 * Layers point one way (docs: DESIGN "Layout"): every import in packages/*\/src and in the
 * committed generated/ code follows an arrow of ALLOWED, and no module imports itself back
 * through a circle of imports, within a package or across. The graph is read with TypeScript's
 * own parser (static imports and re-exports, `import type` included, dynamic `import()` and
 * `import('x').T` types); tests, bench and scripts are outside the check.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/gateway.js';

type Layer = 'contract' | 'generator' | 'gateway' | 'sdk' | 'cli' | 'generated';

/** The one table: which layers each layer may import. Anything not listed is refused. */
const ALLOWED: Record<Layer, Layer[]> = {
  contract: [],
  generator: ['contract'],
  gateway: ['contract'],
  sdk: ['contract'],
  cli: ['generator', 'gateway', 'contract'],
  generated: ['sdk', 'contract'],
};

/** Where each layer's checked files live (relative to the repository root). */
const LAYER_DIRS: Record<Layer, string> = {
  contract: 'packages/contract/src',
  generator: 'packages/generator/src',
  gateway: 'packages/gateway/src',
  sdk: 'packages/sdk/src',
  cli: 'packages/cli/src',
  generated: 'generated',
};

/** Workspace package names and the layer each one is. */
const PACKAGE_LAYERS: Record<string, Layer> = {
  '@switchboard/contract': 'contract',
  '@switchboard/generator': 'generator',
  '@switchboard/gateway': 'gateway',
  '@switchboard/sdk': 'sdk',
  '@switchboard/cli': 'cli',
};

interface Import {
  from: string; // repository-relative file
  specifier: string;
  typeOnly: boolean;
  line: number;
}

interface Edge extends Import {
  /** A file (repository-relative) for relative imports, else undefined. */
  to?: string;
  toLayer?: Layer | 'outside';
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'node_modules' && name !== 'dist') out.push(...listFiles(p));
    } else if (/\.(c|m)?tsx?$/.test(name)) out.push(p);
  }
  return out;
}

/** Every import a source file makes, read from its syntax tree. */
export function importsOf(file: string, text: string): Import[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Import[] = [];
  const add = (node: ts.Node, spec: ts.Expression | undefined, typeOnly: boolean) => {
    if (spec && ts.isStringLiteralLike(spec)) out.push({ from: file, specifier: spec.text, typeOnly, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) add(node, node.moduleSpecifier, !!node.importClause?.isTypeOnly);
    else if (ts.isExportDeclaration(node)) add(node, node.moduleSpecifier, node.isTypeOnly);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) add(node, node.moduleReference.expression, node.isTypeOnly);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node, node.arguments[0], false);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node, node.argument.literal, true);
    else if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) return; // `declare module 'x'` names, not imports
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function layerOf(file: string): Layer | undefined {
  for (const [layer, dir] of Object.entries(LAYER_DIRS) as [Layer, string][]) if (file === dir || file.startsWith(`${dir}/`)) return layer;
  return undefined;
}

/** A relative specifier to the file it names (NodeNext: `./x.js` is `./x.ts` or `./x.d.ts` in source). */
function resolveRelative(fromFile: string, specifier: string, exists: (f: string) => boolean): string {
  const base = join(dirname(fromFile), specifier);
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.d.ts'), base.replace(/\.mjs$/, '.mts'), base.replace(/\.cjs$/, '.cts'), `${base}.ts`, `${base}/index.ts`];
  return candidates.find(exists) ?? base;
}

export function buildEdges(files: Map<string, string>, exists: (f: string) => boolean): Edge[] {
  const edges: Edge[] = [];
  for (const [file, text] of files) {
    for (const imp of importsOf(file, text)) {
      if (imp.specifier.startsWith('.')) {
        const to = resolveRelative(file, imp.specifier, exists).split(sep).join('/');
        edges.push({ ...imp, to, toLayer: layerOf(to) ?? 'outside' });
      } else {
        const name = imp.specifier.startsWith('@') ? imp.specifier.split('/').slice(0, 2).join('/') : imp.specifier.split('/')[0]!;
        if (name in PACKAGE_LAYERS) edges.push({ ...imp, toLayer: PACKAGE_LAYERS[name] });
        else if (name === 'switchboard' || name.startsWith('@switchboard/')) edges.push({ ...imp, toLayer: 'outside' }); // the root package or an unknown one of ours
        // anything else is a third-party or node: module, not a layer
      }
    }
  }
  return edges;
}

/** Imports that break the table, or reach another package by a relative path instead of its name. */
export function forbiddenArrows(edges: Edge[]): string[] {
  const out: string[] = [];
  for (const e of edges) {
    const from = layerOf(e.from)!;
    const where = `${e.from}:${e.line} imports '${e.specifier}'${e.typeOnly ? ' (type-only)' : ''}`;
    if (e.toLayer === undefined || e.toLayer === from) {
      if (e.toLayer === from && e.to === undefined && from !== 'generated') out.push(`${from} → ${from} by its own package name: ${where}`);
      continue;
    }
    if (e.to !== undefined && e.toLayer !== 'outside') {
      out.push(`${from} → ${e.toLayer} by a relative path (import the package by name): ${where}`);
      continue;
    }
    if (e.toLayer === 'outside') {
      out.push(`${from} → outside any layer (${e.to ?? e.specifier}): ${where}`);
      continue;
    }
    if (!ALLOWED[from].includes(e.toLayer)) out.push(`${from} → ${e.toLayer} not allowed: ${where}`);
  }
  return out;
}

/** Import circles: each strongly connected group of files, shown as one circle through it. */
export function importCycles(edges: Edge[]): string[] {
  const next = new Map<string, Set<string>>();
  for (const e of edges) {
    if (!e.to || e.toLayer === 'outside') continue;
    if (!next.has(e.from)) next.set(e.from, new Set());
    next.get(e.from)!.add(e.to);
  }
  // Package-level arrows join the graph as edges to the package's entry, so a circle across packages shows too.
  const nodes = [...new Set([...next.keys(), ...[...next.values()].flatMap((s) => [...s])])].sort();
  // Tarjan's strongly connected components.
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const groups: string[][] = [];
  const strong = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of [...(next.get(v) ?? [])].sort()) {
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const g: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        g.push(w);
      } while (w !== v);
      if (g.length > 1 || next.get(v)?.has(v)) groups.push(g.sort());
    }
  };
  for (const v of nodes) if (!idx.has(v)) strong(v);
  const typeOnly = new Set(edges.filter((e) => e.to && e.typeOnly).map((e) => `${e.from}→${e.to}`));
  return groups.map((g) => {
    // The shortest circle from the group's first file back to itself (breadth-first inside the group).
    const inGroup = new Set(g);
    const start = g[0]!;
    const prev = new Map<string, string>();
    const queue = [start];
    let end: string | undefined;
    while (queue.length && !end) {
      const v = queue.shift()!;
      for (const w of [...(next.get(v) ?? [])].sort()) {
        if (!inGroup.has(w)) continue;
        if (w === start) {
          end = v;
          break;
        }
        if (!prev.has(w)) {
          prev.set(w, v);
          queue.push(w);
        }
      }
    }
    const path = [start];
    for (let v = end!; v !== start; v = prev.get(v)!) path.splice(1, 0, v);
    path.push(start);
    const arrows = path.slice(1).map((to, i) => `${typeOnly.has(`${path[i]}→${to}`) ? ' →(type) ' : ' → '}${to}`);
    return `circle of ${g.length} file${g.length > 1 ? 's' : ''}: ${path[0]}${arrows.join('')}${g.length > path.length - 1 ? ` (group: ${g.join(', ')})` : ''}`;
  });
}

function repositoryGraph(): { files: Map<string, string>; edges: Edge[] } {
  const files = new Map<string, string>();
  for (const dir of Object.values(LAYER_DIRS)) {
    for (const f of listFiles(join(ROOT, dir))) files.set(relative(ROOT, f).split(sep).join('/'), readFileSync(f, 'utf8'));
  }
  const exists = (f: string) => {
    try {
      return statSync(resolve(ROOT, f)).isFile();
    } catch {
      return false;
    }
  };
  return { files, edges: buildEdges(files, exists) };
}

describe('layers', () => {
  const { files, edges } = repositoryGraph();

  it('reads the real import graph', () => {
    expect(files.size).toBeGreaterThan(300);
    const arrows = new Set(edges.filter((e) => e.toLayer && e.toLayer !== layerOf(e.from)).map((e) => `${layerOf(e.from)} → ${e.toLayer}`));
    console.info(`${files.size} files, ${edges.length} imports of ours; arrows in use: ${[...arrows].sort().join(', ')}`);
    for (const seen of ['cli → gateway', 'cli → generator', 'gateway → contract', 'generated → sdk', 'generated → contract']) expect(arrows).toContain(seen);
    const relativeEdges = edges.filter((e) => e.to !== undefined);
    const unresolved = relativeEdges.filter((e) => !files.has(e.to!) && e.toLayer !== 'outside').map((e) => `${e.from}:${e.line} '${e.specifier}'`);
    expect(unresolved, 'relative imports that name no checked file').toEqual([]);
  });

  it('every import follows an allowed arrow', () => {
    expect(forbiddenArrows(edges)).toEqual([]);
  });

  it('no import circle', () => {
    expect(importCycles(edges)).toEqual([]);
  });

  it('the checker itself flags an upward arrow, a reach-in by relative path and a circle', () => {
    const fixture = new Map<string, string>([
      ['packages/contract/src/a.ts', "import { g } from '@switchboard/gateway';\nexport const a = g;"],
      ['packages/gateway/src/x.ts', "import type { Y } from './y.js';\nimport { a } from '../../contract/src/a.js';\nexport type X = Y;"],
      ['packages/gateway/src/y.ts', "export type Y = import('./x.js').X;"],
      ['packages/sdk/src/ok.ts', "import type { C } from '@switchboard/contract';\nimport { readFile } from 'node:fs/promises';"],
    ]);
    const fixtureEdges = buildEdges(fixture, (f) => fixture.has(f));
    expect(forbiddenArrows(fixtureEdges)).toEqual([
      "contract → gateway not allowed: packages/contract/src/a.ts:1 imports '@switchboard/gateway'",
      "gateway → contract by a relative path (import the package by name): packages/gateway/src/x.ts:2 imports '../../contract/src/a.js'",
    ]);
    expect(importCycles(fixtureEdges)).toEqual(['circle of 2 files: packages/gateway/src/x.ts →(type) packages/gateway/src/y.ts →(type) packages/gateway/src/x.ts']);
  });
});
