import { describe, expect, it } from 'vitest';
import { AGB_ERROR, isAgbCode, normalizeAgbCode } from '@/lib/domain/agb';

describe('normalizeAgbCode', () => {
  it.each([
    ['98100011', '98100011'],
    [' 98100011 ', '98100011'],
    ['98 10 00 11', '98100011'],
    ['98-100011', '98100011'],
    ['98.10.00.11', '98100011'],
    ['01000001', '01000001'],
  ])('%s → %s', (input, expected) => expect(normalizeAgbCode(input)).toBe(expected));

  it.each([
    ['9810001', 'seven digits'],
    ['981000111', 'nine digits'],
    ['9810001A', 'a letter'],
    ['00000000', 'all zeros'],
    ['', 'empty'],
    ['98_100011', 'an underscore'],
  ])('refuses %s (%s)', (input) => expect(normalizeAgbCode(input)).toBeNull());
});

describe('isAgbCode', () => {
  it('accepts only the stored form', () => {
    expect(isAgbCode('98100011')).toBe(true);
    expect(isAgbCode('98 100011')).toBe(false);
  });

  it('has a Dutch message with an example that is itself valid', () => {
    const example = /\d{8}/.exec(AGB_ERROR)?.[0] ?? '';
    expect(isAgbCode(example)).toBe(true);
  });
});
