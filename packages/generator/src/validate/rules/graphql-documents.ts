import type { Rule } from './rule.js';

/** A GraphQL endpoint's document starts like one and balances its braces. */
export const graphqlDocuments: Rule = {
  name: 'graphql-documents',
  check({ provider: p, report }) {
    p.endpoints.forEach((e, i) => {
      if (e.kind !== 'graphql') return;
      const path = ['endpoints', i, 'graphql', 'document'];
      const trimmed = e.graphql!.document.trim();
      if (!/^(query|mutation|subscription|fragment|\{)/.test(trimmed)) {
        report(path, 'a GraphQL document starts with query, mutation, subscription or "{"');
        return;
      }
      let depth = 0;
      for (const ch of trimmed) {
        if (ch === '{') depth++;
        if (ch === '}') depth--;
        if (depth < 0) break;
      }
      if (depth !== 0) report(path, 'unbalanced braces in the GraphQL document');
    });
  },
};
