/**
 * The shape of one providers/<app>.yaml file, as generator/schema/provider.schema.json
 * describes it. Only data that passed the schema check is typed as this.
 */

export type AuthType = 'OAUTH2' | 'OAUTH1' | 'API_KEY' | 'BASIC' | 'MCP';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';
export type EndpointKind = 'rest' | 'graphql' | 'jsonrpc' | 'mcp-tool';
export type JsonSchema = Record<string, unknown> | boolean;

export interface ProviderFile {
  app: string;
  name: string;
  description: string;
  categories: string[];
  docs: string;
  notes?: string[];
  upstream?: UpstreamSpec;
  mcp?: McpSpec;
  variables?: Record<string, VariableSpec>;
  parameters?: Record<string, ParamSpec>;
  auth: { methods: AuthMethodSpec[] };
  headers?: { add?: Record<string, string>; defaults?: Record<string, string> };
  query?: { add?: Record<string, string> };
  pagination?: PaginationSpec;
  rateLimit?: RateLimitSpec;
  endpoints: EndpointSpec[];
}

export interface UpstreamSpec {
  baseUrl: string;
  pathPrefix?: string;
  hosts?: { baseUrl: string; pathPrefix?: string; paths: string[] }[];
}

export interface McpSpec {
  url: string;
  transport?: 'streamable-http';
  protocolVersion?: string;
}

export interface VariableSpec {
  description: string;
  pattern: string;
  format?: 'origin';
  example?: string;
  from: VariableSource[];
}

export type VariableSource =
  | { form: { label: string; placeholder?: string; help?: string } }
  | { tokenResponse: FieldSource }
  | { callbackQuery: { param: string; extract?: string } }
  | { metadata: { url: string; field: string; authorization?: string; extract?: string } }
  | { credential: FieldSource }
  | { env: { name: string } }
  | { default: string };

export interface FieldSource {
  field: string;
  extract?: string;
}

export interface CredentialField {
  name: string;
  label: string;
  secret?: boolean;
  optional?: boolean;
  pattern?: string;
  help?: string;
}

export type InjectSpec =
  | { style: 'bearer'; value?: string }
  | { style: 'header'; name: string; value: string }
  | { style: 'query'; name: string; value: string }
  | { style: 'basic'; username: string; password: string }
  | { style: 'path'; segment: string; value: string }
  | { style: 'oauth1'; signature?: 'HMAC-SHA1' };

export interface OAuth2MethodSpec {
  type: 'OAUTH2';
  label?: string;
  authorizationUrl: string;
  tokenUrl: string;
  scopes?: string[];
  scopeSeparator?: string;
  scopeParam?: string;
  pkce?: boolean;
  refresh?: boolean;
  clientAuth?: 'body' | 'basic';
  authorizationParams?: Record<string, string>;
  tokenField?: string;
  inject?: InjectSpec[];
}

export interface OAuth1MethodSpec {
  type: 'OAUTH1';
  label?: string;
  requestTokenUrl: string;
  authorizationUrl: string;
  accessTokenUrl: string;
  scopes?: string[];
  authorizationParams?: Record<string, string>;
  inject?: InjectSpec[];
}

export interface FieldsMethodSpec {
  type: 'API_KEY' | 'BASIC';
  label?: string;
  fields: CredentialField[];
  inject: InjectSpec[];
}

export interface McpMethodSpec {
  type: 'MCP';
  label?: string;
  authorizationUrl?: string;
  tokenUrl?: string;
  registrationUrl?: string;
  scopes?: string[];
  pkce?: boolean;
  refresh?: boolean;
  fields?: CredentialField[];
  inject?: InjectSpec[];
}

export type AuthMethodSpec = OAuth2MethodSpec | OAuth1MethodSpec | FieldsMethodSpec | McpMethodSpec;

export type PaginationSpec =
  | { style: 'cursor'; cursorParam: string; nextCursor: string; hasMore?: string; limitParam?: string; items?: string; in?: 'query' | 'body' }
  | { style: 'offset'; offsetParam: string; limitParam: string; items?: string; total?: string; firstOffset?: number; in?: 'query' | 'body' }
  | { style: 'page'; pageParam: string; limitParam?: string; firstPage?: number; items?: string; totalPages?: string; in?: 'query' | 'body' }
  | { style: 'link'; limitParam?: string; items?: string }
  | { style: 'url'; nextUrl: string; limitParam?: string; items?: string };

export interface RateLimitSpec {
  requests: number;
  per?: 'second' | 'minute' | 'hour' | 'day';
  windowSeconds?: number;
  scope?: string;
  retryAfterHeader?: string;
  note?: string;
}

export interface ParamSpec {
  type: 'string' | 'integer' | 'number' | 'boolean' | 'array';
  description?: string;
  required?: boolean;
  enum?: (string | number | boolean)[];
  default?: string | number | boolean;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: string;
  example?: unknown;
  items?: { type: 'string' | 'integer' | 'number' | 'boolean'; enum?: (string | number | boolean)[] };
  style?: 'form' | 'comma';
}

export interface BodySpec {
  contentType?: string;
  required?: boolean;
  schema?: JsonSchema;
  example?: unknown;
}

export interface ResponseSpec {
  status?: number;
  contentType?: string;
  description?: string;
  schema?: JsonSchema;
  example?: unknown;
}

export interface EndpointSpec {
  id: string;
  kind?: EndpointKind;
  method?: HttpMethod;
  path?: string;
  summary: string;
  description?: string;
  group?: string;
  deprecated?: boolean;
  params?: Record<string, ParamSpec>;
  query?: Record<string, ParamSpec>;
  headers?: Record<string, ParamSpec>;
  body?: BodySpec;
  response?: ResponseSpec;
  pagination?: false | PaginationSpec;
  graphql?: { document: string; operationName?: string; variables?: JsonSchema };
  jsonrpc?: { method: string; params?: JsonSchema };
  tool?: { name: string; title?: string; input: JsonSchema };
}
