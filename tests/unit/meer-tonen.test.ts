import { describe, expect, it } from 'vitest';
import { aantalTonen, meerTonen, MEER_TONEN_STAP } from '@/lib/domain/meer-tonen';

const rijen = Array.from({ length: 60 }, (_, i) => i);

describe('meer tonen', () => {
  it('shows the first batch, then whole batches up to all rows', () => {
    expect(meerTonen(rijen, undefined)).toEqual({ zichtbaar: rijen.slice(0, 25), verborgen: 35, volgende: 50 });
    expect(meerTonen(rijen, '50')).toEqual({ zichtbaar: rijen.slice(0, 50), verborgen: 10, volgende: 75 });
    expect(meerTonen(rijen, '75')).toEqual({ zichtbaar: rijen, verborgen: 0, volgende: null });
    expect(meerTonen(rijen.slice(0, 10), undefined)).toEqual({ zichtbaar: rijen.slice(0, 10), verborgen: 0, volgende: null });
  });

  it('rounds a typed value up to a whole batch and ignores nonsense', () => {
    expect(aantalTonen('30', 60)).toBe(50);
    expect(aantalTonen(['26', '99'], 60)).toBe(50);
    for (const nonsense of ['', 'alles', '-5', '0', '1e9x']) expect(aantalTonen(nonsense, 60)).toBe(MEER_TONEN_STAP);
    expect(aantalTonen('1000000', 60)).toBe(60);
  });
});
