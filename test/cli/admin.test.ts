/**
 * The operator CLI (packages/cli: admin.ts through main.ts), run for real as `node packages/cli/bin/switchboard.js`
 * in a child process on a temporary data dir: accounts, API keys that a gateway started on the
 * same data dir accepts, listing connections a gateway made, `resolve` for fixed and variable
 * hosts with its did-you-mean and bad-variable answers, and the exit codes (0 ok, 1 refused,
 * 2 usage).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startGateway, useSecret } from '../support/gateway.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const KEY = /^sbk_[A-Za-z0-9]{12}_[A-Za-z0-9]{32}$/;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with only the data dir set from the switchboard settings (none inherited). */
function cli(dataDir: string, ...args: string[]): Promise<Run> {
  return cliWith({}, dataDir, ...args);
}

function cliWith(settings: Record<string, string>, dataDir: string, ...args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('SWITCHBOARD_') && k !== 'DATABASE_URL' && k !== 'REDIS_URL') env[k] = v;
  }
  Object.assign(env, settings, { SWITCHBOARD_DATA_DIR: dataDir });
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

describe('accounts, keys and connections on one data dir', () => {
  let dir: string;
  let x: { id: string; name: string; createdAt: string };

  beforeAll(async () => {
    dir = tempDir();
    const r = await cli(dir, 'accounts', 'create', '--name', 'X', '--json');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    x = JSON.parse(r.stdout) as typeof x;
  });

  it('accounts create --name X --json prints one JSON object', async () => {
    expect(x).toEqual({ id: expect.stringMatching(UUID), name: 'X', createdAt: expect.stringMatching(ISO) });
  });

  it('accounts list prints one line per account, and --json the objects', async () => {
    expect(await cli(dir, 'accounts', 'list')).toEqual({ code: 0, stdout: `${x.id}  X  ${x.createdAt}\n`, stderr: '' });
    const r = await cli(dir, 'accounts', 'list', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([x]);
  });

  it('keys create --name k --json prints {id, name, key}; a gateway on the same data dir accepts the key', async () => {
    const r = await cli(dir, 'keys', 'create', '--name', 'k', '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.endsWith('\n')).toBe(true);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(r.stdout) as { id: string; name: string; key: string; account: string; created: string };
    expect(out).toEqual({ id: expect.stringMatching(UUID), name: 'k', key: expect.stringMatching(KEY), account: x.id, created: expect.stringMatching(ISO), policy: null });
    const key = useSecret(out.key);

    const gw = await startGateway({ dataDir: dir });
    try {
      expect(gw.accountId).toBe(x.id);
      const res = await gw.call('/connections', { key });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ connections: [] });
      const listed = await gw.call(`/api/apikeys/${out.id}`, { key });
      expect(listed.status).toBe(200);
      expect(await listed.json()).toMatchObject({ id: out.id, name: 'k', profileId: x.id });
      expect((await gw.call('/connections', { key: `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}` })).status).toBe(401);
    } finally {
      await gw.close();
    }
  });

  it('keys create without --json prints only the key on stdout and says what it is on stderr', async () => {
    const r = await cli(dir, 'keys', 'create', '--name', 'plain');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^sbk_[A-Za-z0-9]{12}_[A-Za-z0-9]{32}\n$/);
    useSecret(r.stdout.trim());
    expect(r.stderr).toMatch(new RegExp(`^API key "plain" \\([0-9a-f-]{36}\\) for account ${x.id}\\. It is shown only now; send it as "Authorization: Bearer <key>"\\.\\n$`));
  });

  it('connections list --json shows a connection a gateway made, with its account', async () => {
    expect(await cli(dir, 'connections', 'list', '--json')).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
    const gw = await startGateway({ dataDir: dir });
    let conn: Awaited<ReturnType<typeof gw.connect>>;
    let full: { creation_time: string };
    try {
      conn = await gw.connect({ app: 'mailchimp', method: 'API_KEY', credentials: { api_key: useSecret(`${'0123456789abcdef'.repeat(2)}-us6`) } });
      full = ((await (await gw.call(`/connections/${conn.connection_id}`)).json()) as { connection: { creation_time: string } }).connection;
    } finally {
      await gw.close();
    }
    const want = { connection_id: conn.connection_id, account: x.id, app: 'mailchimp', method: 'API_KEY', status: 'ACTIVE', creation_time: full.creation_time, metadata: { dc: 'us6' } };

    let r = await cli(dir, 'connections', 'list', '--json');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('0123456789abcdef');
    expect(JSON.parse(r.stdout)).toEqual([want]);

    r = await cli(dir, 'connections', 'list');
    expect(r).toEqual({ code: 0, stdout: `${conn.connection_id}  ${'mailchimp'.padEnd(22)} ${'API_KEY'.padEnd(8)} ${'ACTIVE'.padEnd(8)} ${full.creation_time}\n`, stderr: '' });

    const filters: [string[], unknown[]][] = [
      [['--app', 'mailchimp'], [want]],
      [['--app', 'slack'], []],
      [['--account', x.id], [want]],
      [['--account', '00000000-0000-4000-8000-000000000000'], []],
    ];
    for (const [flags, expected] of filters) {
      r = await cli(dir, 'connections', 'list', '--json', ...flags);
      expect(r.code, flags.join(' ')).toBe(0);
      expect(JSON.parse(r.stdout), flags.join(' ')).toEqual(expected);
    }
  });

  it('with two accounts, keys create needs --account: exit 1 with a message, then works when given', async () => {
    const y = JSON.parse((await cli(dir, 'accounts', 'create', '--name', 'Y', '--json')).stdout) as { id: string };
    expect(await cli(dir, 'keys', 'create', '--name', 'k2', '--json')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'switchboard keys create: there are several accounts; name one with --account ID\n',
    });
    const r = await cli(dir, 'keys', 'create', '--name', 'k2', '--account', y.id, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { key: string; account: string };
    useSecret(out.key);
    expect(out.account).toBe(y.id);
    expect(await cli(dir, 'keys', 'create', '--name', 'k3', '--account', 'nobody')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'switchboard keys create: no account nobody (see `switchboard accounts list`)\n',
    });
  });
});

describe('keys create on an empty data dir', () => {
  it('makes a "default" account for the key', async () => {
    const dir = tempDir();
    const r = await cli(dir, 'keys', 'create', '--name', 'first', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { key: string; account: string };
    useSecret(out.key);
    const accounts = JSON.parse((await cli(dir, 'accounts', 'list', '--json')).stdout) as { id: string; name: string }[];
    expect(accounts.map((a) => [a.id, a.name])).toEqual([[out.account, 'default']]);
  });

  it('stops at the key limit (SWITCHBOARD_MAX_KEYS) with exit 1 and the limit message', async () => {
    const dir = tempDir();
    const first = await cliWith({ SWITCHBOARD_MAX_KEYS: '1' }, dir, 'keys', 'create', '--name', 'one', '--json');
    expect(first.code).toBe(0);
    useSecret((JSON.parse(first.stdout) as { key: string }).key);
    expect(await cliWith({ SWITCHBOARD_MAX_KEYS: '1' }, dir, 'keys', 'create', '--name', 'two', '--json')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'switchboard keys create: This account already has 1 API keys, the most it may hold.\n',
    });
  });
});

// Each case is its own process and reads nothing another writes: run them side by side.
describe.concurrent('resolve', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });

  const ok: [string, { args: string[]; want: string }][] = [
    ['QuickBooks with :realmId filled', { args: ['quickbooks', '/v3/company/:realmId/query', '--var', 'realmId=123'], want: 'https://quickbooks.api.intuit.com/v3/company/123/query\n' }],
    [
      'QuickBooks keeps the query string',
      { args: ['quickbooks', '/v3/company/:realmId/query?query=select%20*', '--var', 'realmId=123'], want: 'https://quickbooks.api.intuit.com/v3/company/123/query?query=select%20*\n' },
    ],
    ['Mailchimp with <dc> in the host', { args: ['mailchimp', '/3.0/lists', '--var', 'dc=us6'], want: 'https://us6.api.mailchimp.com/3.0/lists\n' }],
    ['a fixed host', { args: ['slack', '/api/chat.postMessage'], want: 'https://slack.com/api/chat.postMessage\n' }],
    ['a path without its leading slash', { args: ['stripe', 'v1/customers'], want: 'https://api.stripe.com/v1/customers\n' }],
  ];

  it.each(ok)('%s', async (_name, { args, want }) => {
    expect(await cli(dir, 'resolve', ...args)).toEqual({ code: 0, stdout: want, stderr: '' });
  });

  const refused: [string, { args: string[]; code: number; stderr: string }][] = [
    [
      'a variable that does not match its pattern',
      { args: ['mailchimp', '/3.0/lists', '--var', 'dc=evil.example.com/x'], code: 1, stderr: 'switchboard resolve: The connection\'s value for "dc" does not match the pattern the provider allows.\n' },
    ],
    [
      'a path variable that does not match its pattern',
      {
        args: ['quickbooks', '/v3/company/:realmId/query', '--var', 'realmId=../admin'],
        code: 1,
        stderr: 'switchboard resolve: The connection\'s value for "realmId" does not match the pattern the provider allows.\n',
      },
    ],
    [
      'a missing variable, naming the --var to pass',
      { args: ['mailchimp', '/3.0/lists'], code: 1, stderr: 'switchboard resolve: the value for "dc" is missing: pass --var dc=us6\n' },
    ],
    ['an app name with a did-you-mean', { args: ['gmail', '/x'], code: 1, stderr: 'switchboard resolve: unknown app "gmail" (did you mean "google-mail"?)\n' }],
    ['an app name with nothing close', { args: ['zzzzzzzzzzzz', '/x'], code: 1, stderr: 'switchboard resolve: unknown app "zzzzzzzzzzzz"\n' }],
    ['a dot segment in the path', { args: ['slack', '/api/../admin'], code: 1, stderr: 'switchboard resolve: The path may not contain "." or ".." segments.\n' }],
    ['a --var without "="', { args: ['mailchimp', '/3.0/lists', '--var', 'us6'], code: 2, stderr: 'usage: --var takes name=value\n' }],
    ['no path', { args: ['slack'], code: 2, stderr: 'usage: switchboard resolve APP PATH [--var name=value]…\n' }],
  ];

  it.each(refused)('refuses %s', async (_name, { args, code, stderr }) => {
    expect(await cli(dir, 'resolve', ...args)).toEqual({ code, stdout: '', stderr });
  });
});

describe.concurrent('usage and exit codes', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });

  const cases: [string, { args: string[]; code: number; stdout?: RegExp; stderr: RegExp }][] = [
    ['an unknown command', { args: ['bogus'], code: 2, stdout: /^$/, stderr: /^switchboard: unknown command "bogus"\n\nusage: switchboard <command> \[options\]\n[\s\S]*\n {2}resolve {6}resolve APP PATH/ }],
    ['no command', { args: [], code: 2, stdout: /^usage: switchboard <command> \[options\]\n/, stderr: /^$/ }],
    ['help', { args: ['help'], code: 0, stdout: /^usage: switchboard <command> \[options\]\n[\s\S]* {2}accounts {5}/, stderr: /^$/ }],
    ['accounts with no subcommand', { args: ['accounts', 'rename'], code: 2, stderr: /^usage: switchboard accounts create\|list\n$/ }],
    ['accounts create without --name', { args: ['accounts', 'create'], code: 2, stderr: /^usage: switchboard accounts create --name NAME/ }],
    ['keys with an unknown subcommand', { args: ['keys', 'rename'], code: 2, stderr: /^usage: switchboard keys create --name NAME/ }],
    ['keys create without --name', { args: ['keys', 'create'], code: 2, stderr: /^usage: switchboard keys create --name NAME/ }],
    ['connections with an unknown subcommand', { args: ['connections', 'rename'], code: 2, stderr: /^usage: switchboard connections list/ }],
  ];

  it.each(cases)('%s', async (_name, { args, code, stdout, stderr }) => {
    const r = await cli(dir, ...args);
    expect(r.code).toBe(code);
    if (stdout) expect(r.stdout).toMatch(stdout);
    expect(r.stderr).toMatch(stderr);
  });
});
