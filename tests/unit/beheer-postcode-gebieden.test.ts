import { describe, expect, it } from 'vitest';
import { checkPostcodeReeks, postcodesInReeks, type PostcodeGebiedFeit } from '@/lib/domain/postcode-gebieden';
import { findWijkForPostcode } from '@/lib/domain/postcode';

const bestaande: PostcodeGebiedFeit[] = [
  { id: 'g1', wijkId: 'cen', wijkNaam: 'Centrum', postcodeVan: '1781AA', postcodeTot: '1781ZZ' },
  { id: 'g2', wijkId: 'jul', wijkNaam: 'Julianadorp', postcodeVan: '1787AA', postcodeTot: '1788ZZ' },
];

describe('checkPostcodeReeks', () => {
  it('accepts a range in any spelling and stores it compact', () => {
    expect(checkPostcodeReeks({ postcodeVan: '1783 aa', postcodeTot: '1784ZZ' }, bestaande)).toEqual({ ok: true, postcodeVan: '1783AA', postcodeTot: '1784ZZ' });
  });

  it.each([
    [{ postcodeVan: '178AA', postcodeTot: '1784ZZ' }, { postcodeVan: ['Vul een geldige postcode in, bijvoorbeeld 1781 AB.'] }],
    [{ postcodeVan: '1783AA', postcodeTot: '' }, { postcodeTot: ['Vul een geldige postcode in, bijvoorbeeld 1781 AB.'] }],
    [{ postcodeVan: '1784AA', postcodeTot: '1783ZZ' }, { postcodeTot: ['De laatste postcode ligt vóór de eerste (1784 AA).'] }],
    [{ postcodeVan: '1780AA', postcodeTot: '1781AB' }, { postcodeVan: ['Deze reeks overlapt met 1781 AA – 1781 ZZ van wijk Centrum.'] }],
    [{ postcodeVan: '1788BB', postcodeTot: '1788BC' }, { postcodeVan: ['Deze reeks overlapt met 1787 AA – 1788 ZZ van wijk Julianadorp.'] }],
    [{ postcodeVan: '1786ZZ', postcodeTot: '1787AA' }, { postcodeVan: ['Deze reeks overlapt met 1787 AA – 1788 ZZ van wijk Julianadorp.'] }],
  ])('refuses %j', (reeks, fieldErrors) => {
    expect(checkPostcodeReeks(reeks, bestaande)).toEqual({ ok: false, fieldErrors });
  });

  it('leaves every postcode in at most one wijk, so findWijkForPostcode has one answer', () => {
    const ranges = [...bestaande];
    const tries = [['1782AA', '1782ZZ'], ['1781ZZ', '1782AB'], ['1785AA', '1786ZZ'], ['1786AA', '1786AB'], ['1789AA', '1789ZZ']];
    const accepted: string[] = [];
    tries.forEach(([van, tot], i) => {
      const result = checkPostcodeReeks({ postcodeVan: van, postcodeTot: tot }, ranges);
      if (result.ok) {
        accepted.push(`${van}-${tot}`);
        ranges.push({ id: `n${i}`, wijkId: `w${i}`, wijkNaam: `Wijk ${i}`, postcodeVan: result.postcodeVan, postcodeTot: result.postcodeTot });
      }
    });
    expect(accepted).toEqual(['1782AA-1782ZZ', '1785AA-1786ZZ', '1789AA-1789ZZ']);
    expect(findWijkForPostcode('1782 KL', ranges)).toBe('w0');
    expect(findWijkForPostcode('1786AB', ranges)).toBe('w2');
  });
});

describe('postcodesInReeks', () => {
  it.each([
    ['1781AA', '1781AA', 1],
    ['1781AA', '1781ZZ', 676],
    ['1781AA', '1782ZZ', 1352],
  ])('%s–%s holds %i', (van, tot, n) => expect(postcodesInReeks(van, tot)).toBe(n));
});
