/**
 * Where a request goes: the app's upstream origin (or the path-routed second host) with its
 * variables filled, the path prefix, and the caller's path with gateway-filled `:segments`
 * replaced. Every value is checked against its pattern here, on every request, so a value
 * that does not match never reaches a URL. The provider's URL only: SWITCHBOARD_UPSTREAMS is
 * applied by the resolve-target step.
 */
import type { CompiledTemplate } from '@switchboard/contract';
import { GatewayError } from '../errors.js';
import { isPublicHttpsOrigin } from '../net/ssrf.js';
import type { RuntimeApp } from '../routes.js';

export interface UpstreamTarget {
  origin: string; // scheme://host[:port]
  path: string; // prefix + caller path, query not included
  userOrigin: boolean; // the origin came from a user-chosen variable (SSRF-guarded dispatcher)
  overridden: boolean; // SWITCHBOARD_UPSTREAMS replaced the origin
}

const SAFE_SEGMENT = /^[^/?#%\s\\]+$/;

/**
 * @param rawPath the caller's path after /{app}, as received (percent-encoding kept)
 * @param vars the connection's variables (and deployment settings)
 * @param segments values for `:name` segments that come from a path-injected credential
 */
export function providerTarget(
  app: RuntimeApp,
  rawPath: string,
  vars: Record<string, string | undefined>,
  segments: Record<string, string>,
): UpstreamTarget {
  const path = rawPath === '' ? '/' : rawPath;
  checkPath(path);
  const host = app.hosts.find((h) => h.exact.includes(path) || h.prefixes.some((p) => path.startsWith(p)));
  const route = host ?? app.upstream;
  if (!route) throw new GatewayError('GW_ERR_BAD_PATH', { detail: `"${app.app}" has no REST upstream; call its MCP tools as POST /${app.app}/{tool}.` });

  const originTemplate = route.origin;
  const userOrigin = originTemplate.length === 1 && typeof originTemplate[0] !== 'string';
  let origin = fill(app, originTemplate, vars, false);
  if (userOrigin && !isPublicHttpsOrigin(origin)) {
    throw new GatewayError('GW_ERR_BAD_VARIABLE', { name: (originTemplate[0] as { var: string }).var });
  }
  origin = origin.replace(/\/$/, '');
  const prefix = fill(app, route.pathPrefix, vars, true);
  const filledPath = app.pathVariables.length ? fillSegments(app, path, vars, segments) : path;

  return { origin, path: prefix + filledPath, userOrigin, overridden: false };
}

function fill(app: RuntimeApp, template: CompiledTemplate, vars: Record<string, string | undefined>, inPath: boolean): string {
  let out = '';
  for (const part of template) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    out += checkedValue(app, part.var, vars[part.var], inPath);
  }
  return out;
}

function checkedValue(app: RuntimeApp, name: string, value: string | undefined, inPath: boolean): string {
  const pattern = app.patterns.get(name);
  if (value === undefined || value === '') throw new GatewayError('GW_ERR_BAD_VARIABLE', { name });
  if (pattern && !pattern.test(value)) throw new GatewayError('GW_ERR_BAD_VARIABLE', { name });
  if (inPath && (!SAFE_SEGMENT.test(value) || value === '.' || value === '..')) throw new GatewayError('GW_ERR_BAD_VARIABLE', { name });
  return value;
}

function fillSegments(app: RuntimeApp, path: string, vars: Record<string, string | undefined>, segments: Record<string, string>): string {
  const parts = path.split('/');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.length < 2 || part[0] !== ':') continue;
    const name = part.slice(1);
    if (!app.pathVariables.includes(name)) continue;
    if (name in segments) {
      const v = segments[name]!;
      if (!SAFE_SEGMENT.test(v) || v === '.' || v === '..') throw new GatewayError('GW_ERR_BAD_VARIABLE', { name });
      parts[i] = v;
    } else {
      parts[i] = checkedValue(app, name, vars[name], true);
    }
  }
  return parts.join('/');
}

/** Refuses dot segments, raw or encoded: the path must not climb out of a prefix. */
function checkPath(path: string): void {
  if (!path.startsWith('/')) throw new GatewayError('GW_ERR_BAD_PATH', { detail: 'The path must start with "/".' });
  if (path.indexOf('.') < 0 && path.indexOf('%') < 0) return;
  for (const seg of path.split('/')) {
    const s = seg.toLowerCase().replace(/%2e/g, '.');
    if (s === '.' || s === '..') throw new GatewayError('GW_ERR_BAD_PATH', { detail: 'The path may not contain "." or ".." segments.' });
  }
}
