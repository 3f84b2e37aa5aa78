import { describe, expect, it } from 'vitest';
import {
  findWijkForPostcode,
  formatHuisnummer,
  formatPostcode,
  normalizePostcode,
  parseHuisnummer,
  type PostcodeRange,
} from '@/lib/domain/postcode';

describe('normalizePostcode', () => {
  it.each([
    ['1781AB', '1781AB'],
    ['1781 ab', '1781AB'],
    [' 1781  Ab ', '1781AB'],
    ['9999ZZ', '9999ZZ'],
    ['1000AA', '1000AA'],
    ['1781SB', '1781SB'], // only SA, SD and SS are never issued
  ])('%s → %s', (input, expected) => {
    expect(normalizePostcode(input)).toBe(expected);
  });

  it.each([
    ['0781AB', 'leading zero'],
    ['1781SA', 'SA is never issued'],
    ['1781sd', 'SD is never issued'],
    ['1781 SS', 'SS is never issued'],
    ['178AB', 'three digits'],
    ['17811AB', 'five digits'],
    ['1781A', 'one letter'],
    ['1781ABC', 'three letters'],
    ['1781-AB', 'a dash'],
    ['ABCD12', 'letters first'],
    ['', 'empty'],
  ])('refuses %s (%s)', (input) => {
    expect(normalizePostcode(input)).toBeNull();
  });
});

describe('formatPostcode', () => {
  it.each([
    ['1781AB', '1781 AB'],
    ['1781ab', '1781 AB'],
    ['1781 AB', '1781 AB'],
    [' onbekend ', 'onbekend'], // not a postcode: shown as entered
  ])('%s → %s', (input, expected) => {
    expect(formatPostcode(input)).toBe(expected);
  });
});

describe('findWijkForPostcode', () => {
  const ranges: PostcodeRange[] = [
    { wijkId: 'centrum', postcodeVan: '1781AA', postcodeTot: '1781ZZ' },
    { wijkId: 'schooten', postcodeVan: '1782AA', postcodeTot: '1782ZZ' },
    { wijkId: 'nieuw-den-helder', postcodeVan: '1781KA', postcodeTot: '1781KZ' }, // carved out of centrum
    { wijkId: 'julianadorp', postcodeVan: '1787 aa', postcodeTot: '1788 zz' }, // stored loosely
    { wijkId: 'kapot', postcodeVan: 'onzin', postcodeTot: '1799ZZ' },
  ];

  it.each([
    ['1781AB', 'centrum'],
    ['1781AA', 'centrum'], // lower bound is inclusive
    ['1781ZZ', 'centrum'], // upper bound is inclusive
    ['1781KB', 'nieuw-den-helder'], // the narrowest range wins, whatever its place in the list
    ['1781 kz', 'nieuw-den-helder'],
    ['1781LA', 'centrum'],
    ['1782AA', 'schooten'],
    ['1787XY', 'julianadorp'],
    ['1788ZZ', 'julianadorp'],
    ['1783AA', null],
    ['1780ZZ', null],
    ['1789AA', null], // not in the malformed range either
    ['0781AA', null],
  ])('%s lies in %s', (postcode, wijkId) => {
    expect(findWijkForPostcode(postcode, ranges)).toBe(wijkId);
  });

  it('keeps the first of two equally wide ranges', () => {
    const twins: PostcodeRange[] = [
      { wijkId: 'eerste', postcodeVan: '1781AA', postcodeTot: '1781ZZ' },
      { wijkId: 'tweede', postcodeVan: '1781AA', postcodeTot: '1781ZZ' },
    ];
    expect(findWijkForPostcode('1781AB', twins)).toBe('eerste');
  });

  it('returns null without ranges', () => {
    expect(findWijkForPostcode('1781AB', [])).toBeNull();
  });
});

describe('parseHuisnummer', () => {
  it.each([
    ['12', 12, null],
    [' 12 ', 12, null],
    ['12a', 12, 'A'],
    ['12A', 12, 'A'],
    ['12 a', 12, 'A'],
    ['12-2', 12, '2'],
    ['12 - 2', 12, '2'],
    ['12/2', 12, '2'],
    ['12 2', 12, '2'],
    ['12 bis', 12, 'BIS'],
    ['12bis', 12, 'BIS'],
    ['12a-2', 12, 'A-2'],
    ['12 a 2', 12, 'A-2'],
    ['1', 1, null],
    ['99999', 99999, null],
    ['101 hs', 101, 'HS'],
    ['1234', 1234, null], // four digits are the number, not 12 with toevoeging 34
  ])('"%s" → %i, %s', (input, huisnummer, toevoeging) => {
    expect(parseHuisnummer(input)).toEqual({ huisnummer, toevoeging });
  });

  it.each([
    '',
    'a12',
    '0',
    '012',
    '123456', // six digits
    '12-',
    '12 abcde',
    '12!',
    'twaalf',
  ])('refuses "%s"', (input) => {
    expect(parseHuisnummer(input)).toBeNull();
  });
});

describe('formatHuisnummer', () => {
  it.each([
    ['12', '12'],
    ['12a', '12A'],
    ['12-2', '12-2'],
    ['12 bis', '12 BIS'],
    ['12a-2', '12A-2'],
  ])('"%s" is shown as "%s" and reads back the same', (input, shown) => {
    const parsed = parseHuisnummer(input)!;
    expect(formatHuisnummer(parsed)).toBe(shown);
    expect(parseHuisnummer(shown)).toEqual(parsed);
  });
});
