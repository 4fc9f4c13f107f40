/**
 * OpenAPI 3.1 per provider (generated/openapi/<app>.json): the provider's catalog as the
 * gateway serves it, under `{gateway}/{app}`. Every body and response schema becomes a named
 * component (so the generated types and clients can name it); the gateway's own errors are
 * described once and referenced from every operation.
 */
import { answersWithBody, type Endpoint, type JsonSchema, type Param, type Provider } from '../model.js';
import { ERROR_CODES_DOC } from './gateway-errors.js';
import { schemaNames } from './naming.js';
import { SchemaComponents } from './schema-components.js';

export type OpenApiDocument = Record<string, unknown> & {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> } & Record<string, unknown>;
};

type Operation = Record<string, unknown>;

export function buildOpenApi(p: Provider): OpenApiDocument {
  const schemas: Record<string, unknown> = {
    GatewayError: {
      type: 'object',
      description: 'The envelope of every error the gateway answers itself (upstream errors pass through unchanged).',
      required: ['error'],
      properties: {
        error: {
          type: 'object',
          required: ['code', 'status', 'message', 'hint'],
          properties: {
            code: { type: 'string', description: 'Stable error code; match on it.', enum: ERROR_CODES_DOC.map((e) => e.code) },
            status: { type: 'integer' },
            message: { type: 'string' },
            hint: { type: 'string', description: 'How to solve it.' },
            field: { type: 'string', description: 'The request field at fault, when there is one.' },
          },
        },
      },
    },
  };
  const paths: OpenApiDocument['paths'] = {};
  const tags = new Set<string>();
  const components = new SchemaComponents(schemaRoots(p), schemas);
  const embed = (schema: JsonSchema, name: string) => components.embed(schema, name);

  for (const e of p.endpoints) {
    if (e.kind === 'graphql' || e.kind === 'jsonrpc') continue; // attached to their transport operation below
    tags.add(e.group);
    const op = operation(e, schemas, embed);
    (paths[e.path] ??= {})[e.method.toLowerCase()] = op;
  }

  // GraphQL documents and JSON-RPC methods share one transport operation each.
  for (const kind of ['graphql', 'jsonrpc'] as const) {
    const byRoute = new Map<string, Endpoint[]>();
    for (const e of p.endpoints.filter((x) => x.kind === kind)) byRoute.set(e.path, [...(byRoute.get(e.path) ?? []), e]);
    for (const [path, ops] of byRoute) {
      const slot = (paths[path] ??= {});
      slot.post ??= transportOperation(kind, ops[0]!);
      const list = ops.map((e) => {
        const names = schemaNames(e);
        tags.add(e.group);
        const variables = e.graphql?.variables ?? e.jsonrpc?.params;
        if (variables !== undefined) schemas[names.variables] = embed(variables, names.variables);
        if (e.response.schema !== undefined) schemas[names.response] = embed(e.response.schema, names.response);
        return {
          id: e.id,
          summary: e.summary,
          ...(e.graphql ? { document: e.graphql.document, operationName: e.graphql.operationName } : {}),
          ...(e.jsonrpc ? { method: e.jsonrpc.method } : {}),
          ...(variables !== undefined ? { variables: { $ref: `#/components/schemas/${names.variables}` } } : {}),
          ...(e.response.schema !== undefined ? { result: { $ref: `#/components/schemas/${names.response}` } } : {}),
        };
      });
      slot.post[kind === 'graphql' ? 'x-graphql-operations' : 'x-jsonrpc-methods'] = list;
    }
  }

  return {
    'x-generated': `Generated from ${p.source} by \`switchboard generate\`. Do not edit.`,
    openapi: '3.1.0',
    info: {
      title: `${p.name} through Switchboard`,
      version: '1.0.0',
      summary: p.description,
      description: [
        `${p.name}'s API as the Switchboard gateway serves it: send the provider's native path after /${p.app}; the gateway adds the connection's credential.`,
        ...p.notes.map((n) => `- ${n}`),
      ].join('\n'),
    },
    externalDocs: { description: `${p.name} API documentation`, url: p.docs },
    servers: [
      {
        url: `{gateway}/${p.app}`,
        description: 'The Switchboard gateway',
        variables: { gateway: { default: 'http://localhost:8080', description: 'Where your gateway listens.' } },
      },
    ],
    security: [{ switchboardKey: [] }],
    tags: [...tags].sort().map((name) => ({ name })),
    paths: sortKeys(paths),
    components: {
      securitySchemes: {
        switchboardKey: { type: 'http', scheme: 'bearer', description: 'A Switchboard API key (`switchboard keys create`).' },
      },
      parameters: {
        MatonConnection: {
          name: 'Maton-Connection',
          in: 'header',
          required: false,
          description: `Id of the ${p.name} connection to use; without it the account's oldest active connection serves the request.`,
          schema: { type: 'string', format: 'uuid' },
        },
      },
      responses: {
        GatewayBadRequest: errorResponse('The gateway refused the request (no connection for the app, bad path), or the upstream answered 400 with its own body.'),
        GatewayUnauthorized: errorResponse('Missing or invalid Switchboard API key, or an expired connection credential.'),
        GatewayRateLimited: {
          ...errorResponse('Over the account\'s request limit, or the upstream\'s own 429.'),
          headers: { 'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } } },
        },
        GatewayUnreachable: errorResponse('The upstream could not be reached.'),
        GatewayTimeout: errorResponse('The upstream did not answer in time.'),
      },
      schemas: sortKeys(schemas),
    },
  };
}

function errorResponse(description: string) {
  return { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/GatewayError' } } } };
}

function operation(e: Endpoint, schemas: Record<string, unknown>, embed: (schema: JsonSchema, name: string) => unknown): Operation {
  const names = schemaNames(e);
  const op: Operation = {
    operationId: e.id,
    summary: e.summary,
    ...(describe(e) ? { description: describe(e) } : {}),
    tags: [e.group],
    ...(e.deprecated ? { deprecated: true } : {}),
    parameters: [
      ...e.pathParams.map((x) => parameter(x, 'path')),
      ...e.query.map((x) => parameter(x, 'query')),
      ...e.headers.map((x) => parameter(x, 'header')),
      { $ref: '#/components/parameters/MatonConnection' },
    ],
  };
  if (e.body) {
    const schema = e.body.schema !== undefined ? e.body.schema : binaryOrAny(e.body.contentType);
    schemas[names.request] = embed(schema, names.request);
    op.requestBody = {
      required: e.body.required,
      content: {
        [e.body.contentType]: {
          schema: { $ref: `#/components/schemas/${names.request}` },
          ...(e.body.example !== undefined ? { example: e.body.example } : {}),
        },
      },
    };
  }
  const ok: Record<string, unknown> = { description: e.response.description };
  if (answersWithBody(e.response)) {
    const schema = e.response.schema !== undefined ? e.response.schema : binaryOrAny(e.response.contentType);
    schemas[names.response] = embed(schema, names.response);
    ok.content = {
      [e.response.contentType]: {
        schema: { $ref: `#/components/schemas/${names.response}` },
        ...(e.response.example !== undefined ? { example: e.response.example } : {}),
      },
    };
  }
  op.responses = {
    [String(e.response.status)]: ok,
    '400': { $ref: '#/components/responses/GatewayBadRequest' },
    '401': { $ref: '#/components/responses/GatewayUnauthorized' },
    '429': { $ref: '#/components/responses/GatewayRateLimited' },
    '502': { $ref: '#/components/responses/GatewayUnreachable' },
    '504': { $ref: '#/components/responses/GatewayTimeout' },
  };
  if (e.kind === 'mcp-tool') op['x-mcp-tool'] = e.tool!.name;
  if (e.pagination) op['x-pagination'] = e.pagination;
  return op;
}

function transportOperation(kind: 'graphql' | 'jsonrpc', first: Endpoint): Operation {
  const request =
    kind === 'graphql'
      ? {
          type: 'object',
          required: ['query'],
          properties: { query: { type: 'string' }, variables: { type: 'object' }, operationName: { type: 'string' } },
        }
      : {
          type: 'object',
          required: ['jsonrpc', 'method'],
          properties: { jsonrpc: { const: '2.0' }, id: { type: ['string', 'integer'] }, method: { type: 'string' }, params: {} },
        };
  return {
    operationId: kind === 'graphql' ? 'graphqlRequest' : 'jsonrpcRequest',
    summary: kind === 'graphql' ? 'Send any GraphQL query or mutation.' : 'Call any JSON-RPC method.',
    tags: [first.group],
    parameters: [{ $ref: '#/components/parameters/MatonConnection' }],
    requestBody: { required: true, content: { 'application/json': { schema: request } } },
    responses: {
      '200': { description: kind === 'graphql' ? 'The GraphQL answer: data and, when something failed, errors.' : 'The JSON-RPC answer.', content: { 'application/json': { schema: { type: 'object' } } } },
      '400': { $ref: '#/components/responses/GatewayBadRequest' },
      '401': { $ref: '#/components/responses/GatewayUnauthorized' },
      '429': { $ref: '#/components/responses/GatewayRateLimited' },
      '502': { $ref: '#/components/responses/GatewayUnreachable' },
      '504': { $ref: '#/components/responses/GatewayTimeout' },
    },
  };
}

function describe(e: Endpoint): string | undefined {
  const parts: string[] = [];
  if (e.description) parts.push(e.description);
  if (e.gatewaySegments.length) parts.push(`The gateway fills ${[...new Set(e.gatewaySegments)].map((s) => `\`:${s}\``).join(', ')} from the connection; send it literally.`);
  return parts.length ? parts.join('\n\n') : undefined;
}

function parameter(x: Param, where: 'path' | 'query' | 'header'): Record<string, unknown> {
  const { name, description, required, example, style, ...rest } = x;
  const schema: Record<string, unknown> = { ...rest };
  if (schema.items === undefined) delete schema.items;
  return {
    name,
    in: where,
    required: where === 'path' ? true : required === true,
    ...(description ? { description } : {}),
    ...(where === 'query' && x.type === 'array' ? { style: 'form', explode: style !== 'comma' } : {}),
    schema: cleanUndefined(schema),
    ...(example !== undefined ? { example } : {}),
  };
}

function binaryOrAny(contentType: string): JsonSchema {
  if (/json/.test(contentType)) return {};
  if (/^text\//.test(contentType) || /x-www-form-urlencoded/.test(contentType)) return { type: 'string' };
  return { type: 'string', contentMediaType: contentType };
}

/** Every schema the document holds, in the order it is written, with its component name. */
function schemaRoots(p: Provider): { name: string; schema: JsonSchema }[] {
  const roots: { name: string; schema: JsonSchema }[] = [];
  for (const e of p.endpoints) {
    const names = schemaNames(e);
    if (e.kind === 'graphql' || e.kind === 'jsonrpc') {
      const variables = e.graphql?.variables ?? e.jsonrpc?.params;
      if (variables !== undefined) roots.push({ name: names.variables, schema: variables });
      if (e.response.schema !== undefined) roots.push({ name: names.response, schema: e.response.schema });
      continue;
    }
    if (e.body?.schema !== undefined) roots.push({ name: names.request, schema: e.body.schema });
    if (e.response.schema !== undefined) roots.push({ name: names.response, schema: e.response.schema });
  }
  return roots;
}

function cleanUndefined<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function emitOpenApi(p: Provider): string {
  return `${JSON.stringify(buildOpenApi(p), null, 2)}\n`;
}
