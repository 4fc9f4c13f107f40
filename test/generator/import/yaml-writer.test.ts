/**
 * The importer's YAML writer: what it writes reads back as the same value (js-yaml, YAML 1.2),
 * the YAML 1.1 rule finds nothing in it, objects used twice become one anchor and aliases, and
 * comments land above their keys.
 */
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { scalar, writeYaml, type Comments } from '../../../packages/generator/src/import/yaml-writer.js';
import { yaml11Problems } from '../../../packages/generator/src/validate/rules/yaml-1-1.js';

const TRICKY = [
  'yes', 'No', 'ON', 'off', 'y', 'n', 'true', 'null', '~', '', ' padded', 'trailing ', '=', '<<', '0755', '1_000', '1:30', '1e5',
  '2024-01-01', 'What?', 'a: b', 'x #y', '#hash', '- dash', '? q', ': c', '{x}', '[y]', '*alias', '&anchor', '!tag', '%p', '@at', '`tick`',
  "it's", '"quoted"', 'line\nbreak', 'tab\there', 'unicode ✓', '+1', '-1', '.5', '12', 'orders:read', 'https://x.test/?a=1', '$top', '/path/{id}',
];

describe('writeYaml', () => {
  it('every tricky string and number reads back unchanged and is YAML 1.1 safe, as value and as key', () => {
    const value: Record<string, unknown> = {
      strings: TRICKY,
      numbers: [0, -0.5, 12, 1e21, 1.5e-7, 1e-7, 123456789012],
      keys: Object.fromEntries(TRICKY.map((s, i) => [s, i])),
      flags: [true, false, null],
      empty: { list: [], map: {} },
    };
    const text = writeYaml(value);
    expect(load(text)).toEqual(value);
    expect(yaml11Problems(text)).toEqual([]);
  });

  it('an object used twice is written once with an anchor, then as an alias', () => {
    const money = { type: 'object', properties: { amount: { type: 'integer' } } };
    const names = new WeakMap<object, string>([[money, 'Money.v1']]);
    const text = writeYaml({ a: money, b: [money, { c: money }] }, { anchorName: (v) => names.get(v) });
    expect(text).toBe(
      ['a: &Money_v1', '  type: object', '  properties:', '    amount:', '      type: integer', 'b:', '- *Money_v1', '- c: *Money_v1', ''].join('\n'),
    );
    const back = load(text) as { a: unknown; b: [unknown, { c: unknown }] };
    expect(back.b[0]).toBe(back.a);
  });

  it('comments are written above their key, also on the first key of a list item', () => {
    const item = { id: 'x', path: '/x' };
    const comments: Comments = new WeakMap([[item, new Map([['id', 'first line\nsecond line']])]]);
    const text = writeYaml({ endpoints: [item] }, { comments });
    expect(text).toBe(['endpoints:', '-', '  # first line', '  # second line', '  id: x', '  path: /x', ''].join('\n'));
    expect(load(text)).toEqual({ endpoints: [item] });
  });

  it('scalar quotes only when needed', () => {
    expect(scalar('plain words')).toBe('plain words');
    expect(scalar('yes')).toBe('"yes"');
    expect(scalar(1e21)).toBe('1.0e+21');
  });
});
