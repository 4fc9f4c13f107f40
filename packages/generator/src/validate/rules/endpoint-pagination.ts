import type { Rule } from './rule.js';

/** `pagination: false` turns off the provider's paging, so the provider must declare some. */
export const endpointPagination: Rule = {
  name: 'endpoint-pagination',
  check({ provider: p, report }) {
    p.endpoints.forEach((e, i) => {
      if (e.kind === 'mcp-tool') return;
      if (e.pagination === false && !p.pagination) report(['endpoints', i, 'pagination'], 'pagination: false, but the provider declares no pagination');
    });
  },
};
