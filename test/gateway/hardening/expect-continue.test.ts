/**
 * Issue 9, item 4: `Expect: 100-continue`. curl sends it with bodies over 1 MiB; the gateway
 * answers the interim 100 itself (once the request is admitted) and never forwards the
 * header (undici refuses it). Real curl uploads 2 MB and 50 MB, with -T (PUT) and
 * --data-binary (POST); the fake upstream checks the byte count and hash it received.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type TestGateway } from '../../support/gateway.js';
import { startUpstream, type FakeUpstream } from '../../support/upstream.js';

const MB = 1024 * 1024;
const HAS_CURL = spawnSync('curl', ['--version']).status === 0;

let gw: TestGateway;
let up: FakeUpstream;
let dir: string;
const files: Record<string, { path: string; sha256: string; bytes: number }> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'switchboard-expect-'));
  for (const [name, size] of [['2mb', 2 * MB], ['50mb', 50 * MB]] as const) {
    const data = randomBytes(size);
    const path = join(dir, name);
    writeFileSync(path, data);
    files[name] = { path, bytes: size, sha256: createHash('sha256').update(data).digest('hex') };
  }
  // Hashes the body as it streams in and answers what it got.
  up = await startUpstream(
    (req, res) => {
      const hash = createHash('sha256');
      let bytes = 0;
      req.on('data', (c: Buffer) => {
        bytes += c.length;
        hash.update(c);
      });
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ method: req.method, bytes, sha256: hash.digest('hex'), expect: req.headers.expect ?? null }));
      });
    },
    { recordBody: false },
  );
  gw = await startGateway({ env: { SWITCHBOARD_UPSTREAMS: JSON.stringify({ slack: up.origin }) } });
  await gw.connect({ app: 'slack', method: 'API_KEY', credentials: { token: 'xoxb-expect-test-0000' } });
});

afterAll(async () => {
  await gw?.close();
  await up?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function curl(args: string[], key = gw.key): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('curl', ['-sS', '--max-time', '60', '-H', `Authorization: Bearer ${key}`, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.skipIf(!HAS_CURL)('uploads with Expect: 100-continue (real curl)', () => {
  for (const name of ['2mb', '50mb']) {
    it(`curl -T uploads ${name} intact`, async () => {
      const f = files[name]!;
      const r = await curl(['-T', f.path, `${gw.url}/slack/api/files.upload`]);
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout)).toEqual({ method: 'PUT', bytes: f.bytes, sha256: f.sha256, expect: null });
    }, 60_000);

    it(`curl --data-binary @file uploads ${name} intact`, async () => {
      const f = files[name]!;
      const r = await curl(['--data-binary', `@${f.path}`, '-H', 'content-type: application/octet-stream', `${gw.url}/slack/api/files.upload`]);
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout)).toEqual({ method: 'POST', bytes: f.bytes, sha256: f.sha256, expect: null });
    }, 60_000);
  }

  it('a refused upload gets its final answer without the interim 100, and curl sends no body', async () => {
    const f = files['50mb']!;
    const r = await curl(['-o', '/dev/null', '-w', '%{http_code} %{size_upload}', '-T', f.path, `${gw.url}/slack/api/files.upload`], 'sbk_wrong');
    const [status, uploaded] = r.stdout.split(' ');
    expect(status).toBe('401');
    expect(Number(uploaded)).toBeLessThan(f.bytes);
  }, 60_000);
});
