/**
 * Every provider that providers/specs.tsv maps to an official spec verifies clean: each
 * difference from the spec is either fixed or in the provider's verify.allow list with a
 * reason, and no allow entry is stale. The specs come from the specs folder
 * ($SWITCHBOARD_SPECS_DIR, default ../shared/specs beside the repository) and from
 * devDependencies; a listed spec that is missing fails here, loudly, rather than being skipped.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDifference, formatStale, mappingFile, readSpecMapping, resolveSpecRef, specsDir, verifyProvider } from '@switchboard/generator';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url)).replace(/\/$/, '');
const rows = readSpecMapping(mappingFile(ROOT));
const apps = [...new Set(rows.map((r) => r.app))];

describe('providers/specs.tsv', () => {
  it('maps at least 40 providers, each to spec files that exist', () => {
    expect(apps.length).toBeGreaterThanOrEqual(40);
    const missing = rows.filter((r) => !existsSync(resolveSpecRef(r.spec, ROOT))).map((r) => `providers/specs.tsv:${r.line}: ${r.spec} → ${resolveSpecRef(r.spec, ROOT)}`);
    expect(missing, `specs folder: ${specsDir(ROOT)} (set SWITCHBOARD_SPECS_DIR); npm packages: run npm install`).toEqual([]);
  });

  it('names only providers of the registry', () => {
    for (const app of apps) expect(existsSync(join(ROOT, 'providers', `${app}.yaml`)), app).toBe(true);
  });
});

describe('switchboard verify, for every provider with a spec', () => {
  it.each(apps)('%s', (app) => {
    const specs = rows.filter((r) => r.app === app).map((r) => resolveSpecRef(r.spec, ROOT));
    const r = verifyProvider({ providersDir: join(ROOT, 'providers'), root: ROOT, app, specs });
    // The spec must describe the provider at all: most endpoints are found in it.
    expect(r.comparison.matched, `${app}: endpoints found in its spec`).toBeGreaterThan(0);
    const lines = [...r.reported.map((d) => formatDifference(r.file, d)), ...r.stale.map((s) => formatStale(r.file, s))];
    expect(lines).toEqual([]);
  }, 60_000);
});
