/**
 * Around the whole test run: compile the packages, start with an empty log folder, and at the end read every log
 * line any test gateway wrote and fail the run if one contains a secret a test used
 * (API keys, provider tokens, passwords).
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT } from './gateway.js';

const RUN = `${process.pid}-${Date.now()}`;
const LOG_DIR = join(ROOT, '.tmp', 'test-logs', RUN);

export function setup(): void {
  // Tests that spawn the CLI run its compiled JavaScript: bring dist/ up to date first
  // (incremental, a second or two when nothing changed).
  // Type errors do not stop the run here (tsc still emits); test/architecture/compile.test.ts reports them.
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-b'], { cwd: ROOT, stdio: 'pipe' });
  } catch {
    // reported by the compile test
  }
  // The SDK package's dual build (the consumer and docs-example tests read it); 0.3 s when current.
  try {
    execFileSync(process.execPath, [join(ROOT, 'packages/sdk/scripts/build.mjs')], { cwd: ROOT, stdio: 'pipe' });
  } catch {
    // reported by the compile test
  }
  // Test workers are forked after this runs and inherit the variable.
  process.env.SWITCHBOARD_TEST_RUN = RUN;
  rmSync(LOG_DIR, { recursive: true, force: true });
}

export function teardown(): void {
  if (!existsSync(LOG_DIR)) return;
  const secretsFile = join(LOG_DIR, 'secrets.txt');
  const secrets = existsSync(secretsFile) ? [...new Set(readFileSync(secretsFile, 'utf8').split('\n').filter((s) => s.length >= 8))] : [];
  const logs = readdirSync(LOG_DIR).filter((f) => f.endsWith('.log'));
  const leaks: string[] = [];
  let lines = 0;
  for (const f of logs) {
    const text = readFileSync(join(LOG_DIR, f), 'utf8');
    lines += text.split('\n').length - 1;
    for (const s of secrets) if (text.includes(s)) leaks.push(`${f}: contains a secret starting "${s.slice(0, 6)}"`);
  }
  if (leaks.length) throw new Error(`secrets found in gateway logs (kept in ${LOG_DIR}):\n${leaks.join('\n')}`);
  rmSync(LOG_DIR, { recursive: true, force: true });
  process.stdout.write(`log check: ${secrets.length} secrets, ${logs.length} log files, ${lines} lines, no leak\n`);
}
