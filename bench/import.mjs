// npm run bench:import — `switchboard import openapi` on GitHub's full spec (@octokit/openapi,
// ~1,200 operations), then `switchboard generate` of that one app into a temporary folder
// (validation, OpenAPI, openapi-typescript types, typed client, docs), each a fresh process as
// a user runs them. The budget is 15 s for both together. Medians of RUNS runs (default 3)
// after one warm-up go into bench/import.json and a section of bench/RESULTS.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeResultsSection } from './results-section.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Math.max(3, Number(process.env.RUNS ?? 3));
const node = process.execPath;
const cli = join(root, 'packages/cli/bin/switchboard.js');
const spec = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
const app = 'github-openapi';
const BUDGET = 15;

function run(args) {
  const t = performance.now();
  const r = spawnSync(node, [cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`switchboard ${args.join(' ')} failed (${r.status}): ${r.stdout}${r.stderr}`);
  return (performance.now() - t) / 1000;
}

function once() {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-bench-import-'));
  try {
    const providers = join(dir, 'providers');
    execFileSync('mkdir', ['-p', providers]);
    const file = join(providers, `${app}.yaml`);
    const importS = run(['import', 'openapi', spec, '--app', app, '--out', file, '--quiet']);
    const generateS = run(['generate', '--providers', providers, '--out', join(dir, 'generated'), '--quiet']);
    const text = readFileSync(file, 'utf8');
    const endpoints = (text.match(/^- id: /gm) ?? []).length;
    return { importS, generateS, totalS: importS + generateS, bytes: statSync(file).size, endpoints };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

once(); // warm-up: compile caches, page cache
const samples = [];
for (let i = 0; i < runs; i++) {
  const s = once();
  samples.push(s);
  process.stderr.write(`run ${i + 1}: import ${s.importS.toFixed(2)} s + generate ${s.generateS.toFixed(2)} s = ${s.totalS.toFixed(2)} s\n`);
}
const median = (key) => {
  const v = samples.map((s) => s[key]).sort((a, b) => a - b);
  return v[Math.floor(v.length / 2)];
};
const git = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
const result = {
  when: new Date().toISOString().slice(0, 16) + 'Z',
  commit: git,
  machine: { cores: cpus().length, model: cpus()[0]?.model.trim(), memGiB: Math.round(totalmem() / 2 ** 30), node: process.version, loadavg1: Number(loadavg()[0].toFixed(2)) },
  spec: 'node_modules/@octokit/openapi/generated/api.github.com.json',
  endpoints: samples[0].endpoints,
  providerFileBytes: samples[0].bytes,
  runs,
  medianSeconds: { import: median('importS'), generate: median('generateS'), total: median('totalS') },
  budgetSeconds: BUDGET,
  samples: samples.map((s) => ({ import: Number(s.importS.toFixed(3)), generate: Number(s.generateS.toFixed(3)), total: Number(s.totalS.toFixed(3)) })),
};
writeFileSync(join(root, 'bench/import.json'), `${JSON.stringify(result, null, 2)}\n`);
const m = result.medianSeconds;
const section = [
  '<!-- bench:import start -->',
  '## Import of an OpenAPI spec (`npm run bench:import`)',
  '',
  `Run ${result.when} at commit ${git}: ${result.machine.cores} cores (${result.machine.model}), ${result.machine.memGiB} GiB, Node ${process.version}; load average ${result.machine.loadavg1} when it ended.`,
  `GitHub's spec (@octokit/openapi) → one provider file of ${result.endpoints} endpoints (${(result.providerFileBytes / 2 ** 20).toFixed(1)} MiB), then`,
  '`switchboard generate --providers DIR --out DIR` of that app alone (validation, OpenAPI, types, client, docs).',
  `Each step is a fresh process; medians of ${runs} runs after one warm-up.`,
  '',
  '| what | median | samples (s) |',
  '|---|---:|---|',
  `| import openapi | ${m.import.toFixed(2)} s | ${samples.map((s) => s.importS.toFixed(2)).join(', ')} |`,
  `| generate (that app) | ${m.generate.toFixed(2)} s | ${samples.map((s) => s.generateS.toFixed(2)).join(', ')} |`,
  `| **both** (budget ${BUDGET} s) | **${m.total.toFixed(2)} s** | ${samples.map((s) => s.totalS.toFixed(2)).join(', ')} |`,
  '<!-- bench:import end -->',
].join('\n');
writeResultsSection('import', section);
process.stderr.write(`median: import ${m.import.toFixed(2)} s + generate ${m.generate.toFixed(2)} s = ${m.total.toFixed(2)} s (budget ${BUDGET} s); written: bench/import.json, bench/RESULTS.md\n`);
if (m.total > BUDGET) process.exitCode = 1;
