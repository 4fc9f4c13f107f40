import type { Rule } from './rule.js';

/** MCP tools need an MCP server and method; HTTP endpoints need an upstream and a non-MCP method. */
export const connectionModes: Rule = {
  name: 'connection-modes',
  check({ provider: p, report }) {
    const types = p.auth.methods.map((m) => m.type);
    const hasTools = p.endpoints.some((e) => e.kind === 'mcp-tool');
    const hasHttp = p.endpoints.some((e) => e.kind !== 'mcp-tool');
    if (hasTools && !p.mcp) report(['endpoints'], 'mcp-tool endpoints need an "mcp" server section', 'key');
    if (p.mcp && !types.includes('MCP')) report(['mcp'], 'an MCP server needs an MCP connection method under auth.methods', 'key');
    if (types.includes('MCP') && !p.mcp) report(['auth', 'methods', types.indexOf('MCP')], 'the MCP connection method needs an "mcp" server section');
    if (hasHttp && !p.upstream) report(['endpoints'], 'HTTP endpoints need an "upstream" section', 'key');
    if (hasHttp && types.every((t) => t === 'MCP')) report(['auth', 'methods'], 'HTTP endpoints need a non-MCP connection method', 'key');
  },
};
