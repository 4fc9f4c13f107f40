/**
 * Relative paths resolve against the caller's working directory, never the install location:
 * the compiled CLI run from a temporary directory keeps its data (`.data/` by default,
 * `--data-dir rel/dir` and SWITCHBOARD_DATA_DIR otherwise) under that directory, `serve` started
 * there still finds the routing table it ships with, and a relative SWITCHBOARD_ROUTES is read
 * from there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ROOT, useSecret } from '../support/gateway.js';

const CLI = join(ROOT, 'packages/cli/bin/switchboard.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function tempCwd(): string {
  const d = mkdtempSync(join(tmpdir(), 'switchboard-cwd-'));
  temps.push(d);
  return d;
}

/** This process's environment without any Switchboard setting, plus `settings`. */
function envWith(settings: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('SWITCHBOARD_') && k !== 'DATABASE_URL' && k !== 'REDIS_URL') env[k] = v;
  return { ...env, ...settings };
}

/** Runs the compiled CLI with `cwd` as its working directory. */
function cli(cwd: string, args: string[], settings: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: envWith(settings), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** What the repository's own default data dir holds now, to show a command left it alone. */
function repoDataSnapshot(): string {
  const db = join(ROOT, '.data', 'switchboard.db');
  return existsSync(db) ? `${statSync(db).mtimeMs}:${statSync(db).size}` : 'absent';
}

let server: ChildProcess | undefined;
afterEach(async () => {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await once(server, 'exit');
  }
  server = undefined;
});

/** `switchboard serve --port 0` from `cwd`; resolves with its "switchboard listening" log line. */
function serve(cwd: string, settings: Record<string, string> = {}): Promise<{ url: string; apps: number; dataDir: string }> {
  const p = spawn(process.execPath, [CLI, 'serve', '--port', '0'], { cwd, env: envWith({ HOST: '127.0.0.1', LOG_LEVEL: 'info', ...settings }), stdio: ['ignore', 'pipe', 'pipe'] });
  server = p;
  let out = '';
  let err = '';
  p.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}${err}`)), 30_000);
    p.stdout.setEncoding('utf8').on('data', (s: string) => {
      out += s;
      for (const line of out.split('\n')) {
        if (!line.includes('"switchboard listening"')) continue;
        clearTimeout(timer);
        const { url, apps, dataDir } = JSON.parse(line) as { url: string; apps: number; dataDir: string };
        resolve({ url, apps, dataDir });
      }
    });
    p.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}: ${out}${err}`));
    });
  });
}

describe('relative paths resolve against the working directory', () => {
  it('keys create keeps its database in ./.data of the working directory, not in the repository', async () => {
    const cwd = tempCwd();
    const before = repoDataSnapshot();
    const made = await cli(cwd, ['keys', 'create', '--name', 'x', '--json']);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const { key, account } = JSON.parse(made.stdout) as { key: string; account: string };
    useSecret(key);
    expect(existsSync(join(cwd, '.data', 'switchboard.db'))).toBe(true);
    expect(repoDataSnapshot()).toBe(before);
    const listed = await cli(cwd, ['accounts', 'list', '--json']);
    expect((JSON.parse(listed.stdout) as { id: string }[]).map((a) => a.id)).toEqual([account]);
  });

  it('--data-dir and SWITCHBOARD_DATA_DIR given relative land under the working directory', async () => {
    const cwd = tempCwd();
    const flag = await cli(cwd, ['keys', 'create', '--name', 'x', '--json', '--data-dir', 'rel/dir']);
    expect(flag.code).toBe(0);
    useSecret((JSON.parse(flag.stdout) as { key: string }).key);
    expect(existsSync(join(cwd, 'rel', 'dir', 'switchboard.db'))).toBe(true);
    const env = await cli(cwd, ['keys', 'create', '--name', 'y', '--json'], { SWITCHBOARD_DATA_DIR: 'from/env' });
    expect(env.code).toBe(0);
    useSecret((JSON.parse(env.stdout) as { key: string }).key);
    expect(existsSync(join(cwd, 'from', 'env', 'switchboard.db'))).toBe(true);
    expect(existsSync(join(cwd, '.data'))).toBe(false);
  });

  it('serve started from another directory finds the routing table it ships with, and keeps its data (secret.key 0600) there', async () => {
    const cwd = tempCwd();
    const made = await cli(cwd, ['keys', 'create', '--name', 'x', '--json']);
    const key = useSecret((JSON.parse(made.stdout) as { key: string }).key);
    const listening = await serve(cwd);
    expect(listening.dataDir).toBe(join(cwd, '.data'));
    const shipped = JSON.parse(readFileSync(join(ROOT, 'generated', 'routes.json'), 'utf8')) as { apps: Record<string, unknown> };
    expect(listening.apps).toBe(Object.keys(shipped.apps).length);
    expect(statSync(join(cwd, '.data', 'secret.key')).mode & 0o777).toBe(0o600);
    // A known app with no connection yet (so the table was read, and the key from ./.data works).
    const res = await fetch(`${listening.url}/slack/api/auth.test`, { headers: { authorization: `Bearer ${key}` } });
    expect(res.headers.get('x-switchboard-error')).toBe('GW_ERR_NO_CONNECTION');
  });

  it('serve reads a relative SWITCHBOARD_ROUTES from the working directory', async () => {
    const cwd = tempCwd();
    const table = JSON.parse(readFileSync(join(ROOT, 'generated', 'routes.json'), 'utf8')) as { apps: Record<string, unknown> };
    table.apps = { slack: table.apps.slack }; // a table of one app, to tell it from the shipped one
    mkdirSync(join(cwd, 'conf'));
    writeFileSync(join(cwd, 'conf', 'routes.json'), JSON.stringify(table));
    const settings = { SWITCHBOARD_ROUTES: 'conf/routes.json', SWITCHBOARD_DATA_DIR: 'state' };
    const made = await cli(cwd, ['keys', 'create', '--name', 'x', '--json'], settings);
    const key = useSecret((JSON.parse(made.stdout) as { key: string }).key);
    const listening = await serve(cwd, settings);
    expect(listening.apps).toBe(1);
    expect(listening.dataDir).toBe(join(cwd, 'state'));
    const call = async (path: string) => (await fetch(`${listening.url}${path}`, { headers: { authorization: `Bearer ${key}` } })).headers.get('x-switchboard-error');
    expect(await call('/slack/api/auth.test')).toBe('GW_ERR_NO_CONNECTION');
    expect(await call('/hubspot/crm/v3/objects/contacts')).toBe('GW_ERR_UNKNOWN_APP');
  });
});
