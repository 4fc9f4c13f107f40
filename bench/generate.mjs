// npm run bench:generate — how long the generator takes, as a user runs it (a fresh process
// each time, after one warm-up run that fills the caches a second run would find too):
// the whole registry, one provider (--only slack), the registry lint, and tsc over the
// generated clients. Medians of several runs go into bench/RESULTS.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { writeResultsSection } from './results-section.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.RUNS ?? 5);
const node = process.execPath;

function time(label, args, n = runs) {
  spawnSync(node, args, { cwd: root, stdio: 'ignore' }); // warm-up
  const samples = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const r = spawnSync(node, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    samples.push((performance.now() - t) / 1000);
    if (r.status !== 0) throw new Error(`${label} failed: ${r.stderr}`);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  process.stderr.write(`${label}: median ${median.toFixed(2)} s (${samples.map((s) => s.toFixed(2)).join(', ')})\n`);
  return { label, median, samples };
}

const registry = JSON.parse(readFileSync(`${root}generated/routes.json`, 'utf8'));
const apps = Object.values(registry.apps);
const endpoints = apps.reduce((n, a) => n + a.endpoints, 0);
const rows = [
  { ...time('generate: whole registry (one thread, the default)', ['packages/cli/bin/switchboard.js', 'generate', '--quiet']), budget: 10 },
  { ...time('generate: whole registry, two worker threads', ['packages/cli/bin/switchboard.js', 'generate', '--quiet', '--workers', '2']), budget: 10 },
  { ...time('generate --only slack', ['packages/cli/bin/switchboard.js', 'generate', '--quiet', '--only', 'slack']), budget: 1.5 },
  { ...time('lint: whole registry', ['packages/cli/bin/switchboard.js', 'lint', '--quiet']), budget: undefined },
  { ...time('tsc --noEmit over generated/ and sdk/', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.generated.json'], Math.min(runs, 3)), budget: 20 },
];
const git = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
const section = [
  '<!-- bench:generate start -->',
  '## Generator (`npm run bench:generate`)',
  '',
  `Run ${new Date().toISOString().slice(0, 16)}Z at commit ${git}: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`,
  `Registry: ${apps.length} providers, ${endpoints} endpoints, ${apps.length * 4 + 4} generated files. Each figure is the median wall time of separate`,
  `processes (${runs} runs; tsc ${Math.min(runs, 3)}), after one warm-up run; the samples are listed.`,
  '',
  '| what | median | budget | samples (s) |',
  '|---|---:|---:|---|',
  ...rows.map((r) => `| ${r.label} | **${r.median.toFixed(2)} s** | ${r.budget ? `${r.budget} s` : '—'} | ${r.samples.map((s) => s.toFixed(2)).join(', ')} |`),
  '<!-- bench:generate end -->',
].join('\n');
writeResultsSection('generate', section);
process.stderr.write(`written: bench/RESULTS.md\n`);
