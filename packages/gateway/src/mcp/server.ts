/**
 * The gateway's MCP server at /mcp (Streamable HTTP, stateless: every POST stands alone, so any
 * instance can answer it), authenticated by the caller's API key. Six tools cover the whole
 * catalog without flooding an agent's context:
 *
 *   search_actions   ranked operations for words ("send a message to a Slack channel")
 *   describe_action  one operation's input schema and answer summary
 *   call_action      checks params against the schema, then runs the REST path (mcp/loopback.ts)
 *   list_connections the caller's connections
 *   connect_app      a connect link for the user to open
 *   http_request     any native path of an app, as the raw escape hatch
 *
 * `/mcp?apps=slack,hubspot` adds one tool per operation of those apps, up to a cap.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import type { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv-provider.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import type { CatalogOperation } from '@switchboard/contract';
import type { Caller } from '../accounts/api-keys.js';
import { refusal } from '../accounts/policy.js';
import type { Catalog } from '../catalog/catalog.js';
import { SearchIndex } from '../catalog/search.js';
import { GatewayError } from '../errors.js';
import type { Routes } from '../routes.js';
import { buildRequest, checkParams, describeOperation, rawRequest, shapeAnswer, type ActionParams, type ActionRequest } from './actions.js';
import type { Loopback } from './loopback.js';

export interface McpOptions {
  /** Answer text kept in a tool result (bytes of JSON); the rest is cut with a note. */
  maxResultBytes: number;
  /** Per-operation tools at most (`/mcp?apps=`). */
  maxTools: number;
  version: string;
}

/** A tool call the MCP server answered itself (no upstream): the request log records it. */
export interface ToolCallRecord {
  caller: Caller;
  requestId: string;
  tool: string;
  app: string | null;
  ok: boolean;
  ms: number;
}

export interface McpDeps {
  catalog: Catalog;
  routes: Routes;
  loopback: Loopback;
  options: McpOptions;
  onToolCall?: (r: ToolCallRecord) => void;
}

const CORE_TOOLS: Tool[] = [
  {
    name: 'search_actions',
    description:
      'Find API operations across every connected and connectable app by describing what you want to do. Returns ranked operations (app, operation id, method, path, summary) and whether you already have an active connection for the app. Then call describe_action for the input schema, and call_action to run it.',
    inputSchema: {
      type: 'object',
      properties: {
        query: { type: 'string', description: 'What you want to do, in words, e.g. "send a message to a Slack channel".' },
        app: { type: 'string', description: 'Only search this app (its id, e.g. "slack").' },
        limit: { type: 'integer', minimum: 1, maximum: 50, default: 10, description: 'How many results (default 10).' },
      },
      required: ['query'],
    },
    annotations: { readOnlyHint: true, openWorldHint: false },
  },
  {
    name: 'describe_action',
    description: 'The input JSON Schema of one operation (params.path, params.query, params.headers, params.body) and a summary of what it answers. Use the app and operation id from search_actions.',
    inputSchema: {
      type: 'object',
      properties: { app: { type: 'string' }, operation: { type: 'string', description: 'The operation id, e.g. "chatPostMessage".' } },
      required: ['app', 'operation'],
    },
    annotations: { readOnlyHint: true, openWorldHint: false },
  },
  {
    name: 'call_action',
    description:
      'Run one operation through your connection to the app. params must match describe_action\'s input schema: {path?, query?, headers?, body?} (GraphQL operations take variables, JSON-RPC ones params). Returns the upstream status and body; long answers are cut with a note, and next_page holds the params of the next page when the operation pages.',
    inputSchema: {
      type: 'object',
      properties: {
        app: { type: 'string' },
        operation: { type: 'string' },
        params: { type: 'object', description: 'The operation\'s input, as describe_action\'s input_schema says.' },
        connection: { type: 'string', description: 'The connection id to use; default: your oldest active connection for the app.' },
      },
      required: ['app', 'operation'],
    },
    annotations: { openWorldHint: true },
  },
  {
    name: 'list_connections',
    description: 'Your connections: id, app, status (ACTIVE, PENDING, FAILED) and name.',
    inputSchema: { type: 'object', properties: { app: { type: 'string', description: 'Only this app\'s connections.' } } },
    annotations: { readOnlyHint: true, openWorldHint: false },
  },
  {
    name: 'connect_app',
    description: 'Start connecting an app: answers a link the user must open in a browser to sign in (or enter an API key). The connection is ACTIVE once they finish; list_connections tells.',
    inputSchema: { type: 'object', properties: { app: { type: 'string' } }, required: ['app'] },
    annotations: { openWorldHint: false },
  },
  {
    name: 'http_request',
    description:
      'Send any request to an app\'s native API through your connection, for what the catalog does not cover: path is the provider\'s own path (e.g. "/api/chat.postMessage" for slack). The gateway adds the credential.',
    inputSchema: {
      type: 'object',
      properties: {
        app: { type: 'string' },
        method: { type: 'string', enum: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'] },
        path: { type: 'string' },
        query: { type: 'object', additionalProperties: true },
        headers: { type: 'object', additionalProperties: { type: 'string' } },
        body: { description: 'JSON (sent as application/json) or a string (send content-type in headers).' },
        connection: { type: 'string' },
      },
      required: ['app', 'method', 'path'],
    },
    annotations: { openWorldHint: true },
  },
];

class ToolError extends Error {}

interface Sdk {
  Server: typeof import('@modelcontextprotocol/sdk/server/index.js').Server;
  StreamableHTTPServerTransport: typeof import('@modelcontextprotocol/sdk/server/streamableHttp.js').StreamableHTTPServerTransport;
  AjvJsonSchemaValidator: typeof import('@modelcontextprotocol/sdk/validation/ajv-provider.js').AjvJsonSchemaValidator;
  ListToolsRequestSchema: typeof import('@modelcontextprotocol/sdk/types.js').ListToolsRequestSchema;
  CallToolRequestSchema: typeof import('@modelcontextprotocol/sdk/types.js').CallToolRequestSchema;
}

async function loadSdk(): Promise<Sdk> {
  const [server, http, ajv, types] = await Promise.all([
    import('@modelcontextprotocol/sdk/server/index.js'),
    import('@modelcontextprotocol/sdk/server/streamableHttp.js'),
    import('@modelcontextprotocol/sdk/validation/ajv-provider.js'),
    import('@modelcontextprotocol/sdk/types.js'),
  ]);
  return {
    Server: server.Server,
    StreamableHTTPServerTransport: http.StreamableHTTPServerTransport,
    AjvJsonSchemaValidator: ajv.AjvJsonSchemaValidator,
    ListToolsRequestSchema: types.ListToolsRequestSchema,
    CallToolRequestSchema: types.CallToolRequestSchema,
  };
}

export class McpEndpoint {
  private index: SearchIndex | undefined;
  /** The MCP SDK, loaded on the first /mcp request (a gateway that serves no agent never pays its ~30 MB). */
  private sdk: Promise<Sdk> | undefined;
  /** One for all requests: the SDK makes a new Ajv per server otherwise, which cost more than the rest of a request. */
  private validator: AjvJsonSchemaValidator | undefined;

  constructor(private readonly deps: McpDeps) {}

  /** The search index over the whole catalog, built on first use. */
  searchIndex(): SearchIndex {
    return (this.index ??= new SearchIndex(this.deps.catalog.all()));
  }

  /** Serves one Streamable HTTP request for an authenticated caller. */
  async handle(req: IncomingMessage, res: ServerResponse, caller: Caller, query: URLSearchParams, requestId: string): Promise<void> {
    // POST only (server.ts answers 405 to the rest): stateless, there is no server-sent stream to open (GET) and no session to end (DELETE).
    const apps = appsParam(query, this.deps.routes);
    const sdk = await (this.sdk ??= loadSdk());
    this.validator ??= new sdk.AjvJsonSchemaValidator();
    const server = this.server(sdk, caller, req.headers.authorization ?? '', apps, requestId);
    const transport = new sdk.StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.once('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res);
  }

  private server(sdk: Sdk, caller: Caller, authorization: string, apps: string[], requestId: string): Server {
    const server = new sdk.Server(
      { name: 'switchboard', version: this.deps.options.version },
      {
        capabilities: { tools: {} },
        jsonSchemaValidator: this.validator!,
        instructions:
          'Switchboard reaches many SaaS APIs through the user\'s connections. Use search_actions to find an operation, describe_action for its input, call_action to run it. If the app has no active connection, connect_app gives a link for the user.',
      },
    );
    const perOperation = this.operationTools(caller, apps);
    server.setRequestHandler(sdk.ListToolsRequestSchema, async () => ({ tools: [...CORE_TOOLS, ...perOperation.map((t) => t.tool)] }));
    server.setRequestHandler(sdk.CallToolRequestSchema, async (request) => {
      const started = performance.now();
      const name = request.params.name;
      const args = (request.params.arguments ?? {}) as Record<string, unknown>;
      const app = typeof args.app === 'string' ? args.app : null;
      try {
        const own = perOperation.find((t) => t.tool.name === name);
        if (own) return await this.call(authorization, own.app, own.op, args, typeof args.connection === 'string' ? args.connection : undefined);
        const result = await this.tool(caller, authorization, name, args);
        if (name !== 'call_action' && name !== 'http_request') this.deps.onToolCall?.({ caller, requestId, tool: name, app, ok: !result.isError, ms: performance.now() - started });
        return result;
      } catch (err) {
        if (!(err instanceof ToolError)) throw err;
        if (name !== 'call_action' && name !== 'http_request') this.deps.onToolCall?.({ caller, requestId, tool: name, app, ok: false, ms: performance.now() - started });
        return { isError: true, content: [{ type: 'text', text: err.message }] };
      }
    });
    return server;
  }

  private async tool(caller: Caller, authorization: string, name: string, args: Record<string, unknown>): Promise<CallToolResult> {
    switch (name) {
      case 'search_actions':
        return this.search(caller, authorization, args);
      case 'describe_action': {
        const { app, op } = this.operation(args);
        return json(describeOperation(app, op));
      }
      case 'call_action': {
        const { app, op } = this.operation(args);
        if (args.params !== undefined && (typeof args.params !== 'object' || args.params === null || Array.isArray(args.params))) {
          throw new ToolError('params must be an object: {path?, query?, headers?, body?}');
        }
        return this.call(authorization, app, op, (args.params ?? {}) as Record<string, unknown>, str(args.connection, 'connection', false));
      }
      case 'list_connections': {
        const app = str(args.app, 'app', false);
        const q = app ? `?app=${encodeURIComponent(app)}` : '';
        const answer = await this.deps.loopback.send({ method: 'GET', path: `/connections${q}`, headers: {} }, authorization, {});
        return passControl(answer.status, answer.text);
      }
      case 'connect_app': {
        const app = str(args.app, 'app', true)!;
        this.knownApp(app);
        const denied = caller.policy && refusal(caller.policy, app, 'GET', '/', () => undefined);
        if (denied?.rule === 'apps') throw new ToolError(`GW_ERR_POLICY_DENIED: ${denied.detail}.`);
        const answer = await this.deps.loopback.send(
          { method: 'POST', path: '/connections', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app }) },
          authorization,
          {},
        );
        if (answer.status >= 300) return passControl(answer.status, answer.text);
        const c = (JSON.parse(answer.text) as { connection: { connection_id: string; url?: string; status: string } }).connection;
        return json({ connection_id: c.connection_id, status: c.status, url: c.url, instructions: 'Give the user this link to open in a browser; the connection becomes ACTIVE when they finish.' });
      }
      case 'http_request': {
        const app = str(args.app, 'app', true)!;
        this.knownApp(app);
        const method = str(args.method, 'method', true)!;
        const path = str(args.path, 'path', true)!;
        const r = rawRequest(app, method, path, obj(args.query, 'query'), obj(args.headers, 'headers'), args.body);
        const native = r.path.slice(app.length + 1).split('?')[0]!; // rawRequest's path after /{app}, without the query
        const op = this.deps.catalog.match(app, r.method, native);
        return this.send(authorization, r, op, {}, op?.id, str(args.connection, 'connection', false));
      }
      default:
        throw new ToolError(`unknown tool "${name}"`);
    }
  }

  private search(caller: Caller, authorization: string, args: Record<string, unknown>): Promise<CallToolResult> {
    const query = str(args.query, 'query', true)!;
    const app = str(args.app, 'app', false);
    if (app !== undefined) this.knownApp(app);
    const limit = args.limit === undefined ? 10 : Number(args.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new ToolError('limit must be an integer from 1 to 50');
    const hits = this.searchIndex().search(query, { app, limit });
    return this.connectedApps(authorization).then((connected) =>
      json({
        results: hits.map((h) => ({
          app: h.app,
          app_name: h.appName,
          operation: h.op.id,
          method: h.op.method,
          path: h.op.path,
          summary: h.op.summary,
          read_only: h.op.safe,
          connected: connected.has(h.app),
          ...(caller.policy && refusal(caller.policy, h.app, h.op.method, h.op.path, () => h.op) ? { allowed: false } : {}),
        })),
        ...(hits.length ? {} : { note: 'Nothing matched; try other words, or no app filter.' }),
      }),
    );
  }

  /** Apps with an ACTIVE connection, read through the control API as the caller. */
  private async connectedApps(authorization: string): Promise<Set<string>> {
    const answer = await this.deps.loopback.send({ method: 'GET', path: '/connections?status=ACTIVE&limit=100', headers: {} }, authorization, {});
    if (answer.status !== 200) return new Set();
    const list = (JSON.parse(answer.text) as { connections?: { app: string }[] }).connections ?? [];
    return new Set(list.map((c) => c.app));
  }

  private async call(authorization: string, app: string, op: CatalogOperation, params: Record<string, unknown>, connection?: string): Promise<CallToolResult> {
    const { connection: _c, ...rest } = params;
    const problems = checkParams(app, op, rest);
    if (problems.length) {
      return {
        isError: true,
        content: [{ type: 'text', text: `The params do not fit ${app} ${op.id}:\n- ${problems.join('\n- ')}\nCall describe_action for its input schema.` }],
      };
    }
    return this.send(authorization, buildRequest(app, op, rest as ActionParams), op, rest as ActionParams, op.id, connection);
  }

  private async send(authorization: string, r: ActionRequest, op: CatalogOperation | undefined, sent: ActionParams, operation: string | undefined, connection?: string): Promise<CallToolResult> {
    const answer = await this.deps.loopback.send(r, authorization, { operation, connection });
    const shaped = shapeAnswer(answer, op, sent, this.deps.options.maxResultBytes);
    const gatewayCode = answer.headers['x-switchboard-error'];
    return {
      ...(answer.status >= 400 ? { isError: true } : {}),
      content: [{ type: 'text', text: JSON.stringify({ ...(gatewayCode ? { gateway_error: gatewayCode } : {}), ...shaped }) }],
    };
  }

  private operation(args: Record<string, unknown>): { app: string; op: CatalogOperation } {
    const app = str(args.app, 'app', true)!;
    const id = str(args.operation, 'operation', true)!;
    this.knownApp(app);
    const op = this.deps.catalog.operation(app, id);
    if (!op) throw new ToolError(`${app} has no operation "${id}"; search_actions with app "${app}" lists its operations.`);
    return { app, op };
  }

  private knownApp(app: string): void {
    if (this.deps.routes.get(app)) return;
    const hint = this.deps.routes.suggest(app);
    throw new ToolError(`unknown app "${app}"${hint ? `; did you mean "${hint}"?` : ''}`);
  }

  /** One tool per operation of the asked apps, within the key's policy, up to the cap. */
  private operationTools(caller: Caller, apps: string[]): { tool: Tool; app: string; op: CatalogOperation }[] {
    const out: { tool: Tool; app: string; op: CatalogOperation }[] = [];
    for (const app of apps) {
      for (const op of this.deps.catalog.app(app)?.file.operations ?? []) {
        if (out.length >= this.deps.options.maxTools) return out;
        if (caller.policy && refusal(caller.policy, app, op.method, op.path, () => op)) continue;
        const input = op.input as { properties?: Record<string, unknown> };
        out.push({
          app,
          op,
          tool: {
            name: toolName(app, op.id),
            description: `${op.summary} (${app}: ${op.method} ${op.path})`,
            inputSchema: { ...op.input, type: 'object', properties: { ...(input.properties ?? {}), connection: { type: 'string', description: 'Connection id; default: your oldest active one.' } } },
            annotations: { readOnlyHint: op.safe, openWorldHint: true },
          },
        });
      }
    }
    return out;
  }
}

/** `app__operationId`, within MCP's tool-name alphabet and 64 characters. */
export function toolName(app: string, id: string): string {
  return `${app}__${id}`.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64);
}

function appsParam(query: URLSearchParams, routes: Routes): string[] {
  const raw = query.get('apps');
  if (!raw) return [];
  const apps = [...new Set(raw.split(',').map((s) => s.trim()).filter(Boolean))];
  for (const a of apps) {
    if (!routes.get(a)) throw new GatewayError('GW_ERR_BAD_REQUEST', { detail: `apps: unknown app "${a}"` }, { field: 'apps' });
  }
  return apps;
}

function json(value: unknown): CallToolResult {
  return { content: [{ type: 'text', text: JSON.stringify(value) }] };
}

/** A control API answer as a tool result: the body, marked as an error when it is one. */
function passControl(status: number, text: string): CallToolResult {
  return { ...(status >= 400 ? { isError: true } : {}), content: [{ type: 'text', text }] };
}

function str(v: unknown, name: string, required: boolean): string | undefined {
  if (v === undefined || v === null) {
    if (required) throw new ToolError(`${name} is required`);
    return undefined;
  }
  if (typeof v !== 'string' || v === '') throw new ToolError(`${name} must be a non-empty string`);
  return v;
}

function obj(v: unknown, name: string): Record<string, unknown> | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'object' || Array.isArray(v)) throw new ToolError(`${name} must be an object`);
  return v as Record<string, unknown>;
}
