import { parseArgs } from 'node:util';
import { formatDiagnostic, validateRegistry } from '@switchboard/generator';
import { projectPaths } from './paths.js';

export async function lintCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { dir: { type: 'string' }, quiet: { type: 'boolean', short: 'q' } },
  });
  const paths = projectPaths();
  const started = performance.now();
  const dir = values.dir ?? paths.providers;
  const { providers, diagnostics } = validateRegistry(dir, paths.root, positionals);
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
