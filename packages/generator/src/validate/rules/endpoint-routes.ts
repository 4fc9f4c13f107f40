import type { Rule } from './rule.js';

/** REST endpoints: one entry per method and path template, one spelling of a template's parameters. */
export const endpointRoutes: Rule = {
  name: 'endpoint-routes',
  check({ provider: p, report }) {
    const routes = new Map<string, number>();
    const templates = new Map<string, { path: string; index: number }>(); // path with {} → the first spelling
    p.endpoints.forEach((e, i) => {
      if (e.kind && e.kind !== 'rest') return;
      const route = e.path!;
      const shape = route.replace(/\{[^{}]+\}/g, '{}');
      // Two REST endpoints on one method and path template are one operation (OpenAPI agrees).
      const key = `${e.method} ${shape}`;
      const other = routes.get(key);
      if (other !== undefined) report(['endpoints', i, 'path'], `${e.method} ${route} is already endpoints[${other}] (${p.endpoints[other]!.id}); merge them into one entry`);
      else routes.set(key, i);
      // One path template, one spelling of its parameters across methods: OpenAPI treats
      // /items/{id} and /items/{itemId} as the same path and refuses both.
      const seen = templates.get(shape);
      if (!seen) templates.set(shape, { path: route, index: i });
      else if (seen.path !== route && other === undefined) {
        report(['endpoints', i, 'path'], `${route} is the path of endpoints[${seen.index}] (${seen.path}) with other parameter names; use the same names`);
      }
    });
  },
};
