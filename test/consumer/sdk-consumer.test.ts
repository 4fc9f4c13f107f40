/**
 * The SDK as a user gets it: `npm pack` the package, install the tarball offline into a project
 * under the OS temp dir, and call a real gateway (a fake Slack behind it) from that project as
 *   (a) an ES module run by node, (b) CommonJS `require`, (c) TypeScript `module: nodenext`
 *   (ESM and .cts) compiled by tsc, (d) TypeScript `moduleResolution: bundler`;
 * the TypeScript consumers with the strictest flags and `skipLibCheck` off, so the shipped
 * declarations are checked too. Each call must reach the upstream with its body and the token.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startGateway, useSecret, type TestGateway } from '../support/gateway.js';
import { startUpstream, type FakeUpstream } from '../support/upstream.js';

const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const TOKEN = useSecret('xoxb-consumer-5f0c2a9d1e');
const STRICT = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noPropertyAccessFromIndexSignature: true,
  skipLibCheck: false,
  target: 'ES2022',
  lib: ['ES2022', 'DOM'],
  types: [],
};

let dir: string;
let upstream: FakeUpstream;
let gw: TestGateway;
let connection: string;

function run(cmd: string, args: string[], cwd = dir): string {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, npm_config_update_notifier: 'false' } });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} failed: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

/** The same call from every consumer: post a message, print what came back. */
function program(kind: 'esm' | 'cjs' | 'ts', channel: string): string {
  const imports = {
    esm: `import { Switchboard, SwitchboardGatewayError } from '@switchboard/sdk';\nimport { slack } from '@switchboard/sdk/clients/slack';`,
    cjs: `const { Switchboard, SwitchboardGatewayError } = require('@switchboard/sdk');\nconst { slack } = require('@switchboard/sdk/clients/slack');`,
    ts: `import { Switchboard, SwitchboardGatewayError, type Result } from '@switchboard/sdk';\nimport { slack, type SlackClient } from '@switchboard/sdk/clients/slack';\nimport type { components, operations, paths } from '@switchboard/sdk/types/slack';`,
  }[kind];
  const typed =
    kind === 'ts'
      ? `type Posted = operations['chatPostMessage']['responses'][200]['content']['application/json'];\n` +
        `const check: Result<Posted> | undefined = undefined;\nconst path: keyof paths = '/api/chat.postMessage';\nconst error: components['schemas'] | undefined = undefined;\nvoid check; void path; void error;\n` +
        `const client: SlackClient = slack(sb);\n`
      : 'const client = slack(sb);\n';
  return `${imports}
const sb = new Switchboard({ baseUrl: ${JSON.stringify(gw.url)}, apiKey: ${JSON.stringify(gw.key)} });
${typed}async function main() {
  const posted = await client.chatPostMessage({ body: { channel: ${JSON.stringify(channel)}, text: 'hello' } }, { connection: ${JSON.stringify(connection)}, signal: AbortSignal.timeout(10000) });
  let code = '';
  try {
    await client.authTest(undefined, { connection: 'no-such-connection' });
  } catch (err) {
    if (err instanceof SwitchboardGatewayError) code = err.code;
  }
  console.log(JSON.stringify({ ok: posted.ok, status: posted.status, data: posted.ok ? posted.data : posted.error, code }));
}
void main();
`;
}

function writeProject(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), typeof text === 'string' ? text : JSON.stringify(text));
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'switchboard-consumer-'));
  const packs = join(dir, 'packs');
  mkdirSync(packs);
  // prepack builds the package (incremental: a no-op when dist/ is current).
  run(NPM, ['pack', '--workspace', '@switchboard/sdk', '--pack-destination', packs, '--silent'], ROOT);
  const tarballs = readdirSync(packs).map((f) => join(packs, f));
  writeProject({ 'package.json': JSON.stringify({ name: 'sdk-consumer', version: '1.0.0', private: true, type: 'module' }) });
  run(NPM, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', ...tarballs]);

  upstream = await startUpstream((_req, res, rec) => {
    const sent = JSON.parse(rec.body.toString('utf8') || '{}') as { channel?: string };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: true, channel: sent.channel, ts: '1733450000.000100' }));
  });
  gw = await startGateway({ env: { SWITCHBOARD_UPSTREAMS: JSON.stringify({ slack: upstream.origin }) } });
  connection = (await gw.connect({ app: 'slack', method: 'API_KEY', credentials: { token: TOKEN } })).connection_id;
}, 180_000);

afterAll(async () => {
  await gw?.close();
  await upstream?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs a consumer (asynchronously: the gateway answering it runs in this process) and checks the round trip to the fake Slack. */
async function expectRoundTrip(file: string, channel: string): Promise<void> {
  const { stdout } = await promisify(execFile)(process.execPath, [file], { cwd: dir, encoding: 'utf8' });
  const out = JSON.parse(stdout.trim()) as { ok: boolean; status: number; data: { channel?: string; ts?: string }; code: string };
  expect(out).toEqual({ ok: true, status: 200, data: { ok: true, channel, ts: '1733450000.000100' }, code: 'GW_ERR_CONNECTION_NOT_FOUND' });
  const got = upstream.requests.find((r) => JSON.parse(r.body.toString('utf8') || '{}').channel === channel);
  expect(got?.method).toBe('POST');
  expect(got?.url).toBe('/api/chat.postMessage');
  expect(got?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  expect(JSON.parse(got!.body.toString('utf8'))).toEqual({ channel, text: 'hello' });
}

describe('the packed SDK in a project of its own', () => {
  it('installs offline with no dependency of its own', () => {
    const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    const installed = Object.keys(lock.packages).filter((k) => k.startsWith('node_modules/'));
    expect(installed).toEqual(['node_modules/@switchboard/sdk']);
    const size = run('du', ['-sk', 'node_modules']).split('\t')[0];
    process.stdout.write(`sdk install: ${installed.length} package(s), ${size} KiB in node_modules\n`);
  });

  it('(a) an ES module run by node', async () => {
    writeProject({ 'esm.mjs': program('esm', 'C-esm') });
    await expectRoundTrip('esm.mjs', 'C-esm');
  });

  it('(b) CommonJS require', async () => {
    writeProject({ 'cjs.cjs': program('cjs', 'C-cjs') });
    await expectRoundTrip('cjs.cjs', 'C-cjs');
  });

  it('(c) TypeScript, module nodenext, strict flags, skipLibCheck off: ESM and .cts', async () => {
    writeProject({
      'nodenext/esm.ts': program('ts', 'C-nodenext'),
      'nodenext/cjs.cts': program('ts', 'C-nodenext-cts'),
      'nodenext/tsconfig.json': JSON.stringify({ compilerOptions: { ...STRICT, module: 'nodenext', moduleResolution: 'nodenext', outDir: '../out-nodenext', rootDir: '.' }, include: ['*.ts', '*.cts'] }),
    });
    run(process.execPath, [TSC, '-p', 'nodenext/tsconfig.json', '--pretty', 'false']);
    await expectRoundTrip('out-nodenext/esm.js', 'C-nodenext');
    await expectRoundTrip('out-nodenext/cjs.cjs', 'C-nodenext-cts');
  }, 60_000);

  it('(d) TypeScript, moduleResolution bundler, strict flags, skipLibCheck off', async () => {
    writeProject({
      'bundler/main.ts': program('ts', 'C-bundler'),
      'bundler/tsconfig.json': JSON.stringify({ compilerOptions: { ...STRICT, module: 'esnext', moduleResolution: 'bundler', outDir: '../out-bundler', rootDir: '.' }, include: ['*.ts'] }),
    });
    run(process.execPath, [TSC, '-p', 'bundler/tsconfig.json', '--pretty', 'false']);
    await expectRoundTrip('out-bundler/main.js', 'C-bundler');
  }, 60_000);

  it('a wrong call does not type-check in the consumer', () => {
    writeProject({
      'wrong/main.ts': `import { Switchboard } from '@switchboard/sdk';\nimport { slack } from '@switchboard/sdk/clients/slack';\nvoid slack(new Switchboard({ baseUrl: 'http://x', apiKey: 'k' })).chatPostMessage({ body: { text: 'no channel' } });\n`,
      'wrong/tsconfig.json': JSON.stringify({ compilerOptions: { ...STRICT, module: 'nodenext', moduleResolution: 'nodenext', noEmit: true }, include: ['*.ts'] }),
    });
    expect(() => run(process.execPath, [TSC, '-p', 'wrong/tsconfig.json', '--pretty', 'false'])).toThrow(/error TS2741: Property 'channel' is missing/);
  }, 60_000);
});
