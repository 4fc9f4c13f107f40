// Generated from packages/generator/schema/provider.schema.json by `npm run provider-file -w @switchboard/generator`. Do not edit.
// The shape of one providers/<app>.yaml file; only data that passed the schema check is typed as this.

/**
 * One third-party API as the gateway knows it: where it lives, how a connection authenticates, and which endpoints it offers.
 */
export interface ProviderFile {
  /** The gateway's first path segment for this provider, e.g. `slack` in /slack/api/chat.postMessage. */
  app: string;
  /** Display name. */
  name: string;
  /** One line: what the provider's API covers. */
  description: string;
  categories: string[];
  /** The provider's own API documentation. */
  docs: string;
  /** Provider quirks worth knowing, one sentence each, in our own words. Shown in the reference docs. */
  notes?: string[];
  upstream?: UpstreamSpec;
  mcp?: McpSpec;
  /**
   * Values the gateway fills in: `<name>` in base URLs and prefixes, `:name` as a whole path segment, `{name}` in header and query templates.
   */
  variables?: Record<string, VariableSpec>;
  /**
   * Path parameters the caller fills (`{name}` in endpoint paths) shared by many endpoints, e.g. Jira's cloudId.
   */
  parameters?: Record<string, ParamSpec>;
  auth: AuthSpec;
  headers?: {
    /**
     * Headers the gateway always sets (the caller's value is replaced). Values may use {variable} and {credential_field}.
     */
    add?: Record<string, string>;
    /** Headers sent when the caller does not send them, e.g. Notion-Version. */
    defaults?: Record<string, string>;
  };
  query?: {
    /** Query parameters the gateway always sets. Values may use {variable}. */
    add?: Record<string, string>;
  };
  pagination?: PaginationSpec;
  rateLimit?: RateLimitSpec;
  endpoints: EndpointSpec[];
  verify?: {
    allow: {
      /** Endpoint id(s) the entry covers, or `*` for every endpoint. */
      operation: string | string[];
      /** The kind of difference verify prints. */
      kind: 'unknown-operation' | 'method-mismatch' | 'path-param-mismatch' | 'missing-required-query' | 'unknown-body-property' | 'missing-required-body-property' | 'body-type-mismatch' | 'unknown-response-property';
      /**
       * The property (dotted path, `[]` for array items) the entry covers; every property of that kind when left out.
       */
      property?: string | string[];
      /**
       * Why the difference is kept: the spec is stale or partial, or the catalog differs on purpose. Own words, one sentence.
       */
      reason: string;
    }[];
  };
}

export interface UpstreamSpec {
  /**
   * Upstream origin: `https://host[:port]`, host variables written `<name>`, or a whole origin `<name>` taken from a variable with format origin.
   */
  baseUrl: string;
  /** Inserted between the origin and the caller's path, e.g. `/api` for Jobber or `/<account_id>` for Basecamp. */
  pathPrefix?: string;
  /** Other upstream origins chosen by the caller's path (Box uploads, Dropbox content). */
  hosts?: {
    baseUrl: string;
    pathPrefix?: string;
    /** Caller paths routed to this host: exact paths, or prefixes ending in `*`. */
    paths: string[];
  }[];
}

/**
 * A Model Context Protocol server. Tool endpoints (kind mcp-tool) are called as POST /{app}/{tool} and sent as JSON-RPC tools/call.
 */
export interface McpSpec {
  url: string;
  /** @default "streamable-http" */
  transport?: 'streamable-http';
  protocolVersion?: string;
}

export interface VariableSpec {
  description: string;
  /**
   * A regular expression the value must match, anchored with ^ and $. Checked when the connection is stored and again on every request, so a bad value never reaches a URL.
   */
  pattern: string;
  /** origin: the value is a whole public https origin (no path, no credentials, no private address). */
  format?: 'origin';
  example?: string;
  /** Where the value comes from, tried in order. */
  from: VariableSource[];
}

export type VariableSource =
  | { form: {
      label: string;
      placeholder?: string;
      help?: string;
      /**
       * The values the user chooses from (a select on the connect page instead of a text box), each matching the variable's pattern; e.g. a data region.
       */
      options?: {
        value: string;
        label: string;
      }[];
    } }
  | { tokenResponse: FieldSource }
  | { callbackQuery: {
      param: string;
      extract?: string;
    } }
  | { metadata: {
      /**
       * An https URL; its host may use `<name>` of a variable declared before this one (Zoho Books: https://<api_host>/books/v3/organizations).
       */
      url: string;
      field: string;
      /** How the token is presented to the metadata endpoint; `Bearer {access_token}` unless told. */
      authorization?: string;
      extract?: string;
    } }
  | { credential: FieldSource }
  | { env: {
      name: string;
    } }
  | { default: string };

export interface FieldSource {
  field: string;
  extract?: string;
}

export interface AuthSpec {
  /** Connection methods offered, the default first. */
  methods: AuthMethodSpec[];
}

export type AuthMethodSpec =
  | OAuth2MethodSpec
  | OAuth1MethodSpec
  | FieldsMethodSpec
  | McpMethodSpec;

export interface OAuth2MethodSpec {
  type: 'OAUTH2';
  label?: string;
  authorizationUrl: string;
  tokenUrl: string;
  scopes?: string[];
  /** @default " " */
  scopeSeparator?: string;
  /** Query parameter that carries the scopes; `scope` unless told (Slack user scopes use user_scope). */
  scopeParam?: string;
  /** @default false */
  pkce?: boolean;
  /**
   * The provider issues refresh tokens and the gateway refreshes expiring tokens.
   * @default false
   */
  refresh?: boolean;
  /**
   * How the client id and secret reach the token endpoint.
   * @default "body"
   */
  clientAuth?: 'body' | 'basic';
  authorizationParams?: Record<string, string>;
  /** Where the access token sits in the token response when not at access_token. */
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
  /** What the user enters on the connect page (or sends as credentials when creating the connection). */
  fields: CredentialField[];
  inject: InjectSpec[];
}

export interface McpMethodSpec {
  type: 'MCP';
  label?: string;
  authorizationUrl?: string;
  tokenUrl?: string;
  /** OAuth dynamic client registration endpoint of the MCP server. */
  registrationUrl?: string;
  scopes?: string[];
  /** @default true */
  pkce?: boolean;
  /** @default true */
  refresh?: boolean;
  fields?: CredentialField[];
  inject?: InjectSpec[];
}

export interface CredentialField {
  name: string;
  label: string;
  /** @default true */
  secret?: boolean;
  /** @default false */
  optional?: boolean;
  pattern?: string;
  help?: string;
}

export type InjectSpec =
  | {
      style: 'bearer';
      value?: string;
    }
  | {
      style: 'header';
      name: string;
      value: string;
    }
  | {
      style: 'query';
      name: string;
      value: string;
    }
  | {
      style: 'basic';
      username: string;
      password: string;
    }
  | {
      style: 'path';
      /** The `:name` path segment the credential replaces. */
      segment: string;
      value: string;
    }
  | {
      style: 'oauth1';
      /** @default "HMAC-SHA1" */
      signature?: 'HMAC-SHA1';
    };

/**
 * How list endpoints page. An endpoint that takes the page, cursor or offset parameter is pageable; an endpoint may override or turn it off. url: the answer carries the next page's whole URL or path (Microsoft Graph @odata.nextLink, Salesforce nextRecordsUrl).
 */
export type PaginationSpec =
  | {
      style: 'cursor';
      cursorParam: string;
      /** Where the next cursor sits in the response body. */
      nextCursor: string;
      limitParam?: string;
      items?: string;
      /** @default "query" */
      in?: 'query' | 'body';
      /**
       * Where a boolean says whether more pages follow (Dropbox has_more); paging stops when it is false even if a cursor is present.
       */
      hasMore?: string;
    }
  | {
      style: 'offset';
      offsetParam: string;
      limitParam: string;
      items?: string;
      total?: string;
      /** @default "query" */
      in?: 'query' | 'body';
      /**
       * The offset of the first item when it is not 0 (some APIs count from 1).
       * @default 0
       */
      firstOffset?: number;
    }
  | {
      style: 'page';
      pageParam: string;
      limitParam?: string;
      /** @default 1 */
      firstPage?: number;
      items?: string;
      totalPages?: string;
      /** @default "query" */
      in?: 'query' | 'body';
    }
  | {
      style: 'link';
      limitParam?: string;
      items?: string;
    }
  | {
      style: 'url';
      /** Where the next page's URL (absolute, or a path on the same host) sits in the response body. */
      nextUrl: string;
      limitParam?: string;
      items?: string;
    };

/** What the provider documents about its limits; hints for clients and docs. */
export interface RateLimitSpec {
  requests: number;
  per?: 'second' | 'minute' | 'hour' | 'day';
  scope?: 'app' | 'user' | 'account' | 'connection' | 'token' | 'ip' | 'endpoint';
  retryAfterHeader?: string;
  note?: string;
  /** The window in seconds, for limits not stated per second, minute, hour or day (Trello: 100 per 10 seconds). */
  windowSeconds?: number;
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
  example?: string | number | boolean | unknown[];
  items?: {
    type: 'string' | 'integer' | 'number' | 'boolean';
    enum?: (string | number | boolean)[];
  };
  /** How an array is written in the query: repeated (form) or comma-separated. */
  style?: 'form' | 'comma';
}

/** A JSON Schema (draft 2020-12 subset as OpenAPI 3.1 accepts it). */
export type JsonSchema = Record<string, unknown> | boolean;

export interface BodySpec {
  /** @default "application/json" */
  contentType?: string;
  /** @default true */
  required?: boolean;
  schema?: JsonSchema;
  example?: unknown;
}

export interface ResponseSpec {
  /** @default 200 */
  status?: number;
  /** @default "application/json" */
  contentType?: string;
  description?: string;
  /**
   * true: the provider answers with no body (a create whose result is only a header, such as LinkedIn's x-restli-id). A 204, 304, or a 202 or redirect given no schema, has none without it.
   */
  empty?: boolean;
  schema?: JsonSchema;
  example?: unknown;
}

export interface EndpointSpec {
  /** Stable camelCase name; the typed client's method name. */
  id: string;
  /**
   * rest (default); graphql: a named document sent to a GraphQL path; jsonrpc: a JSON-RPC method; mcp-tool: a tool of the provider's MCP server, called as POST /{app}/{tool}.
   * @default "rest"
   */
  kind?: EndpointKind;
  method?: HttpMethod;
  /**
   * The native path as the caller writes it after /{app}: `{name}` is filled by the caller, a whole segment `:name` by the gateway.
   */
  path?: string;
  summary: string;
  description?: string;
  /** Heading the endpoint is listed under in the docs. */
  group?: string;
  deprecated?: boolean;
  /**
   * The operation reads and changes nothing although its method is not GET or HEAD (a search or query sent as POST). Read-only API keys may call it. GET, HEAD and GraphQL queries are safe without it.
   */
  safe?: boolean;
  params?: Record<string, ParamSpec>;
  query?: Record<string, ParamSpec>;
  headers?: Record<string, ParamSpec>;
  body?: BodySpec;
  response?: ResponseSpec;
  /** false: this endpoint does not page although it takes the parameter; an object: this endpoint's own paging. */
  pagination?: false | PaginationSpec;
  graphql?: {
    document: string;
    operationName?: string;
    variables?: JsonSchema;
  };
  jsonrpc?: {
    method: string;
    params?: JsonSchema;
  };
  tool?: {
    name: string;
    title?: string;
    input: JsonSchema;
  };
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';

export type EndpointKind = 'rest' | 'graphql' | 'jsonrpc' | 'mcp-tool';

export type AuthType = 'OAUTH2' | 'OAUTH1' | 'API_KEY' | 'BASIC' | 'MCP';
