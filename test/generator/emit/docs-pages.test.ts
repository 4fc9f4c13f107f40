/**
 * The committed reference pages (generated/docs/): every page that uses `$BASE` in a curl
 * example says what it is before its first use, and the gateway's error table lives in one
 * place (docs/errors.md), each page linking to it instead of repeating it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const DOCS = join(ROOT, 'generated', 'docs');
const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md') && f !== 'README.md');

describe('generated/docs pages', () => {
  it('there is a page for every provider', () => {
    expect(pages.length).toBe(readdirSync(join(ROOT, 'providers')).filter((f) => f.endsWith('.yaml')).length);
  });

  it.each(pages)('%s defines $BASE before its first use and links to the one error table', (page) => {
    const text = readFileSync(join(DOCS, page), 'utf8');
    const definition = text.indexOf('`$BASE` is your gateway\'s address');
    expect(definition).toBeGreaterThan(0);
    const firstUse = text.indexOf('"$BASE/');
    if (firstUse >= 0) expect(definition).toBeLessThan(firstUse);
    expect(text.match(/`\$BASE` is your gateway's address/g)).toHaveLength(1);
    expect(text).not.toMatch(/\| `GW_ERR_[A-Z_]+` \|/);
    const link = /\[Gateway errors\]\(([^)]+)\)/.exec(text)?.[1];
    expect(link).toBe('../../docs/errors.md');
    expect(existsSync(resolve(dirname(join(DOCS, page)), link!))).toBe(true);
  });

  it('the index says what BASE is and links to the error table', () => {
    const text = readFileSync(join(DOCS, 'README.md'), 'utf8');
    expect(text).toContain('`BASE` is your gateway\'s address, e.g. `http://localhost:8080`');
    expect(text).toContain('[Gateway errors](../../docs/errors.md)');
    expect(existsSync(join(ROOT, 'docs', 'errors.md'))).toBe(true);
  });
});
