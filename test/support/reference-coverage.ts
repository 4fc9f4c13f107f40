import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EndpointSpec } from '../../packages/generator/src/provider-file.js';

export interface ReferenceApp {
  name: string;
  host: string;
  seedHosts: string[];
  mission: boolean;
  endpointCount: number;
  endpoints: string[]; // "METHOD /path" as the reference page writes it, app prefix removed
}

export function readReference(): Record<string, ReferenceApp> {
  const file = fileURLToPath(new URL('../fixtures/reference-endpoints.json', import.meta.url));
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, ReferenceApp>;
}

/** The method and gateway path a caller uses for an endpoint (mcp tools: POST /{tool}). */
export function endpointRoute(e: EndpointSpec): { method: string; path: string } {
  if (e.kind === 'mcp-tool') return { method: 'POST', path: `/${e.tool!.name}` };
  return { method: e.method!, path: e.path! };
}

function routeMatcher(path: string): RegExp {
  const parts = path.split(/(\{[^{}/]+\})/);
  const body = parts.map((p) => (/^\{[^{}/]+\}$/.test(p) ? '[^/]+' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${body}/?$`);
}

/** Reference lines that no catalog endpoint answers (same method, path equal up to parameters). */
export function missingReferenceEndpoints(reference: readonly string[], endpoints: readonly EndpointSpec[]): string[] {
  const routes = endpoints.map((e) => {
    const r = endpointRoute(e);
    return { method: r.method, re: routeMatcher(r.path) };
  });
  return reference.filter((line) => {
    const [method, path] = line.split(' ') as [string, string];
    const p = path.replace(/\/$/, '') || '/';
    return !routes.some((r) => r.method === method && (r.re.test(path) || r.re.test(p)));
  });
}
