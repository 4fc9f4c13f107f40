/**
 * generated/routes.json: everything the runtime needs to route a request, so it never reads
 * the YAML. Written by the generator (emit/routes.ts), read by the gateway (routes.ts).
 *
 * Hand-written: this is the routing table's wire format. The parts the generator copies
 * through from a provider file (auth types, inject steps, credential fields, paging, limits,
 * variable sources) describe the same data as the generated provider-format types
 * (packages/generator/src/provider-file.ts, from provider.schema.json);
 * test/generator/provider-file.test.ts checks those are assignable to these.
 */

/** The ways a connection can hold a credential; each has one module in the gateway (auth/). */
export type AuthType = 'OAUTH2' | 'OAUTH1' | 'API_KEY' | 'BASIC' | 'MCP';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';
export type EndpointKind = 'rest' | 'graphql' | 'jsonrpc' | 'mcp-tool';
export type JsonSchema = Record<string, unknown> | boolean;

export type VariableSource =
  | { form: FormSource }
  | { tokenResponse: FieldSource }
  | { callbackQuery: { param: string; extract?: string } }
  | { metadata: { url: string; field: string; authorization?: string; extract?: string } }
  | { credential: FieldSource }
  | { env: { name: string } }
  | { default: string };

/** A value typed (or, with `options`, chosen) on the connect page. */
export interface FormSource {
  label: string;
  placeholder?: string;
  help?: string;
  options?: { value: string; label: string }[];
}

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
  scope?: 'app' | 'user' | 'account' | 'connection' | 'token' | 'ip' | 'endpoint';
  retryAfterHeader?: string;
  note?: string;
}


/** A template split at its placeholders: literal strings and `{ var }` references. */
export type CompiledTemplate = (string | { var: string })[];

export interface RouteTable {
  version: 1;
  apps: Record<string, AppRoute>;
}

export interface UpstreamRoute {
  origin: CompiledTemplate; // https://<dc>.api.mailchimp.com → ['https://', {var:'dc'}, '.api.mailchimp.com']
  pathPrefix: CompiledTemplate;
}

export interface HostRoute extends UpstreamRoute {
  exact: string[]; // caller paths routed here as they are
  prefixes: string[]; // caller path prefixes routed here ("*" removed)
}

export interface VariableRoute {
  description: string;
  pattern: string;
  format?: 'origin';
  example?: string;
  from: VariableSource[];
}

export interface OAuth2Route {
  authorizationUrl: string;
  tokenUrl: string;
  scopes: string[];
  scopeSeparator: string;
  scopeParam: string;
  pkce: boolean;
  refresh: boolean;
  clientAuth: 'body' | 'basic';
  authorizationParams: Record<string, string>;
  tokenField: string;
}

export interface OAuth1Route {
  requestTokenUrl: string;
  authorizationUrl: string;
  accessTokenUrl: string;
  scopes: string[];
  authorizationParams: Record<string, string>;
}

export interface McpAuthRoute {
  authorizationUrl?: string;
  tokenUrl?: string;
  registrationUrl?: string;
  scopes: string[];
  pkce: boolean;
  refresh: boolean;
}

export interface MethodRoute {
  type: AuthType;
  label: string;
  fields: CredentialField[]; // what the user enters (API_KEY, BASIC, MCP with a static token)
  inject: InjectSpec[];
  oauth2?: OAuth2Route;
  oauth1?: OAuth1Route;
  mcp?: McpAuthRoute;
}

export interface AppRoute {
  app: string;
  name: string;
  description: string; // one line of what the provider covers (docs index)
  display: { hosts: string[] }; // upstream hosts as the docs show them
  aliases: string[]; // other names callers may try (display name without spaces), for "did you mean"
  upstream?: UpstreamRoute;
  hosts: HostRoute[];
  mcp?: { url: string; protocolVersion: string; tools: string[] };
  variables: Record<string, VariableRoute>;
  /** `:name` segments the gateway fills, from variables or from a path-injected credential. */
  pathVariables: string[];
  methods: MethodRoute[]; // the first is the default
  headers: { add: [string, CompiledTemplate][]; defaults: [string, CompiledTemplate][] };
  query: { add: [string, CompiledTemplate][] };
  pagination?: PaginationSpec;
  rateLimit?: RateLimitSpec;
  endpoints: number;
}
