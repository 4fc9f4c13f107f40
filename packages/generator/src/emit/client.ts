/**
 * Typed clients (generated/clients/<app>.ts and an index), written with ts-morph: types plus
 * data. An interface with one member per endpoint, typed through the SDK's generic helpers
 * from the generated types (`Call<operations[id]>`, `Paged<…>` with `.pages()`), a route table,
 * and a factory that hands both to the SDK's one binder (`bindClient`). No per-method code and
 * no casts; each client imports only its own types.
 */
import { createRequire } from 'node:module';
import type { CodeBlockWriter, Project as ProjectType } from 'ts-morph';
import type { AppRoute } from '@switchboard/contract';
import type { Endpoint, Provider } from '../model.js';
import type { Paging, Route } from '@switchboard/contract';
import { graphqlName, schemaNames } from './naming.js';

/** A route as the SDK's binder reads it (`ClientRoute` in @switchboard/sdk). */
interface ClientRoute extends Route {
  bodyArg?: boolean;
}

// ts-morph is CommonJS: require() loads it without the ESM loader's scan of its source for
// export names, and lets V8's code cache (bin/switchboard.mjs) serve it.
const { Project } = createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph');
let project: ProjectType | undefined;

function sourceProject(): ProjectType {
  return (project ??= new Project({ useInMemoryFileSystem: true, skipAddingFilesFromTsConfig: true }));
}

export function clientFactoryName(app: string): string {
  return app.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()).replace(/^[0-9]/, (d) => `_${d}`);
}

export function clientTypeName(p: Provider): string {
  return typeNameFor(p.app);
}

function typeNameFor(app: string): string {
  const base = clientFactoryName(app).replace(/^_/, '');
  return `${base.charAt(0).toUpperCase()}${base.slice(1)}Client`;
}

export function emitClient(p: Provider): string {
  const factory = clientFactoryName(p.app);
  const typeName = clientTypeName(p);
  const hasSchemas = p.endpoints.some((e) => e.kind === 'graphql' || e.kind === 'jsonrpc');
  const hasOperations = p.endpoints.some((e) => e.kind !== 'graphql' && e.kind !== 'jsonrpc');
  const helpers = [...new Set(p.endpoints.map(helperOf))].sort();
  const schemaTypes = [...(hasSchemas ? ['components'] : []), ...(hasOperations ? ['operations'] : [])];
  // The writer path: the whole file in one pass of the project's CodeBlockWriter, without
  // building a syntax tree (ts-morph's fastest way to emit a large file).
  const w = sourceProject().createWriter();
  w.writeLine(`// Generated from ${p.source} by \`switchboard generate\`. Do not edit.`);
  w.writeLine(`import { bindClient, ${helpers.map((h) => `type ${h}, `).join('')}type Routes, type Switchboard } from '@switchboard/sdk';`);
  if (schemaTypes.length) w.writeLine(`import type { ${schemaTypes.join(', ')} } from '../types/${p.app}.js';`);
  w.blankLine();
  writeDoc(w, [`${p.name} through the Switchboard gateway: ${p.description}`]);
  w.write(`export interface ${typeName} `).block(() => {
    for (const e of p.endpoints) writeMember(w, e);
  });
  w.blankLine();
  w.write(`const routes: Routes<${typeName}> = `).inlineBlock(() => {
    for (const e of p.endpoints) w.writeLine(`${e.id}: ${JSON.stringify(routeOf(e))},`);
  });
  w.write(';').newLine();
  w.blankLine();
  writeDoc(w, [`The ${p.name} client: \`const api = ${factory}(new Switchboard({ baseUrl, apiKey }))\`.`]);
  w.writeLine(`export const ${factory} = (sb: Switchboard): ${typeName} => bindClient<${typeName}>(sb, ${JSON.stringify(p.app)}, routes);`);
  return w.toString();
}

function writeDoc(w: CodeBlockWriter, lines: string[]): void {
  const body = lines.join('\n').replace(/\*\//g, '*\\/').split('\n');
  w.writeLine('/**');
  for (const l of body) w.writeLine(l ? ` * ${l}` : ' *');
  w.writeLine(' */');
}

export function emitClientIndex(apps: AppRoute[]): string {
  const lines = ['// Generated from providers/*.yaml by `switchboard generate`. Do not edit.', '// Import one provider from its own module to load only that provider: generated/clients/<app>.js', ''];
  for (const a of [...apps].sort((x, y) => x.app.localeCompare(y.app))) {
    lines.push(`export { ${clientFactoryName(a.app)}, type ${typeNameFor(a.app)} } from './${a.app}.js';`);
  }
  return `${lines.join('\n')}\n`;
}

/** The SDK type a member is written with: `Call`, `Paged` (has `.pages()`) or `Operation` (GraphQL, JSON-RPC). */
function helperOf(e: Endpoint): 'Call' | 'Operation' | 'Paged' {
  if (e.kind === 'graphql' || e.kind === 'jsonrpc') return 'Operation';
  return e.pagination ? 'Paged' : 'Call';
}

function writeMember(w: CodeBlockWriter, e: Endpoint): void {
  const route = e.kind === 'mcp-tool' ? `MCP tool \`${e.tool!.name}\`` : `\`${e.method} ${e.path}\``;
  const doc = `${e.summary} ${route}`.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ');
  if (e.deprecated) writeDoc(w, [doc, '@deprecated']);
  else w.writeLine(`/** ${doc} */`);
  const helper = helperOf(e);
  if (helper === 'Operation') {
    const names = schemaNames(e);
    const hasVars = (e.graphql?.variables ?? e.jsonrpc?.params) !== undefined;
    const vars = hasVars ? `components["schemas"][${JSON.stringify(names.variables)}]` : 'Record<string, unknown>';
    const result = e.response.schema !== undefined ? `components["schemas"][${JSON.stringify(names.response)}]` : 'unknown';
    w.writeLine(`${e.id}: Operation<${vars}, ${result}>;`);
    return;
  }
  w.writeLine(`${e.id}: ${helper}<operations[${JSON.stringify(e.id)}]>;`);
}

function routeOf(e: Endpoint): ClientRoute {
  const r: ClientRoute = { method: e.method, path: e.path };
  if (e.body && e.kind !== 'graphql') r.body = e.body.contentType;
  if (!/json/.test(e.response.contentType) && e.response.status !== 204) r.binary = true;
  const comma = e.query.filter((q) => q.type === 'array' && q.style === 'comma').map((q) => q.name);
  if (comma.length) r.comma = comma;
  if (e.graphql) r.graphql = { document: e.graphql.document, operationName: e.graphql.operationName ?? graphqlName(e.graphql.document) };
  if (e.kind === 'jsonrpc') r.bodyArg = true;
  if (e.pagination) r.paging = paging(e);
  return r;
}

function paging(e: Endpoint): Paging {
  const p = e.pagination!;
  switch (p.style) {
    case 'cursor':
      return { style: 'cursor', cursorParam: p.cursorParam, nextCursor: p.nextCursor, ...(p.hasMore ? { hasMore: p.hasMore } : {}), ...(p.in ? { in: p.in } : {}) };
    case 'offset':
      return {
        style: 'offset',
        offsetParam: p.offsetParam,
        limitParam: p.limitParam,
        ...(p.items ? { items: p.items } : {}),
        ...(p.total ? { total: p.total } : {}),
        ...(p.firstOffset ? { firstOffset: p.firstOffset } : {}),
        ...(p.in ? { in: p.in } : {}),
      };
    case 'page':
      return {
        style: 'page',
        pageParam: p.pageParam,
        ...(p.firstPage !== undefined ? { firstPage: p.firstPage } : {}),
        ...(p.items ? { items: p.items } : {}),
        ...(p.totalPages ? { totalPages: p.totalPages } : {}),
        ...(p.in ? { in: p.in } : {}),
      };
    case 'link':
      return { style: 'link' };
    case 'url':
      return { style: 'url', nextUrl: p.nextUrl };
  }
}
