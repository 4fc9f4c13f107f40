import type { Rule } from './rule.js';

/** GET and HEAD requests carry no body. */
export const requestBodies: Rule = {
  name: 'request-bodies',
  check({ provider: p, report }) {
    p.endpoints.forEach((e, i) => {
      if (e.kind === 'mcp-tool') return;
      if (e.body && (e.method === 'GET' || e.method === 'HEAD')) report(['endpoints', i, 'body'], `${e.method} requests carry no body`, 'key');
    });
  },
};
