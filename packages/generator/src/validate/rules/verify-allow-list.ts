import type { Rule } from './rule.js';

/**
 * The verify allow-list names endpoints of this file (or `*`), once per (operation, kind,
 * property): an entry for an id that does not exist could never match, and a repeated one
 * would hide which reason applies.
 */
export const verifyAllowList: Rule = {
  name: 'verify-allow-list',
  check({ provider: p, report }) {
    const ids = new Set(p.endpoints.map((e) => e.id));
    const seen = new Set<string>();
    (p.verify?.allow ?? []).forEach((entry, i) => {
      const ops = Array.isArray(entry.operation) ? entry.operation : [entry.operation];
      const props = entry.property === undefined ? [''] : Array.isArray(entry.property) ? entry.property : [entry.property];
      ops.forEach((op, j) => {
        const at = Array.isArray(entry.operation) ? ['verify', 'allow', i, 'operation', j] : ['verify', 'allow', i, 'operation'];
        if (op !== '*' && !ids.has(op)) {
          report(at, `verify.allow names operation "${op}", which is not an endpoint id of this provider`);
          return;
        }
        for (const prop of props) {
          const key = `${op} ${entry.kind} ${prop}`;
          if (seen.has(key)) report(at, `verify.allow lists ${entry.kind} for "${op}"${prop ? ` (${prop})` : ''} twice`);
          seen.add(key);
        }
      });
    });
  },
};
