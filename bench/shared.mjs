#!/usr/bin/env node
// npm run bench:shared — what sharing state costs: the gateway with its embedded defaults
// (SQLite, limits in process) beside the same gateway with its store in PostgreSQL and its rate
// limiter in Redis, as one instance and as two instances sharing both, in one run.
//
// Every instance is pinned to core 0 (so "two instances" get the same CPU as one: the figure
// is the cost of coordinating through PostgreSQL and Redis, not scaling), wrk and the upstream
// to core 1. Two instances are loaded by two wrk processes at once (16 connections each) and
// their throughputs added. PostgreSQL and Redis run where the machine puts them; their CPU per
// request is reported beside the gateway's. The rate limiter is on at a limit far above the
// load (its cost counted: leased from Redis in batches), with the request log and metrics
// on. Results: bench/shared.json and the bench:shared section of bench/RESULTS.md.
//
//   npm run bench:shared
//   PASSES=1 ROUTES=small SECONDS=5 npm run bench:shared
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { listening, start, stop, waitFor } from './processes.mjs';
import { writeResultsSection } from './results-section.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ANCHORS = join(ROOT, 'bench/.anchors');
if (!existsSync(join(ANCHORS, 'upstream.mjs'))) throw new Error('bench/.anchors is missing: run npm run bench:gateway once (it copies the shared anchors there)');
const SECONDS = Number(process.env.SECONDS ?? 10);
const PASSES = Number(process.env.PASSES ?? 2);
const ROUTES = (process.env.ROUTES ?? 'small,echo').split(',');
const PG_ADMIN = process.env.PG_ADMIN ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/13';
const UPSTREAM_PORT = 9181;
const ALL_CONFIGS = [
  { name: 'one instance, SQLite + in-process limits', key: 'one-embedded', instances: 1, pg: false, redis: false },
  { name: 'one instance, SQLite + Redis', key: 'one-redis', instances: 1, pg: false, redis: true },
  { name: 'one instance, PostgreSQL + in-process limits', key: 'one-pg', instances: 1, pg: true, redis: false },
  { name: 'one instance, PostgreSQL + Redis', key: 'one-shared', instances: 1, pg: true, redis: true },
  { name: 'two instances sharing PostgreSQL + Redis', key: 'two-shared', instances: 2, pg: true, redis: true },
];
const CONFIGS = process.env.CONFIGS ? ALL_CONFIGS.filter((c) => process.env.CONFIGS.split(',').includes(c.key)) : ALL_CONFIGS;

/** utime + stime in µs of the processes whose command name is one of `names` (or of `pids`). */
function cpuOf({ names, pids }) {
  let total = 0;
  for (const pid of pids ?? readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (names && !names.some((n) => name.startsWith(n))) continue;
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(f[11]) + Number(f[12])) * 10_000;
    } catch {
      // gone
    }
  }
  return total;
}

function wrk(port, conns, route, seconds, authFile) {
  return new Promise((resolve) => {
    const env = { ...process.env, CLIENT_AUTH_FILE: authFile, BENCH_METHOD: route === 'echo' ? 'POST' : 'GET', BENCH_BODY: route === 'echo' ? '1024' : '0' };
    const c = spawn('taskset', ['-c', '1', 'wrk', '-t1', `-c${conns}`, `-d${seconds}s`, '--timeout', '5s', '-s', join(ANCHORS, 'lib/wrk.lua'), `http://127.0.0.1:${port}/slack/${route}`], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    c.stdout.on('data', (d) => (out += d));
    c.once('exit', () => {
      const line = out.split('\n').find((l) => l.startsWith('WRKJSON '));
      resolve(line ? JSON.parse(line.slice(8)) : { requests: 0, duration_us: 1, p99_us: 0 });
    });
  });
}

const results = [];
const work = mkdtempSync(join(tmpdir(), 'sb-shared-'));
const secretKey = randomBytes(32).toString('hex'); // instances sharing a store share the key that seals its credentials
for (let pass = 1; pass <= PASSES; pass++) {
  for (const config of pass % 2 ? CONFIGS : [...CONFIGS].reverse()) {
    let dbName;
    const env = { SWITCHBOARD_SECRET_KEY: secretKey, UPSTREAM_URL: `http://127.0.0.1:${UPSTREAM_PORT}`, RUN_TMP: work };
    if (config.pg) {
      dbName = `sb_bench_${process.pid}_${pass}_${config.key.replace(/-/g, '_')}`;
      const admin = new pg.Client({ connectionString: PG_ADMIN });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${dbName}`);
      await admin.end();
      const u = new URL(PG_ADMIN);
      u.pathname = `/${dbName}`;
      env.DATABASE_URL = u.toString();
    }
    if (config.redis) {
      env.REDIS_URL = REDIS_URL;
      const db = new URL(REDIS_URL).pathname.slice(1) || '0';
      execFileSync('redis-cli', ['-h', '127.0.0.1', '-n', db, 'FLUSHDB'], { stdio: 'ignore' });
    }
    const upstream = start('1', [join(ANCHORS, 'upstream.mjs')], { UPSTREAM_PORT: String(UPSTREAM_PORT), EXPECT_PROXY: '1' });
    await waitFor(() => listening(UPSTREAM_PORT), 'the upstream');
    const authFile = join(work, `auth-${config.key}-${pass}`);
    const instances = [];
    for (let i = 0; i < config.instances; i++) {
      const port = 9182 + i;
      // The second instance joins the first one's account, key and connection (gateway-start.mjs JOIN).
      const p = start('0', [join(ROOT, 'bench/gateway-start.mjs')], { ...env, PORT: String(port), CLIENT_AUTH_FILE: authFile, ...(i > 0 ? { JOIN: '1' } : {}) });
      instances.push({ ...p, port });
      await waitFor(async () => (await listening(port)) && existsSync(authFile), `instance ${i + 1} of ${config.key}`);
    }
    const pids = instances.map((p) => String(p.child.pid));
    for (const route of ROUTES) {
      const conns = 32 / config.instances;
      await Promise.all(instances.map((p) => wrk(p.port, conns, route, 2, authFile))); // warm-up
      const cpu0 = { gw: cpuOf({ pids }), pg: cpuOf({ names: ['postgres'] }), redis: cpuOf({ names: ['redis-server'] }) };
      const runs = await Promise.all(instances.map((p) => wrk(p.port, conns, route, SECONDS, authFile)));
      const cpu1 = { gw: cpuOf({ pids }), pg: cpuOf({ names: ['postgres'] }), redis: cpuOf({ names: ['redis-server'] }) };
      const requests = runs.reduce((n, r) => n + r.requests, 0);
      const rps = runs.reduce((n, r) => n + r.requests / (r.duration_us / 1e6), 0);
      const errors = runs.reduce((n, r) => n + (r.err_status ?? 0) + (r.err_connect ?? 0) + (r.err_read ?? 0) + (r.err_timeout ?? 0), 0);
      const r = {
        config: config.key,
        pass,
        route,
        rps: Math.round(rps),
        p99: +(Math.max(...runs.map((x) => x.p99_us)) / 1000).toFixed(2),
        errors,
        gatewayMicrosPerRequest: +((cpu1.gw - cpu0.gw) / requests).toFixed(1),
        postgresMicrosPerRequest: config.pg ? +((cpu1.pg - cpu0.pg) / requests).toFixed(1) : null,
        redisMicrosPerRequest: config.redis ? +((cpu1.redis - cpu0.redis) / requests).toFixed(1) : null,
      };
      results.push(r);
      process.stdout.write(`${config.key} pass ${pass} ${route}: ${r.rps} req/s, p99 ${r.p99} ms, gateway ${r.gatewayMicrosPerRequest} µs/req, pg ${r.postgresMicrosPerRequest}, redis ${r.redisMicrosPerRequest}, errors ${errors}\n`);
    }
    for (const p of instances) await stop(p);
    await stop(upstream);
    if (dbName) {
      const admin = new pg.Client({ connectionString: PG_ADMIN });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
  }
}
rmSync(work, { recursive: true, force: true });

const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
const at = new Date().toISOString();
writeFileSync(join(ROOT, 'bench/shared.json'), JSON.stringify({ at, commit, node: process.version, seconds: SECONDS, passes: PASSES, results }, null, 2) + '\n');
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const fmt = (n, d = 0) => (n === null || Number.isNaN(n) ? '—' : n.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d }));
const rows = [];
for (const route of ROUTES) {
  const base = mean(results.filter((r) => r.config === CONFIGS[0].key && r.route === route).map((r) => r.rps));
  for (const config of CONFIGS) {
    const rs = results.filter((r) => r.config === config.key && r.route === route);
    const rps = mean(rs.map((r) => r.rps));
    const m = (k) => (rs[0][k] === null ? null : mean(rs.map((r) => r[k])));
    rows.push(
      `| ${route} | ${config.name} | **${fmt(rps)}** (${rs.map((r) => fmt(r.rps)).join(' / ')}) | ${fmt(rps / base, 2)} | ${fmt(m('p99'), 2)} | ${fmt(m('gatewayMicrosPerRequest'), 1)} | ${fmt(m('postgresMicrosPerRequest'), 1)} | ${fmt(m('redisMicrosPerRequest'), 1)} | ${rs.reduce((n, r) => n + r.errors, 0)} |`,
    );
  }
}
const section = [
  '<!-- bench:shared start -->',
  '## Shared state (`npm run bench:shared`)',
  '',
  `Run ${at.slice(0, 16)}Z at commit ${commit}, Node ${process.version}, ${SECONDS} s per cell after a 2 s warm-up, ${PASSES} passes`,
  '(configurations alternated). Every gateway instance is pinned to core 0, so two instances get the CPU of one: the',
  'difference is what coordinating through PostgreSQL and Redis costs. wrk and the upstream run on core 1 (two wrk',
  'processes of 16 connections for two instances, 32 connections for one). PostgreSQL and Redis are not pinned; their CPU',
  'per request is listed. Rate limiter on (leased from Redis in batches of 256 when shared), request log and metrics on.',
  '',
  '| route | configuration | req/s (passes) | × first row | p99 ms | gateway CPU µs/req | PostgreSQL µs/req | Redis µs/req | errors |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ...rows,
  '<!-- bench:shared end -->',
].join('\n');
writeResultsSection('shared', section);
process.stdout.write(`${section}\n`);
