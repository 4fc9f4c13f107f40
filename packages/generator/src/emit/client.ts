/**
 * Typed clients (generated/clients/<app>.ts and an index), written with ts-morph: one named
 * method per endpoint whose argument and result types come from the generated types
 * (`operations[id]`), a `pages()` iterator on endpoints that page, and a route table the
 * small runtime in sdk/ uses to build each request. Each client imports only its own types.
 */
import { createRequire } from 'node:module';
import type { CodeBlockWriter, Project as ProjectType } from 'ts-morph';
import type { AppRoute } from '@switchboard/contract';
import type { Endpoint, Provider } from '../model.js';
import type { Paging, Route } from '@switchboard/contract';
import { graphqlName, schemaNames } from './openapi.js';

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
  const hasGraphql = p.endpoints.some((e) => e.kind === 'graphql' || e.kind === 'jsonrpc');
  // The writer path: the whole file in one pass of the project's CodeBlockWriter, without
  // building a syntax tree (ts-morph's fastest way to emit a large file).
  const w = sourceProject().createWriter();
  w.writeLine(`// Generated from ${p.source} by \`switchboard generate\`. Do not edit.`);
  w.writeLine(`import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';`);
  w.writeLine(`import type { ${hasGraphql ? 'components, ' : ''}operations } from '../types/${p.app}.js';`);
  w.blankLine();
  writeDoc(w, [`${p.name} through the Switchboard gateway: ${p.description}`]);
  w.write(`export interface ${typeName} `).block(() => {
    for (const e of p.endpoints) writeMember(w, e);
  });
  w.blankLine();
  w.write('const routes = ');
  writeRoutes(w, p.endpoints);
  w.write(';').newLine();
  w.blankLine();
  writeDoc(w, [`The ${p.name} client: \`const api = ${factory}(new Switchboard({ baseUrl, apiKey }))\`.`]);
  w.write(`export function ${factory}(client: Switchboard): ${typeName} `).block(() => {
    w.writeLine(`const app = ${JSON.stringify(p.app)};`);
    w.write('return ').inlineBlock(() => {
      for (const e of p.endpoints) writeImplementation(w, e, typeName);
    });
    w.write(';').newLine();
  });
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

/** Whether the caller may leave the whole argument out. */
function argsOptional(e: Endpoint): boolean {
  if (e.kind === 'graphql' || e.kind === 'jsonrpc') {
    const vars = (e.graphql?.variables ?? e.jsonrpc?.params) as { required?: string[] } | undefined;
    return !vars?.required?.length;
  }
  if (e.pathParams.length) return false;
  if (e.query.some((q) => q.required) || e.headers.some((h) => h.required)) return false;
  return !(e.body && e.body.required);
}

function docLines(e: Endpoint): string[] {
  const route = e.kind === 'mcp-tool' ? `MCP tool \`${e.tool!.name}\`` : `\`${e.method} ${e.path}\``;
  return [e.summary, '', route, ...(e.deprecated ? ['@deprecated'] : [])];
}

function writeMember(w: CodeBlockWriter, e: Endpoint): void {
  const opt = argsOptional(e) ? '?' : '';
  writeDoc(w, docLines(e));
  if (e.kind === 'graphql' || e.kind === 'jsonrpc') {
    const names = schemaNames(e);
    const hasVars = (e.graphql?.variables ?? e.jsonrpc?.params) !== undefined;
    const vars = hasVars ? `components['schemas'][${JSON.stringify(names.variables)}]` : 'Record<string, unknown>';
    const result = e.response.schema !== undefined ? `components['schemas'][${JSON.stringify(names.response)}]` : 'unknown';
    w.writeLine(`${e.id}(variables${opt}: ${vars}, options?: CallOptions): Promise<Result<${result}>>;`);
    return;
  }
  const op = `operations[${JSON.stringify(e.id)}]`;
  const params = `(args${opt}: Args<${op}>, options?: CallOptions)`;
  if (e.pagination) {
    w.write(`${e.id}: `).inlineBlock(() => {
      w.writeLine(`${params}: Promise<Result<Data<${op}>>>;`);
      w.writeLine('/** Every page, one after the other. */');
      w.writeLine(`pages${params}: AsyncGenerator<Data<${op}>, void, undefined>;`);
    });
    w.write(';').newLine();
    return;
  }
  w.writeLine(`${e.id}${params}: Promise<Result<Data<${op}>>>;`);
}

function routeOf(e: Endpoint): Route {
  const r: Route = { method: e.method, path: e.path };
  if (e.body && e.kind !== 'graphql') r.body = e.body.contentType;
  if (!/json/.test(e.response.contentType) && e.response.status !== 204) r.binary = true;
  const comma = e.query.filter((q) => q.type === 'array' && q.style === 'comma').map((q) => q.name);
  if (comma.length) r.comma = comma;
  if (e.graphql) r.graphql = { document: e.graphql.document, operationName: e.graphql.operationName ?? graphqlName(e.graphql.document) };
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

function writeRoutes(w: CodeBlockWriter, endpoints: Endpoint[]): void {
  w.inlineBlock(() => {
    for (const e of endpoints) w.writeLine(`${e.id}: ${JSON.stringify(routeOf(e))},`);
  });
  w.write(' satisfies Record<string, Route>');
}

function writeImplementation(w: CodeBlockWriter, e: Endpoint, typeName: string): void {
  if (e.kind === 'graphql' || e.kind === 'jsonrpc') {
    w.writeLine(`${e.id}: (variables, options) => client.call(app, routes.${e.id}, { body: variables }, options),`);
    return;
  }
  if (e.pagination) {
    w.writeLine(
      `${e.id}: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.${e.id}, args, options), ` +
        `{ pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.${e.id}, args, options) }) as ${typeName}[${JSON.stringify(e.id)}],`,
    );
    return;
  }
  w.writeLine(`${e.id}: (args, options) => client.call(app, routes.${e.id}, args, options),`);
}
