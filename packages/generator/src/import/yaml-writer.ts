/**
 * A small deterministic YAML writer for the importer: block mappings and sequences, scalars
 * written plain only when every YAML 1.1 and 1.2 parser reads them back as the same string
 * (JSON double quotes otherwise), objects used more than once written once with an anchor and
 * then as aliases, and comments attached to mapping keys. Same value → same bytes.
 */

export type Comments = WeakMap<object, Map<string, string>>;

export interface WriteOptions {
  /** Comment lines written above a key of a given object. */
  comments?: Comments;
  /** Anchor names for objects written more than once (the first use carries `&name`). */
  anchorName?: (value: object) => string | undefined;
}

const PLAIN = /^[A-Za-z_/$][A-Za-z0-9_ ./()$@'-]*$/;
// Words some YAML version reads as a boolean or null, whatever their case.
const RESERVED = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;

export function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return JSON.stringify(String(value));
    // YAML 1.1 reads an exponent as a number only with a dot and a signed exponent (1.0e+21).
    return String(value).replace(/^(-?\d+)e/, '$1.0e');
  }
  const s = String(value);
  if (PLAIN.test(s) && !RESERVED.test(s) && !s.endsWith(' ') && !s.includes(' #') && !s.includes(': ') && !/^[-?:]/.test(s)) return s;
  return JSON.stringify(s);
}

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;

/** Objects reachable more than once (by identity), in document order. */
function sharedObjects(root: unknown): Set<object> {
  const seen = new Set<object>();
  const shared = new Set<object>();
  const walk = (v: unknown): void => {
    if (!isObject(v)) return;
    if (seen.has(v)) {
      shared.add(v);
      return;
    }
    seen.add(v);
    for (const child of Array.isArray(v) ? v : Object.values(v)) walk(child);
  };
  walk(root);
  return shared;
}

export function writeYaml(root: Record<string, unknown>, opts: WriteOptions = {}): string {
  const shared = sharedObjects(root);
  const anchors = new Map<object, string>();
  const usedNames = new Set<string>();
  const written = new Set<object>();
  const out: string[] = [];

  const anchorFor = (v: object): string => {
    let name = anchors.get(v);
    if (name) return name;
    const base = (opts.anchorName?.(v) ?? 'shared').replace(/[^A-Za-z0-9_-]+/g, '_') || 'shared';
    name = base;
    for (let i = 2; usedNames.has(name); i++) name = `${base}_${i}`;
    usedNames.add(name);
    anchors.set(v, name);
    return name;
  };

  /** The text after `key:` or `-` for a value: inline scalar / alias / empty collection, or undefined when a block follows. */
  const inline = (v: unknown): { text: string; block: boolean } => {
    if (!isObject(v)) return { text: ` ${scalar(v)}`, block: false };
    if (shared.has(v)) {
      if (written.has(v)) return { text: ` *${anchors.get(v)}`, block: false };
      written.add(v);
      const empty = Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0;
      const anchor = ` &${anchorFor(v)}`;
      return empty ? { text: `${anchor} ${Array.isArray(v) ? '[]' : '{}'}`, block: false } : { text: anchor, block: true };
    }
    if (Array.isArray(v) && v.length === 0) return { text: ' []', block: false };
    if (!Array.isArray(v) && Object.keys(v).length === 0) return { text: ' {}', block: false };
    return { text: '', block: true };
  };

  const writeMap = (obj: Record<string, unknown>, indent: string): void => {
    const notes = opts.comments?.get(obj);
    for (const [k, v] of Object.entries(obj)) {
      if (v === undefined) continue;
      const note = notes?.get(k);
      if (note) for (const line of note.split('\n')) out.push(`${indent}# ${line}`);
      const { text, block } = inline(v);
      out.push(`${indent}${scalar(k)}:${text}`);
      if (block) writeBlock(v as object, Array.isArray(v) ? indent : `${indent}  `);
    }
  };

  const writeSeq = (list: unknown[], indent: string): void => {
    for (const v of list) {
      const { text, block } = inline(v);
      if (!block) {
        out.push(`${indent}-${text}`);
        continue;
      }
      if (text) {
        out.push(`${indent}-${text}`);
        writeBlock(v as object, `${indent}  `);
        continue;
      }
      // `- key: value` on the item's first line, the rest below it.
      const start = out.length;
      writeBlock(v as object, `${indent}  `);
      const first = out[start]!.slice(indent.length + 2);
      if (first.startsWith('#')) out.splice(start, 0, `${indent}-`);
      else out[start] = `${indent}- ${first}`;
    }
  };

  const writeBlock = (v: object, indent: string): void => {
    if (Array.isArray(v)) writeSeq(v, indent);
    else writeMap(v as Record<string, unknown>, indent);
  };

  writeMap(root, '');
  return `${out.join('\n')}\n`;
}
