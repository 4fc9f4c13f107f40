/**
 * Names more than one emitter writes: component names of an endpoint's schemas, GraphQL
 * operation names, client factory and type names, hosts as the docs and the routing table show
 * them. Emitters import these and the model, never one another, so a name is decided once.
 */
import type { Endpoint, Provider } from '../model.js';

/** `listThings` → `ListThings`. */
export function pascal(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1);
}

/** Component names an endpoint's schemas get in the OpenAPI document, and the client's types refer to. */
export function schemaNames(e: Pick<Endpoint, 'id'>): { request: string; response: string; variables: string } {
  const base = pascal(e.id);
  return { request: `${base}Request`, response: `${base}Response`, variables: `${base}Variables` };
}

/** The operation name a GraphQL document declares; the model gives it to `graphql.operationName` when none is written. */
export { graphqlName } from '../model.js';

/** The client factory an app's module exports: `google-mail` → `googleMail`, `1password` → `_1password`. */
export function clientFactoryName(app: string): string {
  return app.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()).replace(/^[0-9]/, (d) => `_${d}`);
}

/** The client's interface name: `google-mail` → `GoogleMailClient`. */
export function clientTypeNameFor(app: string): string {
  const base = clientFactoryName(app).replace(/^_/, '');
  return `${base.charAt(0).toUpperCase()}${base.slice(1)}Client`;
}

export function clientTypeName(p: Pick<Provider, 'app'>): string {
  return clientTypeNameFor(p.app);
}

/** Upstream hosts as the docs and the routing table's `display.hosts` show them (`<dc>` written `{dc}`). */
export function upstreamHosts(p: Pick<Provider, 'upstream' | 'mcp'>): string[] {
  const hosts: string[] = [];
  const show = (url: string) => url.replace(/^https:\/\//, '').replace(/<([^>]+)>/g, '{$1}');
  if (p.upstream) {
    hosts.push(show(p.upstream.baseUrl) + (p.upstream.pathPrefix ? show(p.upstream.pathPrefix) : ''));
    for (const h of p.upstream.hosts) hosts.push(show(h.baseUrl));
  }
  if (p.mcp) hosts.push(`${show(p.mcp.url)} (MCP)`);
  return hosts;
}
