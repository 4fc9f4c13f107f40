/**
 * `switchboard lint` as a user runs it: the real bin script in a child process. On a folder
 * with a broken provider it exits 1, prints each problem on stdout as `file:line:col  message`
 * and a one-line summary on stderr, and never a stack trace; on the committed registry it
 * exits 0 with only the summary.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function lint(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['packages/cli/bin/switchboard.js', 'lint', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SWITCHBOARD_DEBUG: '' },
  });
  return { status, stdout, stderr };
}

function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/^ {4}at /m);
  expect(text).not.toMatch(/\.ts:\d+/);
}

// [fixture folder, the exact stdout lines]
const BROKEN: [string, string[]][] = [
  ['load/yaml-unclosed-bracket', ['test/generator/validate/load/yaml-unclosed-bracket/demo.yaml:7:1  YAML: Flow sequence in block collection must be sufficiently indented and end with a ]']],
  ['load/yaml-bad-indentation', [
    'test/generator/validate/load/yaml-bad-indentation/demo.yaml:10:12  YAML: Implicit keys need to be on a single line',
    'test/generator/validate/load/yaml-bad-indentation/demo.yaml:10:12  YAML: Nested mappings are not allowed in compact mappings',
  ]],
  ['load/not-a-mapping', ['test/generator/validate/load/not-a-mapping/demo.yaml:1:1  a provider file must be a YAML mapping (app: …, name: …)']],
  ['schema-check/unknown-top-level-key', ['test/generator/validate/schema-check/unknown-top-level-key/demo.yaml:12:1  unknown property "ratelimit" (did you mean "rateLimit"?)']],
  ['rules/app-name/reserved-app-connections', ['test/generator/validate/rules/app-name/reserved-app-connections/connections.yaml:3:6  app name "connections" is reserved by the gateway\'s control API; pick another first path segment']],
  ['rules/json-schemas/body-schema-junk-key', ['test/generator/validate/rules/json-schemas/body-schema-junk-key/demo.yaml:26:99  "shown in lists" is not a JSON Schema keyword (an unquoted comma inside { … } ends the value before it; quote the text)']],
];

describe('switchboard lint', () => {
  it.each(BROKEN)('--dir %s: exit 1, file:line:col lines, a summary, no stack', (folder, lines) => {
    const { status, stdout, stderr } = lint('--dir', `test/generator/validate/${folder}`);
    expect(status).toBe(1);
    const out = stdout.split('\n');
    expect(out.pop()).toBe(''); // every line ends with a newline
    for (const line of out) expect(line).toMatch(/^\S+\.yaml:\d+:\d+ {2}\S/);
    expect(out).toEqual(lines);
    expect(stderr).toMatch(new RegExp(`^${lines.length} problem\\(s\\) in 1 file\\(s\\) \\(\\d+ ms\\)\\n$`));
    expectNoStackTrace(stdout);
    expectNoStackTrace(stderr);
  });

  it('a --dir that does not exist: exit 1, one line on stderr, no stack', () => {
    const missing = join(tmpdir(), 'switchboard-lint-no-such-folder');
    const { status, stdout, stderr } = lint('--dir', missing);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`switchboard lint: ENOENT: no such file or directory, scandir '${missing}'\n`);
    expectNoStackTrace(stderr);
  });

  it('providers/: exit 0, nothing on stdout, the summary counts every provider', () => {
    const count = readdirSync(join(ROOT, 'providers')).filter((f) => f.endsWith('.yaml')).length;
    const { status, stdout, stderr } = lint('--dir', 'providers');
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^${count} providers, [1-9]\\d* endpoints: no problems \\(\\d+ ms\\)\\n$`));
  });

  it('providers/ with --quiet: exit 0 and silent', () => {
    const { status, stdout, stderr } = lint('--quiet');
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe('');
  });
});
