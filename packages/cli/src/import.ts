import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isReservedSegment } from '@switchboard/contract';
// The importer alone: the generator's index would load TypeScript and the emitters too.
import { importOpenApi, parseSpecText } from '@switchboard/generator/import';
import { projectPaths } from './paths.js';
import { BadValueError, UsageError } from './usage.js';

/** `switchboard import openapi SPEC --app NAME [--include GLOB]… [--out FILE]`. */
export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      app: { type: 'string' },
      include: { type: 'string', multiple: true },
      out: { type: 'string' },
      force: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
    },
  });
  const [kind, spec, ...extra] = positionals;
  if (kind !== 'openapi') throw new UsageError(kind ? `unknown import kind "${kind}" (only openapi)` : 'say what to import: import openapi SPEC');
  if (!spec) throw new UsageError('import openapi needs the spec file');
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const app = values.app;
  if (!app) throw new UsageError('--app NAME is required');
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(app) || app.length > 40) {
    throw new BadValueError(`--app "${app}" is not a valid app name (lower-case words joined by "-", e.g. google-mail)`);
  }
  if (isReservedSegment(app)) throw new BadValueError(`app name "${app}" is reserved by the gateway's control API; pick another`);
  if (!existsSync(spec)) throw new BadValueError(`no such file ${spec}`);
  const out = values.out ? resolve(values.out) : join(projectPaths().providers, `${app}.yaml`);
  if (existsSync(out) && !values.force) throw new BadValueError(`${out} exists; pass --force to replace it`);
  let result;
  try {
    result = importOpenApi(parseSpecText(readFileSync(spec, 'utf8'), spec), { app, include: values.include });
  } catch (err) {
    throw new BadValueError((err as Error).message);
  }
  writeFileSync(out, result.text);
  if (!values.quiet) {
    process.stderr.write(`wrote ${out}: ${result.endpoints} endpoints${result.notes.length ? `, ${result.notes.length} note(s) marked with comments` : ''}\n`);
  }
  return 0;
}
