import { describe, expect, it } from 'vitest';
import { clientAddress, hashAddress, isRateLimited, MELDING_RATE_LIMIT, parseTrustedProxies, windowStart } from '@/lib/domain/rate-limit';

const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name.toLowerCase()] ?? null });

describe('rate limiting of the public form', () => {
  const geen = parseTrustedProxies(undefined);
  const proxies = parseTrustedProxies('10.0.0.5, 10.1.0.0/16, fd00::/8');

  it.each([
    // No trusted proxy: the socket, whatever the client writes in X-Forwarded-For or X-Real-IP.
    [{ 'x-wijkregie-peer': '203.0.113.7', 'x-forwarded-for': '198.51.100.1' }, geen, '203.0.113.7'],
    [{ 'x-wijkregie-peer': '::ffff:203.0.113.7', 'x-real-ip': '198.51.100.2' }, geen, '203.0.113.7'],
    [{ 'x-wijkregie-peer': '2001:db8::1' }, geen, '2001:db8::1'],
    // A request from a proxy that is not trusted: its own address, not the header it passes on.
    [{ 'x-wijkregie-peer': '10.2.0.1', 'x-forwarded-for': '198.51.100.1' }, proxies, '10.2.0.1'],
    // A trusted proxy: the rightmost address that is not a trusted proxy; a client-written hop to its left is ignored.
    [{ 'x-wijkregie-peer': '10.0.0.5', 'x-forwarded-for': '198.51.100.1' }, proxies, '198.51.100.1'],
    [{ 'x-wijkregie-peer': '10.0.0.5', 'x-forwarded-for': '1.2.3.4, 198.51.100.1, 10.1.2.3' }, proxies, '198.51.100.1'],
    [{ 'x-wijkregie-peer': 'fd00::5', 'x-forwarded-for': '2001:db8::7' }, proxies, '2001:db8::7'],
    [{ 'x-wijkregie-peer': '10.0.0.5', 'x-forwarded-for': 'nonsense, 198.51.100.1' }, proxies, '198.51.100.1'],
    [{ 'x-wijkregie-peer': '10.0.0.5', 'x-forwarded-for': '198.51.100.1, nonsense' }, proxies, '10.0.0.5'],
    [{ 'x-wijkregie-peer': '10.0.0.5' }, proxies, '10.0.0.5'],
    // Without the server's own header (not started through Next.js): unknown, never a client-written header.
    [{ 'x-forwarded-for': '203.0.113.7' }, geen, 'onbekend'],
  ])('takes the socket address, and X-Forwarded-For only from a trusted proxy (%#)', (h, trusted, expected) =>
    expect(clientAddress(headers(h), trusted)).toBe(expected));

  it('reads TRUSTED_PROXIES as addresses and CIDR ranges and refuses anything else', () => {
    expect(proxies.size).toBe(3);
    expect(proxies.contains('10.1.255.255')).toBe(true);
    expect(proxies.contains('10.2.0.0')).toBe(false);
    expect(proxies.contains('::ffff:10.0.0.5')).toBe(true);
    expect(geen.contains('127.0.0.1')).toBe(false);
    for (const wrong of ['localhost', '10.0.0.0/33', '10.0.0.0/8/1', '10.0.0.0/x', '*']) expect(() => parseTrustedProxies(wrong)).toThrow(/TRUSTED_PROXIES/);
  });

  it('hashes the address with the secret: stable, different per secret, never the address itself', () => {
    const a = hashAddress('203.0.113.7', 'geheim');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(hashAddress('203.0.113.7', 'geheim')).toBe(a);
    expect(hashAddress('203.0.113.7', 'ander-geheim')).not.toBe(a);
    expect(hashAddress('203.0.113.8', 'geheim')).not.toBe(a);
    expect(a).not.toContain('203');
    expect(() => hashAddress('203.0.113.7', '')).toThrow();
  });

  it('allows five meldingen per hour and refuses the sixth', () => {
    expect(MELDING_RATE_LIMIT).toEqual({ max: 5, windowMs: 3_600_000 });
    expect([0, 1, 2, 3, 4, 5, 6].map((n) => isRateLimited(n))).toEqual([false, false, false, false, false, true, true]);
    expect(windowStart(new Date('2026-11-22T12:00:00Z'))).toEqual(new Date('2026-11-22T11:00:00Z'));
  });
});
