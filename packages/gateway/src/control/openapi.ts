/**
 * The OpenAPI 3.1 document of the control API (/connections, /api/apikeys, /api/profiles, /logs),
 * the MCP endpoint, and the server's own entry points (/health, /ready, /metrics), served at GET /openapi.json. Written by hand beside the
 * handlers; test/gateway/operators/openapi.test.ts checks it against the running server (every
 * documented operation answers, every served route is documented, real answers validate).
 * The gateway paths (`/{app}/...`) have their own documents per provider in generated/openapi/.
 */

/** Every route the control side of the server answers, with its methods (what 405's Allow lists). */
export const CONTROL_ROUTES = {
  '/': ['GET', 'HEAD'],
  '/health': ['GET', 'HEAD'],
  '/ready': ['GET', 'HEAD'],
  '/openapi.json': ['GET', 'HEAD'],
  '/connections': ['GET', 'POST'],
  '/connections/{connection_id}': ['GET', 'POST', 'PATCH', 'DELETE'],
  '/api/apikeys': ['GET', 'POST'],
  '/api/apikeys/{apikey_id}': ['GET', 'PUT', 'DELETE'],
  '/api/profiles/{profile_id}': ['GET'],
  '/mcp': ['POST'],
  '/logs': ['GET', 'HEAD'],
  '/metrics': ['GET', 'HEAD'],
} as const satisfies Record<string, readonly string[]>;

export type ControlRoute = keyof typeof CONTROL_ROUTES;

/** The Allow header of a route. */
export function allowOf(route: ControlRoute): string {
  return CONTROL_ROUTES[route].join(', ');
}

export function controlOpenApi(): Record<string, unknown> {
  return DOC;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown, description: string) => ({ description, content: { 'application/json': { schema } } });
const error = (description: string) => json(ref('Error'), description);
const common = {
  '400': error('Bad input; `error.field` names the field at fault.'),
  '401': { ...error('No API key, a malformed Authorization header, or an unknown or revoked key.'), headers: { 'WWW-Authenticate': { schema: { type: 'string' } } } },
  '405': { ...error('Method not allowed.'), headers: { Allow: { schema: { type: 'string' } } } },
  '429': { ...error('Over the control API budget of the account.'), headers: { 'Retry-After': { schema: { type: 'string' } } } },
};
const notFound = error('Unknown id, or an object of another account.');
const requestId = { name: 'x-request-id', in: 'header', required: false, description: 'Kept when 1–128 characters of [A-Za-z0-9._:-]; else the gateway makes one. Answered in x-request-id.', schema: { type: 'string' } };
const connectionId = { name: 'connection_id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const apikeyId = { name: 'apikey_id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const link = { type: 'object', required: ['href'], properties: { href: { type: 'string' } } };
const metadata = { type: 'object', additionalProperties: { type: 'string' }, description: "Only the provider's declared variables; each value at most 1024 characters and matching its pattern." };
const credentials = { type: 'object', additionalProperties: { type: 'string' }, description: "The method's credential fields (e.g. token, api_key); never returned." };

const DOC: Record<string, unknown> = {
  openapi: '3.1.0',
  info: {
    title: 'Switchboard control API',
    version: '1',
    description: 'Connections and API keys of the account behind the API key. Every answer carries x-request-id; errors are one envelope with a stable code.',
  },
  security: [{ bearer: [] }],
  paths: {
    '/': {
      get: { operationId: 'index', security: [], parameters: [requestId], responses: { '200': json(ref('Index'), 'The service and its entry points.') } },
    },
    '/health': {
      get: { operationId: 'health', security: [], responses: { '200': json({ type: 'object', required: ['status'], properties: { status: { const: 'ok' } } }, 'The process is up.') } },
    },
    '/ready': {
      get: { operationId: 'ready', security: [], responses: { '200': json({ type: 'object', required: ['status'], properties: { status: { const: 'ready' } } }, 'The store answers.') } },
    },
    '/openapi.json': {
      get: { operationId: 'openapi', security: [], responses: { '200': json({ type: 'object' }, 'This document.') } },
    },
    '/connections': {
      get: {
        operationId: 'listConnections',
        summary: 'List the account’s connections, oldest first, a page at a time',
        parameters: [
          requestId,
          { name: 'app', in: 'query', schema: { type: 'string' } },
          { name: 'status', in: 'query', schema: { enum: ['ACTIVE', 'PENDING', 'FAILED'] } },
          { name: 'method', in: 'query', schema: { type: 'string' } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 100 } },
          { name: 'cursor', in: 'query', description: 'The next_cursor of the previous page, as given.', schema: { type: 'string' } },
        ],
        responses: { '200': json(ref('ConnectionList'), 'One page of connections.'), ...common },
      },
      post: {
        operationId: 'createConnection',
        summary: 'A PENDING connection with a connect url, or an ACTIVE one from credentials',
        parameters: [requestId],
        requestBody: { required: true, content: { 'application/json': { schema: ref('ConnectionCreate') } } },
        responses: {
          '201': { ...json(ref('ConnectionEnvelope'), 'The connection.'), headers: { Location: { schema: { type: 'string' } } } },
          ...common,
          '403': error('The account holds SWITCHBOARD_MAX_CONNECTIONS connections already.'),
          '413': error('The body is over 64 KiB.'),
          '415': error('The body is not JSON.'),
        },
      },
    },
    '/connections/{connection_id}': {
      parameters: [connectionId, requestId],
      get: { operationId: 'getConnection', responses: { '200': json(ref('ConnectionEnvelope'), 'The connection.'), '404': notFound, ...common } },
      post: {
        operationId: 'reconnectConnection',
        summary: 'A new connect link for the connection (the old one stops working)',
        responses: { '200': json(ref('ConnectionEnvelope'), 'The connection with its new url.'), '404': notFound, ...common },
      },
      patch: {
        operationId: 'updateConnection',
        summary: 'Change the name, metadata, or (API_KEY and BASIC connections) the credential',
        requestBody: { required: true, content: { 'application/json': { schema: ref('ConnectionPatch') } } },
        responses: { '200': json(ref('ConnectionEnvelope'), 'The changed connection.'), '404': notFound, ...common },
      },
      delete: { operationId: 'deleteConnection', responses: { '200': json(ref('ConnectionEnvelope'), 'The deleted connection, status DELETED.'), '404': notFound, ...common } },
    },
    '/api/apikeys': {
      parameters: [requestId],
      get: {
        operationId: 'listApiKeys',
        parameters: [
          { name: 'page', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
          { name: 'size', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
        ],
        responses: { '200': json(ref('ApiKeyList'), 'The account’s keys, with HAL links.'), ...common },
      },
      post: { operationId: 'initialiseApiKey', responses: { '200': json(ref('ApiKeyInitialised'), 'An id to PUT the key under.'), ...common, '403': error('The account holds its most keys.') } },
    },
    '/api/apikeys/{apikey_id}': {
      parameters: [apikeyId, requestId],
      get: { operationId: 'getApiKey', responses: { '200': json(ref('ApiKey'), 'The key, with HAL links.'), '404': notFound, ...common } },
      put: {
        operationId: 'putApiKey',
        summary: 'Create the initialised key (its secret is in accessToken, this once) or rename it',
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1, maxLength: 200 }, policy: { ...ref('KeyPolicy'), description: 'What the key may do; absent keeps the current policy, null removes it.' } } } } } },
        responses: { '200': json(ref('ApiKey'), 'Renamed.'), '201': json(ref('ApiKeyCreated'), 'Created.'), '404': notFound, ...common },
      },
      delete: { operationId: 'deleteApiKey', responses: { '204': { description: 'Deleted: the key stops working.' }, '404': notFound, ...common } },
    },
    '/mcp': {
      parameters: [requestId],
      post: {
        operationId: 'mcp',
        summary: 'The MCP server for agents (Streamable HTTP, stateless): tools search_actions, describe_action, call_action, list_connections, connect_app, http_request',
        parameters: [{ name: 'apps', in: 'query', required: false, description: 'Comma-separated apps whose operations become tools of their own (up to SWITCHBOARD_MCP_MAX_TOOLS).', schema: { type: 'string' } }],
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', description: 'A JSON-RPC 2.0 message of the Model Context Protocol.' } } } },
        responses: {
          '200': json({ type: 'object', description: 'The JSON-RPC answer.' }, 'The MCP answer.'),
          '202': { description: 'A notification was accepted.' },
          '406': { description: 'The Accept header does not take both application/json and text/event-stream.' },
          ...common,
        },
      },
    },
    '/logs': {
      get: {
        operationId: 'listLogs',
        summary: 'The account’s request log, newest first, a page at a time (REST and MCP calls; never bodies or secrets)',
        parameters: [
          requestId,
          ...['app', 'key', 'connection', 'operation', 'code'].map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } })),
          { name: 'surface', in: 'query', required: false, schema: { enum: ['rest', 'mcp'] } },
          { name: 'status', in: 'query', required: false, description: 'A status (429) or a class (4xx).', schema: { type: 'string', pattern: '^[1-5](xx|XX|[0-9]{2})$' } },
          { name: 'since', in: 'query', required: false, schema: { type: 'string', format: 'date-time' } },
          { name: 'until', in: 'query', required: false, schema: { type: 'string', format: 'date-time' } },
          { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } },
          { name: 'cursor', in: 'query', required: false, description: 'next_cursor of the previous page.', schema: { type: 'string' } },
          { name: 'after', in: 'query', required: false, description: 'Entries after this id, oldest first (what `switchboard logs --follow` polls with).', schema: { type: 'string' } },
        ],
        responses: { '200': json(ref('LogPage'), 'One page of entries.'), ...common },
      },
    },
    '/metrics': {
      get: {
        operationId: 'metrics',
        security: [],
        summary: 'Prometheus metrics (text format); with SWITCHBOARD_METRICS_TOKEN set, only for that bearer token',
        responses: { '200': { description: 'Metrics in the Prometheus text format.', content: { 'text/plain': { schema: { type: 'string' } } } }, '401': error('SWITCHBOARD_METRICS_TOKEN is set and the request does not carry it.') },
      },
    },
    '/api/profiles/{profile_id}': {
      parameters: [{ name: 'profile_id', in: 'path', required: true, schema: { type: 'string' } }, requestId],
      get: { operationId: 'getProfile', summary: 'The key owner (the keys’ profile link)', responses: { '200': json(ref('Profile'), 'The account.'), '404': notFound, ...common } },
    },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A Switchboard API key (sbk_…).' } },
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['code', 'status', 'message', 'hint'],
            properties: {
              code: { type: 'string', pattern: '^GW_ERR_[A-Z_]+$' },
              status: { type: 'integer' },
              message: { type: 'string' },
              hint: { type: 'string' },
              field: { type: 'string' },
              request_id: { type: 'string' },
            },
            additionalProperties: false,
          },
        },
        additionalProperties: false,
      },
      Index: {
        type: 'object',
        required: ['service', 'apps', 'links'],
        properties: { service: { const: 'switchboard' }, apps: { type: 'integer' }, links: { type: 'object', additionalProperties: { type: 'string' } } },
      },
      Connection: {
        type: 'object',
        required: ['connection_id', 'status', 'creation_time', 'last_updated_time', 'app', 'method', 'metadata'],
        properties: {
          connection_id: { type: 'string', format: 'uuid' },
          status: { enum: ['ACTIVE', 'PENDING', 'FAILED', 'DELETED'] },
          creation_time: { type: 'string', format: 'date-time' },
          last_updated_time: { type: 'string', format: 'date-time' },
          url: { type: 'string', description: 'The connect link: PENDING connections, and the answer to POST /connections/{id}.' },
          app: { type: 'string' },
          name: { type: 'string' },
          method: { enum: ['API_KEY', 'BASIC', 'OAUTH1', 'OAUTH2', 'MCP'] },
          metadata,
          status_reason: { type: 'string' },
        },
        additionalProperties: false,
      },
      ConnectionEnvelope: { type: 'object', required: ['connection'], properties: { connection: ref('Connection') }, additionalProperties: false },
      ConnectionList: {
        type: 'object',
        required: ['connections'],
        properties: { connections: { type: 'array', items: ref('Connection') }, next_cursor: { type: 'string', description: 'Present while more connections follow.' } },
        additionalProperties: false,
      },
      ConnectionCreate: {
        type: 'object',
        required: ['app'],
        properties: { app: { type: 'string', maxLength: 64 }, method: { type: 'string' }, name: { type: 'string', maxLength: 200 }, metadata, credentials },
      },
      ConnectionPatch: {
        type: 'object',
        minProperties: 1,
        properties: { name: { type: ['string', 'null'], maxLength: 200 }, metadata, credentials },
        additionalProperties: false,
      },
      ApiKeyLinks: {
        type: 'object',
        required: ['self', 'update apikey', 'delete apikey', 'profile'],
        properties: { self: link, 'update apikey': link, 'delete apikey': link, profile: link },
      },
      ApiKey: {
        type: 'object',
        required: ['id', 'created', 'lastModified', 'name', 'clientId', 'profileId', '_links'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          created: { type: 'string' },
          lastModified: { type: 'string' },
          name: { type: ['string', 'null'] },
          clientId: { type: 'string' },
          profileId: { type: 'string' },
          policy: { oneOf: [ref('KeyPolicy'), { type: 'null' }] },
          _links: ref('ApiKeyLinks'),
        },
        additionalProperties: false,
      },
      KeyPolicy: {
        type: 'object',
        description: 'What an API key may do (docs/agents.md). Operation rules: "app.operationId" (with * wildcards) or "METHOD /app/path" (* within a segment, ** across).',
        properties: {
          apps: { type: 'array', items: { type: 'string' }, description: 'The apps the key may call; absent: every app.' },
          allow: { type: 'array', items: { type: 'string' }, description: 'When present, only operations matching one of these rules.' },
          deny: { type: 'array', items: { type: 'string' }, description: 'Operations refused even when allowed.' },
          readOnly: { type: 'boolean', description: 'Only GET, HEAD and operations the catalog marks safe.' },
        },
        additionalProperties: false,
      },
      LogEntry: {
        type: 'object',
        required: ['id', 'time', 'request_id', 'surface', 'method', 'status', 'ms'],
        properties: {
          id: { type: 'string' },
          time: { type: 'string', format: 'date-time' },
          request_id: { type: 'string' },
          key_id: { type: ['string', 'null'] },
          connection_id: { type: ['string', 'null'] },
          app: { type: ['string', 'null'] },
          operation: { type: ['string', 'null'], description: 'The catalog operation the call matched; mcp.<tool> for tools the gateway answers itself.' },
          surface: { enum: ['rest', 'mcp'] },
          method: { type: 'string' },
          status: { type: 'integer' },
          ms: { type: 'number' },
          upstream_ms: { type: ['number', 'null'] },
          bytes_in: { type: ['integer', 'null'], description: 'The request body’s Content-Length; null when chunked.' },
          bytes_out: { type: ['integer', 'null'], description: 'The answer body’s Content-Length; null when chunked or streamed.' },
          error_code: { type: ['string', 'null'], description: 'The gateway’s error code when it answered the error itself.' },
        },
        additionalProperties: false,
      },
      LogPage: {
        type: 'object',
        required: ['items', 'next_cursor', 'enabled'],
        properties: {
          items: { type: 'array', items: ref('LogEntry') },
          next_cursor: { type: ['string', 'null'] },
          last_id: { type: 'string' },
          enabled: { type: 'boolean', description: 'False when SWITCHBOARD_REQUEST_LOG is off.' },
        },
        additionalProperties: false,
      },
      ApiKeyCreated: {
        type: 'object',
        required: ['id', 'created', 'lastModified', 'name', 'clientId', 'profileId', 'accessToken', '_links'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          created: { type: 'string' },
          lastModified: { type: 'string' },
          name: { type: 'string' },
          clientId: { type: 'string' },
          profileId: { type: 'string' },
          policy: { oneOf: [ref('KeyPolicy'), { type: 'null' }] },
          accessToken: { type: 'string', description: 'The secret, shown this once.' },
          _links: ref('ApiKeyLinks'),
        },
        additionalProperties: false,
      },
      ApiKeyInitialised: {
        type: 'object',
        required: ['id', 'created', 'lastModified', 'profileId', '_links'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          created: { type: 'string' },
          lastModified: { type: 'string' },
          profileId: { type: 'string' },
          _links: { type: 'object', required: ['create apikey'], properties: { 'create apikey': link } },
        },
        additionalProperties: false,
      },
      ApiKeyList: {
        type: 'object',
        required: ['_embedded', '_links', 'page'],
        properties: {
          _embedded: { type: 'object', required: ['apikeys'], properties: { apikeys: { type: 'array', items: ref('ApiKey') } } },
          _links: { type: 'object', required: ['self'], properties: { self: link } },
          page: {
            type: 'object',
            required: ['size', 'totalElements', 'totalPages', 'number'],
            properties: { size: { type: 'integer' }, totalElements: { type: 'integer' }, totalPages: { type: 'integer' }, number: { type: 'integer' } },
          },
        },
        additionalProperties: false,
      },
      Profile: {
        type: 'object',
        required: ['id', 'name', 'created', '_links'],
        properties: { id: { type: 'string' }, name: { type: 'string' }, created: { type: 'string' }, _links: { type: 'object', required: ['self'], properties: { self: link, apikeys: link } } },
        additionalProperties: false,
      },
    },
  },
};
