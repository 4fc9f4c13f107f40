import { createRequire } from 'node:module';
import { load as loadYaml } from 'js-yaml';
import type { Rule } from './rule.js';

/**
 * Every provider file reads the same under YAML 1.1 (PyYAML and other older parsers) as it
 * does here (YAML 1.2). Two kinds of difference matter in practice:
 *
 * - Syntax: in a flow collection (`{ … }`, `[ … ]`) a YAML 1.1 plain scalar ends at `?`, so
 *   `{ query: What is it? }` is a parse error there. Such text must be quoted.
 * - Types: YAML 1.1 reads some plain scalars as another type or value: `on`/`off`/`yes`/`no`
 *   are booleans, `0755` is octal, `1_000` and `1:30` are integers, `1e5` is a string, a bare
 *   `=` has no constructor at all. Such values must be quoted (or written as 1.2 reads them).
 *
 * The check follows PyYAML's scanner and implicit resolvers, which are the 1.1 reading that
 * tools meet most. Tokens come from the `yaml` package's lexer, so quoting, comments and block
 * scalars are told apart exactly; the lexer only runs on files where a quick look at the text
 * (quoted scalars blanked out) finds a candidate, which most files do not have.
 */
export const yaml11: Rule = {
  name: 'yaml-1-1',
  check({ source, reportAt }) {
    for (const p of yaml11Problems(source.text)) reportAt(p.offset, p.message);
  },
};

export interface Yaml11Problem {
  offset: number;
  message: string;
}

// Plain scalars PyYAML types differently from YAML 1.2's core schema, as a whole scalar after
// a key, a dash, a bracket or a comma. A quick superset: a match only means the lexer runs.
const TYPE_CANDIDATE =
  /(?:^|[,[{]|[:-][ \t])[ \t]*(?:[yY]es|YES|[nN]o|NO|[oO]n|ON|[oO]ff|OFF|=|[-+]?0[0-7_]+|[-+]?0o[0-7]+|[-+]?(?:0[xb])?[0-9a-fA-F]+_[0-9a-fA-F_]*(?:\.[0-9_]*)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|[-+]?[0-9_]*(?:\.[0-9_]*)?[eE][-+]?[0-9]+|[0-9]{4}-[0-9][0-9]?-[0-9][0-9]?(?:[Tt ][0-9:. \t+-Z]*)?)(?=[ \t]*(?:$|[,\]}#]|:\s))/m;

// One-line quoted scalars, starting where a token can start: never a problem, so the quick
// look ignores what they hold (most `{`, `?` and numbers of a provider file sit in them).
const QUOTED = /(?<=^|[\s[{,:])(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*')/gm;

/** A `?` somewhere after a `[` or `{` that opens a non-empty collection: the only way one can sit inside one. */
function questionCandidate(text: string): boolean {
  const last = text.lastIndexOf('?');
  if (last < 0) return false;
  const bracket = text.search(/[[{](?![\]}])/);
  return bracket >= 0 && bracket < last;
}

const PY_BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const PY_FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const PY_INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const PY_NULL = /^(?:~|null|Null|NULL|)$/;
const PY_TIMESTAMP =
  /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/;
// Scalars YAML 1.2 (js-yaml's schema) may read as something other than a string.
const MAYBE_TYPED_12 = /^(?:[-+]?[.0-9]|~$|null$|Null$|NULL$|true$|True$|TRUE$|false$|False$|FALSE$|<<$)/;

type Lexer = new () => { lex(source: string): Generator<string> };
const lexerClass = (): Lexer => (createRequire(import.meta.url)('yaml') as { Lexer: Lexer }).Lexer;

/** Where `text` reads differently under YAML 1.1 than under 1.2, with what to do about it. */
export function yaml11Problems(text: string): Yaml11Problem[] {
  let checkQuestion = questionCandidate(text);
  let checkTypes = TYPE_CANDIDATE.test(text);
  if (!checkQuestion && !checkTypes) return [];
  // A second, closer look with the quoted scalars blanked out.
  const bare = text.replace(QUOTED, '""');
  checkQuestion &&= questionCandidate(bare);
  checkTypes &&= TYPE_CANDIDATE.test(bare);
  if (!checkQuestion && !checkTypes) return [];
  const out: Yaml11Problem[] = [];
  const Lexer = lexerClass();
  let offset = 0;
  let flow = 0;
  let nextIsScalar = false;
  let blockHeader = false;
  for (const token of new Lexer().lex(text)) {
    if (nextIsScalar) {
      nextIsScalar = false;
      const plain = !blockHeader && token[0] !== '"' && token[0] !== "'";
      blockHeader = false;
      if (plain) {
        if (checkQuestion && flow > 0) {
          const q = token.indexOf('?');
          if (q >= 0) {
            out.push({ offset: offset + q, message: 'YAML 1.1 parsers (PyYAML) end a plain scalar at "?" inside { } or [ ]: quote this text' });
          }
        }
        if (checkTypes && !token.includes('\n')) {
          const problem = typeDifference(token);
          if (problem) out.push({ offset, message: problem });
        }
      }
      offset += token.length;
      continue;
    }
    switch (token) {
      case '\x1f': // the next token is a scalar's source
        nextIsScalar = true;
        continue;
      case '\x02': // document mode and flow error markers take no room in the text
      case '\x18':
        continue;
      case '{':
      case '[':
        flow++;
        break;
      case '}':
      case ']':
        if (flow > 0) flow--;
        break;
      default:
        if (token[0] === '|' || token[0] === '>') blockHeader = true;
    }
    offset += token.length;
  }
  return out;
}

/** How PyYAML would read a one-line plain scalar when that differs from YAML 1.2; undefined when they agree. */
function typeDifference(scalar: string): string | undefined {
  const s = scalar.trimEnd();
  if (s === '') return undefined;
  const py = pyValue(s);
  if (py === STRING && !MAYBE_TYPED_12.test(s)) return undefined;
  let here: unknown;
  try {
    here = loadYaml(s);
  } catch {
    return undefined;
  }
  if (py === UNCONSTRUCTIBLE) return `YAML 1.1 parsers (PyYAML) cannot read a bare ${JSON.stringify(s)}: quote it`;
  if (same(py, here)) return undefined;
  const as = (v: unknown) => (v === STRING ? 'a string' : typeof v === 'string' ? `the string ${JSON.stringify(v)}` : v instanceof Date ? 'a date' : `${typeof v} ${String(v)}`);
  return `YAML 1.1 parsers (PyYAML) read ${JSON.stringify(s)} as ${as(py)}, YAML 1.2 as ${as(here)}: quote it (or write the value so both agree)`;
}

const STRING = Symbol('string');
const UNCONSTRUCTIBLE = Symbol('unconstructible');
const MERGE = Symbol('merge');

function pyValue(s: string): unknown {
  if (PY_BOOL.test(s)) return /^(?:yes|true|on)$/i.test(s);
  if (PY_INT.test(s)) return pyInt(s);
  if (PY_FLOAT.test(s)) return pyFloat(s);
  if (PY_NULL.test(s)) return null;
  if (PY_TIMESTAMP.test(s)) return new Date(0);
  if (s === '<<') return MERGE;
  if (s === '=') return UNCONSTRUCTIBLE;
  return STRING;
}

function pyInt(raw: string): number {
  let s = raw.replace(/_/g, '');
  let sign = 1;
  if (s[0] === '-' || s[0] === '+') {
    if (s[0] === '-') sign = -1;
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s.startsWith('0b')) return sign * parseInt(s.slice(2), 2);
  if (s.startsWith('0x')) return sign * parseInt(s.slice(2), 16);
  if (s[0] === '0') return sign * parseInt(s, 8);
  if (s.includes(':')) return sign * sexagesimal(s);
  return sign * Number(s);
}

function pyFloat(raw: string): number {
  let s = raw.replace(/_/g, '').toLowerCase();
  let sign = 1;
  if (s[0] === '-' || s[0] === '+') {
    if (s[0] === '-') sign = -1;
    s = s.slice(1);
  }
  if (s === '.inf') return sign * Infinity;
  if (s === '.nan') return NaN;
  if (s.includes(':')) return sign * sexagesimal(s);
  return sign * Number(s);
}

function sexagesimal(s: string): number {
  return s.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
}

function same(py: unknown, here: unknown): boolean {
  if (py === STRING) return typeof here === 'string';
  if (py === MERGE) return here === '<<';
  if (py instanceof Date) return here instanceof Date;
  if (typeof py === 'number') return typeof here === 'number' && (Object.is(py, here) || py === here);
  return py === here;
}
