/**
 * What is stored and how: credentials and keys never in clear on disk, the key file private,
 * keys rotatable, and nothing lost when the process is killed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sealer, keyIdOf } from '../../packages/gateway/src/secrets/sealer.js';
import { ROOT, startGateway, useSecret } from '../support/gateway.js';
import { startUpstream, type FakeUpstream } from '../support/upstream.js';

let up: FakeUpstream;
beforeAll(async () => {
  up = await startUpstream();
});
afterAll(async () => {
  await up.close();
});

function dataFiles(dir: string): Buffer {
  return Buffer.concat(readdirSync(dir).map((f) => readFileSync(join(dir, f))));
}

describe('encryption at rest', () => {
  it('keeps tokens, keys and session tokens out of the database file; the key file is mode 0600', async () => {
    const gw = await startGateway({ keepData: true, env: { SWITCHBOARD_UPSTREAMS: JSON.stringify({ slack: up.origin, 'api.trello.com': up.origin }) } });
    const slackToken = useSecret('xoxb-at-rest-9999-8888-secret');
    const trelloKey = useSecret('abcdefabcdefabcdefabcdefabcdef12');
    const trelloToken = useSecret('ATTAtrello-at-rest-token-value-77');
    const c1 = await gw.connect({ app: 'slack', method: 'API_KEY', credentials: { token: slackToken } });
    await gw.connect({ app: 'trello', method: 'API_KEY', credentials: { api_key: trelloKey, token: trelloToken } });
    const oauth = useSecret('ya29.at-rest-oauth-access-token');
    const refresh = useSecret('1//at-rest-refresh-token-value');
    await gw.connect({ app: 'google-docs', credentials: { access_token: oauth, refresh_token: refresh, expires_in: 3600 } });
    // An ACTIVE connection lists no url (issue 9); a PENDING one shows the session token to look for.
    expect(c1).not.toHaveProperty('url');
    const pending = await gw.connect({ app: 'slack' });
    const session = new URL(pending.url).searchParams.get('session_token')!;
    await (await gw.call('/slack/api/auth.test')).arrayBuffer();
    await gw.close();
    const bytes = dataFiles(gw.dataDir);
    expect(bytes.length).toBeGreaterThan(4096);
    for (const secret of [slackToken, trelloKey, trelloToken, oauth, refresh, session, gw.key]) {
      expect(bytes.includes(Buffer.from(secret)), secret.slice(0, 8)).toBe(false);
    }
    expect(bytes.includes(Buffer.from('slack'))).toBe(true); // the file is readable SQLite, the secrets are not in it
    expect(statSync(join(gw.dataDir, 'secret.key')).mode & 0o777).toBe(0o600);
    rmSync(gw.dataDir, { recursive: true, force: true });
  });

  it('uses SWITCHBOARD_SECRET_KEY when set (no key file) and opens old values after a rotation', async () => {
    const oldKey = 'a'.repeat(64);
    const newKey = Buffer.alloc(32, 7).toString('base64');
    const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-rotate-'));
    const env = { SWITCHBOARD_UPSTREAMS: JSON.stringify({ slack: up.origin }) };
    const g1 = await startGateway({ dataDir, env: { ...env, SWITCHBOARD_SECRET_KEY: oldKey } });
    const token = useSecret('xoxb-rotation-1111-2222-3333');
    await g1.connect({ app: 'slack', method: 'API_KEY', credentials: { token } });
    const key = g1.key;
    await g1.close();
    expect(existsSync(join(dataDir, 'secret.key'))).toBe(false);
    const g2 = await startGateway({ dataDir, env: { ...env, SWITCHBOARD_SECRET_KEY: newKey, SWITCHBOARD_SECRET_KEYS_PREVIOUS: oldKey } });
    const res = await g2.call('/slack/api/auth.test', { key });
    expect(res.status).toBe(200);
    expect(up.last().headers.authorization).toBe(`Bearer ${token}`);
    await g2.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('binds a sealed value to its row: moved to another id it does not open', () => {
    const sealer = new Sealer([{ id: keyIdOf(Buffer.alloc(32, 1)), key: Buffer.alloc(32, 1) }]);
    const sealed = sealer.seal('secret', 'cred:a');
    expect(sealer.open(sealed, 'cred:a')).toBe('secret');
    expect(() => sealer.open(sealed, 'cred:b')).toThrow();
    expect(sealer.seal('secret', 'cred:a')).not.toBe(sealed); // a fresh IV each time
  });
});

/** A port the kernel just handed out and released: the restart below must find the gateway on the same one. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

describe('durability', () => {
  let child: ChildProcess | undefined;
  afterAll(() => child?.kill('SIGKILL'));

  function serve(dataDir: string, port: number): Promise<ChildProcess> {
    const p = spawn(process.execPath, ['packages/cli/bin/switchboard.js', 'serve', '--port', String(port), '--data-dir', dataDir], {
      cwd: ROOT,
      env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'warn', SWITCHBOARD_UPSTREAMS: JSON.stringify({ slack: up.origin }) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    return new Promise((resolve, reject) => {
      const deadline = Date.now() + 30_000;
      const poll = async () => {
        try {
          const r = await fetch(`http://127.0.0.1:${port}/health`);
          if (r.ok) return resolve(p);
        } catch {
          /* not listening yet */
        }
        if (Date.now() > deadline || p.exitCode !== null) return reject(new Error('gateway did not start'));
        setTimeout(poll, 100);
      };
      void poll();
    });
  }

  it('loses no connection or key when the process is killed with SIGKILL', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-kill-'));
    const port = await freePort();
    const keyOut = spawnSync(process.execPath, ['packages/cli/bin/switchboard.js', 'keys', 'create', '--name', 'kill-test', '--json', '--data-dir', dataDir], { cwd: ROOT, encoding: 'utf8' });
    expect(keyOut.status).toBe(0);
    const key = useSecret(JSON.parse(keyOut.stdout).key as string);
    child = await serve(dataDir, port);
    const token = useSecret('xoxb-survives-kill-0000-1111');
    const created = await fetch(`http://127.0.0.1:${port}/connections`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ app: 'slack', method: 'API_KEY', credentials: { token } }),
    });
    expect(created.status).toBe(201);
    const { connection } = (await created.json()) as { connection: { connection_id: string } };
    child.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));
    child = await serve(dataDir, port);
    const got = await fetch(`http://127.0.0.1:${port}/connections/${connection.connection_id}`, { headers: { authorization: `Bearer ${key}` } });
    expect(got.status).toBe(200);
    expect(((await got.json()) as { connection: { status: string } }).connection.status).toBe('ACTIVE');
    const proxied = await fetch(`http://127.0.0.1:${port}/slack/api/auth.test`, { headers: { authorization: `Bearer ${key}` } });
    expect(proxied.status).toBe(200);
    expect(up.last().headers.authorization).toBe(`Bearer ${token}`);
    child.kill('SIGTERM');
    await new Promise((r) => child!.once('exit', r));
    child = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });
});
