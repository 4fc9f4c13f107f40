import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic, generate } from '@switchboard/generator';
import { projectPaths } from './paths.js';

export async function generateCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      check: { type: 'boolean' },
      only: { type: 'string', multiple: true },
      quiet: { type: 'boolean', short: 'q' },
      workers: { type: 'string' },
      providers: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const tty = process.stderr.isTTY && !values.quiet;
  const progress = (stage: string) => {
    if (tty) process.stderr.write(`\r\x1b[2K  ${stage}`);
  };
  const only = values.only?.flatMap((s) => s.split(',')).filter(Boolean);
  const workers = values.workers ? Number(values.workers) : undefined;
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1)) {
    process.stderr.write('switchboard generate: --workers takes a whole number from 1\n');
    return 2;
  }
  const result = await generate({
    root: projectPaths().root,
    only,
    check: values.check,
    progress,
    workers,
    providersDir: values.providers ? resolve(values.providers) : undefined,
    outDir: values.out ? resolve(values.out) : undefined,
  });
  if (tty) process.stderr.write('\r\x1b[2K');
  if (result.diagnostics.length) {
    for (const d of result.diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
    process.stderr.write(`${result.diagnostics.length} problem(s) in the registry; generated/ left untouched\n`);
    return 1;
  }
  const seconds = (result.ms / 1000).toFixed(1);
  if (values.check) {
    if (result.stale.length) {
      for (const f of result.stale) process.stdout.write(`stale: ${f}\n`);
      process.stderr.write(`${result.stale.length} generated file(s) differ from what providers/ yields: run \`npm run generate\` and commit generated/\n`);
      return 1;
    }
    if (!values.quiet) process.stderr.write(`generated/ is up to date: ${result.providers} providers, ${result.endpoints} endpoints, ${result.files} files (${seconds} s)\n`);
    return 0;
  }
  if (!values.quiet) {
    process.stderr.write(`generated ${result.providers} providers, ${result.endpoints} endpoints, ${result.files} files (${result.written} written) in ${seconds} s\n`);
  }
  return 0;
}
