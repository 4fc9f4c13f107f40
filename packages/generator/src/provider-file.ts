/**
 * The shape of one providers/<app>.yaml file, as generator/schema/provider.schema.json
 * describes it. Only data that passed the schema check is typed as this.
 */
import type { AuthType, CredentialField, EndpointKind, FieldSource, HttpMethod, InjectSpec, JsonSchema, PaginationSpec, RateLimitSpec, VariableSource } from '@switchboard/contract';

export type { AuthType, CredentialField, EndpointKind, FieldSource, HttpMethod, InjectSpec, JsonSchema, PaginationSpec, RateLimitSpec, VariableSource };

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
