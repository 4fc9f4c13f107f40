/**
 * First path segments the gateway keeps for itself. A provider's app name may not be one of
 * them, or its requests would reach the control API instead of the provider.
 */
export const RESERVED_FIRST_SEGMENTS: readonly string[] = [
  'api', // /api/apikeys
  'connections',
  'connect', // the connect page
  'dashboard', // the signed-in dashboard
  'oauth', // OAuth callbacks
  'health',
  'ready',
  'metrics', // Prometheus metrics
  'mcp', // the gateway's own MCP server (agents)
  'logs', // the request log
  'static',
  'docs',
  'openapi.json', // the control API's OpenAPI document
  'favicon.ico',
  '.well-known',
];

export function isReservedSegment(segment: string): boolean {
  return RESERVED_FIRST_SEGMENTS.includes(segment);
}
