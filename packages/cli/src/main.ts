
type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, { run: () => Promise<Command>; help: string }> = {
  lint: { run: async () => (await import('./lint.js')).lintCommand, help: 'validate providers/*.yaml and print every problem as file:line:col' },
  serve: { run: async () => (await import('./serve.js')).serveCommand, help: 'serve the gateway and control API [--port N] [--data-dir DIR]' },
  accounts: { run: async () => (await import('./admin.js')).accountsCommand, help: 'accounts create --name NAME | accounts list' },
  keys: { run: async () => (await import('./admin.js')).keysCommand, help: 'keys create --name NAME [--account ID] [--json]: a new API key, shown once' },
  connections: { run: async () => (await import('./admin.js')).connectionsCommand, help: 'connections list [--app APP] [--account ID] [--json]' },
  resolve: { run: async () => (await import('./admin.js')).resolveCommand, help: 'resolve APP PATH [--var name=value]…: the upstream URL a request would go to' },
  generate: {
    run: async () => (await import('./generate.js')).generateCommand,
    help: 'build generated/ from providers/ (--check: fail when generated/ is stale; --only APP: one provider)',
  },
};

const USAGE = `usage: switchboard <command> [options]

commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(12)} ${c.help}`)
  .join('\n')}
`;

/** Entry point of the CLI; returns the exit code instead of exiting so tests can call it. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`switchboard: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await (await command.run())(rest);
  } catch (err) {
    if ((err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`switchboard ${name}: ${(err as Error).message}\n`);
      return 2;
    }
    // A bug, not bad input: say so in one line; the stack only when asked for.
    process.stderr.write(`switchboard ${name}: ${(err as Error).message}\n`);
    if (process.env.SWITCHBOARD_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    return 1;
  }
}
