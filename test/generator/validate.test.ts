/**
 * The provider validator (load → schema check → semantic check) on files that are each wrong
 * in exactly one way. Every fixture yields a diagnostic at the exact line (and column) of the
 * slip, with a message that names it, and nothing else. The minimal provider the fixtures
 * start from, the seed providers and the whole registry validate with no diagnostics at all.
 *
 * Fixtures live beside this file, one folder per case holding one provider file, grouped by
 * the stage or rule that catches the slip:
 *   test/generator/validate/load/<case>/          YAML syntax (src/load.ts)
 *   test/generator/validate/schema-check/<case>/  provider.schema.json (src/validate/schema-check.ts)
 *   test/generator/validate/rules/<rule>/<case>/  one semantic rule (src/validate/rules/<rule>.ts)
 * Every rule of RULES has a folder here with at least one case, and every folder is a rule.
 * A case is named in the table below by its path under test/generator/validate/.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../packages/generator/src/diagnostics.js';
import { validateFiles, validateRegistry } from '../../packages/generator/src/validate/index.js';
import { RULES } from '../../packages/generator/src/validate/rules/index.js';
import { checkSemantics } from '../../packages/generator/src/validate/semantic-check.js';
import { loadProviders } from '../../packages/generator/src/load.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const MALFORMED = join(ROOT, 'test/generator/validate');

interface Want {
  line: number;
  /** Checked where the column is meaningful (almost always). */
  col?: number;
  message: string;
  /** The fixture's file name when it is not demo.yaml (the file name must equal the app). */
  file?: string;
  /** How many diagnostics the one slip gives; 1 unless told. */
  count?: number;
}

// Each fixture has two comment lines on top (the schema pointer and what is broken), so the
// provider's own keys start on line 3.
const CASES: [string, Want][] = [
  // YAML syntax: the position-keeping parser words the error; js-yaml's mark when it has none.
  ['load/yaml-unclosed-bracket', { line: 7, col: 1, message: 'YAML: Flow sequence in block collection must be sufficiently indented and end with a ]' }],
  ['load/yaml-bad-indentation', { line: 10, col: 12, message: 'YAML: Implicit keys need to be on a single line', count: 2 }],
  ['load/yaml-tab-indentation', { line: 10, col: 1, message: 'YAML: Tabs are not allowed as indentation' }],
  ['load/yaml-duplicate-key', { line: 5, col: 1, message: 'YAML: Map keys must be unique' }],
  ['load/yaml-unknown-tag', { line: 4, col: 7, message: 'YAML: unknown scalar tag !<!shout>' }],
  ['load/not-a-mapping', { line: 1, col: 1, message: 'a provider file must be a YAML mapping' }],

  // Schema: types and unknown keys.
  ['schema-check/type-string-for-array', { line: 6, col: 13, message: 'categories: must be array, got string' }],
  ['schema-check/type-number-for-string', { line: 4, col: 7, message: 'name: must be string, got number' }],
  ['schema-check/param-default-wrong-type', { line: 26, col: 40, message: 'endpoints[0].query.limit.default: must be string' }],
  ['schema-check/unknown-top-level-key', { line: 12, col: 1, message: 'unknown property "ratelimit" (did you mean "rateLimit"?)' }],
  ['schema-check/unknown-nested-key', { line: 25, col: 5, message: 'endpoints[0]: unknown property "descripton" (did you mean "description"?)' }],

  // Schema: missing required properties, reported where the enclosing mapping starts.
  ['schema-check/missing-app', { line: 3, col: 1, message: 'missing required property "app"' }],
  ['schema-check/missing-auth', { line: 3, col: 1, message: 'missing required property "auth"' }],
  ['schema-check/missing-endpoints', { line: 3, col: 1, message: 'missing required property "endpoints"' }],
  ['schema-check/missing-endpoint-method', { line: 21, col: 5, message: 'endpoints[0]: missing required property "method"' }],
  ['schema-check/empty-endpoints', { line: 20, col: 12, message: 'endpoints: must NOT have fewer than 1 items' }],

  // App names.
  ['schema-check/app-name-pattern', { file: 'Demo_App.yaml', line: 3, col: 6, message: 'app: "Demo_App" is not a valid app name' }],
  ['rules/app-name/reserved-app-connections', { file: 'connections.yaml', line: 3, col: 6, message: 'app name "connections" is reserved' }],
  ['rules/app-name/reserved-app-api', { file: 'api.yaml', line: 3, col: 6, message: 'app name "api" is reserved' }],
  ['rules/app-name/reserved-app-oauth', { file: 'oauth.yaml', line: 3, col: 6, message: 'app name "oauth" is reserved' }],
  ['rules/app-name/file-name-mismatch', { line: 3, col: 6, message: 'app "other" must live in providers/other.yaml, not demo.yaml' }],

  // Placeholders: <var>, :segment, {param}, and declarations nothing uses.
  ['rules/upstream-placeholders/undeclared-base-url-variable', { line: 10, col: 12, message: '<region> is not declared under variables' }],
  ['rules/path-segments/undeclared-path-segment', { line: 23, col: 11, message: ':accountId is not a declared variable' }],
  ['rules/path-parameters/undeclared-path-param', { line: 23, col: 11, message: 'path parameter {thingId} is not declared in params or in the provider\'s parameters' }],
  ['rules/path-parameters/unused-param', { line: 26, col: 7, message: 'param "thingId" is declared but the path has no {thingId}' }],
  ['rules/path-parameters/unused-shared-parameter', { line: 13, col: 3, message: 'shared parameter "thingId" is not used by any endpoint path' }],
  ['rules/unused-variables/unused-variable', { line: 13, col: 3, message: 'variable "region" is declared but never used' }],
  ['rules/upstream-placeholders/origin-variable-without-format', { line: 10, col: 12, message: '<store_url> stands for a whole origin, so variable "store_url" needs format: origin' }],
  ['schema-check/base-url-with-path', { line: 10, col: 12, message: 'upstream.baseUrl: "https://api.example.com/v1" is not a base URL' }],

  // Endpoints.
  ['rules/endpoint-ids/duplicate-endpoint-id', { line: 25, col: 9, message: 'endpoint id "listThings" is already used by endpoints[0]' }],
  ['rules/endpoint-routes/duplicate-route', { line: 29, col: 11, message: 'GET /things/{thingId} is already endpoints[0] (getThing)' }],
  ['rules/endpoint-routes/template-param-names', { line: 29, col: 11, message: '/things/{thingId} is the path of endpoints[0] (/things/{id}) with other parameter names' }],
  ['schema-check/invalid-endpoint-id', { line: 21, col: 9, message: 'endpoints[0].id: "list_things" is not a valid endpoint id' }],
  ['schema-check/invalid-http-method', { line: 22, col: 13, message: 'endpoints[0].method: "FETCH" is not one of "GET", "POST"' }],
  ['rules/request-bodies/get-with-body', { line: 25, col: 5, message: 'GET requests carry no body' }],
  ['rules/request-bodies/empty-response-with-schema', { line: 27, col: 14, message: 'an answer marked empty has no body, so it takes no schema or example' }],
  ['rules/verify-allow-list/unknown-operation', { line: 28, col: 20, message: 'verify.allow names operation "listThing", which is not an endpoint id of this provider' }],
  ['rules/connection-modes/mcp-tool-without-mcp', { line: 20, col: 1, message: 'mcp-tool endpoints need an "mcp" server section' }],
  ['schema-check/graphql-without-document', { line: 30, col: 5, message: 'endpoints[1].graphql: missing required property "document"' }],
  ['schema-check/pagination-bad-style', { line: 12, col: 22, message: 'pagination.style: "pages" is not one of "cursor", "offset", "page", "link", "url"' }],

  // JSON Schemas in bodies and responses. The meta-schema error is placed at the schema's
  // start (the message carries the pointer), so only its line is checked.
  ['rules/json-schemas/body-schema-bad-type', { line: 26, message: 'not a valid JSON Schema: /properties/name/type must be equal to one of the allowed values' }],
  ['rules/json-schemas/body-schema-junk-key', { line: 26, col: 99, message: '"shown in lists" is not a JSON Schema keyword (an unquoted comma inside { … } ends the value before it' }],
  ['rules/json-schemas/unresolvable-ref', { line: 28, col: 24, message: '$ref "#/$defs/thing" does not resolve inside this schema' }],

  // Regular expressions.
  ['rules/variable-sources/invalid-regex', { line: 15, col: 14, message: 'invalid regular expression: /^[a-z(0-9$/: Unterminated character class' }],
  ['schema-check/pattern-not-anchored', { line: 15, col: 14, message: 'variables.region.pattern: "[a-z]{2}[0-9]" must be a regular expression anchored with ^ and $' }],
  ['rules/variable-sources/extract-without-group', { line: 17, col: 48, message: 'extract needs one capture group' }],

  // Added headers, GraphQL documents, parameter specs, paging switches.
  ['rules/header-and-query-templates/header-unknown-field', { line: 22, col: 16, message: '{account_id} is not a declared variable or credential field' }],
  ['rules/graphql-documents/graphql-unbalanced-braces', { line: 27, col: 17, message: 'unbalanced braces in the GraphQL document' }],
  ['rules/parameter-specs/array-param-without-items', { line: 26, col: 7, message: 'array parameter "ids" needs items' }],
  ['rules/endpoint-pagination/pagination-off-without-provider-paging', { line: 25, col: 17, message: 'pagination: false, but the provider declares no pagination' }],

  // Files read the same under YAML 1.1 (PyYAML) as under 1.2.
  ['rules/yaml-1-1/question-mark-in-flow-map', { line: 27, col: 41, message: 'YAML 1.1 parsers (PyYAML) end a plain scalar at "?" inside { } or [ ]: quote this text' }],
  ['rules/yaml-1-1/yes-no-on-off-unquoted', { line: 26, col: 43, message: 'YAML 1.1 parsers (PyYAML) read "ON" as boolean true, YAML 1.2 as the string "ON"' }],

  // Credentials and OAuth.
  ['rules/auth-methods/inject-unknown-field', { line: 18, col: 52, message: '{api_token} is neither a credential field of API_KEY (api_key) nor a variable' }],
  ['rules/auth-methods/path-inject-without-pattern', { line: 18, col: 49, message: 'credential field "bot_token" goes into the URL path, so it needs a pattern' }],
  ['rules/auth-methods/oauth-url-token-response-variable', { line: 22, col: 25, message: '<instance> is needed before the OAuth flow starts, so it must come from the form, an env setting or a default' }],
  ['rules/auth-methods/token-url-token-response-variable', { line: 24, col: 17, message: '<region> is needed for the code exchange, so it must come from the form, the OAuth callback, an env setting or a default' }],
  ['rules/variable-sources/form-option-outside-pattern', { line: 21, col: 24, message: 'option "api.example.eu" does not match the variable\'s pattern' }],
  ['rules/variable-sources/metadata-url-later-variable', { line: 17, col: 26, message: '<api_host> must be a variable declared above "orgId" that the connection stores (not an env setting or a whole origin)' }],
];

/** Fixtures that show a product bug; they are checked in the last describe block. */
const BUG_CASES = ['schema-check/missing-upstream-and-mcp'];

/** Case folders (those holding a provider file), as paths under test/generator/validate/. */
function caseFolders(dir = ''): string[] {
  const entries = readdirSync(join(MALFORMED, dir));
  if (entries.some((e) => /\.ya?ml$/.test(e))) return [dir];
  return entries
    .filter((e) => statSync(join(MALFORMED, dir, e)).isDirectory())
    .flatMap((e) => caseFolders(dir ? `${dir}/${e}` : e))
    .sort();
}

function lint(folder: string): Diagnostic[] {
  return validateRegistry(join(MALFORMED, folder), ROOT).diagnostics;
}

describe('malformed providers: one diagnostic, at the slip', () => {
  it('every fixture folder holds one provider file and has a row here', () => {
    const folders = caseFolders();
    expect(folders).toEqual([...CASES.map(([name]) => name), ...BUG_CASES].sort());
    for (const folder of folders) expect(readdirSync(join(MALFORMED, folder))).toHaveLength(1);
    expect(folders.length).toBeGreaterThanOrEqual(35);
  });

  it('every semantic rule has a fixture folder with at least one case, and every rule folder is a rule', () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(readdirSync(join(MALFORMED, 'rules')).sort()).toEqual([...names].sort());
    for (const name of names) expect(readdirSync(join(MALFORMED, 'rules', name)).length, `rules/${name}`).toBeGreaterThanOrEqual(1);
  });

  it.each(CASES.filter(([f]) => f.startsWith('rules/')))('%s is caught by that rule alone', (folder, want) => {
    const rule = RULES.find((r) => r.name === folder.split('/')[1])!;
    const { sources } = loadProviders([join(MALFORMED, folder, want.file ?? 'demo.yaml')], ROOT);
    const found = checkSemantics(sources[0]!, [rule]);
    expect(found.some((d) => d.line === want.line && d.message.includes(want.message)), JSON.stringify(found)).toBe(true);
  });

  it.each(CASES)('%s', (folder, want) => {
    const { providers, diagnostics } = validateRegistry(join(MALFORMED, folder), ROOT);
    expect(providers).toEqual([]);
    const file = `test/generator/validate/${folder}/${want.file ?? 'demo.yaml'}`;
    expect(diagnostics.map((d) => d.file)).toEqual(Array(want.count ?? 1).fill(file));
    const hit = diagnostics.find(
      (d) => d.line === want.line && (want.col === undefined || d.col === want.col) && d.message.includes(want.message),
    );
    expect(hit, `no diagnostic at ${want.line}:${want.col ?? '*'} containing ${JSON.stringify(want.message)}; got ${JSON.stringify(diagnostics)}`).toBeDefined();
  });

  it('validateFiles gives the same answer for a single file as validateRegistry for its folder', () => {
    const folder = 'rules/endpoint-routes/duplicate-route';
    const direct = validateFiles([join(MALFORMED, folder, 'demo.yaml')], ROOT);
    expect(direct.diagnostics).toEqual(lint(folder));
    expect(direct.diagnostics).toEqual([
      {
        file: 'test/generator/validate/rules/endpoint-routes/duplicate-route/demo.yaml',
        line: 29,
        col: 11,
        message: 'GET /things/{thingId} is already endpoints[0] (getThing); merge them into one entry',
      },
    ]);
  });

  it('reports every broken file of a batch, sorted by file', () => {
    const folders = ['rules/unused-variables/unused-variable', 'rules/request-bodies/get-with-body', 'schema-check/missing-app'];
    const { diagnostics } = validateFiles(folders.map((f) => join(MALFORMED, f, 'demo.yaml')), ROOT);
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.col}`)).toEqual([
      'test/generator/validate/rules/request-bodies/get-with-body/demo.yaml:25:5',
      'test/generator/validate/rules/unused-variables/unused-variable/demo.yaml:13:3',
      'test/generator/validate/schema-check/missing-app/demo.yaml:3:1',
    ]);
  });
});

describe('valid providers: no diagnostics', () => {
  // The provider every fixture starts from (each fixture breaks exactly one thing in it).
  const MINIMAL = `# yaml-language-server: $schema=../packages/generator/schema/provider.schema.json
app: demo
name: Demo
description: A small provider for the validator tests.
categories: [testing]
docs: https://example.com/docs

upstream:
  baseUrl: https://api.example.com

auth:
  methods:
    - type: API_KEY
      fields:
        - { name: api_key, label: API key }
      inject:
        - { style: header, name: X-Api-Key, value: '{api_key}' }

endpoints:
  - id: listThings
    method: GET
    path: /things
    summary: List things.
`;
  const tmp = mkdtempSync(join(tmpdir(), 'switchboard-validate-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('the minimal provider the fixtures start from', () => {
    writeFileSync(join(tmp, 'demo.yaml'), MINIMAL);
    const { providers, diagnostics } = validateRegistry(tmp, ROOT);
    expect(diagnostics).toEqual([]);
    expect(providers.map((p) => [p.source.file, p.file.app, p.file.endpoints.length])).toEqual([
      [relative(ROOT, join(tmp, 'demo.yaml')), 'demo', 1],
    ]);
  });

  it.each(['quickbooks', 'slack'])('providers/%s.yaml', (app) => {
    const { providers, diagnostics } = validateFiles([join(ROOT, 'providers', `${app}.yaml`)], ROOT);
    expect(diagnostics).toEqual([]);
    expect(providers.map((p) => [p.source.file, p.file.app])).toEqual([[`providers/${app}.yaml`, app]]);
  });

  it('the whole registry under providers/', () => {
    const files = readdirSync(join(ROOT, 'providers')).filter((f) => f.endsWith('.yaml')).sort();
    const { providers, diagnostics } = validateRegistry(join(ROOT, 'providers'), ROOT);
    expect(diagnostics).toEqual([]);
    expect(providers.map((p) => p.source.file)).toEqual(files.map((f) => `providers/${f}`));
    expect(providers.every((p) => `${p.file.app}.yaml` === p.source.file.slice('providers/'.length))).toBe(true);
  });
});

describe('messages found wrong once, now right', () => {
  it('missing-upstream-and-mcp: the anyOf message is given, at 1:1', () => {
    expect(lint('schema-check/missing-upstream-and-mcp')).toContainEqual({
      file: 'test/generator/validate/schema-check/missing-upstream-and-mcp/demo.yaml',
      line: 1,
      col: 1,
      message: 'needs "upstream" (a REST base URL) or "mcp" (an MCP server), or both',
    });
  });

  // The root anyOf's branches used to add 'missing required property "mcp"' and '… "upstream"'.
  it('missing-upstream-and-mcp: only the anyOf message, no "missing required" per branch', () => {
    expect(lint('schema-check/missing-upstream-and-mcp').map((d) => d.message)).toEqual([
      'needs "upstream" (a REST base URL) or "mcp" (an MCP server), or both',
    ]);
  });

  // A union of four types used to read "string or number,integer,boolean".
  it('param-default-wrong-type: a union of types is written in words, not comma-joined', () => {
    const [d] = lint('schema-check/param-default-wrong-type');
    expect(d?.message).toMatch(/^endpoints\[0\]\.query\.limit\.default: must be /);
    expect(d?.message).not.toMatch(/[a-z],[a-z]/);
  });
});
