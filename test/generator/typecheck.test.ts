/**
 * `tsc --noEmit` over generated/ and sdk/ is clean, and the README's client example compiles
 * against the generated clients (through the package's own export paths).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/gateway.js';

const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

function tsc(project: string): string {
  try {
    execFileSync(process.execPath, [TSC, '-p', project, '--pretty', 'false'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (err) {
    return String((err as { stdout?: string }).stdout ?? err);
  }
}

describe('type checks', () => {
  it('generated/ and sdk/ compile with no error', () => {
    expect(tsc('tsconfig.generated.json')).toBe('');
  }, 180_000);

  it('the README example compiles, and a wrong call in it would not', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toContain("from 'switchboard/clients/slack'");
    const dir = join(ROOT, '.tmp', 'readme-example');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'example.ts'), `export {};\n${example}`);
    // The same block with one mistake: a query parameter QuickBooks does not take.
    writeFileSync(join(dir, 'broken.ts'), `export {};\n${example!.replace("query: { query: 'SELECT", "query: { sql: 'SELECT")}`);
    const config = (file: string) => {
      const path = join(dir, `tsconfig.${file}.json`);
      writeFileSync(path, JSON.stringify({ extends: '../../tsconfig.json', compilerOptions: { types: ['node'] }, include: [`${file}.ts`] }));
      return path;
    };
    expect(tsc(config('example'))).toBe('');
    expect(tsc(config('broken'))).toMatch(/broken\.ts\(\d+,\d+\): error TS2353: .*'sql'/);
  }, 180_000);
});
