/**
 * README's "From a fresh clone to a proxied call" block, pasted whole: extracted from between
 * its quickstart markers and run with bash in the repository root, on a temporary data dir and
 * two free ports handed to it through the variables it honours (PORT, SLACK_PORT,
 * SWITCHBOARD_DATA_DIR), so a developer's own gateway on 8080 never meets it. Its `npm ci` line
 * is skipped: this checkout is installed, and the global setup compiled it. It must print the
 * stand-in Slack's answer as proxied by the gateway, exit 0, and leave nothing running: the
 * block stops what it started, and this test kills the block's whole process group whatever
 * happens.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/gateway.js';

const ANSWER = '{"ok":true,"path":"/api/chat.postMessage","auth":"Bearer xoxb-123"}';

/** The fenced block between `<!-- quickstart:begin … -->` and `<!-- quickstart:end -->`. */
export function quickstartBlock(readme: string): string {
  const m = /<!-- quickstart:begin[^>]*-->\n```sh\n([\s\S]*?)\n```\n<!-- quickstart:end -->/.exec(readme);
  if (!m) throw new Error('README.md has no quickstart block between its markers');
  return m[1]!;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const groups: number[] = [];
const dirs: string[] = [];
afterAll(() => {
  // Whatever happened: nothing the block started outlives the test.
  for (const pgid of groups) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('README quick start', () => {
  const block = quickstartBlock(readFileSync(join(ROOT, 'README.md'), 'utf8'));

  it('is one block that installs, waits for /ready, fails loudly and stops what it starts', () => {
    expect(block.split('\n')[0]).toBe('npm ci');
    expect(block).toContain('/ready');
    expect(block).toContain('--fail-with-body');
    expect(block).toMatch(/trap '[^']*kill[^']*' EXIT/);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(`\`\`\`\n<!-- quickstart:end -->`);
  });

  it(
    'pasted whole, prints the proxied answer and leaves nothing running',
    async () => {
      const script = block.replace(/^npm ci$/m, ': npm ci  # installed already');
      const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-quickstart-'));
      dirs.push(dataDir);
      const port = await freePort();
      let slackPort = await freePort();
      while (slackPort === port) slackPort = await freePort();
      const env: NodeJS.ProcessEnv = {};
      for (const [k, v] of Object.entries(process.env)) {
        if (!k.startsWith('SWITCHBOARD_') && k !== 'DATABASE_URL' && k !== 'REDIS_URL') env[k] = v;
      }
      Object.assign(env, { PORT: String(port), SLACK_PORT: String(slackPort), SWITCHBOARD_DATA_DIR: dataDir });

      // Its own process group (detached), so every process it starts can be found and killed.
      const child = spawn('bash', ['-c', script], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      groups.push(child.pid!);
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
      child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
      const code = await new Promise<number | null>((resolve, reject) => {
        const timer = setTimeout(() => {
          try {
            process.kill(-child.pid!, 'SIGKILL');
          } catch {
            /* gone */
          }
        }, 150_000);
        child.on('error', reject);
        child.on('close', (c) => {
          clearTimeout(timer);
          resolve(c);
        });
      });

      expect({ code, stdout }, stderr).toEqual({ code: 0, stdout: `${ANSWER}\n` });
      expect(stderr).toMatch(/^API key "me" \([0-9a-f-]{36}\) for account [0-9a-f-]{36}\. It is shown only now/);
      // The block waited for what it stopped: no process of its group is left.
      await new Promise((r) => setTimeout(r, 200));
      expect(alive(-child.pid!)).toBe(false);
      // And both ports are free again.
      for (const p of [port, slackPort]) {
        await new Promise<void>((resolve, reject) => {
          const srv = createServer();
          srv.once('error', reject);
          srv.listen(p, '127.0.0.1', () => srv.close(() => resolve()));
        });
      }
    },
    180_000,
  );
});
