import { describe, expect, it } from 'vitest';
import { clientAddress, hashAddress, isRateLimited, MELDING_RATE_LIMIT, windowStart } from '@/lib/domain/rate-limit';

const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name.toLowerCase()] ?? null });

describe('rate limiting of the public form', () => {
  it.each([
    [{ 'x-forwarded-for': '203.0.113.7, 10.0.0.1' }, '203.0.113.7'],
    [{ 'x-forwarded-for': ' 2001:db8::1 ' }, '2001:db8::1'],
    [{ 'x-real-ip': '198.51.100.2' }, '198.51.100.2'],
    [{ 'x-forwarded-for': '', 'x-real-ip': '198.51.100.2' }, '198.51.100.2'],
    [{}, 'onbekend'],
  ])('takes the first hop as the client address (%#)', (h, expected) => expect(clientAddress(headers(h))).toBe(expected));

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
