/**
 * The generator: providers/*.yaml → generated/. Load and validate the whole registry first
 * (an invalid registry leaves generated/ untouched), build the model, then emit every target.
 * Output is deterministic; `check` compares it with what is committed instead of writing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { AppRoute, RouteTable } from '../common/route-table.js';
import type { Diagnostic } from './diagnostics.js';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { emitClientIndex } from './emit/client.js';
import { emitDocsIndex } from './emit/docs.js';
import { buildAppRoute, emitRoutes } from './emit/routes.js';
import { emitRoutesTypes } from './emit/routes-types.js';
import { buildProvider, type Provider } from './model.js';
import { validateRegistry } from './validate/index.js';

export interface GenerateOptions {
  root: string;
  only?: string[];
  check?: boolean;
  progress?: (stage: string) => void;
  /** Worker threads for emission; default: one per core (at most 4). 1 emits on this thread. */
  workers?: number;
}

export interface GenerateResult {
  diagnostics: Diagnostic[];
  providers: number;
  endpoints: number;
  files: number;
  written: number;
  stale: string[]; // --check: files that differ, are missing or should not be there
  ms: number;
}

type Outputs = Map<string, string>; // path relative to generated/ → content

export async function generate(opts: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const progress = opts.progress ?? (() => {});
  const providersDir = join(opts.root, 'providers');
  const outDir = join(opts.root, 'generated');
  const only = opts.only?.length ? opts.only : undefined;

  progress('validate');
  const { providers: valid, diagnostics } = validateRegistry(providersDir, opts.root, only);
  const result: GenerateResult = { diagnostics, providers: 0, endpoints: 0, files: 0, written: 0, stale: [], ms: 0 };
  if (diagnostics.length) return done(result, started);
  if (only) {
    const missing = only.filter((app) => !valid.some((v) => v.file.app === app));
    if (missing.length) {
      result.diagnostics = missing.map((app) => ({ file: `providers/${app}.yaml`, line: 1, col: 1, message: `no provider file for "${app}"` }));
      return done(result, started);
    }
  }

  const models = valid.map((v) => buildProvider(v.file, v.source.file));
  progress(`emit ${models.length} providers`);
  const outputs: Outputs = new Map(await emitAll(models, opts.workers));

  // The registry-wide files: from all models, or (--only) from the committed routing table with the changed entries replaced.
  let apps: AppRoute[];
  if (only) {
    const existing = readRoutes(join(outDir, 'routes.json'));
    for (const p of models) existing[p.app] = buildAppRoute(p);
    apps = Object.values(existing);
    outputs.set('routes.json', emitRoutesFromApps(apps));
  } else {
    apps = models.map(buildAppRoute);
    outputs.set('routes.json', emitRoutes(models));
  }
  outputs.set('routes.d.ts', emitRoutesTypes(apps));
  outputs.set('clients/index.ts', emitClientIndex(apps));
  outputs.set('docs/README.md', emitDocsIndex(apps));

  result.providers = models.length;
  result.endpoints = models.reduce((n, p) => n + p.endpoints.length, 0);
  result.files = outputs.size;

  if (opts.check) {
    progress('compare');
    result.stale = compare(outDir, outputs, !only);
  } else {
    progress('write');
    result.written = only ? writeInPlace(outDir, outputs) : writeAll(opts.root, outDir, outputs);
  }
  return done(result, started);
}

/**
 * Per-provider files, emitted on worker threads when the registry is large enough to pay for
 * them (types and clients are CPU-bound; a worker costs a TypeScript load). Output order is
 * the providers' order either way, so the result does not depend on the split.
 */
async function emitAll(models: Provider[], workers?: number): Promise<[string, string][]> {
  const threads = Math.min(workers ?? availableParallelism(), Math.ceil(models.length / 24), 4);
  if (threads < 2) {
    const { emitProviderFiles } = await import('./emit/provider-files.js');
    return models.flatMap(emitProviderFiles);
  }
  // Balance by endpoint count: the heaviest provider goes to the lightest worker.
  const chunks: Provider[][] = Array.from({ length: threads }, () => []);
  const load = new Array<number>(threads).fill(0);
  for (const p of [...models].sort((a, b) => b.endpoints.length - a.endpoints.length || a.app.localeCompare(b.app))) {
    const i = load.indexOf(Math.min(...load));
    chunks[i]!.push(p);
    load[i]! += p.endpoints.length + 10;
  }
  const results = await Promise.all(
    chunks.map(
      (providers) =>
        new Promise<[string, string][]>((resolve, reject) => {
          const worker = new Worker(new URL('./emit-worker.mjs', import.meta.url), { workerData: { providers } });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`emit worker exited with ${code}`)));
        }),
    ),
  );
  const byPath = new Map(results.flat());
  return models.flatMap((p) => [`openapi/${p.app}.json`, `types/${p.app}.d.ts`, `clients/${p.app}.ts`, `docs/${p.app}.md`].map((f) => [f, byPath.get(f)!] as [string, string]));
}

function emitRoutesFromApps(apps: AppRoute[]): string {
  const sorted = Object.fromEntries([...apps].sort((a, b) => a.app.localeCompare(b.app)).map((a) => [a.app, a]));
  const current = JSON.parse(emitRoutes([])) as Record<string, unknown>;
  return `${JSON.stringify({ ...current, apps: sorted }, null, 2)}\n`;
}

function readRoutes(file: string): Record<string, AppRoute> {
  if (!existsSync(file)) return {};
  return (JSON.parse(readFileSync(file, 'utf8')) as RouteTable).apps;
}

function done(result: GenerateResult, started: number): GenerateResult {
  result.ms = Math.round(performance.now() - started);
  return result;
}

/** Files under generated/ that differ from the outputs, are missing, or (full runs) should not exist. */
function compare(outDir: string, outputs: Outputs, full: boolean): string[] {
  const stale: string[] = [];
  for (const [path, content] of outputs) {
    const file = join(outDir, path);
    if (!existsSync(file) || readFileSync(file, 'utf8') !== content) stale.push(`generated/${path}`);
  }
  if (full && existsSync(outDir)) {
    for (const file of listFiles(outDir)) {
      const path = relative(outDir, file);
      if (!outputs.has(path)) stale.push(`generated/${path}`);
    }
  }
  return stale.sort();
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out;
}

/** A full run: write everything into a staging folder, then swap it in, so a crash never leaves half an output. */
function writeAll(root: string, outDir: string, outputs: Outputs): number {
  const staging = join(root, `.generated-staging-${process.pid}`);
  const old = join(root, `.generated-old-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  for (const [path, content] of outputs) {
    const file = join(staging, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(staging, outDir);
  rmSync(old, { recursive: true, force: true });
  return outputs.size;
}

/** --only: replace the named files one by one, each atomically (write, then rename over). */
function writeInPlace(outDir: string, outputs: Outputs): number {
  let n = 0;
  for (const [path, content] of outputs) {
    const file = join(outDir, path);
    if (existsSync(file) && readFileSync(file, 'utf8') === content) continue;
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}`;
    writeFileSync(tmp, content);
    renameSync(tmp, file);
    n++;
  }
  return n;
}
