import { segmentVariables } from '@switchboard/contract';
import type { Rule } from './rule.js';

/** Gateway-filled `:segment`s are declared variables or path-injected credentials; braces balance. */
export const pathSegments: Rule = {
  name: 'path-segments',
  check({ provider: p, variables, used, pathInjectSegments, report }) {
    p.endpoints.forEach((e, i) => {
      if (e.kind === 'mcp-tool') return;
      const route = e.path!;
      for (const name of segmentVariables(route)) {
        if (pathInjectSegments.has(name)) continue;
        if (name in variables) {
          used.add(name);
          continue;
        }
        report(['endpoints', i, 'path'], `:${name} is not a declared variable (gateway-filled segments are declared under variables)`);
      }
      if (/[{}]/.test(route.replace(/\{[^{}/]+\}/g, ''))) report(['endpoints', i, 'path'], 'unbalanced "{" or "}" in the path');
    });
  },
};
