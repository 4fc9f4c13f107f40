/**
 * What the MCP tools do with a catalog operation: describe it, check an agent's parameters
 * against its input schema (errors written so the agent can fix its call), turn them into the
 * HTTP request the REST path takes, and shape the answer for a context window (JSON cut at a
 * size, with a note, and the parameters of the next page when the operation pages).
 */
import { createRequire } from 'node:module';
import type { CatalogOperation, PaginationSpec } from '@switchboard/contract';
import { readField } from '@switchboard/contract';
import type { ErrorObject, ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);

/** The request an action call becomes: sent to the gateway's own REST path. */
export interface ActionRequest {
  method: string;
  /** `/{app}{path}?{query}` */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface ActionParams {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  headers?: Record<string, unknown>;
  body?: unknown;
  variables?: unknown;
  params?: unknown;
}

// ---- describe

export function describeOperation(app: string, op: CatalogOperation): Record<string, unknown> {
  return {
    app,
    operation: op.id,
    method: op.method,
    path: op.path,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    group: op.group,
    read_only: op.safe,
    ...(op.deprecated ? { deprecated: true } : {}),
    input_schema: op.input,
    ...(op.contentType ? { body_content_type: op.contentType } : {}),
    response: op.response,
    ...(op.paging ? { paging: pagingNote(op.paging) } : {}),
    ...(op.path.includes(':') ? { note: 'Path segments written :name are filled by the gateway from the connection; leave them as they are.' } : {}),
  };
}

function pagingNote(p: PaginationSpec): string {
  switch (p.style) {
    case 'cursor':
      return `cursor: pass ${p.cursorParam} from the answer's ${p.nextCursor}; call_action returns it as next_page`;
    case 'offset':
      return `offset: ${p.offsetParam} and ${p.limitParam}; call_action returns the next ${p.offsetParam} as next_page`;
    case 'page':
      return `page: ${p.pageParam}; call_action returns the next page number as next_page`;
    case 'link':
      return 'the Link header names the next page; call_action returns its query as next_page';
    case 'url':
      return `the answer's ${p.nextUrl} names the next page; call_action returns its query as next_page`;
  }
}

// ---- validate

type AjvLike = { compile(schema: unknown): ValidateFunction };

let ajv: AjvLike | undefined;
const validators = new Map<string, ValidateFunction | null>();

function compiler(): AjvLike {
  if (!ajv) {
    const { Ajv2020 } = require('ajv/dist/2020') as { Ajv2020: new (o: object) => AjvLike };
    const addFormats = (require('ajv-formats') as { default: (a: AjvLike) => void }).default;
    ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true, allowUnionTypes: true });
    addFormats(ajv);
  }
  return ajv;
}

/** Problems with `params` for this operation, one line each; empty when they fit. A schema the validator cannot compile checks nothing. */
export function checkParams(app: string, op: CatalogOperation, params: unknown): string[] {
  const key = `${app}\0${op.id}`;
  let v = validators.get(key);
  if (v === undefined) {
    try {
      v = compiler().compile(op.input);
    } catch {
      v = null;
    }
    validators.set(key, v);
  }
  if (v === null || v(params)) return [];
  return explain(v.errors ?? []);
}

const MAX_PROBLEMS = 12;

function explain(errors: ErrorObject[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const where = e.instancePath ? `params${e.instancePath.replace(/\/([^/]+)/g, (_, k: string) => (/^\d+$/.test(k) ? `[${k}]` : `.${k}`))}` : 'params';
    let line: string;
    switch (e.keyword) {
      case 'required':
        line = `${where}.${(e.params as { missingProperty: string }).missingProperty} is required`;
        break;
      case 'additionalProperties':
        line = `${where} has no property "${(e.params as { additionalProperty: string }).additionalProperty}"${where === 'params' ? ' (use path, query, headers and body)' : ''}`;
        break;
      case 'type':
        line = `${where} must be ${(e.params as { type: string }).type}`;
        break;
      case 'enum':
        line = `${where} must be one of ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`;
        break;
      default:
        line = `${where} ${e.message ?? 'is not valid'}`;
    }
    if (seen.has(line)) continue;
    seen.add(line);
    out.push(line);
    if (out.length === MAX_PROBLEMS) break;
  }
  return out;
}

// ---- build the request

export function buildRequest(app: string, op: CatalogOperation, p: ActionParams): ActionRequest {
  const pathValues = p.path ?? {};
  const path = op.path.replace(/\{([^{}]+)\}/g, (_, name: string) => encodeURIComponent(String(pathValues[name] ?? '')));
  const query = queryString(p.query);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(p.headers ?? {})) if (v !== undefined && v !== null) headers[k.toLowerCase()] = String(v);
  let body: string | undefined;
  if (op.kind === 'graphql') {
    body = JSON.stringify({ query: op.graphql!.document, ...(op.graphql!.operationName ? { operationName: op.graphql!.operationName } : {}), variables: p.variables ?? {} });
    headers['content-type'] = 'application/json';
  } else if (op.kind === 'jsonrpc') {
    body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: op.jsonrpc!.method, ...(p.params !== undefined ? { params: p.params } : {}) });
    headers['content-type'] = 'application/json';
  } else if (op.kind === 'mcp-tool') {
    body = JSON.stringify(p.body ?? {});
    headers['content-type'] = 'application/json';
  } else if (p.body !== undefined) {
    const type = op.contentType ?? 'application/json';
    if (/json/.test(type)) body = JSON.stringify(p.body);
    else if (/x-www-form-urlencoded/.test(type) && typeof p.body === 'object' && p.body !== null) body = formBody(p.body as Record<string, unknown>);
    else body = typeof p.body === 'string' ? p.body : JSON.stringify(p.body);
    headers['content-type'] ??= type;
  }
  return { method: op.method, path: `/${app}${path}${query}`, headers, ...(body !== undefined ? { body } : {}) };
}

function queryString(q: Record<string, unknown> | undefined): string {
  if (!q) return '';
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) for (const item of v) sp.append(k, scalar(item));
    else sp.append(k, scalar(v));
  }
  const s = sp.toString();
  return s ? `?${s}` : '';
}

function scalar(v: unknown): string {
  return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
}

function formBody(o: Record<string, unknown>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== null) sp.append(k, scalar(v));
  return sp.toString();
}

/** The raw escape hatch: `http_request`'s arguments as a request to the REST path. */
export function rawRequest(app: string, method: string, path: string, query?: Record<string, unknown>, headers?: Record<string, unknown>, body?: unknown): ActionRequest {
  const h: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) if (v !== undefined && v !== null) h[k.toLowerCase()] = String(v);
  let text: string | undefined;
  if (body !== undefined && body !== null) {
    text = typeof body === 'string' ? body : JSON.stringify(body);
    if (typeof body !== 'string') h['content-type'] ??= 'application/json';
  }
  const p = path.startsWith('/') ? path : `/${path}`;
  return { method: method.toUpperCase(), path: `/${app}${p}${queryString(query)}`, headers: h, ...(text !== undefined ? { body: text } : {}) };
}

// ---- shape the answer

export interface ActionAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export interface ShapedResult {
  status: number;
  content_type?: string;
  body: unknown;
  truncated?: string;
  next_page?: Record<string, unknown>;
}

/**
 * The answer as an agent reads it: JSON parsed, cut to `maxBytes` of text with a note saying so,
 * and, when the operation pages and there is a next page, the parameters that fetch it.
 */
export function shapeAnswer(answer: ActionAnswer, op: CatalogOperation | undefined, sent: ActionParams, maxBytes: number): ShapedResult {
  const type = header(answer.headers, 'content-type');
  let body: unknown = answer.text;
  let parsed: unknown;
  if (type === undefined || /json/.test(type)) {
    try {
      parsed = answer.text === '' ? null : JSON.parse(answer.text);
      body = parsed;
    } catch {
      parsed = undefined;
    }
  }
  const out: ShapedResult = { status: answer.status, ...(type ? { content_type: type } : {}), body };
  const bytes = Buffer.byteLength(answer.text);
  if (bytes > maxBytes) {
    out.body = Buffer.from(answer.text).subarray(0, maxBytes).toString('utf8');
    out.truncated = `The answer is ${bytes} bytes; the first ${maxBytes} are shown as text. Ask for fewer items (a smaller limit) or fewer fields${op?.paging ? ', and use next_page for the rest' : ''}.`;
  }
  if (op?.paging && answer.status < 300) {
    const next = nextPage(op.paging, parsed, answer.headers, sent);
    if (next) out.next_page = next;
  }
  return out;
}

function header(h: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
}

/** The params (query or body part) that fetch the next page, or undefined on the last page. */
export function nextPage(p: PaginationSpec, body: unknown, headers: Record<string, string | string[] | undefined>, sent: ActionParams): Record<string, unknown> | undefined {
  const where = 'in' in p && p.in === 'body' ? 'body' : 'query';
  const current = ((where === 'body' ? sent.body : sent.query) ?? {}) as Record<string, unknown>;
  const items = 'items' in p && p.items ? readField(body, p.items) : undefined;
  const count = Array.isArray(items) ? items.length : undefined;
  const set = (name: string, value: unknown) => ({ [where]: { ...current, [name]: value } });
  switch (p.style) {
    case 'cursor': {
      const cursor = readField(body, p.nextCursor);
      if (p.hasMore !== undefined && readField(body, p.hasMore) === false) return undefined;
      return cursor === undefined || cursor === null || cursor === '' ? undefined : set(p.cursorParam, cursor);
    }
    case 'offset': {
      if (count === undefined || count === 0) return undefined;
      const offset = Number(current[p.offsetParam] ?? p.firstOffset ?? 0) + count;
      const total = p.total !== undefined ? Number(readField(body, p.total)) : NaN;
      if (Number.isFinite(total) && offset >= total) return undefined;
      return set(p.offsetParam, offset);
    }
    case 'page': {
      if (count === 0) return undefined;
      const page = Number(current[p.pageParam] ?? p.firstPage ?? 1);
      const totalPages = p.totalPages !== undefined ? Number(readField(body, p.totalPages)) : NaN;
      if (Number.isFinite(totalPages) && page >= totalPages) return undefined;
      if (count === undefined && !Number.isFinite(totalPages)) return undefined;
      return set(p.pageParam, page + 1);
    }
    case 'link': {
      const link = header(headers, 'link');
      const m = link && /<([^>]+)>\s*;\s*rel="?next"?/.exec(link);
      return m ? { query: queryOf(m[1]!) } : undefined;
    }
    case 'url': {
      const url = readField(body, p.nextUrl);
      return typeof url === 'string' && url ? { query: queryOf(url) } : undefined;
    }
  }
}

function queryOf(url: string): Record<string, string> {
  try {
    return Object.fromEntries(new URL(url, 'http://x').searchParams);
  } catch {
    return {};
  }
}
