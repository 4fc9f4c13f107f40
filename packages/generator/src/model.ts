/**
 * Stage three of the pipeline: the validated YAML becomes one normalised model per provider
 * (defaults applied, pagination resolved per endpoint, parameters ordered), which every
 * emitter reads. Emitters never look at the raw file.
 */
import { braceNames, segmentVariables } from '@switchboard/contract';
import type {
  AuthMethodSpec,
  BodySpec,
  EndpointKind,
  HttpMethod,
  InjectSpec,
  JsonSchema,
  PaginationSpec,
  ParamSpec,
  ProviderFile,
  RateLimitSpec,
  ResponseSpec,
  UpstreamSpec,
  VariableSpec,
} from './provider-file.js';

export interface Param extends ParamSpec {
  name: string;
}

export interface Endpoint {
  id: string;
  kind: EndpointKind;
  method: HttpMethod;
  /** The path the caller writes after /{app}; for MCP tools, /{tool}. */
  path: string;
  summary: string;
  description?: string;
  group: string;
  deprecated: boolean;
  pathParams: Param[]; // in path order
  gatewaySegments: string[]; // :name segments filled by the gateway
  query: Param[];
  headers: Param[];
  body?: BodySpec & { contentType: string; required: boolean };
  response: ResponseSpec & { status: number; contentType: string };
  pagination?: PaginationSpec;
  graphql?: { document: string; operationName?: string; variables?: JsonSchema };
  jsonrpc?: { method: string; params?: JsonSchema };
  tool?: { name: string; title?: string; input: JsonSchema };
}

export interface Provider {
  app: string;
  name: string;
  description: string;
  categories: string[];
  docs: string;
  notes: string[];
  source: string; // providers/<app>.yaml
  upstream?: UpstreamSpec;
  mcp?: { url: string; transport: 'streamable-http'; protocolVersion: string };
  variables: Record<string, VariableSpec>;
  auth: (AuthMethodSpec & { inject: InjectSpec[] })[];
  headers: { add: Record<string, string>; defaults: Record<string, string> };
  query: { add: Record<string, string> };
  pagination?: PaginationSpec;
  rateLimit?: RateLimitSpec;
  endpoints: Endpoint[];
}

export const MCP_PROTOCOL_VERSION = '2025-06-18';

export function buildProvider(file: ProviderFile, source: string): Provider {
  return {
    app: file.app,
    name: file.name,
    description: file.description,
    categories: file.categories,
    docs: file.docs,
    notes: file.notes ?? [],
    source,
    upstream: file.upstream,
    mcp: file.mcp && {
      url: file.mcp.url,
      transport: 'streamable-http',
      protocolVersion: file.mcp.protocolVersion ?? MCP_PROTOCOL_VERSION,
    },
    variables: file.variables ?? {},
    auth: file.auth.methods.map((m) => ({ ...m, inject: m.inject ?? defaultInject(m) })),
    headers: { add: file.headers?.add ?? {}, defaults: file.headers?.defaults ?? {} },
    query: { add: file.query?.add ?? {} },
    pagination: file.pagination,
    rateLimit: file.rateLimit,
    endpoints: file.endpoints.map((e) => buildEndpoint(e, file)),
  };
}

function defaultInject(m: AuthMethodSpec): InjectSpec[] {
  if (m.type === 'OAUTH1') return [{ style: 'oauth1' }];
  return [{ style: 'bearer', value: '{access_token}' }];
}

function buildEndpoint(e: ProviderFile['endpoints'][number], file: ProviderFile): Endpoint {
  const kind = e.kind ?? 'rest';
  const path = kind === 'mcp-tool' ? `/${e.tool!.name}` : e.path!;
  const method = kind === 'mcp-tool' ? 'POST' : e.method!;
  const pathParams = braceNames(path).map((name) => ({ name, ...(e.params?.[name] ?? file.parameters?.[name])!, required: true }));
  const body =
    kind === 'mcp-tool'
      ? { contentType: 'application/json', required: true, schema: e.tool!.input }
      : e.body && { ...e.body, contentType: e.body.contentType ?? 'application/json', required: e.body.required ?? true };
  return {
    id: e.id,
    kind,
    method,
    path,
    summary: e.summary,
    description: e.description,
    group: e.group ?? (kind === 'mcp-tool' ? 'MCP tools' : 'Endpoints'),
    deprecated: e.deprecated ?? false,
    pathParams,
    gatewaySegments: segmentVariables(path),
    query: Object.entries(e.query ?? {}).map(([name, p]) => ({ name, ...p })),
    headers: Object.entries(e.headers ?? {}).map(([name, p]) => ({ name, ...p })),
    body: body || undefined,
    response: { ...e.response, status: e.response?.status ?? 200, contentType: e.response?.contentType ?? 'application/json' },
    pagination: resolvePagination(e, file),
    graphql: e.graphql,
    jsonrpc: e.jsonrpc,
    tool: e.tool,
  };
}

/** The paging an endpoint follows: its own, none, or the provider's when it takes the driving parameter. */
export function resolvePagination(e: ProviderFile['endpoints'][number], file: ProviderFile): PaginationSpec | undefined {
  if (e.pagination === false) return undefined;
  if (e.pagination) return e.pagination;
  const p = file.pagination;
  if (!p) return undefined;
  const driver =
    p.style === 'cursor' ? p.cursorParam
    : p.style === 'offset' ? p.offsetParam
    : p.style === 'page' ? p.pageParam
    : p.limitParam;
  // link and url styles page any endpoint that takes the limit parameter.
  if (!driver) return undefined;
  const inBody = 'in' in p && p.in === 'body';
  if (inBody) {
    const props = (e.body?.schema as { properties?: Record<string, unknown> } | undefined)?.properties;
    return props && driver in props ? p : undefined;
  }
  return e.query && driver in e.query ? p : undefined;
}

/** Every `{name}` a header, query or inject template refers to. */
export function templateRefs(values: Record<string, string>): string[] {
  return Object.values(values).flatMap(braceNames);
}
