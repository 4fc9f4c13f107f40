import { checkRegex, type Rule } from './rule.js';

/** Endpoint parameters: patterns compile, arrays say their items, path parameters are never optional. */
export const parameterSpecs: Rule = {
  name: 'parameter-specs',
  check({ provider: p, report }) {
    p.endpoints.forEach((e, i) => {
      if (e.kind === 'mcp-tool') return;
      for (const [kind, map] of [['params', e.params], ['query', e.query], ['headers', e.headers]] as const) {
        for (const [name, spec] of Object.entries(map ?? {})) {
          if (spec.pattern) checkRegex(['endpoints', i, kind, name, 'pattern'], spec.pattern, report);
          if (spec.type === 'array' && !spec.items) report(['endpoints', i, kind, name], `array parameter "${name}" needs items`, 'key');
          if (kind === 'params' && spec.required === false) report(['endpoints', i, kind, name, 'required'], 'path parameters are always required');
        }
      }
    });
  },
};
