// npm run bench:startup — from `switchboard serve` to a listening gateway, in fresh processes,
// alternating the variants run by run so both see the same machine: the compiled JavaScript
// that `npm start` runs, and the same sources through tsx (how the gateway ran before it had a
// build). Optionally a third variant, BEFORE=dir: an older checkout's `node bin/switchboard.mjs`.
// Medians go into bench/RESULTS.md.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { writeResultsSection } from './results-section.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.RUNS ?? 7);
const node = process.execPath;

const variants = [
  { label: 'compiled (npm start)', args: ['packages/cli/bin/switchboard.js', 'serve'], cwd: root },
  {
    label: 'same sources through tsx',
    args: ['--conditions=source', '--import', 'tsx/esm', '--input-type=module', '-e', "import { main } from './packages/cli/src/main.ts'; process.exitCode = await main(['serve']);"],
    cwd: root,
  },
];
if (process.env.BEFORE && existsSync(join(process.env.BEFORE, 'bin/switchboard.mjs'))) {
  variants.push({ label: `before the build (${process.env.BEFORE_LABEL ?? process.env.BEFORE})`, args: ['bin/switchboard.mjs', 'serve'], cwd: process.env.BEFORE });
}

/** Milliseconds from spawn to the "switchboard listening" log line. */
function once(v) {
  const dataDir = mkdtempSync(join(tmpdir(), 'sb-startup-'));
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(node, v.args, { cwd: v.cwd, env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SWITCHBOARD_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const done = (err, ms) => {
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
      err ? reject(err) : resolve(ms);
    };
    const timer = setTimeout(() => done(new Error(`${v.label}: not listening after 30 s:\n${out}`)), 30_000);
    const onData = (d) => {
      out += d;
      if (out.includes('switchboard listening')) {
        clearTimeout(timer);
        done(null, performance.now() - t);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => code && done(new Error(`${v.label} exited ${code}:\n${out}`)));
  });
}

const samples = variants.map(() => []);
for (const v of variants) await once(v); // warm-up: file cache, the SQLite file's first creation
for (let i = 0; i < runs; i++) for (const [j, v] of variants.entries()) samples[j].push(await once(v));
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const rows = variants.map((v, j) => ({ label: v.label, median: median(samples[j]), samples: samples[j] }));
for (const r of rows) process.stderr.write(`${r.label}: median ${r.median.toFixed(0)} ms (${r.samples.map((s) => s.toFixed(0)).join(', ')})\n`);

const git = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
const section = [
  '<!-- bench:startup start -->',
  '## Start-up (`npm run bench:startup`)',
  '',
  `Run ${new Date().toISOString().slice(0, 16)}Z at commit ${git}: ${cpus().length} cores, Node ${process.version}. Wall time from spawning`,
  `\`switchboard serve\` to its "listening" line (fresh SQLite data dir each time), ${runs} runs per variant, alternated, after a warm-up.`,
  '',
  '| variant | median | ÷ compiled | samples (ms) |',
  '|---|---:|---:|---|',
  ...rows.map((r) => `| ${r.label} | **${r.median.toFixed(0)} ms** | ${(r.median / rows[0].median).toFixed(2)} | ${r.samples.map((s) => s.toFixed(0)).join(', ')} |`),
  '<!-- bench:startup end -->',
].join('\n');
writeResultsSection('startup', section);
process.stderr.write('written: bench/RESULTS.md\n');
