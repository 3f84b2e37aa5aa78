import { describe, expect, it } from 'vitest';
import { BSN_ERROR, generateTestBsn, isValidBsn, normalizeBsn, TEST_BSN_SEED_LIMIT } from '@/lib/domain/bsn';

describe('isValidBsn', () => {
  it.each([
    '111222333', // 9+8+7+12+10+8+9+6-3 = 66
    '123456782', // 154
    '999990019', // RvIG test set
    '12345672', // 8 digits: read as 012345672
    '012345672',
  ])('accepts %s', (bsn) => {
    expect(isValidBsn(bsn)).toBe(true);
  });

  it.each([
    ['123456789', 'fails the elfproef (but passes the bank variant with +1·d9)'],
    ['111222334', 'one digit off'],
    ['123456783', 'check digit off'],
    ['000000000', 'all zeros'],
    ['00000000', 'all zeros, 8 digits'],
    ['1234567', 'too short'],
    ['1234567820', 'too long'],
    ['12345678a', 'a letter'],
    ['123 456 782', 'not normalised'],
    ['', 'empty'],
  ])('refuses %s (%s)', (bsn) => {
    expect(isValidBsn(bsn)).toBe(false);
  });

  it('has a Dutch error message', () => {
    expect(BSN_ERROR).toBe('Dit is geen geldig BSN');
  });
});

describe('normalizeBsn', () => {
  it.each([
    ['123456782', '123456782'],
    ['123 456 782', '123456782'],
    ['1234.56.782', '123456782'],
    [' 12345672 ', '012345672'],
    ['1234 5672', '012345672'],
    ['123456789', '123456789'], // normalised, though not valid: the elfproef is isValidBsn's job
  ])('%s → %s', (input, expected) => {
    expect(normalizeBsn(input)).toBe(expected);
  });

  it.each(['12345678a', '1234567', '1234567890', '123-456-782', '', '   '])('returns null for "%s"', (input) => {
    expect(normalizeBsn(input)).toBeNull();
  });
});

describe('generateTestBsn', () => {
  it('is deterministic', () => {
    expect(generateTestBsn(42)).toBe(generateTestBsn(42));
  });

  it.each([0, 1, 8, 9, 10, 1234, 999_999, 2_000_000, TEST_BSN_SEED_LIMIT - 1])('seed %i gives a valid 9-digit BSN starting with 9', (seed) => {
    const bsn = generateTestBsn(seed);
    expect(bsn).toMatch(/^9\d{8}$/);
    expect(isValidBsn(bsn)).toBe(true);
  });

  it('gives valid and distinct BSNs for the first 2,000,000 seeds', () => {
    // strictly increasing in the seed implies distinct
    let previous = -1;
    let checked = 0;
    for (let seed = 0; seed < 2_000_000; seed++) {
      const bsn = generateTestBsn(seed);
      const value = Number(bsn);
      if (value <= previous || !isValidBsn(bsn)) throw new Error(`seed ${seed} gave ${bsn} after ${previous}`);
      previous = value;
      checked++;
    }
    expect(checked).toBe(2_000_000);
  }, 60_000); // two million elfproeven: a few seconds alone, longer on a busy two-core machine

  it('covers at least 2,000,000 seeds', () => {
    expect(TEST_BSN_SEED_LIMIT).toBeGreaterThanOrEqual(2_000_000);
  });

  it.each([-1, 1.5, TEST_BSN_SEED_LIMIT, Number.NaN])('refuses seed %s', (seed) => {
    expect(() => generateTestBsn(seed)).toThrow(RangeError);
  });
});
