/**
 * The packages compile with no type error (`tsc -b`, what `npm ci` runs through `prepare`),
 * and the tests and scripts type-check against the packages' sources.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/gateway.js';

const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

function tsc(...args: string[]): string {
  try {
    execFileSync(process.execPath, [TSC, ...args, '--pretty', 'false'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    return `${e.stdout ?? ''}${e.stderr ?? ''}`;
  }
}

describe('compilation', () => {
  it('every package compiles with no type error (tsc -b)', () => {
    expect(tsc('-b')).toBe('');
  }, 180_000);

  it('the SDK package builds: ESM, CommonJS and declarations from its sources and generated/', () => {
    let out = '';
    try {
      execFileSync(process.execPath, [join(ROOT, 'packages/sdk/scripts/build.mjs')], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string };
      out = `${e.stdout ?? ''}${e.stderr ?? ''}` || 'build failed';
    }
    expect(out).toBe('');
  }, 180_000);

  it('tests, benchmarks and scripts type-check against the packages', () => {
    expect(tsc('-p', 'tsconfig.test.json')).toBe('');
  }, 180_000);
});
