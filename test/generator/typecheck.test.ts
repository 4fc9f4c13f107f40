/**
 * Type checks of what users read and import: generated/ (clients and schema types) with the
 * SDK's sources, the SDK's own type assertions (test/sdk/types.test.ts), the README's client
 * example, and every TypeScript example in generated/docs. The examples import the package's
 * paths (`@switchboard/sdk`, `@switchboard/sdk/clients/<app>`), mapped here to the sources so
 * no build is needed; test/consumer/sdk-consumer.test.ts checks the same paths in the package.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** A tsconfig in `dir` (under .tmp/) that resolves the package's import paths to the sources. */
function config(dir: string, name: string, include: string[]): string {
  const path = join(dir, `tsconfig.${name}.json`);
  const up = '../../';
  writeFileSync(
    path,
    JSON.stringify({
      extends: `${up}tsconfig.base.json`,
      compilerOptions: {
        noEmit: true,
        composite: false,
        declaration: false,
        declarationMap: false,
        customConditions: ['source'],
        paths: { '@switchboard/sdk': [`${up}packages/sdk/src/index.ts`], '@switchboard/sdk/clients/*': [`${up}generated/clients/*.ts`] },
      },
      include,
    }),
  );
  return path;
}

/**
 * Doc examples that cannot compile until the registry or the schema types change; each is named
 * with its example (file in generated/docs, n-th ```ts block) and the error. The test fails when
 * one of them starts compiling, so the list only shrinks.
 */
// Examples known not to compile, by page and position, with the error they give: the list can
// only shrink (an entry that starts compiling fails the test too). Empty: every example compiles.
const KNOWN: Record<string, string> = {};

describe('type checks', () => {
  it('generated/ and the SDK compile with no error, and so do the SDK type assertions', () => {
    expect(tsc('tsconfig.generated.json')).toBe('');
    const dir = join(ROOT, '.tmp', 'sdk-types');
    mkdirSync(dir, { recursive: true });
    expect(tsc(config(dir, 'types', [`../../test/sdk/types.test.ts`]))).toBe('');
  }, 180_000);

  it('the README example compiles, and a wrong call in it would not', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toContain("from '@switchboard/sdk/clients/slack'");
    const dir = join(ROOT, '.tmp', 'readme-example');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'example.ts'), `export {};\n${example}`);
    // The same block with one mistake: a query parameter QuickBooks does not take.
    writeFileSync(join(dir, 'broken.ts'), `export {};\n${example!.replace("query: { query: 'SELECT", "query: { sql: 'SELECT")}`);
    expect(tsc(config(dir, 'example', ['example.ts']))).toBe('');
    expect(tsc(config(dir, 'broken', ['broken.ts']))).toMatch(/broken\.ts\(\d+,\d+\): error TS2353: .*'sql'/);
  }, 180_000);

  it('every TypeScript example in generated/docs compiles', () => {
    // One file an example (each is a module: imports, top-level await), one tsc program for all.
    const dir = join(ROOT, '.tmp', 'docs-examples');
    rmSync(dir, { recursive: true, force: true });
    let count = 0;
    for (const file of readdirSync(join(ROOT, 'generated', 'docs')).filter((f) => f.endsWith('.md'))) {
      const app = file.replace(/\.md$/, '');
      const blocks = [...readFileSync(join(ROOT, 'generated', 'docs', file), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
      if (!blocks.length) continue;
      mkdirSync(join(dir, app), { recursive: true });
      blocks.forEach((code, i) => writeFileSync(join(dir, app, `${i + 1}.ts`), code));
      count += blocks.length;
    }
    expect(count).toBeGreaterThan(3000);
    const errors = new Map<string, string[]>();
    for (const line of tsc(config(dir, 'docs', ['*/*.ts'])).split('\n')) {
      const m = /^(?:.*docs-examples\/)?([^/(]+\/\d+)\.ts\(\d+,\d+\): error (TS\d+)/.exec(line);
      if (m) errors.set(m[1]!, [...(errors.get(m[1]!) ?? []), m[2]!]);
      else if (line.trim() && !line.startsWith(' ')) errors.set(line, ['?']);
    }
    const unexpected = [...errors].filter(([example, codes]) => !codes.every((c) => c === KNOWN[example]));
    expect(unexpected.map(([example, codes]) => `${example}.ts: ${codes.join(', ')}`)).toEqual([]);
    expect(Object.keys(KNOWN).filter((example) => !errors.has(example))).toEqual([]);
  }, 180_000);
});
