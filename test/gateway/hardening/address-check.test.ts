/**
 * Issue 9 item 9 (the address check): hostile addresses a user-chosen origin or a DNS answer
 * may carry. The check is ipaddr.js's range tables (anything but public unicast is refused),
 * so IPv4-mapped IPv6 in its hex spelling, NAT64, 6to4, Teredo and 192.0.0.0/24 are caught;
 * and the guarded pool refuses an IP-literal host, which no DNS lookup ever sees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPrivateAddress, isPublicHttpsOrigin } from '../../../packages/gateway/src/net/ssrf.js';
import { Upstreams } from '../../../packages/gateway/src/pipeline/forward.js';
import { startUpstream, type FakeUpstream } from '../../support/upstream.js';

const HOSTILE: [string, string][] = [
  ['127.0.0.1', 'IPv4 loopback'],
  ['127.255.255.254', 'IPv4 loopback, end of the /8'],
  ['0.0.0.0', 'unspecified'],
  ['10.1.2.3', 'RFC 1918'],
  ['172.16.0.1', 'RFC 1918'],
  ['192.168.1.1', 'RFC 1918'],
  ['100.64.0.1', 'carrier-grade NAT'],
  ['169.254.169.254', 'link-local (cloud metadata)'],
  ['192.0.0.1', '192.0.0.0/24 IETF protocol assignments'],
  ['192.0.0.170', '192.0.0.0/24 (NAT64 discovery)'],
  ['192.0.2.1', 'TEST-NET-1'],
  ['198.18.0.1', 'benchmarking'],
  ['198.51.100.7', 'TEST-NET-2'],
  ['203.0.113.9', 'TEST-NET-3'],
  ['224.0.0.1', 'multicast'],
  ['240.0.0.1', 'reserved'],
  ['255.255.255.255', 'broadcast'],
  ['::', 'IPv6 unspecified'],
  ['::1', 'IPv6 loopback'],
  ['::ffff:127.0.0.1', 'IPv4-mapped, dotted'],
  ['::ffff:7f00:1', 'IPv4-mapped loopback, hex'],
  ['::ffff:a9fe:a9fe', 'IPv4-mapped link-local, hex'],
  ['0:0:0:0:0:ffff:7f00:1', 'IPv4-mapped loopback, long form'],
  ['::ffff:0:7f00:1', 'IPv4-translated (RFC 6145)'],
  ['64:ff9b::7f00:1', 'NAT64 of 127.0.0.1'],
  ['64:ff9b::a9fe:a9fe', 'NAT64 of 169.254.169.254'],
  ['64:ff9b:1::1', 'local-use NAT64 (RFC 8215)'],
  ['2002:7f00:1::', '6to4 of 127.0.0.1'],
  ['2002:c0a8:101::1', '6to4 of 192.168.1.1'],
  ['2001:0:4136:e378::1', 'Teredo'],
  ['2001:db8::1', 'documentation'],
  ['fc00::1', 'unique local'],
  ['fd12:3456::1', 'unique local'],
  ['fe80::1', 'link-local'],
  ['fe80::1%eth0', 'link-local with a zone'],
  ['fec0::1', 'deprecated site-local'],
  ['ff02::1', 'multicast'],
  ['100::1', 'discard prefix'],
  ['not-an-address', 'not an address at all'],
];

const PUBLIC = ['8.8.8.8', '1.1.1.1', '93.184.215.14', '2606:4700:4700::1111', '2a00:1450:4001:80b::200e', '::ffff:8.8.8.8'];

describe('the address check', () => {
  it.each(HOSTILE)('%s (%s) is not public', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(PUBLIC)('%s is public', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it.each(HOSTILE.filter(([a]) => a.includes(':') && !a.includes('%')))('https://[%s] is refused as a user-chosen origin (%s)', (address) => {
    expect(isPublicHttpsOrigin(`https://[${address}]`)).toBe(false);
  });

  it.each(['https://127.1', 'https://2130706433', 'https://0x7f.0.0.1', 'https://192.0.0.8', 'https://[::ffff:7f00:1]:8443'])('%s is refused as a user-chosen origin', (origin) => {
    expect(isPublicHttpsOrigin(origin)).toBe(false);
  });

  it.each(['https://8.8.8.8', 'https://[2606:4700:4700::1111]', 'https://shop.example.com'])('%s is accepted as a user-chosen origin', (origin) => {
    expect(isPublicHttpsOrigin(origin)).toBe(true);
  });
});

describe('the guarded pool', () => {
  let up: FakeUpstream;
  let upstreams: Upstreams;
  beforeAll(async () => {
    up = await startUpstream();
    upstreams = new Upstreams({ connectMs: 2000, headersMs: 2000, idleMs: 2000 });
  });
  afterAll(async () => {
    await upstreams.close();
    await up.close();
  });

  it('refuses an IP-literal host that is not public (no DNS lookup sees it), and opens no socket', async () => {
    const before = up.requests.length;
    const err = await upstreams.guarded.request({ origin: up.origin, path: '/internal', method: 'GET' }).then(
      async (r) => {
        await r.body.text();
        return `answered ${r.statusCode}`;
      },
      (e: Error & { code?: string }) => e.code ?? e.message,
    );
    expect(err).toBe('ESSRF');
    expect(up.requests.length).toBe(before);
  });

  it('the trusted pool (providers, operator overrides) still reaches it', async () => {
    const r = await upstreams.trusted.request({ origin: up.origin, path: '/ok', method: 'GET' });
    await r.body.text();
    expect(r.statusCode).toBe(200);
  });
});
