/**
 * generated/routes.json: everything the runtime needs to route a request, so it never reads
 * the YAML. Written by generator/emit/routes.ts, read by runtime/routes.ts.
 */
import type { AuthType, CredentialField, InjectSpec, PaginationSpec, RateLimitSpec, VariableSource } from '../generator/provider-file.js';

export type { AuthType, CredentialField, InjectSpec, PaginationSpec, RateLimitSpec, VariableSource };

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
