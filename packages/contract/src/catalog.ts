/**
 * generated/catalog/<app>.json: the action catalog the gateway's MCP surface serves (search,
 * describe, call). Written by the generator (emit/catalog.ts), read by the gateway (catalog/).
 */
import type { EndpointKind, HttpMethod, JsonSchema, PaginationSpec } from './route-table.js';

export interface CatalogFile {
  'x-generated': string;
  app: string;
  name: string;
  description: string;
  categories: string[];
  operations: CatalogOperation[];
}

export interface CatalogOperation {
  id: string;
  kind: EndpointKind;
  method: HttpMethod;
  /** After /{app}: `{name}` parameters come from `input.path`; `:name` segments the gateway fills. */
  path: string;
  summary: string;
  description?: string;
  group: string;
  /** Reads and changes nothing (read-only keys may call it). */
  safe: boolean;
  deprecated?: true;
  /** One object schema: `path`, `query`, `headers`, `body` (GraphQL: `variables`; JSON-RPC: `params`). */
  input: Record<string, unknown>;
  /** The request body's media type, for REST operations that take one. */
  contentType?: string;
  response: { status: number; contentType: string; description: string; fields: string[] };
  paging?: PaginationSpec;
  graphql?: { document: string; operationName?: string };
  jsonrpc?: { method: string };
  /** The MCP tool an `mcp-tool` operation calls. */
  tool?: string;
}

export type { JsonSchema };
