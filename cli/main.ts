import { lintCommand } from './lint.js';

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, { run: () => Promise<Command>; help: string }> = {
  lint: { run: async () => lintCommand, help: 'validate providers/*.yaml and print every problem as file:line:col' },
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
    // A bug, not bad input: say so in one line; the stack only when asked for.
    process.stderr.write(`switchboard ${name}: ${(err as Error).message}\n`);
    if (process.env.SWITCHBOARD_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    return 1;
  }
}
