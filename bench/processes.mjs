// Process helpers of the benchmarks that start their own setups (bench:latency, bench:shared):
// a process pinned to CPUs in its own process group, waiting for a port, stopping a group.
import { spawn } from 'node:child_process';
import { connect } from 'node:net';

/** `node ARGS…` pinned to `cpus` (taskset), in a process group of its own; its output is kept for errors. */
export function start(cpus, args, env) {
  const child = spawn('taskset', ['-c', cpus, process.execPath, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  return { child, output: () => out };
}

/** Whether something accepts connections on 127.0.0.1:`port`. */
export function listening(port) {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1', () => {
      s.end();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

/** Polls `check` every 100 ms until it is true; throws after `ms`. */
export async function waitFor(check, what, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** SIGTERM to the process group, SIGKILL after 5 s; resolves when the process has exited. */
export async function stop(p) {
  const exited = new Promise((r) => p.child.once('exit', r));
  try {
    process.kill(-p.child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const t = setTimeout(() => process.kill(-p.child.pid, 'SIGKILL'), 5000);
  await exited;
  clearTimeout(t);
}
