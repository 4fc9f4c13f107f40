/**
 * The runtime every generated client shares: builds the gateway URL, encodes the body as the
 * endpoint declares, sends it with fetch, retries idempotent calls on 429/503 (honouring
 * Retry-After, bounded), returns upstream answers as data and throws only for the gateway's
 * own errors. `pages()` walks a list by the provider's paging style.
 */
import { readField, type Paging, type Route } from '@switchboard/contract';

export type { Paging, Route };
import { SwitchboardGatewayError, SwitchboardUpstreamError, type GatewayErrorCode } from './errors.js';

export interface RetryOptions {
  /** Attempts after the first; 0 turns retries off. Default 2. */
  retries?: number;
  /** The longest wait between attempts, in ms. Default 30 000. */
  maxDelayMs?: number;
}

export interface ClientOptions {
  /** Where the gateway listens, e.g. http://localhost:8080. */
  baseUrl: string;
  /** A Switchboard API key. */
  apiKey: string;
  fetch?: typeof fetch;
  headers?: Record<string, string>;
  retry?: RetryOptions;
}

export interface CallOptions {
  /** Connection id, sent as Maton-Connection. */
  connection?: string;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  retry?: RetryOptions;
}

export type Result<T> =
  | { ok: true; status: number; data: T; response: Response }
  | { ok: false; status: number; error: unknown; response: Response };

export interface CallArgs {
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
  headers?: Record<string, unknown>;
  body?: unknown;
}

type RequestBody = NonNullable<RequestInit['body']>;

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

export class Switchboard {
  readonly baseUrl: string;
  private readonly options: ClientOptions;

  constructor(options: ClientOptions) {
    if (!options.apiKey) throw new TypeError('apiKey is required');
    this.options = options;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  /** Calls one endpoint of `app`; the answer comes back as data whatever its status. */
  async call<T>(app: string, route: Route, args: CallArgs = {}, options: CallOptions = {}): Promise<Result<T>> {
    const url = `${this.baseUrl}/${app}${fillPath(route.path, args.params)}${queryString(args.query, route.comma)}`;
    return this.send<T>(route, url, args, options);
  }

  /** Walks every page of a list endpoint; each step yields one page's body. */
  async *pages<T>(app: string, route: Route, args: CallArgs = {}, options: CallOptions = {}): AsyncGenerator<T, void, undefined> {
    const paging = route.paging;
    if (!paging) throw new TypeError(`${route.method} ${route.path} does not page`);
    let current: CallArgs = { ...args, query: { ...args.query }, body: isObject(args.body) ? { ...args.body } : args.body };
    let nextUrl: string | undefined;
    for (let guard = 0; guard < 100_000; guard++) {
      const result = nextUrl ? await this.send<T>(route, nextUrl, { headers: current.headers }, options) : await this.call<T>(app, route, current, options);
      if (!result.ok) throw new SwitchboardUpstreamError(result.status, result.error, result.response);
      yield result.data;
      const next = nextPage(paging, result.data, result.response, current, this.baseUrl, app);
      if (!next) return;
      if (typeof next === 'string') nextUrl = next;
      else current = next;
    }
  }

  private async send<T>(route: Route, url: string, args: CallArgs, options: CallOptions): Promise<Result<T>> {
    // Header names are case-insensitive: keep one spelling (lower case) so no two values join.
    const headers: Record<string, string> = { accept: route.binary ? '*/*' : 'application/json' };
    const put = (from: Record<string, unknown> | undefined) => {
      for (const [k, v] of Object.entries(from ?? {})) if (v !== undefined && v !== null) headers[k.toLowerCase()] = String(v);
    };
    put(this.options.headers);
    put(args.headers);
    put(options.headers);
    headers.authorization = `Bearer ${this.options.apiKey}`;
    if (options.connection) headers['maton-connection'] = options.connection;
    let body: RequestBody | undefined;
    if (route.graphql) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify({ query: route.graphql.document, variables: args.body ?? {}, ...(route.graphql.operationName ? { operationName: route.graphql.operationName } : {}) });
    } else if (args.body !== undefined && route.body) {
      // The caller's Content-Type (charset and all) is sent as given; its media type picks the encoding.
      const mediaType = (headers['content-type'] ?? route.body).split(';')[0]!.trim().toLowerCase();
      body = encodeBody(mediaType, args.body, headers);
    }
    const retry = { retries: 2, maxDelayMs: 30_000, ...defined(this.options.retry), ...defined(options.retry) };
    const doFetch = this.options.fetch ?? fetch;
    for (let attempt = 0; ; attempt++) {
      const response = await doFetch(url, { method: route.method, headers, body, signal: options.signal });
      const retryable = (response.status === 429 || response.status === 503) && IDEMPOTENT.has(route.method) && attempt < retry.retries;
      if (retryable) {
        const wait = retryDelay(response, attempt, retry.maxDelayMs);
        if (wait !== undefined) {
          await response.body?.cancel();
          await sleep(wait, options.signal);
          continue;
        }
      }
      return read<T>(response, route);
    }
  }
}

/** A route as a generated client holds it; `bodyArg`: the method's argument is the body itself (JSON-RPC params). */
export interface ClientRoute extends Route {
  bodyArg?: boolean;
}

/** What a generated client holds for each of its methods: the endpoint's route. */
export type Routes<C> = { readonly [K in keyof C]: ClientRoute };

/**
 * The one binder behind every generated client: turns a provider's route table into methods
 * that call `sb` (`.pages()` on the routes that page; a GraphQL or JSON-RPC method takes its
 * variables as the body). `C` is the client's interface, written by the generator.
 */
export function bindClient<C>(sb: Switchboard, app: string, routes: Routes<C>): C {
  const client: Record<string, unknown> = {};
  for (const [name, route] of Object.entries<ClientRoute>(routes as Record<string, ClientRoute>)) {
    const call = (args?: CallArgs, options?: CallOptions) => sb.call(app, route, route.graphql || route.bodyArg ? { body: args } : args, options);
    client[name] = route.paging ? Object.assign(call, { pages: (args?: CallArgs, options?: CallOptions) => sb.pages(app, route, args, options) }) : call;
  }
  return client as C;
}

async function read<T>(response: Response, route: Route): Promise<Result<T>> {
  const gatewayCode = response.headers.get('x-switchboard-error');
  if (gatewayCode) {
    const body = (await response.json().catch(() => ({}))) as { error?: { message?: string; hint?: string; field?: string } };
    throw new SwitchboardGatewayError(gatewayCode as GatewayErrorCode, response.status, body.error?.message ?? gatewayCode, body.error?.hint ?? '', body.error?.field, response);
  }
  const data = await parse(response, route);
  if (response.ok) return { ok: true, status: response.status, data: data as T, response };
  return { ok: false, status: response.status, error: data, response };
}

async function parse(response: Response, route: Route): Promise<unknown> {
  if (response.status === 204 || response.status === 304 || response.headers.get('content-length') === '0') return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (route.binary && !/json/.test(type)) return response.blob();
  const text = await response.text();
  if (/json/.test(type) || /^\s*[[{]/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/** Retry-After in seconds or as an HTTP date; else exponential backoff with jitter. Undefined: do not wait that long. */
function retryDelay(response: Response, attempt: number, maxDelayMs: number): number | undefined {
  const header = response.headers.get('retry-after');
  let wait: number;
  if (header && /^\d+$/.test(header.trim())) wait = Number(header) * 1000;
  else if (header && !Number.isNaN(Date.parse(header))) wait = Math.max(0, Date.parse(header) - Date.now());
  else wait = Math.min(maxDelayMs, 500 * 2 ** attempt) * (0.5 + Math.random() / 2);
  return wait <= maxDelayMs ? wait : undefined;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      reject(signal.reason);
    }, { once: true });
  });
}

/** Fills `{name}` placeholders, each value percent-encoded; `:name` segments stay for the gateway. */
export function fillPath(path: string, params: Record<string, unknown> = {}): string {
  return path.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined || v === null) throw new TypeError(`missing path parameter "${name}"`);
    return encodeURIComponent(String(v));
  });
}

export function queryString(query: Record<string, unknown> | undefined, comma: string[] = []): string {
  if (!query) return '';
  const parts: string[] = [];
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null) continue;
    const key = encodeURIComponent(k);
    if (Array.isArray(v)) {
      if (comma.includes(k)) parts.push(`${key}=${v.map((x) => encodeURIComponent(String(x))).join(',')}`);
      else for (const x of v) parts.push(`${key}=${encodeURIComponent(String(x))}`);
    } else if (typeof v === 'object') {
      parts.push(`${key}=${encodeURIComponent(JSON.stringify(v))}`);
    } else {
      parts.push(`${key}=${encodeURIComponent(String(v))}`);
    }
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Drops undefined fields, so `{ retries: undefined }` keeps the default instead of erasing it. */
function defined<T extends object>(o: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function encodeBody(mediaType: string, body: unknown, headers: Record<string, string>): RequestBody {
  if (/json/.test(mediaType)) {
    headers['content-type'] ??= mediaType;
    return JSON.stringify(body);
  }
  if (mediaType === 'application/x-www-form-urlencoded') {
    headers['content-type'] ??= mediaType;
    return typeof body === 'string' ? body : formEncode(body as Record<string, unknown>);
  }
  if (mediaType === 'multipart/form-data') {
    delete headers['content-type']; // fetch writes it, with the boundary of the parts it builds
    if (body instanceof FormData) return body;
    const form = new FormData();
    for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
      if (v === undefined || v === null) continue;
      if (v instanceof Blob) form.append(k, v);
      else form.append(k, typeof v === 'object' ? JSON.stringify(v) : String(v));
    }
    return form;
  }
  headers['content-type'] ??= mediaType;
  return body as RequestBody;
}

/** Nested objects and arrays as Stripe-style brackets: metadata[key]=v, items[0][price]=p. */
export function formEncode(body: Record<string, unknown>): string {
  const parts: string[] = [];
  const add = (key: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) value.forEach((v, i) => add(`${key}[${i}]`, v));
    else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) add(`${key}[${k}]`, v);
    else parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  };
  for (const [k, v] of Object.entries(body)) add(k, v);
  return parts.join('&');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Blob) && !(v instanceof FormData);
}

/** The arguments (or the URL) of the page after `data`, or undefined at the end. */
function nextPage(paging: Paging, data: unknown, response: Response, args: CallArgs, baseUrl: string, app: string): CallArgs | string | undefined {
  const set = (inBody: boolean | undefined, name: string, value: unknown): CallArgs =>
    inBody ? { ...args, body: { ...(args.body as object), [name]: value } } : { ...args, query: { ...args.query, [name]: value } };
  const get = (inBody: boolean | undefined, name: string): unknown => (inBody ? (args.body as Record<string, unknown> | undefined)?.[name] : args.query?.[name]);
  switch (paging.style) {
    case 'cursor': {
      if (paging.hasMore && readField(data, paging.hasMore) === false) return undefined;
      const cursor = readField(data, paging.nextCursor);
      if (cursor === undefined || cursor === null || cursor === '' || cursor === false) return undefined;
      if (cursor === get(paging.in === 'body', paging.cursorParam)) return undefined; // no progress: stop rather than loop
      return set(paging.in === 'body', paging.cursorParam, cursor);
    }
    case 'offset': {
      const inBody = paging.in === 'body';
      const items = paging.items ? readField(data, paging.items) : data;
      const count = Array.isArray(items) ? items.length : 0;
      if (count === 0) return undefined;
      const offset = Number(get(inBody, paging.offsetParam) ?? paging.firstOffset ?? 0);
      const limit = Number(get(inBody, paging.limitParam) ?? count);
      const total = paging.total ? Number(readField(data, paging.total)) : undefined;
      if (count < limit || (total !== undefined && offset + count >= total)) return undefined;
      return set(inBody, paging.offsetParam, offset + count);
    }
    case 'page': {
      const inBody = paging.in === 'body';
      const items = paging.items ? readField(data, paging.items) : data;
      if (Array.isArray(items) && items.length === 0) return undefined;
      const page = Number(get(inBody, paging.pageParam) ?? paging.firstPage ?? 1);
      const totalPages = paging.totalPages ? Number(readField(data, paging.totalPages)) : undefined;
      if (totalPages !== undefined && page >= totalPages - (paging.firstPage === 0 ? 1 : 0)) return undefined;
      if (!paging.items && totalPages === undefined && !Array.isArray(data)) return undefined;
      return set(inBody, paging.pageParam, page + 1);
    }
    case 'link': {
      const link = response.headers.get('link');
      const next = link && /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1];
      return next ? throughGateway(next, baseUrl, app, response.url) : undefined;
    }
    case 'url': {
      const next = readField(data, paging.nextUrl);
      return typeof next === 'string' && next ? throughGateway(next, baseUrl, app, response.url) : undefined;
    }
  }
}

/** A next-page URL of the upstream, rewritten to go through the gateway again. */
function throughGateway(next: string, baseUrl: string, app: string, current: string): string {
  if (next.startsWith(`${baseUrl}/${app}/`)) return next;
  if (/^https?:\/\//.test(next)) {
    const u = new URL(next);
    return `${baseUrl}/${app}${u.pathname}${u.search}`;
  }
  if (next.startsWith('/')) return `${baseUrl}/${app}${next}`;
  return new URL(next, current).toString();
}
