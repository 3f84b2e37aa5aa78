import { describe, expect, it } from 'vitest';
import { formatNummer, normalizeKenmerk, NUMMER_PREFIX } from '@/lib/domain/nummering';

describe('kenmerken', () => {
  it.each([
    ['melding', 123, '2026-11-22T10:00:00Z', 'M-2026-000123'],
    ['casus', 1, '2026-01-01T00:00:00Z', 'C-2026-000001'],
    ['aanvraag', 1_234_567, '2027-05-01T00:00:00Z', 'A-2027-1234567'],
    ['beschikking', 42, '2026-06-01T00:00:00Z', 'B-2026-000042'],
    // 23:30 UTC on New Year's Eve is already the new year in Amsterdam.
    ['melding', 7, '2026-12-31T23:30:00Z', 'M-2027-000007'],
  ] as const)('%s %i on %s is %s', (soort, n, op, expected) => expect(formatNummer(soort, n, new Date(op))).toBe(expected));

  it('refuses a number that is not a positive whole number', () => {
    for (const n of [0, -1, 1.5, Number.NaN]) expect(() => formatNummer('melding', n, new Date())).toThrow(RangeError);
  });

  it('has a letter for each prefixed kind', () => expect(Object.values(NUMMER_PREFIX)).toEqual(['M', 'C', 'A', 'B']));

  it.each([
    [' m-2026-000123 ', 'M-2026-000123'],
    ['C-2026-000001', 'C-2026-000001'],
    ['M-26-1', null],
    ['X-2026-000001', null],
    ['<script>', null],
  ])('reads %s as %s', (input, expected) => expect(normalizeKenmerk(input)).toBe(expected));
});
