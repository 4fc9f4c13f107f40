/**
 * `switchboard verify` on a small provider and small specs of each format it reads (OpenAPI 3
 * in YAML split over two files, Swagger 2 JSON, a Google Discovery document): every kind of
 * difference is found where it is planted and nowhere else, the allow-list takes reviewed
 * differences out and reports entries that match nothing, and the command's exit codes and
 * one-line errors are what the usage says.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DIFFERENCE_KINDS, verifyProvider, type VerifyResult } from '@switchboard/generator';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const FIXTURES = join(ROOT, 'test/generator/verify/fixtures');
const PROVIDERS = join(FIXTURES, 'providers');
const spec = (name: string) => join(FIXTURES, 'specs', name);

function summary(r: VerifyResult): string[] {
  return r.reported.map((d) => `${d.kind} ${d.operation}${d.property ? ` ${d.property}` : ''}`).sort();
}

describe('verify against OpenAPI 3 (YAML, $ref into a second file, server base path)', () => {
  const r = verifyProvider({ providersDir: PROVIDERS, root: ROOT, app: 'demo', specs: [spec('openapi.yaml')] });

  it('finds each planted difference, by kind, operation and property', () => {
    expect(summary(r)).toEqual(
      [
        'missing-required-query listThings cursor', // key comes from the auth inject, region is ours
        'unknown-response-property getThing colour', // Thing (in things.yaml) has id and name only
        'unknown-operation listWidgets',
        'method-mismatch updateThing',
        'body-type-mismatch createThing name',
        'unknown-body-property createThing enabled',
        'unknown-body-property createThing meta.secret',
        'missing-required-body-property createThing colour', // not declared
        'missing-required-body-property createThing name', // declared, but optional where the body lists required ones
        'path-param-mismatch searchThings',
      ].sort(),
    );
  });

  it('compares path parameters by position and takes a literal where the spec has a parameter', () => {
    const ops = new Set(r.reported.map((d) => d.operation));
    expect(ops.has('getMyThing')).toBe(false); // /things/mine is the spec's /things/{thing_id}
    expect(r.comparison.compared).toBe(7);
    expect(r.comparison.matched).toBe(4); // listThings, getThing, getMyThing, createThing
  });

  it('says what the spec has instead, and locates the endpoint in the YAML', () => {
    const method = r.reported.find((d) => d.kind === 'method-mismatch')!;
    expect(method.message).toContain('PUT /v1/things/{thing}: the spec has this path with GET, PATCH only');
    const text = readFileSync(join(PROVIDERS, 'demo.yaml'), 'utf8').split('\n');
    expect(text[method.line - 1]!.slice(method.col - 1)).toBe('updateThing');
    const reverse = r.reported.find((d) => d.kind === 'path-param-mismatch')!;
    expect(reverse.message).toContain('/v1/things/search/run');
  });
});

describe('verify against Swagger 2 and Google Discovery', () => {
  it('reads Swagger 2 body parameters, definitions and basePath', () => {
    const r = verifyProvider({ providersDir: PROVIDERS, root: ROOT, app: 'demo', specs: [spec('swagger.json')] });
    const mine = summary(r).filter((l) => /createThing|getThing /.test(l));
    expect(mine).toEqual([
      'body-type-mismatch createThing name',
      'missing-required-body-property createThing label',
      'unknown-body-property createThing enabled',
      'unknown-body-property createThing meta',
      'unknown-response-property getThing colour',
    ]);
  });

  it('reads Discovery resources, flatPath and $ref by schema name; int64 strings take integers', () => {
    const r = verifyProvider({ providersDir: PROVIDERS, root: ROOT, app: 'demo', specs: [spec('discovery.json')] });
    const mine = summary(r).filter((l) => /createThing|getThing /.test(l));
    expect(mine).toEqual([
      'body-type-mismatch createThing name',
      'unknown-body-property createThing enabled',
      'unknown-body-property createThing meta',
      'unknown-response-property getThing colour',
    ]);
  });
});

describe('verify: the harder cases', () => {
  const r = verifyProvider({ providersDir: PROVIDERS, root: ROOT, app: 'demo', specs: [spec('extras.json')] });
  const ops = (kind: string) => r.reported.filter((d) => d.kind === kind).map((d) => `${d.operation}${d.property ? ` ${d.property}` : ''}`);

  it('takes servers given on a path, server variables at their defaults, over the document\'s', () => {
    expect(ops('unknown-operation')).not.toContain('listWidgets');
    expect(r.comparison.matched).toBe(5); // widgets, things/{}, things/mine, POST things, things/{}/run
  });

  it('picks, among paths alike but for parameter names, the operation that differs least', () => {
    expect(ops('unknown-response-property')).toEqual([]); // things-get has colour; things-get-by-number would not
  });

  it('takes OData actions without their namespace, and does not ask for @odata annotations', () => {
    expect(ops('unknown-operation')).toEqual([]); // searchThings is POST …/{id}/microsoft.graph.run here
    expect(ops('path-param-mismatch')).toEqual([]);
    expect(ops('method-mismatch').sort()).toEqual(['listThings', 'updateThing']);
    expect(ops('missing-required-body-property')).toEqual([]);
  });

  it('merges a property that several allOf branches declare', () => {
    expect(ops('unknown-body-property')).toEqual([]); // meta.owner in one branch, meta.secret in the other
    expect(ops('body-type-mismatch')).toEqual([]); // name is an integer in this spec
  });
});

describe('the allow-list', () => {
  const dir = mkdtempSync(join(tmpdir(), 'verify-allow-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const withAllow = (allow: string) => {
    writeFileSync(join(dir, 'demo.yaml'), `${readFileSync(join(PROVIDERS, 'demo.yaml'), 'utf8')}\nverify:\n  allow:\n${allow}`);
    return verifyProvider({ providersDir: dir, root: ROOT, app: 'demo', specs: [spec('openapi.yaml')] });
  };

  it('takes out what an entry names (by operation, kind and property) and keeps its reason', () => {
    const r = withAllow(
      [
        "    - { operation: [listWidgets, updateThing], kind: unknown-operation, reason: 'Widgets are documented but not in the spec yet.' }",
        "    - { operation: createThing, kind: unknown-body-property, property: enabled, reason: 'The service takes enabled; the spec lags.' }",
      ].join('\n'),
    );
    expect(r.allowed.map((d) => `${d.operation} ${d.property ?? ''}`.trim())).toEqual(['listWidgets', 'createThing enabled']);
    expect(r.allowed[1]!.reason).toBe('The service takes enabled; the spec lags.');
    expect(summary(r)).toContain('unknown-body-property createThing meta.secret');
    // updateThing is a method-mismatch, not unknown-operation: that half of the entry is stale.
    expect(r.stale.map((s) => `${s.operation} ${s.kind}`)).toEqual(['updateThing unknown-operation']);
    const text = readFileSync(join(dir, 'demo.yaml'), 'utf8').split('\n');
    expect(text[r.stale[0]!.line - 1]).toContain('updateThing');
  });

  it('rejects an entry without a reason or naming no endpoint, at file:line:col', () => {
    const noReason = spawnVerify(['--dir', dir, '--against', spec('openapi.yaml')], () =>
      withAllowFile("    - { operation: listWidgets, kind: unknown-operation }"),
    );
    expect(noReason.status).toBe(2);
    expect(noReason.stdout).toMatch(/demo\.yaml:\d+:\d+ .*reason/);
    const unknown = spawnVerify(['--dir', dir, '--against', spec('openapi.yaml')], () =>
      withAllowFile("    - { operation: nope, kind: unknown-operation, reason: 'No such endpoint here.' }"),
    );
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toMatch(/demo\.yaml:\d+:\d+ +verify\.allow names operation "nope"/);
  });

  function withAllowFile(allow: string) {
    writeFileSync(join(dir, 'demo.yaml'), `${readFileSync(join(PROVIDERS, 'demo.yaml'), 'utf8')}\nverify:\n  allow:\n${allow}\n`);
  }
});

function spawnVerify(args: string[], before?: () => void) {
  before?.();
  const { status, stdout, stderr } = spawnSync(process.execPath, ['packages/cli/bin/switchboard.js', 'verify', 'demo', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SWITCHBOARD_DEBUG: '' },
  });
  return { status, stdout, stderr };
}

describe('switchboard verify (the command)', () => {
  it('exits 1 and prints one line per difference: file:line:col  kind  operation [property]  message', () => {
    const r = spawnVerify(['--dir', PROVIDERS, '--against', spec('openapi.yaml')]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(10);
    for (const l of lines) expect(l).toMatch(new RegExp(`^test/generator/verify/fixtures/providers/demo\\.yaml:\\d+:\\d+  (${DIFFERENCE_KINDS.join('|')})  \\w+( \\S+)?  (GET|PUT|POST) /v1/`));
    expect(r.stderr).toMatch(/^demo: 7 endpoints compared \(4 found in the spec\); 10 difference\(s\): 10 reported, 0 allowed; 0 stale allow entries$/m);
  });

  it('exits 2 with one line for a spec it cannot parse, a missing spec, an unknown format and bad usage', () => {
    const broken = spawnVerify(['--dir', PROVIDERS, '--against', spec('broken.yaml')]);
    expect(broken.status).toBe(2);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    expect(broken.stderr).toMatch(/broken\.yaml: not valid JSON or YAML/);
    const missing = spawnVerify(['--dir', PROVIDERS, '--against', spec('nope.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: no such spec file/);
    const notASpec = spawnVerify(['--dir', PROVIDERS, '--against', spec('things.yaml')]);
    expect(notASpec.status).toBe(2);
    expect(notASpec.stderr).toMatch(/things\.yaml: not an OpenAPI 3\.x, Swagger 2\.0 or Google Discovery document/);
    const noApp = spawnSync(process.execPath, ['packages/cli/bin/switchboard.js', 'verify'], { cwd: ROOT, encoding: 'utf8' });
    expect(noApp.status).toBe(2);
    expect(noApp.stderr).toMatch(/name the APP to verify/);
    const unknownApp = spawnSync(process.execPath, ['packages/cli/bin/switchboard.js', 'verify', 'no-such-app'], { cwd: ROOT, encoding: 'utf8' });
    expect(unknownApp.status).toBe(2);
    for (const out of [broken, missing, notASpec, noApp, unknownApp]) expect(out.stderr).not.toMatch(/^ {4}at /m);
  });

  it('reads shared: references from SWITCHBOARD_SPECS_DIR', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-specs-'));
    try {
      cpSync(join(FIXTURES, 'specs'), join(dir, 'demo'), { recursive: true });
      const { status, stdout } = spawnSync(
        process.execPath,
        ['packages/cli/bin/switchboard.js', 'verify', 'demo', '--dir', PROVIDERS, '--against', 'shared:demo/openapi.yaml'],
        { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SWITCHBOARD_SPECS_DIR: dir } },
      );
      expect(status).toBe(1);
      expect(stdout.trim().split('\n')).toHaveLength(10);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
