import type { Rule } from './rule.js';

/** GET and HEAD requests carry no body; an answer marked empty has no schema or example. */
export const requestBodies: Rule = {
  name: 'request-bodies',
  check({ provider: p, report }) {
    p.endpoints.forEach((e, i) => {
      if (e.kind === 'mcp-tool') return;
      if (e.body && (e.method === 'GET' || e.method === 'HEAD')) report(['endpoints', i, 'body'], `${e.method} requests carry no body`, 'key');
      if (e.response?.empty && (e.response.schema !== undefined || e.response.example !== undefined)) {
        report(['endpoints', i, 'response', 'empty'], 'an answer marked empty has no body, so it takes no schema or example');
      }
    });
  },
};
