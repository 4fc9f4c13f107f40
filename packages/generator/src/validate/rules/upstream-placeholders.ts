import { angleVariables } from '@switchboard/contract';
import type { Path, Rule } from './rule.js';

/** Every `<var>` of a base URL or prefix is declared; a whole-origin `<var>` has format origin, and only it. */
export const upstreamPlaceholders: Rule = {
  name: 'upstream-placeholders',
  check({ provider: p, variables, used, report }) {
    const u = p.upstream;
    if (!u) return;
    const templates: [Path, string][] = [[['upstream', 'baseUrl'], u.baseUrl]];
    if (u.pathPrefix) templates.push([['upstream', 'pathPrefix'], u.pathPrefix]);
    u.hosts?.forEach((h, i) => {
      templates.push([['upstream', 'hosts', i, 'baseUrl'], h.baseUrl]);
      if (h.pathPrefix) templates.push([['upstream', 'hosts', i, 'pathPrefix'], h.pathPrefix]);
      h.paths.forEach((path, j) => {
        if (path.includes('*') && !path.endsWith('*')) report(['upstream', 'hosts', i, 'paths', j], `"${path}": "*" may only end a path prefix`);
      });
    });
    for (const [path, template] of templates) {
      for (const name of angleVariables(template)) {
        used.add(name);
        if (!(name in variables)) report(path, `<${name}> is not declared under variables`);
      }
      const whole = /^<([a-zA-Z][a-zA-Z0-9_]*)>$/.exec(template);
      if (whole && p.variables?.[whole[1]!] && p.variables[whole[1]!]!.format !== 'origin') {
        report(path, `<${whole[1]}> stands for a whole origin, so variable "${whole[1]}" needs format: origin`);
      }
      if (!whole && path[path.length - 1] === 'baseUrl') {
        for (const name of angleVariables(template)) {
          if (p.variables?.[name]?.format === 'origin') report(path, `<${name}> has format origin and must be the whole baseUrl`);
        }
      }
    }
  },
};
