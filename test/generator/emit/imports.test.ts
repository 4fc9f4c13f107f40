/**
 * Emitters import the model and the shared modules of emit/ (naming, schema components, the
 * gateway's error table), never another emitter and never an earlier stage (load, validate):
 * a name two outputs share lives in emit/naming.ts, and src/provider-outputs.ts is the one
 * place that composes emitters. Read from the import statements of each file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const EMIT = fileURLToPath(new URL('../../../packages/generator/src/emit', import.meta.url));
/** Modules of emit/ that hold no output of their own and that any emitter may use. */
const SHARED = ['naming.ts', 'schema-components.ts', 'gateway-errors.ts'];
/** What an emitter may import from outside emit/. */
const OUTSIDE = ['../model.js'];

const files = readdirSync(EMIT).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).sort();
const emitters = files.filter((f) => !SHARED.includes(f));

/** Every module specifier a file names: static imports, re-exports and dynamic import(). */
function specifiers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/gms)) out.push(m[1]!);
  for (const m of text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) out.push(m[1]!);
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

describe('emitter imports', () => {
  it('finds the emitters', () => {
    expect(emitters).toEqual(expect.arrayContaining(['client.ts', 'docs.ts', 'openapi.ts', 'routes.ts', 'routes-types.ts', 'types.ts']));
    for (const f of SHARED) expect(files).toContain(f);
  });

  it.each(files)('%s imports no emitter and no earlier stage', (file) => {
    const wrong = specifiers(readFileSync(join(EMIT, file), 'utf8')).filter((s) => {
      if (!s.startsWith('.')) return false; // packages: node:, @switchboard/contract, ts-morph …
      if (s.startsWith('./')) return !SHARED.includes(s.slice(2).replace(/\.js$/, '.ts'));
      return !OUTSIDE.includes(s);
    });
    expect(wrong, `${file} may import ${[...SHARED.map((f) => `./${f.replace(/\.ts$/, '.js')}`), ...OUTSIDE].join(', ')} and packages; a name two emitters share belongs in emit/naming.ts`).toEqual([]);
  });

  it('the specifier reader sees every form', () => {
    expect(specifiers("import a from './a.js';\nimport type {\n  B,\n} from './b.js';\nexport { c } from './c.js';\nimport './d.js';\nconst e = await import('./e.js');")).toEqual([
      './a.js',
      './b.js',
      './c.js',
      './d.js',
      './e.js',
    ]);
  });
});
