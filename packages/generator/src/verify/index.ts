/**
 * `switchboard verify`: a provider, through the same load → validate → model path as
 * generate, compared with its official spec. Differences the provider's `verify.allow` lists
 * (each with its reason) are kept apart; an allow entry that matches nothing is stale, and is
 * reported like a difference so the list cannot outlive the problems it excused.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { locate, type ProviderSource } from '../load.js';
import { buildProvider } from '../model.js';
import type { ProviderFile } from '../provider-file.js';
import { validateRegistry } from '../validate/index.js';
import { compareProvider, type Comparison, type Difference } from './compare.js';
import { loadSpec, SpecError } from './spec.js';

export { DIFFERENCE_KINDS, type Difference, type DifferenceKind } from './compare.js';
export { SpecError } from './spec.js';

export interface Located {
  line: number;
  col: number;
}

export interface StaleEntry extends Located {
  operation: string;
  kind: string;
  property?: string;
}

export interface VerifyResult {
  app: string;
  file: string; // providers/<app>.yaml, relative to the root
  specs: string[];
  comparison: Comparison;
  /** Differences no allow entry covers: verify fails on them. */
  reported: (Difference & Located)[];
  allowed: (Difference & Located & { reason: string })[];
  stale: StaleEntry[];
}

/** A provider file that does not validate; verify prints its diagnostics as lint does. */
export class ProviderInvalidError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(`${diagnostics.length} problem(s) in the provider file`);
  }
}

/** The folder that holds the providers' official specs: SWITCHBOARD_SPECS_DIR, else ../shared/specs beside the repo. */
export function specsDir(root: string): string {
  const env = process.env.SWITCHBOARD_SPECS_DIR;
  if (env) return resolve(env);
  return resolve(root, '..', 'shared', 'specs');
}

/**
 * A spec reference as the mapping file and --against write it: `shared:APP/FILE` (in the specs
 * folder), `npm:PACKAGE/PATH` (a file shipped by an installed package), or a file path.
 */
export function resolveSpecRef(ref: string, root: string): string {
  if (ref.startsWith('shared:')) return join(specsDir(root), ref.slice('shared:'.length));
  if (ref.startsWith('npm:')) {
    const rest = ref.slice('npm:'.length);
    const parts = rest.split('/');
    const pkg = rest.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
    const file = parts.slice(rest.startsWith('@') ? 2 : 1).join('/');
    let pkgDir: string;
    try {
      pkgDir = dirname(createRequire(join(root, 'package.json')).resolve(`${pkg}/package.json`));
    } catch {
      throw new SpecError(`${ref}: package ${pkg} is not installed (npm install)`);
    }
    return join(pkgDir, file);
  }
  return isAbsolute(ref) ? ref : resolve(ref);
}

export interface SpecMapping {
  app: string;
  spec: string;
  line: number;
}

/** The mapping file (providers/specs.tsv): `app<TAB>spec` rows; `#` starts a comment. */
export function readSpecMapping(file: string): SpecMapping[] {
  const rows: SpecMapping[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.replace(/#.*$/, '').trimEnd();
      if (!line.trim()) return;
      const [app, spec] = line.split('\t').map((c) => c.trim());
      if (!app || !spec) throw new SpecError(`${file}:${i + 1}: a row is APP<TAB>SPEC`);
      rows.push({ app, spec, line: i + 1 });
    });
  return rows;
}

export function mappingFile(root: string): string {
  return join(root, 'providers', 'specs.tsv');
}

/** The spec files the mapping lists for an app, resolved; an unreadable one is an error, never skipped. */
export function specsFor(app: string, root: string): string[] {
  const file = mappingFile(root);
  if (!existsSync(file)) return [];
  return readSpecMapping(file)
    .filter((r) => r.app === app)
    .map((r) => resolveSpecRef(r.spec, root));
}

export function verifyProvider(opts: { providersDir: string; root: string; app: string; specs: string[] }): VerifyResult {
  const { providers, diagnostics } = validateRegistry(opts.providersDir, opts.root, [opts.app]);
  if (diagnostics.length) throw new ProviderInvalidError(diagnostics);
  const found = providers.find((p) => p.file.app === opts.app) ?? providers[0];
  if (!found) throw new SpecError(`no provider file for ${opts.app} in ${opts.providersDir}`);
  for (const s of opts.specs) if (!existsSync(s)) throw new SpecError(`${s}: no such spec file`);
  const spec = loadSpec(opts.specs);
  const provider = buildProvider(found.file, found.source.file);
  const comparison = compareProvider(provider, spec);
  return { app: provider.app, file: found.source.file, specs: opts.specs, comparison, ...applyAllowList(found.source, found.file, comparison.differences) };
}

function asList(v: string | string[] | undefined): string[] | undefined {
  return v === undefined ? undefined : Array.isArray(v) ? v : [v];
}

export function applyAllowList(
  source: ProviderSource,
  file: ProviderFile,
  differences: Difference[],
): Pick<VerifyResult, 'reported' | 'allowed' | 'stale'> {
  const index = new Map(file.endpoints.map((e, i) => [e.id, i]));
  const endpointAt = (id: string) => {
    const i = index.get(id);
    return i === undefined ? { line: 1, col: 1 } : locate(source, ['endpoints', i, 'id']);
  };
  const entries = file.verify?.allow ?? [];
  const used = new Set<string>(); // `${entry} ${operation} ${property}`
  const reported: VerifyResult['reported'] = [];
  const allowed: VerifyResult['allowed'] = [];
  for (const d of differences) {
    let reason: string | undefined;
    entries.forEach((entry, i) => {
      if (reason !== undefined || entry.kind !== d.kind) return;
      const ops = asList(entry.operation)!;
      const op = ops.includes(d.operation) ? d.operation : ops.includes('*') ? '*' : undefined;
      if (!op) return;
      const props = asList(entry.property);
      if (props && !props.includes(d.property ?? '')) return;
      used.add(`${i} ${op} ${props ? d.property : ''}`);
      reason = entry.reason;
    });
    const at = endpointAt(d.operation);
    if (reason === undefined) reported.push({ ...d, ...at });
    else allowed.push({ ...d, ...at, reason });
  }
  const stale: StaleEntry[] = [];
  entries.forEach((entry, i) => {
    const ops = asList(entry.operation)!;
    const props = asList(entry.property) ?? [''];
    ops.forEach((op, j) => {
      for (const p of props) {
        if (used.has(`${i} ${op} ${p}`)) continue;
        const path = Array.isArray(entry.operation) ? ['verify', 'allow', i, 'operation', j] : ['verify', 'allow', i, 'operation'];
        stale.push({ operation: op, kind: entry.kind, property: p || undefined, ...locate(source, path) });
      }
    });
  });
  return { reported, allowed, stale };
}

/** One line per difference: `file:line:col  kind  operation[ property]  message`. */
export function formatDifference(file: string, d: Difference & Located): string {
  return `${file}:${d.line}:${d.col}  ${d.kind}  ${d.operation}${d.property ? ` ${d.property}` : ''}  ${d.message}`;
}

export function formatStale(file: string, s: StaleEntry): string {
  return `${file}:${s.line}:${s.col}  stale-allow  ${s.operation}${s.property ? ` ${s.property}` : ''}  verify.allow entry for ${s.kind} matches no difference: remove it`;
}
