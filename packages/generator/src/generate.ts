/**
 * The generator: providers/*.yaml → generated/. Load and validate the whole registry first
 * (an invalid registry leaves generated/ untouched), build the model, then emit every target.
 * Output is deterministic; `check` compares it with what is committed instead of writing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { AppRoute, RouteTable } from '@switchboard/contract';
import { sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { emitClientIndex } from './emit/client.js';
import { emitDocsIndex } from './emit/docs.js';
import { emitRoutes } from './emit/routes.js';
import { emitRoutesTypes } from './emit/routes-types.js';
import { listProviderFiles } from './load.js';
import { processFiles, type ProcessResult } from './process-files.js';

export interface GenerateOptions {
  root: string;
  only?: string[];
  check?: boolean;
  progress?: (stage: string) => void;
  /** Worker threads for load, validation and emission; default 1 (this thread). */
  workers?: number;
  /** The provider files' folder; default <root>/providers. */
  providersDir?: string;
  /** The output folder; default <root>/generated. */
  outDir?: string;
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
  const providersDir = opts.providersDir ?? join(opts.root, 'providers');
  const outDir = opts.outDir ?? join(opts.root, 'generated');
  const only = opts.only?.length ? opts.only : undefined;
  const result: GenerateResult = { diagnostics: [], providers: 0, endpoints: 0, files: 0, written: 0, stale: [], ms: 0 };

  let files = listProviderFiles(providersDir);
  if (only) {
    const missing = only.filter((app) => !files.some((f) => f.endsWith(`/${app}.yaml`)));
    if (missing.length) {
      result.diagnostics = missing.map((app) => ({ file: relative(opts.root, join(providersDir, `${app}.yaml`)), line: 1, col: 1, message: `no provider file for "${app}"` }));
      return done(result, started);
    }
    files = files.filter((f) => only.some((app) => f.endsWith(`/${app}.yaml`)));
  }

  progress(`validate and emit ${files.length} providers`);
  const parts = await processAll(files, opts.root, opts.workers);
  result.diagnostics = sortDiagnostics(parts.flatMap((p) => p.diagnostics));
  if (result.diagnostics.length) return done(result, started); // generated/ is left as it is

  const outputs: Outputs = new Map(parts.flatMap((p) => p.outputs));
  // The registry-wide files: from every provider, or (--only) from the committed routing table with the changed entries replaced.
  const fresh = parts.flatMap((p) => p.routes);
  let apps: AppRoute[];
  if (only) {
    const existing = readRoutes(join(outDir, 'routes.json'));
    for (const a of fresh) existing[a.app] = a;
    apps = Object.values(existing);
  } else {
    apps = fresh;
  }
  outputs.set('routes.json', emitRoutesFromApps(apps));
  outputs.set('routes.d.ts', emitRoutesTypes(apps));
  outputs.set('clients/index.ts', emitClientIndex(apps));
  outputs.set('docs/README.md', emitDocsIndex(apps));

  result.providers = fresh.length;
  result.endpoints = parts.reduce((n, p) => n + p.endpoints, 0);
  result.files = outputs.size;

  if (opts.check) {
    progress('compare');
    result.stale = compare(outDir, outputs, !only);
  } else {
    progress('write');
    result.written = only ? writeInPlace(outDir, outputs) : writeAll(dirname(outDir), outDir, outputs);
  }
  return done(result, started);
}

/**
 * Load, validate and emit, on worker threads when the registry is large enough to pay for
 * them (each loads its own TypeScript compilers): every worker takes a share of the files,
 * balanced by size. The result is the same however the files are split: outputs are keyed by
 * path and the indexes are sorted.
 */
async function processAll(files: string[], root: string, workers?: number): Promise<ProcessResult[]> {
  // One thread unless asked: on this project's 2-vCPU machines two workers measured no faster
  // (bench/RESULTS.md) and need twice the memory; more real cores change that.
  const threads = Math.min(workers ?? 1, Math.ceil(files.length / 16), availableParallelism(), 4);
  if (threads < 2) return [await processFiles(files, root)];
  const chunks: string[][] = Array.from({ length: threads }, () => []);
  const load = new Array<number>(threads).fill(0);
  const sized = files.map((f) => ({ f, size: statSync(f).size })).sort((a, b) => b.size - a.size || a.f.localeCompare(b.f));
  for (const { f, size } of sized) {
    const i = load.indexOf(Math.min(...load));
    chunks[i]!.push(f);
    load[i]! += size;
  }
  return Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<ProcessResult>((resolve, reject) => {
          const worker = new Worker(new URL('./emit-worker.js', import.meta.url), { workerData: { files: chunk.sort(), root, emit: true } });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`generator worker exited with ${code}`)));
        }),
    ),
  );
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
function writeAll(parent: string, outDir: string, outputs: Outputs): number {
  const staging = join(parent, `.generated-staging-${process.pid}`);
  const old = join(parent, `.generated-old-${process.pid}`);
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
