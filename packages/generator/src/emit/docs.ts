/**
 * Reference docs (generated/docs/<app>.md and the index generated/docs/README.md), rendered
 * with the Handlebars templates in generator/templates/ from a view of each provider: how to
 * reach it, how connections authenticate, every endpoint with a curl and a typed-client
 * example, paging, limits, quirks and a link to the gateway's error table (docs/errors.md).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import type { AppRoute } from '@switchboard/contract';
import type { InjectSpec } from '../model.js';
import type { Endpoint, Provider } from '../model.js';
import { clientFactoryName } from './naming.js';

const templates = new Map<string, Handlebars.TemplateDelegate>();

function template(name: string): Handlebars.TemplateDelegate {
  let t = templates.get(name);
  if (!t) {
    const file = fileURLToPath(new URL(`../../templates/${name}.md.hbs`, import.meta.url));
    t = Handlebars.compile(readFileSync(file, 'utf8'), { noEscape: true, strict: false });
    templates.set(name, t);
  }
  return t;
}

const cell = (s: unknown) => String(s ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function upstreamHosts(p: Provider): string[] {
  const hosts: string[] = [];
  const show = (url: string) => url.replace(/^https:\/\//, '').replace(/<([^>]+)>/g, '{$1}');
  if (p.upstream) {
    hosts.push(show(p.upstream.baseUrl) + (p.upstream.pathPrefix ? show(p.upstream.pathPrefix) : ''));
    for (const h of p.upstream.hosts ?? []) hosts.push(show(h.baseUrl));
  }
  if (p.mcp) hosts.push(`${show(p.mcp.url)} (MCP)`);
  return hosts;
}

export function emitProviderDoc(p: Provider): string {
  const groups = new Map<string, Endpoint[]>();
  for (const e of p.endpoints) groups.set(e.group, [...(groups.get(e.group) ?? []), e]);
  const fieldMethod = p.auth.find((m) => m.type === 'API_KEY' || m.type === 'BASIC');
  return template('provider')({
    source: p.source,
    app: p.app,
    name: cell(p.name),
    description: p.description,
    docs: p.docs,
    hosts: upstreamHosts(p),
    endpointCount: p.endpoints.length,
    mcpOnly: !p.upstream && !!p.mcp,
    routing: routing(p),
    methods: p.auth.map((m) => ({ type: m.type, provides: cell(provides(m)), injection: cell(m.inject.map(describeInject).join('; ')) })),
    variables: Object.entries(p.variables).map(([name, v]) => ({
      name,
      usedIn: cell(usedIn(p, name)),
      from: cell(v.from.map(describeSource).join(', else ')),
      pattern: cell(v.pattern),
    })),
    headers: [
      ...Object.entries(p.headers.add).map(([name, value]) => ({ name, value: cell(value), kind: 'always (replaces the caller\'s)' })),
      ...Object.entries(p.headers.defaults).map(([name, value]) => ({ name, value: cell(value), kind: 'unless the caller sends its own' })),
      ...Object.entries(p.query.add).map(([name, value]) => ({ name: `?${name}`, value: cell(value), kind: 'query parameter, always' })),
    ],
    createBody: JSON.stringify({ app: p.app, method: p.auth[0]!.type }),
    fieldMethod:
      fieldMethod && 'fields' in fieldMethod
        ? JSON.stringify({
            app: p.app,
            method: fieldMethod.type,
            credentials: Object.fromEntries((fieldMethod.fields ?? []).filter((f) => !f.optional).map((f) => [f.name, `<${f.label.toLowerCase().replace(/[^a-z0-9]+/g, '_')}>`])),
            ...(formVariables(p).length ? { metadata: Object.fromEntries(formVariables(p).map(([n, v]) => [n, v.example ?? `<${n}>`])) } : {}),
          })
        : undefined,
    groups: [...groups].map(([name, endpoints]) => ({ name, endpoints: endpoints.map((e) => endpointView(p, e)) })),
    paging: pagingText(p),
    rateLimit: rateText(p),
    notes: p.notes,
  });
}

/** The index table, from the routing table's entries (so `--only` can rebuild it without the other providers). */
export function emitDocsIndex(apps: AppRoute[]): string {
  const sorted = [...apps].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.app.localeCompare(b.app));
  return template('index')({
    providerCount: apps.length,
    endpointCount: apps.reduce((n, a) => n + a.endpoints, 0),
    providers: sorted.map((a) => ({
      app: a.app,
      name: cell(a.name),
      host: cell(a.display.hosts.join(', ')),
      description: cell(a.description),
      endpoints: a.endpoints,
    })),
  });
}

function formVariables(p: Provider) {
  return Object.entries(p.variables).filter(([, v]) => v.from.some((s) => 'form' in s) && !v.from.some((s) => 'tokenResponse' in s || 'callbackQuery' in s));
}

function routing(p: Provider): string[] {
  const out: string[] = [];
  if (p.upstream?.pathPrefix) out.push(`The gateway puts \`${p.upstream.pathPrefix}\` between the upstream origin and your path.`);
  for (const h of p.upstream?.hosts ?? []) out.push(`Paths ${h.paths.map((x) => `\`${x}\``).join(', ')} go to \`${h.baseUrl}\`.`);
  const segments = new Set(p.endpoints.flatMap((e) => e.gatewaySegments));
  for (const s of segments) out.push(`Write \`:${s}\` in the path where ${p.variables[s] ? `the connection's ${s}` : 'the credential'} belongs; the gateway fills it in.`);
  if (p.mcp && p.upstream) out.push(`MCP tools go to ${p.mcp.url} through an MCP connection: \`POST /${p.app}/{tool}\`.`);
  return out;
}

function provides(m: Provider['auth'][number]): string {
  switch (m.type) {
    case 'OAUTH2':
      return `signs in with ${m.type === 'OAUTH2' && m.scopes?.length ? `scopes ${m.scopes.map((s) => `\`${s}\``).join(' ')}` : 'OAuth 2.0'}${m.pkce ? ' (PKCE)' : ''}${m.refresh ? '; tokens are refreshed' : ''}`;
    case 'OAUTH1':
      return 'signs in with OAuth 1.0a';
    case 'MCP':
      return m.fields?.length ? m.fields.map((f) => f.label).join(', ') : 'signs in to the MCP server (OAuth, discovered from the server)';
    default:
      return m.fields.map((f) => `${f.label}${f.optional ? ' (optional)' : ''}`).join(', ');
  }
}

function describeInject(i: InjectSpec): string {
  switch (i.style) {
    case 'bearer':
      return `\`Authorization: Bearer ${i.value ?? '{access_token}'}\``;
    case 'header':
      return `header \`${i.name}: ${i.value}\``;
    case 'query':
      return `query parameter \`${i.name}=${i.value}\``;
    case 'basic':
      return `basic auth \`${i.username}:${i.password}\``;
    case 'path':
      return `path segment \`:${i.segment}\` = \`${i.value}\``;
    case 'oauth1':
      return 'each request signed (OAuth 1.0a, HMAC-SHA1)';
  }
}

function describeSource(s: Provider['variables'][string]['from'][number]): string {
  if ('form' in s) return `the connect form ("${s.form.label}"${s.form.options ? `: one of ${s.form.options.map((o) => `\`${o.value}\``).join(', ')}` : ''})`;
  if ('tokenResponse' in s) return `the token response's \`${s.tokenResponse.field}\``;
  if ('callbackQuery' in s) return `the OAuth callback's \`${s.callbackQuery.param}\``;
  if ('metadata' in s) return `\`${s.metadata.field}\` of ${s.metadata.url}`;
  if ('credential' in s) return `the credential's \`${s.credential.field}\``;
  if ('env' in s) return `the gateway's \`${s.env.name}\` setting`;
  return `default \`${s.default}\``;
}

function usedIn(p: Provider, name: string): string {
  const places: string[] = [];
  const has = (t?: string) => !!t && t.includes(`<${name}>`);
  if (has(p.upstream?.baseUrl) || p.upstream?.hosts?.some((h) => has(h.baseUrl))) places.push('host');
  if (has(p.upstream?.pathPrefix)) places.push('path prefix');
  if (p.endpoints.some((e) => e.gatewaySegments.includes(name))) places.push(`\`:${name}\` in paths`);
  if (Object.values(p.headers.add).some((v) => v.includes(`{${name}}`)) || Object.values(p.headers.defaults).some((v) => v.includes(`{${name}}`))) places.push('header');
  if (Object.values(p.query.add).some((v) => v.includes(`{${name}}`))) places.push('query');
  if (p.auth.some((m) => m.inject.some((i) => JSON.stringify(i).includes(`{${name}}`)))) places.push('credential');
  if (p.auth.some((m) => Object.entries(m).some(([k, v]) => /Url$/.test(k) && typeof v === 'string' && has(v)))) places.push('OAuth URLs');
  if (Object.values(p.variables).some((v) => v.from.some((s) => 'metadata' in s && has(s.metadata.url)))) places.push('metadata URL');
  return places.join(', ') || '—';
}

function pagingText(p: Provider): string {
  const pg = p.pagination;
  const paged = p.endpoints.filter((e) => e.pagination).length;
  if (!pg && !paged) return 'The catalog declares no paging for this provider.';
  const style = (x: NonNullable<Provider['pagination']>): string => {
    switch (x.style) {
      case 'cursor':
        return `cursor: send \`${x.cursorParam}\` with the value at \`${x.nextCursor}\` of the previous answer${x.limitParam ? `; page size \`${x.limitParam}\`` : ''}`;
      case 'offset':
        return `offset: \`${x.offsetParam}\` and \`${x.limitParam}\`${x.total ? `; the total is at \`${x.total}\`` : ''}`;
      case 'page':
        return `page numbers: \`${x.pageParam}\`${x.limitParam ? ` and \`${x.limitParam}\`` : ''}, from ${x.firstPage ?? 1}`;
      case 'link':
        return 'the `Link` header\'s `rel="next"` URL';
      case 'url':
        return `the next page's URL at \`${x.nextUrl}\` of the answer`;
    }
  };
  return `${pg ? `Lists page by ${style(pg)}. ` : ''}${paged} endpoint(s) page; the typed client's \`.pages()\` follows them for you.`;
}

function rateText(p: Provider): string {
  const r = p.rateLimit;
  if (!r) return `${p.name} documents no single limit here; its own 429 answers pass through.`;
  const window = r.windowSeconds ? `${r.windowSeconds} seconds` : `${r.per}`;
  return `${p.name} allows about ${r.requests} requests per ${window}${r.scope ? ` (per ${r.scope})` : ''}.${r.note ? ` ${r.note}` : ''}`;
}

function endpointView(p: Provider, e: Endpoint) {
  const params = [
    ...e.pathParams.map((x) => ({ ...x, in: 'path', required: true })),
    ...e.query.map((x) => ({ ...x, in: 'query' })),
    ...e.headers.map((x) => ({ ...x, in: 'header' })),
  ].map((x) => ({ name: x.name, in: x.in, type: x.type === 'array' ? `${x.items?.type ?? 'string'}[]` : x.type, required: x.required === true, description: cell(x.description ?? '') }));
  return {
    summary: e.summary,
    method: e.method,
    path: e.path,
    deprecated: e.deprecated,
    tool: e.tool?.name,
    description: e.description,
    params,
    graphql: e.graphql?.document.trim(),
    curl: curlExample(p, e),
    client: clientExample(p, e),
    pages: e.pagination ? e.pagination.style : undefined,
  };
}

function exampleValue(x: { name: string; example?: unknown; default?: unknown; enum?: unknown[]; type: string }): unknown {
  if (x.example !== undefined) return x.example;
  if (x.default !== undefined) return x.default;
  if (x.enum?.length) return x.enum[0];
  if (x.type === 'integer' || x.type === 'number') return 10;
  if (x.type === 'boolean') return true;
  return `<${x.name}>`;
}

function exampleBody(e: Endpoint): unknown {
  if (e.kind === 'graphql') return undefined;
  if (e.body?.example !== undefined) return e.body.example;
  if (!e.body?.schema) return e.body ? {} : undefined;
  return fromSchema(e.body.schema, 0);
}

function fromSchema(schema: unknown, depth: number): unknown {
  const s = schema as { type?: string | string[]; properties?: Record<string, unknown>; required?: string[]; items?: unknown; enum?: unknown[]; example?: unknown; examples?: unknown[] };
  if (typeof s !== 'object' || s === null) return {};
  if (s.example !== undefined) return s.example;
  if (s.examples?.length) return s.examples[0];
  if (s.enum?.length) return s.enum[0];
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (type === 'array') return depth > 3 ? [] : [fromSchema(s.items, depth + 1)];
  if (type === 'object' || s.properties) {
    const out: Record<string, unknown> = {};
    for (const k of s.required ?? []) out[k] = depth > 3 ? null : fromSchema(s.properties?.[k], depth + 1);
    return out;
  }
  if (type === 'integer' || type === 'number') return 0;
  if (type === 'boolean') return false;
  return 'string';
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

function examplePath(e: Endpoint): string {
  return e.path.replace(/\{([^{}]+)\}/g, (_, n: string) => {
    const x = e.pathParams.find((q) => q.name === n);
    return String(x ? exampleValue(x) : `<${n}>`);
  });
}

function exampleQuery(e: Endpoint): Record<string, unknown> {
  return Object.fromEntries(e.query.filter((q) => q.required || q.example !== undefined).map((q) => [q.name, q.type === 'array' ? exampleList(exampleValue(q)) : exampleValue(q)]));
}

/** An array parameter's example as an array: the registry may write it as the comma-joined text the URL carries. */
function exampleList(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  return typeof v === 'string' ? v.split(',') : [v];
}

function curlExample(p: Provider, e: Endpoint): string {
  const q = exampleQuery(e);
  const qs = Object.entries(q)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(Array.isArray(v) ? v.join(',') : String(v))}`)
    .join('&');
  const url = `$BASE/${p.app}${examplePath(e)}${qs ? `?${qs}` : ''}`;
  const brackets = /[[\]{}]/.test(url) ? ' -g' : '';
  const lines = [`curl -s${brackets}${e.method === 'GET' ? '' : ` -X ${e.method}`} "${url.replace(/"/g, '\\"')}"`, `  -H "Authorization: Bearer $SWITCHBOARD_API_KEY"`];
  for (const h of e.headers.filter((x) => x.required)) lines.push(`  -H ${shellQuote(`${h.name}: ${String(exampleValue(h))}`)}`);
  if (e.kind === 'graphql' && e.graphql) {
    lines.push(`  -H 'Content-Type: application/json'`, `  -d ${shellQuote(JSON.stringify({ query: e.graphql.document.replace(/\s+/g, ' ').trim(), variables: e.graphql.variables ? fromSchema(e.graphql.variables, 0) : {} }))}`);
  } else if (e.body) {
    const body = exampleBody(e);
    const type = e.body.contentType;
    if (/json/.test(type)) lines.push(`  -H ${shellQuote(`Content-Type: ${type}`)}`, `  -d ${shellQuote(JSON.stringify(body ?? {}))}`);
    else if (type === 'application/x-www-form-urlencoded') {
      for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) lines.push(`  --data-urlencode ${shellQuote(`${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)}`);
    } else if (type === 'multipart/form-data') {
      for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) lines.push(`  -F ${shellQuote(`${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)}`);
      lines.push(`  -F 'file=@./file.bin'`);
    } else lines.push(`  -H ${shellQuote(`Content-Type: ${type}`)}`, `  --data-binary @./file.bin`);
  }
  return lines.join(' \\\n');
}

function clientExample(p: Provider, e: Endpoint): string {
  const factory = clientFactoryName(p.app);
  const head = `import { Switchboard } from '@switchboard/sdk';\nimport { ${factory} } from '@switchboard/sdk/clients/${p.app}';\n\nconst api = ${factory}(new Switchboard({ baseUrl: process.env.BASE!, apiKey: process.env.SWITCHBOARD_API_KEY! }));\n`;
  if (e.kind === 'graphql' || e.kind === 'jsonrpc') {
    const vars = e.graphql?.variables ?? e.jsonrpc?.params;
    return `${head}const result = await api.${e.id}(${vars ? JSON.stringify(fromSchema(vars, 0)) : ''});`;
  }
  const args: string[] = [];
  if (e.pathParams.length) args.push(`params: ${JSON.stringify(Object.fromEntries(e.pathParams.map((x) => [x.name, exampleValue(x)])))}`);
  const q = exampleQuery(e);
  if (Object.keys(q).length) args.push(`query: ${JSON.stringify(q)}`);
  const required = e.headers.filter((h) => h.required);
  if (required.length) args.push(`headers: ${JSON.stringify(Object.fromEntries(required.map((h) => [h.name, exampleValue(h)])))}`);
  if (e.body) args.push(`body: ${clientBody(e)}`);
  const call = `api.${e.id}(${args.length ? `{ ${args.join(', ')} }` : ''})`;
  const tail = e.pagination ? `\nfor await (const page of api.${e.id}.pages(${args.length ? `{ ${args.join(', ')} }` : ''})) console.log(page);` : '';
  return `${head}const result = await ${call};\nif (result.ok) console.log(result.data);${tail}`;
}

/**
 * The body argument of a client example, as the schema types take it: JSON, form and multipart
 * bodies as objects (null where the endpoint takes a literal null); other media types, which the
 * schema types give as `string` (OpenAPI `format: binary`), as text.
 */
function clientBody(e: Endpoint): string {
  const body = exampleBody(e);
  const type = e.body!.contentType;
  if (type === 'multipart/form-data') {
    // The registry's example leaves the file parts out (curl adds them with -F): fill required parts in.
    const s = e.body!.schema as { properties?: Record<string, { format?: string }>; required?: string[] } | undefined;
    const parts: Record<string, unknown> = { ...(typeof body === 'object' && body !== null ? body : {}) };
    for (const k of s?.required ?? []) if (parts[k] === undefined) parts[k] = s?.properties?.[k]?.format === 'binary' ? 'file contents' : fromSchema(s?.properties?.[k], 1);
    return JSON.stringify(parts);
  }
  if (/json/.test(type) || type === 'application/x-www-form-urlencoded') return JSON.stringify(body === undefined ? {} : body);
  return JSON.stringify(typeof body === 'string' ? body : 'file contents');
}
