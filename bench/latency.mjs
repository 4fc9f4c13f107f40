#!/usr/bin/env node
// npm run bench:latency — latency at the same offered load: the gateway beside the bare
// node:http + undici pass-through (the shared anchors' node-undici), each pinned to core 0,
// the upstream and this load generator on core 1.
//
// wrk (bench:gateway) runs closed-loop: 32 connections as fast as the setup answers, so its
// p99 mostly says how saturated the setup was. Here the load is open-loop at fixed rates
// (requests are started on a 1 ms schedule whatever the answers do), and each latency is taken
// from when the request was due, not when it could be sent, so a stall is counted in full
// (no coordinated omission). Results: bench/latency.json and the bench:latency section of
// bench/RESULTS.md.
//
//   npm run bench:latency
//   RATES=2000,5000 SECONDS=10 PASSES=2 ROUTES=small,echo npm run bench:latency
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';
import { listening, start, stop, waitFor } from './processes.mjs';
import { writeResultsSection } from './results-section.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ANCHORS = join(ROOT, 'bench/.anchors');
if (!existsSync(join(ANCHORS, 'upstream.mjs'))) throw new Error('bench/.anchors is missing: run npm run bench:gateway once (it copies the shared anchors there)');
const RATES = (process.env.RATES ?? '2000,5000').split(',').map(Number);
const SECONDS = Number(process.env.SECONDS ?? 10);
const PASSES = Number(process.env.PASSES ?? 2);
const ROUTES = (process.env.ROUTES ?? 'small,echo').split(',');
const UPSTREAM_PORT = 9171;
const SETUPS = [
  { name: 'node-undici', port: 9172, args: [join(ANCHORS, 'proxies/node-undici.mjs')] },
  { name: 'switchboard', port: 9173, args: [join(ROOT, 'bench/gateway-start.mjs')] },
  // BEFORE=<another checkout, compiled, with node_modules>: its gateway beside this one, in the same run.
  ...(process.env.BEFORE ? [{ name: 'switchboard-before', port: 9174, args: [join(process.env.BEFORE, 'bench/gateway-start.mjs')] }] : []),
];
const echoBody = Buffer.alloc(1024, 'e');

// This process is the load generator: core 1, with the upstream.
execFileSync('taskset', ['-pc', '1', String(process.pid)], { stdio: 'ignore' });

/** Open-loop load: `rate` requests a second for `seconds`, started on a 1 ms schedule; latencies from when each was due. */
async function openLoop(port, auth, route, rate, seconds) {
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections: 256, pipelining: 1 });
  const latencies = [];
  let errors = 0;
  let pending = 0;
  const total = Math.round(rate * seconds);
  const t0 = performance.now();
  let sent = 0;
  await new Promise((resolve) => {
    const fire = (due) => {
      pending++;
      pool
        .request({
          path: `/slack/${route}`,
          method: route === 'echo' ? 'POST' : 'GET',
          headers: route === 'echo' ? { authorization: auth, 'content-type': 'application/octet-stream' } : { authorization: auth },
          body: route === 'echo' ? echoBody : undefined,
        })
        .then(async (r) => {
          await r.body.dump({ limit: 1 << 20 });
          if (r.statusCode !== 200) errors++;
          latencies.push(performance.now() - due);
        })
        .catch(() => errors++)
        .finally(() => {
          if (--pending === 0 && sent === total) resolve();
        });
    };
    const tick = () => {
      const now = performance.now();
      // Everything due by now is started now, each timed from when it was due.
      const dueCount = Math.min(total, Math.floor(((now - t0) * rate) / 1000));
      for (; sent < dueCount; sent++) fire(t0 + (sent * 1000) / rate);
      if (sent < total) setTimeout(tick, 1);
      else if (pending === 0) resolve();
    };
    tick();
  });
  await pool.close();
  latencies.sort((a, b) => a - b);
  const q = (p) => +latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(3);
  return { rate, route, requests: latencies.length, errors, p50: q(0.5), p90: q(0.9), p99: q(0.99), p999: q(0.999), max: +latencies[latencies.length - 1].toFixed(3) };
}

const results = [];
const work = mkdtempSync(join(tmpdir(), 'sb-latency-'));
for (let pass = 1; pass <= PASSES; pass++) {
  const order = pass % 2 ? SETUPS : [...SETUPS].reverse();
  for (const setup of order) {
    const upstream = start('1', [join(ANCHORS, 'upstream.mjs')], { UPSTREAM_PORT: String(UPSTREAM_PORT), EXPECT_PROXY: '1' });
    await waitFor(() => listening(UPSTREAM_PORT), 'the upstream');
    const authFile = join(work, `auth-${setup.name}-${pass}`);
    const sut = start('0', setup.args, { PORT: String(setup.port), UPSTREAM_URL: `http://127.0.0.1:${UPSTREAM_PORT}`, CLIENT_AUTH_FILE: authFile, RUN_TMP: work });
    await waitFor(() => listening(setup.port), setup.name);
    const auth = existsSync(authFile) ? readFileSync(authFile, 'utf8') : 'Bearer client-token';
    for (const route of ROUTES) {
      await openLoop(setup.port, auth, route, RATES[0], 2); // warm-up, discarded
      for (const rate of RATES) {
        const r = { setup: setup.name, pass, ...(await openLoop(setup.port, auth, route, rate, SECONDS)) };
        results.push(r);
        process.stdout.write(`${setup.name} pass ${pass} ${route} @${rate}/s: p50 ${r.p50} p99 ${r.p99} p99.9 ${r.p999} ms (${r.requests} ok, ${r.errors} errors)\n`);
      }
    }
    await stop(sut);
    await stop(upstream);
  }
}
rmSync(work, { recursive: true, force: true });

// ---- report: per setup, route and rate, the mean of the passes
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
const at = new Date().toISOString();
writeFileSync(join(ROOT, 'bench/latency.json'), JSON.stringify({ at, commit, node: process.version, seconds: SECONDS, passes: PASSES, results }, null, 2) + '\n');
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const rows = [];
const names = SETUPS.map((x) => x.name);
for (const route of ROUTES) {
  for (const rate of RATES) {
    const of = (name) => results.filter((r) => r.setup === name && r.route === route && r.rate === rate);
    const f = (xs, k) => mean(xs.map((x) => x[k])).toFixed(2);
    const cells = names.map((n) => {
      const xs = of(n);
      const errors = xs.reduce((t, x) => t + x.errors, 0);
      return `${f(xs, 'p50')} / ${f(xs, 'p99')} / ${f(xs, 'p999')}${errors ? ` (${errors.toLocaleString('en')} errors)` : ''}`;
    });
    const diff = mean(of('switchboard').map((x) => x.p99)) - mean(of('node-undici').map((x) => x.p99));
    rows.push(`| ${route} | ${rate.toLocaleString('en')} | ${cells.join(' | ')} | **${diff.toFixed(2)}** | ${of('switchboard').map((x) => x.p99.toFixed(2)).join(', ')} |`);
  }
}
const section = [
  '<!-- bench:latency start -->',
  '## Latency at the same load (`npm run bench:latency`)',
  '',
  `Run ${at.slice(0, 16)}Z at commit ${commit}, Node ${process.version}: open-loop load at fixed rates (requests started on a 1 ms`,
  `schedule, latency counted from when each was due), ${SECONDS} s per cell after a 2 s warm-up, ${PASSES} passes (setups`,
  'alternated); the setup pinned to core 0, the upstream and the load generator to core 1. switchboard runs as in',
  'bench:gateway (API key, rate limit on at a high limit, request log and metrics on, access log). Means of the passes, ms.',
  'Errors are answers other than 200 (the gateway\'s per-account in-flight cap, 32, answers 429 when the load outruns it).',
  '',
  `| route | req/s | ${names.map((n) => `${n} p50 / p99 / p99.9`).join(' | ')} | switchboard p99 − node-undici p99 | switchboard p99 per pass |`,
  `|---|---:|${names.map(() => '---:|').join('')}---:|---|`,
  ...rows,
  '<!-- bench:latency end -->',
].join('\n');
writeResultsSection('latency', section);
process.stdout.write(`${section}\n`);
