/**
 * The CLI side of the agents work: `keys create` and `keys policy` set what a key may do (a
 * gateway on the same data dir enforces it), and `switchboard logs` reads the request log,
 * filtered, and with --follow prints calls as the gateway writes them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, startGateway, useSecret } from '../support/gateway.js';
import { startUpstream } from '../support/upstream.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function env(dataDir: string): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('SWITCHBOARD_') && k !== 'DATABASE_URL' && k !== 'REDIS_URL') out[k] = v;
  return { ...out, SWITCHBOARD_DATA_DIR: dataDir };
}

function start(dataDir: string, args: string[]): ChildProcess {
  return spawn(process.execPath, ['packages/cli/bin/switchboard.js', ...args], { cwd: ROOT, env: env(dataDir), stdio: ['ignore', 'pipe', 'pipe'] });
}

function cli(dataDir: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = start(dataDir, args);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'switchboard-cli-agents-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('keys with a policy', () => {
  it('keys create --app --read-only makes a key a gateway holds to; keys policy changes and clears it', async () => {
    const dir = tempDir();
    const upstream = await startUpstream();
    const created = await cli(dir, 'keys', 'create', '--name', 'agent', '--app', 'slack', '--read-only', '--json');
    expect(created.code).toBe(0);
    const k = JSON.parse(created.stdout) as { id: string; key: string; policy: unknown };
    useSecret(k.key);
    expect(k.policy).toEqual({ apps: ['slack'], readOnly: true });
    const env = { SWITCHBOARD_UPSTREAMS: JSON.stringify({ slack: upstream.origin, hubspot: upstream.origin }) };
    let gw = await startGateway({ dataDir: dir, env });
    try {
      await gw.connect({ app: 'slack', method: 'API_KEY', credentials: { token: useSecret('xoxb-cli-agents-0001') } });
      expect((await gw.call('/slack/api/auth.test', { key: k.key })).status).toBe(200);
      const post = await gw.call('/slack/api/chat.postMessage', { key: k.key, method: 'POST', body: '{}' });
      expect(((await post.json()) as { error: { code: string; field: string } }).error).toMatchObject({ code: 'GW_ERR_POLICY_DENIED', field: 'policy.readOnly' });
      const other = await gw.call('/hubspot/crm/v3/objects/contacts', { key: k.key });
      expect(((await other.json()) as { error: { field: string } }).error.field).toBe('policy.apps');
    } finally {
      await gw.close();
    }
    const listed = await cli(dir, 'keys', 'list');
    expect(listed.stdout).toMatch(new RegExp(`${k.id} .*apps slack; read-only`));
    const changed = await cli(dir, 'keys', 'policy', k.id, '--deny', 'slack.chatDelete', '--json');
    expect(changed.code).toBe(0);
    expect(JSON.parse(changed.stdout)).toEqual({ id: k.id, policy: { deny: ['slack.chatDelete'] } });
    gw = await startGateway({ dataDir: dir, env });
    try {
      expect((await gw.call('/slack/api/chat.postMessage', { key: k.key, method: 'POST', body: '{}' })).status).toBe(200);
      expect((await gw.call('/slack/api/chat.delete', { key: k.key, method: 'POST', body: '{}' })).status).toBe(403);
    } finally {
      await gw.close();
      await upstream.close();
    }
    expect((await cli(dir, 'keys', 'policy', k.id, '--clear')).stdout).toBe(`API key ${k.id}: any app\n`);
  });

  it('a malformed rule is a usage error naming the flag; policy needs a key id and a change', async () => {
    const dir = tempDir();
    const bad = await cli(dir, 'keys', 'create', '--name', 'x', '--deny', 'DROP TABLE');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--deny\[0\].*neither "app\.operationId" nor "METHOD \/app\/path"/);
    expect((await cli(dir, 'keys', 'policy')).code).toBe(2);
    const none = await cli(dir, 'keys', 'policy', '00000000-0000-4000-8000-000000000000');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--clear/);
    const missing = await cli(dir, 'keys', 'policy', '00000000-0000-4000-8000-000000000000', '--app', 'slack');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no API key/);
  });
});

describe('switchboard logs', () => {
  it('prints the calls a gateway made, filters them, and follows new ones', async () => {
    const dir = tempDir();
    const upstream = await startUpstream();
    const gw = await startGateway({ dataDir: dir, env: { SWITCHBOARD_UPSTREAMS: JSON.stringify({ slack: upstream.origin, hubspot: upstream.origin }), SWITCHBOARD_LOG_FLUSH_MS: '100' } });
    let follower: ChildProcess | undefined;
    try {
      await gw.connect({ app: 'slack', method: 'API_KEY', credentials: { token: useSecret('xoxb-cli-logs-0001') } });
      expect((await gw.call('/slack/api/auth.test')).status).toBe(200);
      expect((await gw.call('/hubspot/crm/v3/objects/contacts')).status).toBe(400); // no HubSpot connection
      await gw.sb.observer.requestLog!.flush();
      const all = await cli(dir, 'logs', '--json');
      expect(all.code).toBe(0);
      const entries = all.stdout.trim().split('\n').map((l) => JSON.parse(l) as { app: string; operation: string; status: number; error_code: string | null });
      expect(entries.map((e) => [e.app, e.status])).toEqual([
        ['hubspot', 400],
        ['slack', 200],
      ]);
      expect(entries[0]!.error_code).toBe('GW_ERR_NO_CONNECTION');
      expect(entries[1]!.operation).toBe('authTest');
      const errorsOnly = await cli(dir, 'logs', '--status', '4xx');
      expect(errorsOnly.stdout.trim().split('\n')).toHaveLength(1);
      expect(errorsOnly.stdout).toMatch(/rest 400 GET +hubspot .*GW_ERR_NO_CONNECTION$/m);
      expect((await cli(dir, 'logs', '--status', 'teapot')).code).toBe(2);

      follower = start(dir, ['logs', '--follow', '--app', 'slack']);
      let out = '';
      follower.stdout!.setEncoding('utf8').on('data', (s: string) => (out += s));
      await waitFor(() => out.includes('authTest'));
      expect((await gw.call('/slack/api/chat.postMessage', { method: 'POST', body: '{}' })).status).toBe(200);
      await waitFor(() => out.includes('chatPostMessage'));
      expect(out).not.toContain('hubspot');
    } finally {
      follower?.kill();
      await gw.close();
      await upstream.close();
    }
  });
});

async function waitFor(check: () => boolean, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting for the CLI output');
    await new Promise((r) => setTimeout(r, 50));
  }
}
