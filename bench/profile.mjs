#!/usr/bin/env node
// npm run bench:profile — where the gateway's CPU goes per request, function by function and step
// by step. Starts the compiled gateway (bench/gateway-start.mjs of a checkout: this one, or
// --dir <older checkout with node_modules and dist>) under `node --cpu-prof`, a small upstream and
// a load generator (undici, fixed number of requests at a fixed concurrency), keeps only the
// samples taken while the measured load ran, and writes bench/profile-<label>.json and .md:
//
//   - self time per function (µs per request),
//   - self time per kind of code (node:http, undici, pino, V8's GC, our packages …),
//   - time per step: each sample is given to the innermost frame of our own code on its stack
//     (pipeline/forward.js, server.js …), else to the kind of code it is in (an undici callback
//     with none of ours on the stack stays "undici").
//
// Also: the gateway's CPU time (user + system, from /proc/PID/stat) per request over the same
// window. With --callgrind the gateway runs under valgrind instead (no --cpu-prof) and the
// figure is instructions per request in the window (repeatable on a busy machine; ~50× slower,
// so use fewer requests, e.g. --requests 2000).
//
//   node bench/profile.mjs                                  # this checkout, GET /small
//   node bench/profile.mjs --dir /tmp/sb-3ad2846 --label 3ad2846
//   node bench/profile.mjs --route echo --requests 30000
//   node bench/profile.mjs --callgrind --requests 2000 --label head-ir [--keep: leave the callgrind files for callgrind_annotate]
//   node bench/profile.mjs --plain --pin                    # CPU by thread and memory, gateway on core 0, load on core 1
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: opt } = parseArgs({
  options: {
    dir: { type: 'string', default: ROOT },
    label: { type: 'string' },
    route: { type: 'string', default: 'small' },
    requests: { type: 'string', default: '40000' },
    warmup: { type: 'string', default: '10000' },
    connections: { type: 'string', default: '32' },
    interval: { type: 'string', default: '200' },
    out: { type: 'string', default: join(ROOT, 'bench') },
    callgrind: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    // No profiler: only the CPU time per request (user and system), as the process runs in production.
    plain: { type: 'boolean', default: false },
    // Profile one of the harness's Node anchors instead (node-undici, http-proxy …), from the
    // copy bench:gateway makes in bench/.anchors (it has the anchors' node_modules).
    anchor: { type: 'string' },
    top: { type: 'string', default: '40' },
    // The gateway on core 0 and this process (load and upstream) on core 1, as bench:gateway places them.
    pin: { type: 'boolean', default: false },
  },
});
const dir = resolve(opt.dir);
const label = opt.label ?? opt.anchor ?? (dir === resolve(ROOT) ? 'head' : dir.split('/').filter(Boolean).pop());
const requests = Number(opt.requests);
const warmup = Number(opt.warmup);
const connections = Number(opt.connections);
const route = opt.route;
if (!['small', 'large', 'echo'].includes(route)) throw new Error('--route is small, large or echo');
const start = opt.anchor ? join(ROOT, 'bench/.anchors/proxies', `${opt.anchor}.mjs`) : join(dir, 'bench/gateway-start.mjs');
if (opt.anchor && !existsSync(start)) throw new Error(`${start} not found: run npm run bench:gateway once (it copies the anchors there)`);
if (!opt.anchor && (!existsSync(start) || !existsSync(join(dir, 'packages/gateway/dist/index.js')))) {
  throw new Error(`${dir} has no bench/gateway-start.mjs or no compiled gateway (run npx tsc -b there)`);
}

// ---- the upstream: the shared anchors' three routes, in this process (its CPU is not profiled)
const small = Buffer.from(JSON.stringify({ id: 4711, app: 'proxy-anchors', status: 'ok', region: 'loopback', items: [{ k: 'alpha', v: 1 }, { k: 'beta', v: 2 }, { k: 'gamma', v: 3 }], note: 'fixed ~200 byte JSON payload for the small route', pad: 'xxxxx' }));
const large = Buffer.alloc(64 * 1024, 'abcdefghijklmnopqrstuvwxyz0123456789\n');
let authMisses = 0;
const upstream = createServer((req, res) => {
  if (req.headers.authorization !== 'Bearer upstream-token') authMisses++;
  if (req.url.endsWith('/small')) res.writeHead(200, { 'content-type': 'application/json', 'content-length': small.length }).end(small);
  else if (req.url.endsWith('/large')) res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': large.length }).end(large);
  else if (req.url.endsWith('/echo')) {
    res.writeHead(200, { 'content-type': req.headers['content-type'] ?? 'application/octet-stream', 'content-length': req.headers['content-length'] });
    req.pipe(res);
  } else res.writeHead(404).end();
});
await new Promise((r) => upstream.listen(0, '127.0.0.1', r));
const upstreamUrl = `http://127.0.0.1:${upstream.address().port}`;

// ---- the gateway, compiled, as the shared harness starts it
const work = mkdtempSync(join(tmpdir(), 'sb-profile-'));
const profDir = join(work, 'prof');
mkdirSync(profDir);
const authFile = join(work, 'auth');
// A port the system calls free now (a random one could be an ephemeral port in use, e.g. the upstream's).
const port = await new Promise((r) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => r(free));
  });
});
const nodeArgs = opt.callgrind || opt.plain ? [] : ['--cpu-prof', `--cpu-prof-dir=${profDir}`, `--cpu-prof-interval=${opt.interval}`];
if (opt.pin) execFileSync('taskset', ['-p', '-c', '1', String(process.pid)], { stdio: 'ignore' });
const cmd = opt.pin ? 'taskset' : opt.callgrind ? 'valgrind' : process.execPath;
const callgrindOut = join(work, 'callgrind.out');
const args = opt.callgrind
  ? ['--tool=callgrind', '--instr-atstart=no', '--separate-threads=yes', '--smc-check=all-non-file', `--callgrind-out-file=${callgrindOut}`, process.execPath, start]
  : [...nodeArgs, start];
if (opt.pin) args.unshift('-c', '0', opt.callgrind ? 'valgrind' : process.execPath);
const gw = spawn(cmd, args, {
  cwd: dir,
  env: { ...process.env, PORT: String(port), UPSTREAM_URL: upstreamUrl, CLIENT_AUTH_FILE: authFile, RUN_TMP: work, LOG_LEVEL: 'info' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let gwErr = '';
gw.stderr.on('data', (d) => (gwErr += d));
await new Promise((resolveReady, reject) => {
  let out = '';
  gw.stdout.on('data', (d) => {
    out += d;
    if (out.includes('listening')) resolveReady();
  });
  gw.once('exit', (code) => reject(new Error(`gateway exited (${code}) before listening:\n${gwErr}`)));
});
// An anchor replaces whatever Authorization it gets.
const auth = opt.anchor ? 'Bearer caller-key' : readFileSync(authFile, 'utf8');
const gwPid = gw.pid; // valgrind runs node in the process it was started as

// ---- load: `connections` callers in a closed loop
const pool = new Pool(`http://127.0.0.1:${port}`, { connections, pipelining: 1 });
const echoBody = Buffer.alloc(1024, 'e');
let failures = 0;
async function load(n) {
  let left = n;
  const one = async () => {
    while (left-- > 0) {
      const r = await pool.request({
        path: `/slack/${route}`,
        method: route === 'echo' ? 'POST' : 'GET',
        headers: route === 'echo' ? { authorization: auth, 'content-type': 'application/octet-stream' } : { authorization: auth },
        body: route === 'echo' ? echoBody : undefined,
      });
      if (r.statusCode !== 200) failures++;
      await r.body.dump({ limit: 1 << 20 });
    }
  };
  await Promise.all(Array.from({ length: connections }, one));
}

function cpuMicros(pid) {
  // utime + stime of the process (all threads), in clock ticks (100 per second on Linux)
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return { user: Number(f[11]) * 10_000, system: Number(f[12]) * 10_000 };
}

/** CPU time (user + system, µs) of each thread of the process, by thread id. */
function threadMicros(pid) {
  const out = new Map();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const f = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
      out.set(tid, (Number(f[11]) + Number(f[12])) * 10_000);
    } catch {
      // the thread ended
    }
  }
  return out;
}

/** Resident memory at the end of the window: peak and now, and now by kind of mapping (MiB). */
function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  const byMapping = { anonymous: 0, 'malloc heap': 0, 'node binary': 0, 'other files': 0 };
  let kind = 'anonymous';
  for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      const name = head[1];
      kind = name === '' || name.startsWith('[anon') || name.startsWith('[stack') ? 'anonymous' : name === '[heap]' ? 'malloc heap' : name === process.execPath ? 'node binary' : 'other files';
    } else if (line.startsWith('Rss:')) byMapping[kind] += Number(line.split(/\s+/)[1]);
  }
  const mib = (k) => +(k / 1024).toFixed(1);
  return { peakMiB: mib(kib('VmHWM')), nowMiB: mib(kib('VmRSS')), byMapping: Object.fromEntries(Object.entries(byMapping).map(([k, v]) => [k, mib(v)])) };
}

function callgrindControl(flag) {
  return new Promise((r, j) => {
    const c = spawn('callgrind_control', [...flag.split(' '), String(gwPid)], { stdio: 'ignore' });
    c.once('exit', (code) => (code === 0 ? r() : j(new Error(`callgrind_control ${flag} exited ${code}`))));
  });
}

await load(warmup);
if (opt.callgrind) {
  await callgrindControl('-i on');
  await callgrindControl('-z');
}
const cpu0 = cpuMicros(gwPid);
const threads0 = threadMicros(gwPid);
const t0 = process.hrtime.bigint();
await load(requests);
const t1 = process.hrtime.bigint();
const cpu1 = cpuMicros(gwPid);
const threads1 = threadMicros(gwPid);
const memory = opt.callgrind ? undefined : memoryOf(gwPid);
if (opt.callgrind) await callgrindControl('--dump=window'); // a part file with the window's counts
await pool.close();
const exited = new Promise((r) => gw.once('exit', r));
gw.kill('SIGTERM');
await exited;
upstream.close();

const wallS = Number(t1 - t0) / 1e9;
const summary = {
  label,
  dir,
  commit: gitHead(dir),
  route,
  requests,
  warmup,
  connections,
  failures,
  authMisses,
  node: process.version,
  at: new Date().toISOString(),
  wallSeconds: +wallS.toFixed(3),
  requestsPerSecond: Math.round(requests / wallS),
  cpuMicrosPerRequest: +((cpu1.user + cpu1.system - cpu0.user - cpu0.system) / requests).toFixed(1),
  userMicrosPerRequest: +((cpu1.user - cpu0.user) / requests).toFixed(1),
  systemMicrosPerRequest: +((cpu1.system - cpu0.system) / requests).toFixed(1),
  // The main thread, then every other thread that worked (V8's GC and compiler helpers, the request log's writer …), busiest first.
  threadMicrosPerRequest: opt.callgrind
    ? undefined
    : [...threads1]
        .map(([tid, us]) => ({ tid, main: tid === String(gwPid), us: (us - (threads0.get(tid) ?? 0)) / requests }))
        .filter((t) => t.main || t.us >= 0.05)
        .sort((a, b) => Number(b.main) - Number(a.main) || b.us - a.us)
        .map((t) => +t.us.toFixed(2)),
  memory,
};

if (opt.callgrind) {
  // One file per thread (callgrind.out.1-01 is the main thread); V8's compiler and GC helper
  // threads do work whose timing depends on the machine, so the main thread is the steady figure.
  const parts = readdirSync(work)
    .filter((f) => f.startsWith('callgrind.out'))
    .map((f) => ({ f, text: readFileSync(join(work, f), 'utf8') }))
    .filter((p) => p.text.includes('Trigger: dump window'));
  const count = (t) => Number(/^(?:summary|totals):\s+(\d+)/m.exec(t)?.[1] ?? 0);
  const main = parts.find((p) => /^thread: 1$/m.test(p.text));
  const all = parts.reduce((n, p) => n + count(p.text), 0);
  if (!main || count(main.text) === 0) throw new Error(`no instruction count in ${work}`);
  summary.instructionsPerRequest = Math.round(count(main.text) / requests);
  summary.instructionsPerRequestAllThreads = Math.round(all / requests);
  summary.note = 'under valgrind: throughput and CPU time are valgrind\'s, only instructions per request count';
  write(summary, null);
} else if (opt.plain) {
  summary.note = 'no profiler: CPU time only';
  write(summary, null);
} else {
  const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written:\n${gwErr}`);
  const profile = JSON.parse(readFileSync(join(profDir, file), 'utf8'));
  write(summary, analyse(profile, Number(t0 / 1000n), Number(t1 / 1000n)));
}
if (opt.keep) process.stdout.write(`kept: ${work}\n`);
else rmSync(work, { recursive: true, force: true });

// ---- analysis

/** The kind of code a frame is: ours by package and file, else by library. */
function kindOf(frame) {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === '(garbage collector)') return 'v8: garbage collector';
    if (functionName === '(program)') return 'native (program)';
    if (functionName === '(idle)') return '(idle)';
    return `native: ${functionName || '(anonymous)'}`;
  }
  if (url.startsWith('wasm:')) return 'undici (llhttp, wasm)';
  const file = url.replace(/^file:\/\//, '');
  const ours = ownFile(file);
  if (ours) return ours;
  if (url.startsWith('node:')) return url.replace(/^node:(internal\/)?/, 'node:').replace(/\/.*$/, '').replace(/^(node:[^_]*_[a-z]+)_.*$/, '$1');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (pkg) return pkg[1];
  return relative(dir, file) || file;
}

/** "gateway/pipeline/forward.js" for a file of our packages' dist/, else undefined. */
function ownFile(file) {
  const m = /\/packages\/([^/]+)\/dist\/(.*)$/.exec(file);
  return m && file.startsWith(dir) ? `${m[1]}/${m[2]}` : undefined;
}

function analyse(profile, fromUs, toUs) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map(); // function key -> µs
  const kinds = new Map();
  const steps = new Map();
  let t = profile.startTime;
  let inWindow = 0;
  let idle = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    if (t < fromUs || t > toUs) continue;
    // A sample's time is the gap to the next one.
    const dt = profile.timeDeltas[i + 1] ?? 0;
    const node = nodes.get(profile.samples[i]);
    const f = node.callFrame;
    const kind = kindOf(f);
    if (kind === '(idle)') {
      idle += dt;
      continue;
    }
    inWindow += dt;
    const key = kind.startsWith('native') || kind.startsWith('v8:') ? kind : `${f.functionName || '(anonymous)'} (${kind}:${f.lineNumber + 1})`;
    self.set(key, (self.get(key) ?? 0) + dt);
    kinds.set(kind, (kinds.get(kind) ?? 0) + dt);
    let owner;
    for (let id = node.id; id !== undefined; id = parent.get(id)) {
      const u = nodes.get(id).callFrame.url;
      if (u && (owner = ownFile(u.replace(/^file:\/\//, '')))) break;
    }
    owner ??= kind;
    steps.set(owner, (steps.get(owner) ?? 0) + dt);
  }
  const perReq = (m) => [...m].map(([k, us]) => ({ name: k, usPerRequest: +(us / requests).toFixed(2) })).sort((a, b) => b.usPerRequest - a.usPerRequest);
  return {
    sampledMicrosPerRequest: +(inWindow / requests).toFixed(1),
    idleMicrosPerRequest: +(idle / requests).toFixed(1),
    steps: perReq(steps),
    kinds: perReq(kinds),
    functions: perReq(self).slice(0, Number(opt.top)),
  };
}

function gitHead(d) {
  try {
    return execFileSync('git', ['-C', d, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

function write(s, a) {
  const base = join(opt.out, `profile-${label}-${route}`);
  writeFileSync(`${base}.json`, JSON.stringify({ ...s, ...(a ?? {}) }, null, 2) + '\n');
  const lines = [
    `# Gateway profile: ${label}, ${route === 'echo' ? 'POST /echo (1 KiB)' : `GET /${route}`}`,
    '',
    `${s.at}, Node ${s.node}, ${dir === resolve(ROOT) ? 'this checkout' : dir}. ${requests} requests measured after ${warmup} warm-up, ${connections} connections, ` +
      `${s.requestsPerSecond} req/s (load generator and upstream in one process beside the gateway; ${s.failures} failed, ${s.authMisses} with the wrong upstream credential).`,
    '',
    `CPU time of the gateway process: **${s.cpuMicrosPerRequest} µs per request** (user ${s.userMicrosPerRequest} + system ${s.systemMicrosPerRequest}, /proc/PID/stat over the measured window).`,
  ];
  if (s.threadMicrosPerRequest !== undefined) {
    const [main, ...others] = s.threadMicrosPerRequest;
    lines.push('', `By thread (µs per request): main ${main}; the others ${others.length ? others.join(', ') : 'none'}.`);
  }
  if (s.memory) {
    const m = s.memory;
    lines.push('', `Resident memory at the end: ${m.nowMiB} MiB (peak ${m.peakMiB}); ${Object.entries(m.byMapping).map(([k, v]) => `${k} ${v}`).join(', ')} MiB.`);
  }
  if (s.instructionsPerRequest !== undefined) {
    lines.push('', `Instructions (valgrind callgrind, measured window only): **${s.instructionsPerRequest.toLocaleString('en')} per request** on the main thread, ${s.instructionsPerRequestAllThreads.toLocaleString('en')} with V8's compiler and GC threads.`);
  }
  if (a) {
    const table = (title, rows, n = rows.length) => ['', `## ${title}`, '', '| | µs/request |', '|---|---:|', ...rows.slice(0, n).filter((r) => r.usPerRequest >= 0.05).map((r) => `| ${r.name.replace(/\|/g, '\\|')} | ${r.usPerRequest.toFixed(2)} |`)];
    lines.push(
      '',
      `Sampled (--cpu-prof, every ${opt.interval} µs) while the load ran: ${a.sampledMicrosPerRequest} µs per request on the main thread, ${a.idleMicrosPerRequest} idle.`,
      ...table('Per step (innermost frame of our code on the stack; else the kind of code)', a.steps, 30),
      ...table('Self time per kind of code', a.kinds, 30),
      ...table(`Self time per function (top ${opt.top})`, a.functions),
    );
  }
  writeFileSync(`${base}.md`, lines.join('\n') + '\n');
  process.stdout.write(`${lines.slice(0, 6).join('\n')}\nwritten: ${relative(process.cwd(), base)}.json, .md\n`);
}
