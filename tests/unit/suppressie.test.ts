import { describe, expect, it } from 'vitest';
import { cel, ONDERDRUKT, suppress, suppressShare } from '@/lib/domain/suppressie';

describe('suppress', () => {
  it('hides 1 to 4 and shows 0 and 5 or more', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 120].map((n) => suppress(n))).toEqual([0, ONDERDRUKT, ONDERDRUKT, ONDERDRUKT, ONDERDRUKT, 5, 6, 120]);
  });
  it('takes another threshold', () => {
    expect(suppress(9, 10)).toBe(ONDERDRUKT);
    expect(suppress(10, 10)).toBe(10);
  });
  it('refuses negative or non-finite counts', () => {
    expect(() => suppress(-1)).toThrow(RangeError);
    expect(() => suppress(Number.NaN)).toThrow(RangeError);
  });
});

describe('suppressShare', () => {
  it('rounds the percentage', () => expect(suppressShare(12, 100)).toBe(12));
  it('is suppressed when the part or the whole is a small cell', () => {
    expect(suppressShare(3, 100)).toBe(ONDERDRUKT);
    expect(suppressShare(4, 4)).toBe(ONDERDRUKT);
  });
  it('keeps a zero share visible', () => expect(suppressShare(0, 50)).toBe(0));
  it('is null without a total', () => expect(suppressShare(0, 0)).toBeNull());
});

describe('cel', () => {
  it('suppresses only for a viewer who sees aggregates', () => {
    expect(cel(3, true)).toBe(ONDERDRUKT);
    expect(cel(3, false)).toBe(3);
  });
});
