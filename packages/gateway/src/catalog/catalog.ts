/**
 * The action catalog (generated/catalog/<app>.json), read lazily: an app's file is parsed the
 * first time something asks about that app (a key policy naming operations, the request log
 * naming the operation a path matched, the MCP tools), so start-up reads only the routing table.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogFile, CatalogOperation } from '@switchboard/contract';

interface Template {
  op: CatalogOperation;
  /** Per path segment: a literal, a pattern (a parameter inside a segment), or null (any one segment). */
  segments: (string | RegExp | null)[];
  literals: number;
}

export interface CatalogApp {
  file: CatalogFile;
  byId: Map<string, CatalogOperation>;
  /** Method → templates, most literal segments first (`/users/me` before `/users/{id}`). */
  templates: Map<string, Template[]>;
  /** `METHOD path` of GraphQL and JSON-RPC endpoints: one path, many operations. */
  transports: Set<string>;
}

export class Catalog {
  private readonly apps = new Map<string, CatalogApp | null>();

  /** `dir`: generated/catalog. A missing folder is an empty catalog (the gateway still proxies). */
  constructor(private readonly dir: string) {}

  static beside(routesFile: string): Catalog {
    return new Catalog(join(routesFile, '..', 'catalog'));
  }

  app(name: string): CatalogApp | undefined {
    let a = this.apps.get(name);
    if (a === undefined) {
      a = load(join(this.dir, `${name}.json`));
      this.apps.set(name, a);
    }
    return a ?? undefined;
  }

  /** Every app the catalog holds, loaded (the MCP search reads all of them). */
  all(): CatalogApp[] {
    if (!existsSync(this.dir)) return [];
    const names = readdirSync(this.dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5))
      .sort();
    return names.map((n) => this.app(n)).filter((a): a is CatalogApp => a !== undefined);
  }

  operation(app: string, id: string): CatalogOperation | undefined {
    return this.app(app)?.byId.get(id);
  }

  /** The operation whose method and path template match a request path (after /{app}, no query). */
  match(app: string, method: string, rest: string): CatalogOperation | undefined {
    const a = this.app(app);
    if (!a) return undefined;
    const list = a.templates.get(method === 'HEAD' ? 'GET' : method);
    if (!list) return undefined;
    const parts = splitPath(rest);
    for (const t of list) if (matches(t, parts)) return t.op;
    return undefined;
  }

  /** Whether the request goes to a GraphQL or JSON-RPC endpoint of the app (many operations, one path). */
  isTransport(app: string, method: string, rest: string): boolean {
    const a = this.app(app);
    return a !== undefined && a.transports.has(`${method} ${splitPath(rest).join('/')}`);
  }
}

function load(file: string): CatalogApp | null {
  if (!existsSync(file)) return null;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as CatalogFile;
  const byId = new Map<string, CatalogOperation>();
  const templates = new Map<string, Template[]>();
  const transports = new Set<string>();
  for (const op of parsed.operations) {
    byId.set(op.id, op);
    if (op.kind === 'graphql' || op.kind === 'jsonrpc') {
      transports.add(`${op.method} ${splitPath(op.path).join('/')}`); // one transport path for many operations
      continue;
    }
    const segments = splitPath(op.path).map(compileSegment);
    const t: Template = { op, segments, literals: segments.filter((s) => typeof s === 'string').length };
    const list = templates.get(op.method) ?? [];
    list.push(t);
    templates.set(op.method, list);
  }
  for (const list of templates.values()) list.sort((x, y) => y.literals - x.literals);
  return { file: parsed, byId, templates, transports };
}

function splitPath(path: string): string[] {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return trimmed.split('/').slice(1);
}

function compileSegment(s: string): string | RegExp | null {
  if (/^\{[^{}]+\}$/.test(s) || /^:[A-Za-z_][A-Za-z0-9_]*$/.test(s)) return null;
  if (!s.includes('{')) return s;
  const source = s
    .split(/\{[^{}]+\}/)
    .map((lit) => lit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${source}$`);
}

function matches(t: Template, parts: string[]): boolean {
  if (t.segments.length !== parts.length) return false;
  for (let i = 0; i < parts.length; i++) {
    const s = t.segments[i];
    const p = parts[i]!;
    if (s === null) {
      if (p === '') return false;
    } else if (typeof s === 'string') {
      if (s !== p) return false;
    } else if (!s!.test(p)) return false;
  }
  return true;
}
