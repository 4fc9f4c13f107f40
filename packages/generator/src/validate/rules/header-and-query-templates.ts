import { braceNames } from '@switchboard/contract';
import { credentialFields, type Path, type Rule } from './rule.js';

/** Added and default headers and query parameters: each once, none the gateway owns, templates that name a variable or field. */
export const headerAndQueryTemplates: Rule = {
  name: 'header-and-query-templates',
  check({ provider: p, variables, used, report }) {
    const allFields = new Set(p.auth.methods.flatMap((m) => credentialFields(m)));
    const lists: [Path, Record<string, string> | undefined][] = [
      [['headers', 'add'], p.headers?.add],
      [['headers', 'defaults'], p.headers?.defaults],
      [['query', 'add'], p.query?.add],
    ];
    for (const [base, map] of lists) {
      const lower = new Set<string>();
      for (const [name, value] of Object.entries(map ?? {})) {
        if (base[0] === 'headers') {
          if (lower.has(name.toLowerCase())) report([...base, name], `header "${name}" is listed twice`, 'key');
          lower.add(name.toLowerCase());
          if (['host', 'authorization', 'connection', 'content-length', 'transfer-encoding'].includes(name.toLowerCase()) && base[1] === 'defaults') {
            report([...base, name], `"${name}" cannot be a default header`, 'key');
          }
        }
        for (const ref of braceNames(value)) {
          if (ref in variables) used.add(ref);
          else if (!allFields.has(ref)) report([...base, name], `{${ref}} is not a declared variable or credential field`);
        }
      }
    }
    const both = Object.keys(p.headers?.add ?? {}).filter((h) =>
      Object.keys(p.headers?.defaults ?? {}).some((d) => d.toLowerCase() === h.toLowerCase()),
    );
    for (const h of both) report(['headers', 'defaults', h], `header "${h}" is both added and a default; keep one`, 'key');
  },
};
