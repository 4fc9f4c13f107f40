/**
 * Guards for user-chosen upstreams (WooCommerce store, Grafana, Kibana): the origin must be a
 * public https origin, and the name must not resolve to a loopback, private or link-local
 * address when the gateway connects (so a DNS answer cannot turn it into an internal call);
 * an IP-literal host is checked by the connector, which no lookup sees.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { buildConnector } from 'undici';

export function isPublicHttpsOrigin(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.search || url.hash) return false;
  if (url.pathname !== '/' || value.replace(/\/$/, '') !== url.origin) return false;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal') || host.endsWith('.local')) return false;
  if (isIP(host)) return !isPrivateAddress(host);
  return host.includes('.');
}

/**
 * Whether an IP address is anything but a public unicast one, by ipaddr.js's range tables
 * (RFC 6890 and successors): loopback, private, carrier-grade NAT, link-local, unspecified,
 * multicast, broadcast, reserved and documentation ranges (192.0.0.0/24 among them), unique
 * local, and the IPv6 forms that embed or translate an IPv4 address (IPv4-mapped in any
 * spelling, IPv4-translated, NAT64 64:ff9b::/96, 6to4 2002::/16, Teredo). A value that is not
 * an IP address counts as private.
 */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, ''); // brackets, IPv6 zone id
  if (!isIP(bare)) return true;
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    ip = ipaddr.parse(bare);
  } catch {
    return true;
  }
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  return ip.range() !== 'unicast';
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A dns.lookup that refuses names resolving to non-public addresses. */
export function publicOnlyLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '');
    const list = addresses as LookupAddress[];
    const bad = list.find((a) => isPrivateAddress(a.address));
    if (bad || list.length === 0) {
      const e = new Error(`${hostname} resolves to a non-public address`) as NodeJS.ErrnoException;
      e.code = 'ESSRF';
      return callback(e, '');
    }
    if (options.all) return callback(null, list);
    return callback(null, list[0]!.address, list[0]!.family);
  });
}

/**
 * The connector of the guarded pool: names go through publicOnlyLookup, and a host that is an
 * IP literal (which net.connect never looks up) is checked here, before any socket opens.
 */
export function guardedConnector(timeoutMs: number): buildConnector.connector {
  const connect = buildConnector({ timeout: timeoutMs, lookup: publicOnlyLookup as never });
  return (options, callback) => {
    const host = options.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) && isPrivateAddress(host)) {
      const e = new Error(`${host} is not a public address`) as NodeJS.ErrnoException;
      e.code = 'ESSRF';
      return callback(e, null);
    }
    return connect(options, callback);
  };
}
