/**
 * The YAML 1.1 reading check on its own: what PyYAML (the 1.1 parser tools meet most) reads
 * differently from YAML 1.2. Each expectation was checked against PyYAML 6 by hand:
 * `python3 -c "import yaml; print(yaml.safe_load('…'))"`.
 */
import { describe, expect, it } from 'vitest';
import { positionAt } from '../../packages/generator/src/load.js';
import { yaml11Problems } from '../../packages/generator/src/validate/rules/yaml-1-1.js';

const at = (text: string) => yaml11Problems(text).map((p) => ({ ...positionAt(text, p.offset), message: p.message }));

describe('yaml11Problems', () => {
  it.each([
    ['a: { q: What is it? }\n', 1, 19],
    ['a: [x, y?]\n', 1, 9],
    ['a: { url: https://x.test/?a=1 }\n', 1, 26],
    ['a:\n  - {\n    q: multi line?\n  }\n', 3, 18],
    ['a: { q: ?b }\n', 1, 9],
    ["a: { q: 'it''s', r: why? }\n", 1, 24],
    ["a: { q: don't know? }\n", 1, 19],
    ['a: { q: "x", r: y? }\n', 1, 18],
  ])('a "?" in a plain scalar inside a flow collection: %j', (text, line, col) => {
    expect(at(text)).toEqual([{ line, col, message: expect.stringContaining('end a plain scalar at "?"') }]);
  });

  it.each([
    'a: What is it?\n', // block context: both read the same
    "a: { q: 'What is it?' }\n",
    'a: { q: "What is it?" }\n',
    'a: |\n  { q: What? }\n',
    'a: >-\n  [x, y?]\n',
    'a: { q: x } # what?\n',
    "a: { pattern: '^(a|b)?$' }\n",
  ])('no problem: %j', (text) => {
    expect(at(text)).toEqual([]);
  });

  it.each([
    ['a: [AUTO, ON]', 'read "ON" as boolean true, YAML 1.2 as the string "ON"'],
    ['a: off', 'read "off" as boolean false'],
    ['yes: 1', 'read "yes" as boolean true'],
    ['a: 0755', 'read "0755" as number 493, YAML 1.2 as number 755'],
    ['a: 1_000', 'read "1_000" as number 1000, YAML 1.2 as the string "1_000"'],
    ['a: 1:30', 'read "1:30" as number 90'],
    ['a: 1e5', 'read "1e5" as a string, YAML 1.2 as number 100000'],
    ['a: 2024-01-01', 'read "2024-01-01" as a date'],
    ['a: =', 'cannot read a bare "="'],
  ])('a plain scalar typed differently: %j', (text, message) => {
    const found = at(`${text}\n`);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(message);
  });

  it.each(['a: [AUTO, "ON"]', "a: '0755'", 'a: 1.5', 'a: 10', 'a: true', 'a: null', 'a: y', 'a: E1', 'a: 0x1F', 'a: .inf', 'a: ~', '<<: { b: 1 }', 'a: "2024-01-01"'])(
    'read alike: %j',
    (text) => {
      expect(at(`${text}\n`)).toEqual([]);
    },
  );
});
