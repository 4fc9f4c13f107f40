/**
 * SWITCHBOARD_UPSTREAMS: an origin that stands in for a provider's, keyed by the provider's
 * host (or by app name for its REST and MCP upstreams), for sandboxes and tests. This is the
 * one resolver every outgoing call goes through: proxied requests (pipeline/resolve-target),
 * the gateway's own OAuth and metadata calls and the sign-in redirect (net/outbound). It never
 * applies to a user-chosen origin (a variable with `format: origin`): resolve-target keeps those
 * as the user gave them, checked against the public-address rule.
 */

/** app name or upstream host[:port] → replacement origin. */
export type UpstreamOverrides = Readonly<Record<string, string>>;

/** The origin that replaces `host` (or, failing that, the app's upstream), if one is configured. */
export function overrideOrigin(overrides: UpstreamOverrides, host: string, app?: string): string | undefined {
  return overrides[host] ?? (app === undefined ? undefined : overrides[app]);
}

/** A URL with its origin replaced when its host is overridden: the same path and query. */
export function overrideUrl(overrides: UpstreamOverrides, url: string): string {
  const u = new URL(url);
  const o = overrideOrigin(overrides, u.host);
  return o ? `${o}${u.pathname}${u.search}` : url;
}
