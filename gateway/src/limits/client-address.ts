import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

type Family = 'ipv4' | 'ipv6';

/** An IPv4 client on a dual-stack socket shows as `::ffff:a.b.c.d`; one address, one rate-limit key. */
function normalize(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

function familyOf(address: string): Family | undefined {
  const version = isIP(address);
  return version === 4 ? 'ipv4' : version === 6 ? 'ipv6' : undefined;
}

/**
 * The reverse proxies whose X-Forwarded-For the gateway believes, from
 * TRUSTED_PROXIES entries (addresses or CIDR ranges). A wrong entry stops the
 * start: a typo must not silently trust every client's header, or none.
 */
export function trustedProxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [rawAddress = '', prefix, ...rest] = entry.split('/');
    const address = normalize(rawAddress);
    const family = familyOf(address);
    const maxBits = family === 'ipv6' ? 128 : 32;
    const bits = prefix === undefined ? undefined : /^\d{1,3}$/.test(prefix) ? Number(prefix) : Number.NaN;
    if (!family || rest.length > 0 || (bits !== undefined && !(bits <= maxBits))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or a CIDR range (e.g. 10.0.0.0/8)`);
    }
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, bits, family);
  }
  return list;
}

function isTrusted(address: string, trusted: BlockList): boolean {
  const family = familyOf(address);
  return family !== undefined && trusted.check(address, family);
}

/**
 * The address a request is counted against. The socket peer, unless the peer
 * is a trusted proxy: then X-Forwarded-For is read from the right, through
 * trusted proxies, to the first address that is not one — anything left of it
 * was written by the client and may be forged. An entry that is not an
 * address ends the walk at the last proxy that vouched for the chain.
 */
export function clientAddress(request: IncomingMessage, trusted: BlockList): string {
  const peer = normalize(request.socket.remoteAddress ?? '');
  if (!isTrusted(peer, trusted)) return peer || 'unknown';
  const header = [request.headers['x-forwarded-for'] ?? []].flat().join(',');
  const chain = header
    .split(',')
    .map((hop) => normalize(hop.trim()))
    .filter((hop) => hop !== '');
  let client = peer;
  for (const hop of chain.reverse()) {
    if (!familyOf(hop)) break;
    client = hop;
    if (!isTrusted(hop, trusted)) break;
  }
  return client;
}
