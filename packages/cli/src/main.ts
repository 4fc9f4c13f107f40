import { readFileSync } from 'node:fs';
import { BadValueError, UsageError, USAGES } from './usage.js';

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, { run: () => Promise<Command>; help: string }> = {
  lint: { run: async () => (await import('./lint.js')).lintCommand, help: 'lint [APP | FILE]…: validate providers/*.yaml and print every problem as file:line:col' },
  serve: { run: async () => (await import('./serve.js')).serveCommand, help: 'serve the gateway and control API [--port N] [--data-dir DIR] [--workers N]' },
  accounts: { run: async () => (await import('./admin.js')).accountsCommand, help: 'accounts create --name NAME | accounts list' },
  keys: {
    run: async () => (await import('./admin.js')).keysCommand,
    help: 'keys create --name NAME [--app APP] [--read-only] …: a new API key, shown once | keys list | keys policy ID … | keys revoke ID',
  },
  connections: { run: async () => (await import('./admin.js')).connectionsCommand, help: 'connections list [--app APP] [--account ID] [--json] | show ID | create --app APP … | delete ID' },
  logs: { run: async () => (await import('./logs.js')).logsCommand, help: 'logs [--app APP] [--status 4xx] [--follow] …: the request log, newest first' },
  resolve: { run: async () => (await import('./admin.js')).resolveCommand, help: 'resolve APP PATH [--var name=value]…: the upstream URL a request would go to' },
  import: {
    run: async () => (await import('./import.js')).importCommand,
    help: 'import openapi SPEC --app NAME [--include GLOB]… [--out FILE]: write a provider file from an OpenAPI or Swagger spec',
  },
  verify: {
    run: async () => (await import('./verify.js')).verifyCommand,
    help: 'verify APP [--against SPEC]…: compare a provider with its official spec (providers/specs.tsv)',
  },
  generate: {
    run: async () => (await import('./generate.js')).generateCommand,
    help: 'build generated/ from providers/ (--check: fail when generated/ is stale; --only APP: one provider)',
  },
};

const USAGE = `usage: switchboard <command> [options]
       switchboard <command> --help
       switchboard --version

commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(12)} ${c.help}`)
  .join('\n')}
`;

/** The CLI package's version (packages/cli/package.json, kept equal to the root's). */
export function version(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** True when `--help`/`-h` appears among the options (not after `--`). */
function asksForHelp(args: string[]): boolean {
  for (const a of args) {
    if (a === '--') return false;
    if (a === '--help' || a === '-h') return true;
  }
  return false;
}

/** node:util parseArgs's messages, made one short line. */
function parseErrorLine(err: Error & { code?: string }): string {
  const m = err.message;
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const opt = /Unknown option '([^']+)'/.exec(m)?.[1];
    return opt ? `unknown option ${opt}` : m.split('. ')[0]!;
  }
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const missing = /Option '(-\S+)(?:, (--\S+))?[^']*' argument missing/.exec(m);
    if (missing) return `option ${missing[2] ?? missing[1]} needs a value`;
    const notString = /Option '(-\S+)(?:, (--\S+))?[^']*' does not take an argument/.exec(m);
    if (notString) return `option ${notString[2] ?? notString[1]} takes no value`;
  }
  if (err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const arg = /Unexpected argument '([^']+)'/.exec(m)?.[1];
    if (arg) return `unexpected argument "${arg}"`;
  }
  return m.split('\n')[0]!;
}

/** Entry point of the CLI; returns the exit code instead of exiting so tests can call it. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v' || name === 'version') {
    process.stdout.write(`switchboard ${version()}\n`);
    return 0;
  }
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`switchboard: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  if (asksForHelp(rest)) {
    process.stdout.write(`${USAGES[name]}\n`);
    return 0;
  }
  try {
    return await (await command.run())(rest);
  } catch (err) {
    if ((err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') || err instanceof UsageError) {
      const line = err instanceof UsageError ? err.message : parseErrorLine(err as Error);
      process.stderr.write(`switchboard ${name}: ${line}\n\n${USAGES[name]}\n`);
      return 2;
    }
    if (err instanceof BadValueError) {
      process.stderr.write(`switchboard ${name}: ${err.message}\n`);
      return 2;
    }
    // A bug, not bad input: say so in one line; the stack only when asked for.
    process.stderr.write(`switchboard ${name}: ${(err as Error).message}\n`);
    if (process.env.SWITCHBOARD_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    return 1;
  }
}
