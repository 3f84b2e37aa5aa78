import { describe, expect, it } from 'vitest';
import { formatAantal, formatGetal } from '@/lib/domain/getallen';

describe('Dutch numbers', () => {
  it('writes counts with a dot between thousands', () => {
    expect(formatAantal(0)).toBe('0');
    expect(formatAantal(12345)).toBe('12.345');
    expect(formatAantal(1_000_000)).toBe('1.000.000');
  });

  it('writes figures with a decimal comma and at most one decimal', () => {
    expect(formatGetal(2.5)).toBe('2,5');
    expect(formatGetal(40)).toBe('40');
    expect(formatGetal(1234.56)).toBe('1.234,6');
    expect(formatGetal(0.04)).toBe('0');
  });

  it('gives what toLocaleString gives, without building a formatter per call', () => {
    for (const n of [0, 1, 2.25, 17.5, 999.95, 1234.5, 98765.4321]) {
      expect(formatGetal(n)).toBe(n.toLocaleString('nl-NL', { maximumFractionDigits: 1 }));
      expect(formatAantal(Math.round(n))).toBe(Math.round(n).toLocaleString('nl-NL'));
    }
  });
});
