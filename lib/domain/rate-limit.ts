import { createHmac } from 'node:crypto';
import { BlockList, isIP } from 'node:net';

// Rate limiting of the public melding form per client address. The address itself is personal data and is not
// stored: only a keyed hash (HMAC-SHA256 with a server secret), enough to count meldingen from the same address
// within a window, and useless to anyone without the secret.

export const MELDING_RATE_LIMIT = { max: 5, windowMs: 60 * 60 * 1000 } as const;

/**
 * The header in which the server itself puts the address of the socket a request came in on (lib/peer-address.ts,
 * installed by instrumentation.ts): always overwritten, so a client that sends it is not believed.
 */
export const PEER_ADDRESS_HEADER = 'x-wijkregie-peer';

/** 'ffff::127.0.0.1' and '[2001:db8::1]' as the plain address; '' when it is not an IP address. */
export const normalizeAddress = (value: string | null | undefined): string => {
  let a = (value ?? '').trim().toLowerCase();
  if (a.startsWith('[') && a.includes(']')) a = a.slice(1, a.indexOf(']'));
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'));
  if (a.startsWith('::ffff:') && isIP(a.slice(7)) === 4) a = a.slice(7);
  return isIP(a) ? a : '';
};

export type TrustedProxies = { contains: (address: string) => boolean; size: number };

/**
 * TRUSTED_PROXIES: the reverse proxies whose X-Forwarded-For we believe, as addresses or CIDR ranges separated by
 * commas ('10.0.0.5, 10.1.0.0/16, fd00::/8'). Anything that is neither is refused (a typo must not trust the world).
 */
export const parseTrustedProxies = (value: string | undefined): TrustedProxies => {
  const list = new BlockList();
  let size = 0;
  for (const raw of (value ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const [address, prefix, rest] = raw.split('/');
    const plain = normalizeAddress(address);
    const family = isIP(plain) === 6 ? 'ipv6' : 'ipv4';
    const bits = prefix === undefined ? null : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
    if (!plain || rest !== undefined || Number.isNaN(bits) || (bits !== null && bits > (family === 'ipv6' ? 128 : 32))) {
      throw new Error(`TRUSTED_PROXIES: "${raw}" is not an IP address or CIDR range`);
    }
    if (bits === null) list.addAddress(plain, family);
    else list.addSubnet(plain, bits, family);
    size++;
  }
  return {
    size,
    contains: (address: string) => {
      const plain = normalizeAddress(address);
      return Boolean(plain) && size > 0 && list.check(plain, isIP(plain) === 6 ? 'ipv6' : 'ipv4');
    },
  };
};

/**
 * The client address of a request, as the well-known frameworks take it (Rails, Django's XFF middleware, Express
 * "trust proxy"): the address of the socket; only when that is a trusted proxy, X-Forwarded-For read from the right,
 * skipping trusted proxies, up to the first address that is not one (everything to its left the client could have
 * written itself). 'onbekend' when the server did not record the socket address.
 */
export const clientAddress = (headers: { get(name: string): string | null }, trusted: TrustedProxies): string => {
  const peer = normalizeAddress(headers.get(PEER_ADDRESS_HEADER));
  if (!peer) return 'onbekend';
  if (!trusted.contains(peer)) return peer;
  const hops = (headers.get('x-forwarded-for') ?? '').split(',').map((h) => h.trim()).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]);
    if (!hop) return peer; // garbage in the chain: go no further than what we know
    if (!trusted.contains(hop)) return hop;
  }
  return normalizeAddress(hops[0]) || peer;
};

/** A keyed hash of the address; the same address and secret always give the same hash. */
export const hashAddress = (address: string, secret: string): string => {
  if (!secret) throw new Error('A secret is needed to hash client addresses');
  return createHmac('sha256', secret).update(`melding:${address}`).digest('hex');
};

/** The start of the window in which earlier meldingen count. */
export const windowStart = (now: Date, windowMs: number = MELDING_RATE_LIMIT.windowMs): Date => new Date(now.getTime() - windowMs);

/** True when one more melding would exceed the limit. */
export const isRateLimited = (recentCount: number, max: number = MELDING_RATE_LIMIT.max): boolean => recentCount >= max;
