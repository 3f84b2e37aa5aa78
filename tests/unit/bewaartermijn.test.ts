import { describe, expect, it } from 'vitest';
import { einde, magAnonimiseren } from '@/lib/domain/bewaartermijn';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const termijnen = { WMO: 15, JEUGDWET: 20, PARTICIPATIEWET: 7 };

describe('einde', () => {
  it('adds whole years', () => expect(einde(d('2010-03-15'), 15)).toEqual(d('2025-03-15')));
  it('rolls 29 February over', () => expect(einde(d('2012-02-29'), 1)).toEqual(d('2013-03-01')));
  it('refuses a negative term', () => expect(() => einde(d('2010-01-01'), -1)).toThrow(RangeError));
});

describe('magAnonimiseren', () => {
  it('anonymises a closed Wmo dossier once the term has passed, not a day earlier', () => {
    const casussen = [{ afgeslotenOp: d('2010-03-15') }];
    expect(magAnonimiseren(casussen, [], termijnen, d('2025-03-15'))).toBe(true);
    expect(magAnonimiseren(casussen, [], termijnen, d('2025-03-14'))).toBe(false);
  });
  it('takes the longest term of the laws involved and the last closing', () => {
    const casussen = [{ afgeslotenOp: d('2000-01-01') }, { afgeslotenOp: d('2005-06-01') }];
    expect(magAnonimiseren(casussen, ['WMO', 'JEUGDWET'], termijnen, d('2024-06-01'))).toBe(false);
    expect(magAnonimiseren(casussen, ['WMO', 'JEUGDWET'], termijnen, d('2025-06-01'))).toBe(true);
  });
  it('keeps a household with an open casus, without casus, or without a term for its law', () => {
    expect(magAnonimiseren([{ afgeslotenOp: d('1990-01-01') }, { afgeslotenOp: null }], [], termijnen, d('2026-01-01'))).toBe(false);
    expect(magAnonimiseren([], [], termijnen, d('2026-01-01'))).toBe(false);
    expect(magAnonimiseren([{ afgeslotenOp: d('1990-01-01') }], ['JEUGDWET'], { WMO: 15 }, d('2026-01-01'))).toBe(false);
  });
});
