import { parseArgs } from 'node:util';
import { formatDiagnostic, validateRegistry } from '@switchboard/generator';
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { projectPaths } from './paths.js';

/** A positional that names a file (has a slash or a .yaml/.yml ending) rather than an app. */
function isFile(arg: string): boolean {
  return arg.includes('/') || /\.ya?ml$/.test(arg);
}

export async function lintCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { dir: { type: 'string' }, quiet: { type: 'boolean', short: 'q' } },
  });
  const paths = projectPaths();
  const started = performance.now();
  const dir = values.dir ?? paths.providers;
  const files = positionals.filter(isFile);
  const apps = positionals.filter((p) => !isFile(p));
  for (const f of files) {
    if (!existsSync(f) || !statSync(f).isFile()) {
      process.stderr.write(`switchboard lint: no such file ${f}\n`);
      return 1;
    }
    if (!/\.ya?ml$/.test(f)) {
      process.stderr.write(`switchboard lint: ${f} is not a provider file (.yaml or .yml)\n`);
      return 1;
    }
  }
  // Files are validated from their own folder, each by its name (validateRegistry's filter).
  const byDir = new Map<string, string[]>();
  for (const f of files) {
    const d = dirname(resolve(f));
    byDir.set(d, [...(byDir.get(d) ?? []), basename(f).replace(/\.ya?ml$/, '')]);
  }
  const runs: [string, string[]][] = [...byDir];
  if (apps.length || !files.length) runs.unshift([dir, apps]);
  const providers: ReturnType<typeof validateRegistry>['providers'] = [];
  const diagnostics: ReturnType<typeof validateRegistry>['diagnostics'] = [];
  for (const [folder, only] of runs) {
    const r = validateRegistry(folder, paths.root, only);
    providers.push(...r.providers);
    diagnostics.push(...r.diagnostics);
  }
  if (providers.length === 0 && diagnostics.length === 0) {
    process.stderr.write(`no provider files in ${dir}${positionals.length ? ` for ${positionals.join(', ')}` : ''}\n`);
    return 1;
  }
  for (const d of diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
  const ms = Math.round(performance.now() - started);
  const endpoints = providers.reduce((n, p) => n + p.file.endpoints.length, 0);
  if (diagnostics.length) {
    const files = new Set(diagnostics.map((d) => d.file)).size;
    process.stderr.write(`${diagnostics.length} problem(s) in ${files} file(s) (${ms} ms)\n`);
    return 1;
  }
  if (!values.quiet) process.stderr.write(`${providers.length} providers, ${endpoints} endpoints: no problems (${ms} ms)\n`);
  return 0;
}
