/**
 * Issue 13, the operator CLI: `--version`, `--help` on every subcommand, parse errors and bad
 * values as one line with exit 2, `lint` on file paths, `connections list --app` with an unknown
 * app, `resolve` naming a missing or unknown `--var`, and the commands `connections
 * create|show|delete` and `keys list|revoke` (never printing a credential or a key's secret),
 * checked against a gateway started on the same data dir. The real bin script in a child process.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startGateway, useSecret } from '../support/gateway.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(dataDir: string, ...args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('SWITCHBOARD_') && k !== 'DATABASE_URL' && k !== 'REDIS_URL' && k !== 'PORT') env[k] = v;
  }
  env.SWITCHBOARD_DATA_DIR = dataDir;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['packages/cli/bin/switchboard.js', ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'switchboard-cli-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function noStack(text: string): void {
  expect(text).not.toMatch(/^ {4}at /m);
  expect(text).not.toMatch(/node:internal|ERR_[A-Z_]+/);
}

const SUBCOMMANDS = ['lint', 'serve', 'accounts', 'keys', 'connections', 'resolve', 'generate', 'import'];

describe.concurrent('version, help and bad input', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });

  it.each([['--version'], ['-v']])('%s prints the version of package.json, exit 0', async (flag) => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string };
    expect(version).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    expect(await cli(dir, flag)).toEqual({ code: 0, stdout: `switchboard ${version}\n`, stderr: '' });
  });

  it.each(SUBCOMMANDS.flatMap((c) => [[c, '--help'], [c, '-h']]))('%s %s prints its usage on stdout, exit 0', async (command, flag) => {
    const r = await cli(dir, command, flag);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(new RegExp(`^usage: switchboard ${command}\\b`));
  });

  it('--help after a subcommand and its options still prints the usage', async () => {
    const r = await cli(dir, 'connections', 'create', '--app', 'slack', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: switchboard connections list[\s\S]*connections create --app APP --method API_KEY\|BASIC --credential name=value/);
  });

  const parseErrors: [string, string[], string][] = [
    ['an unknown option', ['serve', '--bogus'], 'switchboard serve: unknown option --bogus'],
    ['a missing value', ['serve', '--port'], 'switchboard serve: option --port needs a value'],
    ['a value for a flag', ['accounts', 'list', '--json=yes'], 'switchboard accounts: option --json takes no value'],
    ['an unknown lint option', ['lint', '--fix'], 'switchboard lint: unknown option --fix'],
    ['an unexpected argument', ['generate', 'slack'], 'switchboard generate: unexpected argument "slack"'],
    ['connections delete without an id', ['connections', 'delete'], 'switchboard connections: connections delete needs the connection id (see `switchboard connections list`)'],
    ['keys revoke without an id', ['keys', 'revoke'], 'switchboard keys: keys revoke needs the key id (see `switchboard keys list`)'],
    ['connections create without --app', ['connections', 'create', '--method', 'API_KEY'], 'switchboard connections: connections create needs --app APP'],
    ['a --credential without "="', ['connections', 'create', '--app', 'slack', '--method', 'API_KEY', '--credential', 'xoxb'], 'switchboard connections: --credential takes name=value, not "xoxb"'],
  ];
  it.each(parseErrors)('%s: one line, a blank line, the usage; exit 2', async (_name, args, line) => {
    const r = await cli(dir, ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const [first, blank, usage] = r.stderr.split('\n');
    expect(first).toBe(line);
    expect(blank).toBe('');
    expect(usage).toMatch(new RegExp(`^usage: switchboard ${args[0]}\\b`));
    noStack(r.stderr);
  });

  const badValues: [string, string[], string][] = [
    ['serve --port abc', ['serve', '--port', 'abc'], 'switchboard serve: --port takes a port number from 0 to 65535, not "abc"\n'],
    ['serve --port 70000', ['serve', '--port', '70000'], 'switchboard serve: --port 70000 is out of range: a port is from 0 to 65535\n'],
    ['serve --port -1', ['serve', '--port=-1'], 'switchboard serve: --port takes a port number from 0 to 65535, not "-1"\n'],
    ['generate --workers x', ['generate', '--workers', 'x'], 'switchboard generate: --workers takes a whole number from 1\n'],
    ['connections list --app gmail', ['connections', 'list', '--app', 'gmail'], 'switchboard connections: unknown app "gmail" (did you mean "google-mail"?)\n'],
    ['connections create --app slak', ['connections', 'create', '--app', 'slak', '--method', 'API_KEY', '--credential', 'token=x'], 'switchboard connections: unknown app "slak" (did you mean "slack"?)\n'],
    ['resolve with an unknown --var', ['resolve', 'mailchimp', '/3.0/lists', '--var', 'region=us6'], 'switchboard resolve: mailchimp has no variable "region"; its variables: dc\n'],
    ['resolve --var for an app without variables', ['resolve', 'slack', '/api/x', '--var', 'dc=us6'], 'switchboard resolve: slack has no variable "dc"; it takes no --var\n'],
  ];
  it.each(badValues)('%s: one line, exit 2', async (_name, args, stderr) => {
    expect(await cli(dir, ...args)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('resolve mailchimp without --var says dc is missing and which --var to pass', async () => {
    const r = await cli(dir, 'resolve', 'mailchimp', '/3.0/lists');
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'switchboard resolve: the value for "dc" is missing: pass --var dc=us6\n' });
    expect(r.stderr).not.toContain('does not match');
  });
});

describe.concurrent('lint FILE…', () => {
  it('one provider file: exit 0, counted as one provider', async () => {
    const r = await cli(tempDir(), 'lint', 'providers/keap.yaml');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^1 providers, [1-9]\d* endpoints: no problems \(\d+ ms\)\n$/);
  });

  it('several files: exit 0, each counted', async () => {
    const r = await cli(tempDir(), 'lint', 'providers/keap.yaml', 'providers/slack.yaml', 'providers/mailchimp.yaml');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^3 providers, [1-9]\d* endpoints: no problems/);
  });

  it('a broken file from another folder: exit 1 with its file:line:col', async () => {
    const r = await cli(tempDir(), 'lint', 'providers/slack.yaml', 'test/generator/validate/load/not-a-mapping/demo.yaml');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('test/generator/validate/load/not-a-mapping/demo.yaml:1:1  a provider file must be a YAML mapping (app: …, name: …)\n');
    expect(r.stderr).toMatch(/^1 problem\(s\) in 1 file\(s\)/);
  });

  it('a file that does not exist: exit 1, one line', async () => {
    expect(await cli(tempDir(), 'lint', 'providers/nope.yaml')).toEqual({ code: 1, stdout: '', stderr: 'switchboard lint: no such file providers/nope.yaml\n' });
  });

  it('an app name still works', async () => {
    const r = await cli(tempDir(), 'lint', 'keap');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^1 providers, /);
  });
});

describe('connections create, show, delete and keys list, revoke on one data dir', () => {
  const TOKEN = 'xoxb-cli-0123456789';
  const MC_KEY = `${'fedcba9876543210'.repeat(2)}-us6`;
  let dir: string;
  let account: string;

  beforeAll(async () => {
    dir = tempDir();
    const r = await cli(dir, 'accounts', 'create', '--name', 'ops', '--json');
    expect(r.code).toBe(0);
    account = (JSON.parse(r.stdout) as { id: string }).id;
    useSecret(TOKEN);
    useSecret(MC_KEY);
  });

  it('creates an ACTIVE connection a gateway uses, shows it without the credential, deletes it', async () => {
    let r = await cli(dir, 'connections', 'create', '--app', 'mailchimp', '--method', 'API_KEY', '--credential', `api_key=${MC_KEY}`, '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const created = JSON.parse(r.stdout) as { connection_id: string };
    expect(created).toMatchObject({ account, app: 'mailchimp', method: 'API_KEY', status: 'ACTIVE', metadata: { dc: 'us6' } });
    expect(r.stdout).not.toContain('fedcba');
    const id = created.connection_id;

    r = await cli(dir, 'connections', 'show', id, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(created);
    r = await cli(dir, 'connections', 'show', id);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^connection +${id}\\naccount +${account}\\napp +mailchimp\\nmethod +API_KEY\\nstatus +ACTIVE\\n`));
    expect(r.stdout).toContain('metadata.dc  us6');
    expect(r.stdout).not.toContain('fedcba');

    const gw = await startGateway({ dataDir: dir });
    try {
      const res = await gw.call(`/connections/${id}`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ connection: { connection_id: id, status: 'ACTIVE', app: 'mailchimp' } });
    } finally {
      await gw.close();
    }

    expect(await cli(dir, 'connections', 'delete', id)).toEqual({ code: 0, stdout: `deleted connection ${id} (mailchimp) of account ${account}\n`, stderr: '' });
    expect(await cli(dir, 'connections', 'show', id)).toEqual({ code: 1, stdout: '', stderr: `switchboard connections show: no connection ${id} (see \`switchboard connections list\`)\n` });
    expect(await cli(dir, 'connections', 'delete', id)).toEqual({ code: 1, stdout: '', stderr: `switchboard connections delete: no connection ${id} (see \`switchboard connections list\`)\n` });
    expect(JSON.parse((await cli(dir, 'connections', 'list', '--json')).stdout)).toEqual([]);
  });

  it('without --json prints the id on stdout; a gateway forwards with the credential', async () => {
    const r = await cli(dir, 'connections', 'create', '--app', 'slack', '--method', 'API_KEY', '--credential', `token=${TOKEN}`, '--account', account);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^[0-9a-f-]{36}\n$/);
    expect(r.stderr).toBe(`ACTIVE slack connection (API_KEY) for account ${account}.\n`);
    const listed = JSON.parse((await cli(dir, 'connections', 'list', '--app', 'slack', '--json')).stdout) as { connection_id: string }[];
    expect(listed.map((c) => c.connection_id)).toEqual([r.stdout.trim()]);
    await cli(dir, 'connections', 'delete', r.stdout.trim());
  });

  it('refuses a missing credential field and a method the app lacks, exit 2, nothing stored', async () => {
    let r = await cli(dir, 'connections', 'create', '--app', 'slack', '--method', 'API_KEY', '--credential', 'tokn=x');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^switchboard connections create: .*token.*\n$/);
    r = await cli(dir, 'connections', 'create', '--app', 'slack', '--method', 'BASIC', '--credential', 'token=x');
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'switchboard connections create: "method" must be one of OAUTH2, API_KEY for slack\n' });
    r = await cli(dir, 'connections', 'create', '--app', 'slack', '--method', 'API_KEY', '--credential', 'token=x', '--account', 'nobody');
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'switchboard connections create: no account nobody (see `switchboard accounts list`)\n' });
    expect(JSON.parse((await cli(dir, 'connections', 'list', '--json')).stdout)).toEqual([]);
  });

  it('keys list never shows the secret; keys revoke stops a gateway accepting it', async () => {
    const made = JSON.parse((await cli(dir, 'keys', 'create', '--name', 'ops-key', '--json')).stdout) as { id: string; key: string };
    useSecret(made.key);
    let r = await cli(dir, 'keys', 'list', '--json');
    expect(r.code).toBe(0);
    // (a gateway started above made a key "test" of its own)
    const list = JSON.parse(r.stdout) as { id: string; name: string }[];
    expect(list.find((k) => k.id === made.id)).toEqual({ id: made.id, name: 'ops-key', account, client_id: made.key.split('_')[1], created: expect.any(String), updated: expect.any(String), policy: null });
    expect(r.stdout).not.toContain(made.key.split('_')[2]);
    r = await cli(dir, 'keys', 'list', '--account', account);
    expect(r.stdout).toMatch(new RegExp(`^${made.id}  ops-key +${account}  \\S+  any app$`, 'm'));
    expect(r.stdout).not.toContain(made.key);
    expect(await cli(dir, 'keys', 'list', '--account', 'nobody')).toEqual({ code: 1, stdout: '', stderr: 'switchboard keys list: no account nobody (see `switchboard accounts list`)\n' });

    expect(await cli(dir, 'keys', 'revoke', made.id)).toEqual({ code: 0, stdout: `revoked API key ${made.id} "ops-key" of account ${account}\n`, stderr: '' });
    expect((JSON.parse((await cli(dir, 'keys', 'list', '--json')).stdout) as { id: string }[]).map((k) => k.id)).not.toContain(made.id);
    expect(await cli(dir, 'keys', 'revoke', made.id)).toEqual({ code: 1, stdout: '', stderr: `switchboard keys revoke: no API key ${made.id} (see \`switchboard keys list\`)\n` });
    const gw = await startGateway({ dataDir: dir });
    try {
      expect((await gw.call('/connections', { key: made.key })).status).toBe(401);
    } finally {
      await gw.close();
    }
  });
});
