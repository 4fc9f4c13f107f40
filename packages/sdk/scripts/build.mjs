#!/usr/bin/env node
/**
 * Builds the installable package from the SDK's sources, the contract it uses and the repo's
 * generated clients and schema types (generated/ stays the committed source of truth):
 *
 *   dist/esm/    ES modules + .d.ts: index, contract/ (inlined), clients/<app>, types/<app> (re-exports)
 *   dist/cjs/    the same as CommonJS (a {"type":"commonjs"} marker), .d.ts alongside
 *   dist/types/  the openapi-typescript schema types, one copy for both formats
 *
 * The sources are staged in dist/.stage with their two package imports made relative
 * (`@switchboard/contract` → ./contract/, `@switchboard/sdk` → ../index.js), so the package has
 * no dependency and no self-reference. One `tsc -b` type-checks the stage and emits ESM; CommonJS
 * is a per-file transpile of the same stage. Incremental: nothing runs when no input is newer
 * than the last build, and only changed files are rewritten.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const PKG = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = join(PKG, '..', '..');
const DIST = join(PKG, 'dist');
const STAGE = join(DIST, '.stage');
const STAMP = join(DIST, '.build-stamp');
const require = createRequire(import.meta.url);

/** [from directory, file suffix, stage subdirectory, rewrite] */
const INPUTS = [
  [join(PKG, 'src'), '.ts', '', (s) => s.replaceAll("from '@switchboard/contract'", "from './contract/index.js'")],
  [join(ROOT, 'packages', 'contract', 'src'), '.ts', 'contract', (s) => s],
  [join(ROOT, 'generated', 'clients'), '.ts', 'clients', (s) => s.replaceAll("from '@switchboard/sdk'", "from '../index.js'")],
  [join(ROOT, 'generated', 'types'), '.d.ts', 'types', (s) => s],
];
const CONFIG = [join(PKG, 'tsconfig.build.json'), join(PKG, 'package.json'), fileURLToPath(import.meta.url), join(ROOT, 'tsconfig.base.json')];

function list(dir, suffix) {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(suffix)).sort() : [];
}

function writeIfChanged(path, text) {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return true;
}

/** Removes files of `dir` (with `suffix`) that `keep` does not name: a provider removed from generated/. */
function prune(dir, suffix, keep) {
  for (const f of list(dir, suffix)) if (!keep.has(f)) rmSync(join(dir, f));
}

function upToDate() {
  if (!existsSync(STAMP)) return false;
  const built = statSync(STAMP).mtimeMs;
  for (const [dir, suffix] of INPUTS) {
    if (statSync(dir).mtimeMs > built) return false; // a file added or removed
    for (const f of list(dir, suffix)) if (statSync(join(dir, f)).mtimeMs > built) return false;
  }
  return CONFIG.every((f) => statSync(f).mtimeMs <= built);
}

if (upToDate() && !process.argv.includes('--force')) process.exit(0);

// 1. Stage the sources; only changed files are written, so tsc -b and the CJS pass see the rest as unchanged.
const changed = [];
for (const [dir, suffix, sub, rewrite] of INPUTS) {
  const names = list(dir, suffix).filter((f) => suffix === '.d.ts' || !f.endsWith('.d.ts'));
  prune(join(STAGE, sub), suffix, new Set(names));
  for (const f of names) {
    const rel = join(sub, f);
    if (writeIfChanged(join(STAGE, rel), rewrite(readFileSync(join(dir, f), 'utf8')))) changed.push(rel);
  }
}

// 2. Type-check the stage and emit ES modules with declarations.
const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
try {
  execFileSync(process.execPath, [tsc, '-b', join(PKG, 'tsconfig.build.json')], { cwd: PKG, stdio: 'inherit' });
} catch {
  process.exitCode = 1;
  console.error('sdk build: type errors (above)');
}

// 3. CommonJS: transpile each changed source; declarations are the same text in both formats.
const ts = require(join(ROOT, 'node_modules', 'typescript'));
const esm = join(DIST, 'esm');
const cjs = join(DIST, 'cjs');
writeIfChanged(join(esm, 'package.json'), '{ "type": "module" }\n');
writeIfChanged(join(cjs, 'package.json'), '{ "type": "commonjs" }\n');
for (const sub of ['', 'contract', 'clients']) {
  const sources = list(join(STAGE, sub), '.ts').filter((f) => !f.endsWith('.d.ts'));
  const keep = new Set(sources.flatMap((f) => [f.replace(/\.ts$/, '.js'), f.replace(/\.ts$/, '.d.ts')]));
  prune(join(cjs, sub), '.js', keep);
  prune(join(cjs, sub), '.d.ts', keep);
  for (const f of sources) {
    const rel = join(sub, f);
    const js = join(cjs, rel.replace(/\.ts$/, '.js'));
    if (changed.includes(rel) || !existsSync(js)) {
      const out = ts.transpileModule(readFileSync(join(STAGE, rel), 'utf8'), {
        fileName: rel,
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, verbatimModuleSyntax: false },
      });
      writeIfChanged(js, out.outputText);
    }
    const dts = rel.replace(/\.ts$/, '.d.ts');
    if (existsSync(join(esm, dts))) writeIfChanged(join(cjs, dts), readFileSync(join(esm, dts), 'utf8'));
  }
}

// 4. Schema types: one copy in dist/types (@switchboard/sdk/types/<app>), and in each format a
//    re-export where the clients' declarations look for it (../types/<app>.js).
const types = list(join(STAGE, 'types'), '.d.ts');
const typeSet = new Set(types);
prune(join(DIST, 'types'), '.d.ts', typeSet);
for (const f of types) {
  const to = join(DIST, 'types', f);
  if (changed.includes(join('types', f)) || !existsSync(to)) {
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(join(STAGE, 'types', f), to);
  }
  const reexport = `export type * from '../../types/${f.replace(/\.d\.ts$/, '.js')}';\n`;
  writeIfChanged(join(esm, 'types', f), reexport);
  writeIfChanged(join(cjs, 'types', f), reexport);
}
prune(join(esm, 'types'), '.d.ts', typeSet);
prune(join(cjs, 'types'), '.d.ts', typeSet);

if (!process.exitCode) writeFileSync(STAMP, `${relative(ROOT, PKG)} built\n`);
