/**
 * Every provider file reads the same under PyYAML (YAML 1.1) as under our loader (YAML 1.2):
 * the real parser behind the yaml-1-1 lint rule, run over the whole registry. Needs python3
 * with PyYAML; where that is missing the test is skipped and says so.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listProviderFiles, loadProviders } from '../../packages/generator/src/load.js';

const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const probe = spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' });
const hasPyYaml = probe.status === 0;

const SCRIPT = `
import json, sys, yaml
out = {}
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    # libyaml (CSafeLoader) is 10x faster and types values the same way, but its scanner takes a
    # "?" inside a flow collection that PyYAML's own rejects: files with a "?" get the pure one.
    loader = yaml.SafeLoader if "?" in text else getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        out[path] = {"data": yaml.load(text, Loader=loader)}
    except Exception as e:
        out[path] = {"error": str(e).splitlines()[0]}
json.dump(out, sys.stdout, default=lambda o: {"__python__": type(o).__name__})
`;

/** Merge keys resolved (both sides), then keys sorted, so only values are compared. */
function normal(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normal);
  if (typeof v === 'object' && v !== null) {
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => k !== '<<')
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, x]) => [k, normal(x)]),
    );
  }
  return v;
}

describe.skipIf(!hasPyYaml)('providers under PyYAML', () => {
  it('every file parses and gives the same data as our loader', () => {
    const files = listProviderFiles(join(ROOT, 'providers'));
    const run = spawnSync('python3', ['-c', SCRIPT, ...files], { encoding: 'utf8', maxBuffer: 512 * 2 ** 20 });
    expect(run.status, run.stderr).toBe(0);
    const py = JSON.parse(run.stdout) as Record<string, { data?: unknown; error?: string }>;
    const { sources } = loadProviders(files, ROOT);
    expect(sources).toHaveLength(files.length);
    const differ: string[] = [];
    for (const [i, s] of sources.entries()) {
      const theirs = py[files[i]!]!;
      if (theirs.error) differ.push(`${s.file}: PyYAML: ${theirs.error}`);
      else if (JSON.stringify(normal(theirs.data)) !== JSON.stringify(normal(s.data))) differ.push(`${s.file}: PyYAML reads other values`);
    }
    expect(differ).toEqual([]);
  }, 120_000);
});

it.runIf(!hasPyYaml)('PyYAML is not installed here: the registry check above was skipped', () => {
  expect(hasPyYaml).toBe(false);
});
