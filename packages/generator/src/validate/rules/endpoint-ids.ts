import type { Rule } from './rule.js';

/** Endpoint ids (the client's method names) and MCP tool names are unique. */
export const endpointIds: Rule = {
  name: 'endpoint-ids',
  check({ provider: p, report }) {
    const ids = new Map<string, number>();
    const tools = new Map<string, number>();
    p.endpoints.forEach((e, i) => {
      const first = ids.get(e.id);
      if (first !== undefined) report(['endpoints', i, 'id'], `endpoint id "${e.id}" is already used by endpoints[${first}]`);
      else ids.set(e.id, i);
      if (e.kind === 'mcp-tool') {
        const t = e.tool!.name;
        const firstTool = tools.get(t);
        if (firstTool !== undefined) report(['endpoints', i, 'tool', 'name'], `tool "${t}" is already declared by endpoints[${firstTool}]`);
        else tools.set(t, i);
      }
    });
  },
};
