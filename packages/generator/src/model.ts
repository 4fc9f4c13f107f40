/**
 * Stage three of the pipeline: the validated YAML becomes one normalised model per provider
 * (defaults applied, pagination resolved per endpoint, parameters ordered), which every
 * emitter reads. Emitters never look at the raw file, and apply no defaults of their own:
 * every default of the format is applied here (test/generator/model.test.ts lists them). The
 * objects the routing table and clients carry as written (paging, inject steps, credential
 * fields) keep their optional properties; their readers apply those defaults.
 */
import { braceNames, segmentVariables } from '@switchboard/contract';
import type {
  AuthMethodSpec,
  AuthType,
  BodySpec,
  EndpointKind,
  EndpointSpec,
  FieldsMethodSpec,
  HttpMethod,
  InjectSpec,
  JsonSchema,
  McpMethodSpec,
  OAuth1MethodSpec,
  OAuth2MethodSpec,
  PaginationSpec,
  ParamSpec,
  ProviderFile,
  RateLimitSpec,
  ResponseSpec,
  UpstreamSpec,
  VariableSpec,
} from './provider-file.js';

/** Format types the emitters read through the model (they never import the raw format). */
export type { AuthType, EndpointKind, HttpMethod, InjectSpec, JsonSchema, PaginationSpec, RateLimitSpec, VariableSpec };

/** `T` with the properties `K` always present. */
type Defaulted<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: Exclude<T[P], undefined> };

export interface Param extends Defaulted<ParamSpec, 'required'> {
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
  /** Reads and changes nothing: GET or HEAD, a GraphQL query, or marked `safe` in the file. Read-only keys may call it. */
  safe: boolean;
  pathParams: Param[]; // in path order
  gatewaySegments: string[]; // :name segments filled by the gateway
  query: Param[];
  headers: Param[];
  body?: Defaulted<BodySpec, 'contentType' | 'required'>;
  response: Defaulted<ResponseSpec, 'status' | 'contentType' | 'description'>;
  /** As written (the routing table, x-pagination and the clients carry it so; their readers apply its defaults). */
  pagination?: PaginationSpec;
  graphql?: { document: string; operationName?: string; variables?: JsonSchema };
  jsonrpc?: { method: string; params?: JsonSchema };
  tool?: { name: string; title?: string; input: JsonSchema };
}

export type OAuth2Method = Defaulted<
  OAuth2MethodSpec,
  'label' | 'scopes' | 'scopeSeparator' | 'scopeParam' | 'pkce' | 'refresh' | 'clientAuth' | 'authorizationParams' | 'tokenField' | 'inject'
>;
export type OAuth1Method = Defaulted<OAuth1MethodSpec, 'label' | 'scopes' | 'authorizationParams' | 'inject'>;
export type FieldsMethod = Defaulted<FieldsMethodSpec, 'label'>;
export type McpMethod = Defaulted<McpMethodSpec, 'label' | 'scopes' | 'pkce' | 'refresh' | 'fields' | 'inject'>;
export type AuthMethod = OAuth2Method | OAuth1Method | FieldsMethod | McpMethod;

export interface Upstream {
  baseUrl: string;
  pathPrefix: string; // '' when none
  hosts: { baseUrl: string; pathPrefix: string; paths: string[] }[];
}

export interface Provider {
  app: string;
  name: string;
  description: string;
  categories: string[];
  docs: string;
  notes: string[];
  source: string; // providers/<app>.yaml
  upstream?: Upstream;
  mcp?: { url: string; transport: 'streamable-http'; protocolVersion: string };
  variables: Record<string, VariableSpec>;
  auth: AuthMethod[];
  headers: { add: Record<string, string>; defaults: Record<string, string> };
  query: { add: Record<string, string> };
  pagination?: PaginationSpec;
  rateLimit?: RateLimitSpec;
  endpoints: Endpoint[];
}

export const MCP_PROTOCOL_VERSION = '2025-06-18';
/** What a bearer inject sends when it names no value; the validator checks it like a written one. */
export const BEARER_VALUE = '{access_token}';
export const DEFAULT_CONTENT_TYPE = 'application/json';

const METHOD_LABELS: Record<AuthType, string> = {
  OAUTH2: 'Sign in (OAuth 2.0)',
  OAUTH1: 'Sign in (OAuth 1.0a)',
  API_KEY: 'API key',
  BASIC: 'Username and password',
  MCP: 'MCP server',
};

export function buildProvider(file: ProviderFile, source: string): Provider {
  return {
    app: file.app,
    name: file.name,
    description: file.description,
    categories: file.categories,
    docs: file.docs,
    notes: file.notes ?? [],
    source,
    upstream: file.upstream && buildUpstream(file.upstream),
    mcp: file.mcp && {
      url: file.mcp.url,
      transport: 'streamable-http',
      protocolVersion: file.mcp.protocolVersion ?? MCP_PROTOCOL_VERSION,
    },
    variables: file.variables ?? {},
    auth: file.auth.methods.map(buildMethod),
    headers: { add: file.headers?.add ?? {}, defaults: file.headers?.defaults ?? {} },
    query: { add: file.query?.add ?? {} },
    pagination: file.pagination,
    rateLimit: file.rateLimit,
    endpoints: file.endpoints.map((e) => buildEndpoint(e, file)),
  };
}

function buildUpstream(u: UpstreamSpec): Upstream {
  return {
    baseUrl: u.baseUrl,
    pathPrefix: u.pathPrefix ?? '',
    hosts: (u.hosts ?? []).map((h) => ({ baseUrl: h.baseUrl, pathPrefix: h.pathPrefix ?? '', paths: h.paths })),
  };
}

function buildMethod(m: AuthMethodSpec): AuthMethod {
  const label = m.label ?? METHOD_LABELS[m.type];
  switch (m.type) {
    case 'OAUTH2':
      return {
        ...m,
        label,
        scopes: m.scopes ?? [],
        scopeSeparator: m.scopeSeparator ?? ' ',
        scopeParam: m.scopeParam ?? 'scope',
        pkce: m.pkce ?? false,
        refresh: m.refresh ?? false,
        clientAuth: m.clientAuth ?? 'body',
        authorizationParams: m.authorizationParams ?? {},
        tokenField: m.tokenField ?? 'access_token',
        inject: m.inject ?? [{ style: 'bearer', value: BEARER_VALUE }],
      };
    case 'OAUTH1':
      return { ...m, label, scopes: m.scopes ?? [], authorizationParams: m.authorizationParams ?? {}, inject: m.inject ?? [{ style: 'oauth1' }] };
    case 'MCP':
      return {
        ...m,
        label,
        scopes: m.scopes ?? [],
        pkce: m.pkce ?? true,
        refresh: m.refresh ?? true,
        fields: m.fields ?? [],
        inject: m.inject ?? [{ style: 'bearer', value: BEARER_VALUE }],
      };
    default:
      return { ...m, label };
  }
}

function buildParam(name: string, p: ParamSpec): Param {
  return { name, ...p, required: p.required ?? false };
}

function buildEndpoint(e: EndpointSpec, file: ProviderFile): Endpoint {
  const kind = e.kind ?? 'rest';
  const path = kind === 'mcp-tool' ? `/${e.tool!.name}` : e.path!;
  const method = kind === 'mcp-tool' ? 'POST' : e.method!;
  const pathParams = braceNames(path).map((name) => ({ name, ...(e.params?.[name] ?? file.parameters?.[name])!, required: true }));
  const body =
    kind === 'mcp-tool'
      ? { contentType: DEFAULT_CONTENT_TYPE, required: true, schema: e.tool!.input }
      : e.body && { ...e.body, contentType: e.body.contentType ?? DEFAULT_CONTENT_TYPE, required: e.body.required ?? true };
  const status = e.response?.status ?? 200;
  return {
    id: e.id,
    kind,
    method,
    path,
    summary: e.summary,
    description: e.description,
    group: e.group ?? (kind === 'mcp-tool' ? 'MCP tools' : 'Endpoints'),
    deprecated: e.deprecated ?? false,
    safe: e.safe ?? (method === 'GET' || method === 'HEAD' || (kind === 'graphql' && /^\s*(?:query\b|\{)/.test(e.graphql?.document ?? ''))),
    pathParams,
    gatewaySegments: segmentVariables(path),
    query: Object.entries(e.query ?? {}).map(([name, p]) => buildParam(name, p)),
    headers: Object.entries(e.headers ?? {}).map(([name, p]) => buildParam(name, p)),
    body: body || undefined,
    response: {
      ...e.response,
      status,
      contentType: e.response?.contentType ?? DEFAULT_CONTENT_TYPE,
      description: e.response?.description ?? (status === 204 || e.response?.empty ? 'Done; no body.' : 'The upstream\'s answer, passed through unchanged.'),
    },
    pagination: resolvePagination(e, file),
    graphql: e.graphql && { ...e.graphql, operationName: e.graphql.operationName ?? graphqlName(e.graphql.document) },
    jsonrpc: e.jsonrpc,
    tool: e.tool,
  };
}

/** The operation name a GraphQL document declares (`query ListIssues …` → ListIssues), if any. */
export function graphqlName(document: string): string | undefined {
  return /^\s*(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(document)?.[1];
}

/** The paging an endpoint follows: its own, none, or the provider's when it takes the driving parameter. */
/**
 * Whether an answer carries a body the docs describe: not one marked `empty`, not a 204 or 304,
 * and not a 202 or a redirect that the provider file gives no schema (an accepted job or a
 * Location to follow: Graph's sendMail, SharePoint's download redirect, Sentry's issue delete).
 */
export function answersWithBody(r: { status: number; schema?: unknown; empty?: boolean }): boolean {
  if (r.empty || r.status === 204 || r.status === 304) return false;
  if (r.schema === undefined && (r.status === 202 || (r.status >= 300 && r.status < 400))) return false;
  return true;
}

export function resolvePagination(e: EndpointSpec, file: ProviderFile): PaginationSpec | undefined {
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
