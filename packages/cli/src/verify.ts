import { parseArgs } from 'node:util';
import {
  formatDiagnostic,
  formatDifference,
  formatStale,
  mappingFile,
  ProviderInvalidError,
  resolveSpecRef,
  SpecError,
  specsFor,
  verifyProvider,
} from '@switchboard/generator';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectPaths } from './paths.js';
import { UsageError } from './usage.js';

/**
 * switchboard verify APP [--against SPEC]…: exit 0 when every difference from the spec is in
 * the provider's allow-list and no entry there is stale, 1 otherwise, 2 on bad input (usage,
 * an unknown app, a spec that cannot be read or parsed).
 */
export async function verifyCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      against: { type: 'string', multiple: true },
      dir: { type: 'string' },
      'show-allowed': { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
    },
  });
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `one APP at a time, not ${positionals.length}` : 'name the APP to verify');
  const app = positionals[0]!;
  const paths = projectPaths();
  const providersDir = values.dir ?? paths.providers;
  if (!existsSync(join(providersDir, `${app}.yaml`))) {
    process.stderr.write(`switchboard verify: no provider file ${join(providersDir, `${app}.yaml`)}\n`);
    return 2;
  }
  try {
    const specs = values.against?.length ? values.against.map((s) => resolveSpecRef(s, paths.root)) : specsFor(app, paths.root);
    if (!specs.length) throw new UsageError(`${app} has no spec in ${mappingFile(paths.root)}: pass --against SPEC`);
    const r = verifyProvider({ providersDir, root: paths.root, app, specs });
    for (const d of r.reported) process.stdout.write(`${formatDifference(r.file, d)}\n`);
    for (const s of r.stale) process.stdout.write(`${formatStale(r.file, s)}\n`);
    if (values['show-allowed']) for (const d of r.allowed) process.stdout.write(`${formatDifference(r.file, d)}  [allowed: ${d.reason}]\n`);
    const c = r.comparison;
    if (!values.quiet || r.reported.length || r.stale.length) {
      process.stderr.write(
        `${app}: ${c.compared} endpoints compared (${c.matched} found in the spec${c.skipped ? `, ${c.skipped} not REST` : ''}); ` +
          `${c.differences.length} difference(s): ${r.reported.length} reported, ${r.allowed.length} allowed; ${r.stale.length} stale allow entr${r.stale.length === 1 ? 'y' : 'ies'}\n`,
      );
    }
    return r.reported.length || r.stale.length ? 1 : 0;
  } catch (err) {
    if (err instanceof ProviderInvalidError) {
      for (const d of err.diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
      process.stderr.write(`switchboard verify: ${app}: the provider file has ${err.diagnostics.length} problem(s); fix them first\n`);
      return 2;
    }
    if (err instanceof SpecError) {
      process.stderr.write(`switchboard verify: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
