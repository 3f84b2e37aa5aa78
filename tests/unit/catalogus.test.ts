import { describe, expect, it } from 'vitest';
import {
  categorieVan,
  categorieWetProblem,
  formatBedrag,
  formatEuroCent,
  isActiefOp,
  normalizeProductcode,
  parseEuroBedrag,
  parseLeveringsvormen,
  periodeProblem,
  periodesOverlappen,
  productPeriodeConflict,
} from '@/lib/domain/catalogus';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('productcode', () => {
  it.each([
    ['07A12', '07A12'],
    [' 07a12 ', '07A12'],
    ['45A04', '45A04'],
    ['01001', '01001'],
  ])('%s → %s', (input, expected) => expect(normalizeProductcode(input)).toBe(expected));

  it.each([['7A12'], ['07A123'], ['A7A12'], ['07-12'], ['']])('refuses %s', (input) => expect(normalizeProductcode(input)).toBeNull());

  it('takes the categorie from the first two characters', () => expect(categorieVan('07A12')).toBe('07'));

  it.each([
    ['WMO', '07A12', null],
    ['WMO', '45A04', 'Jeugdwet-categorie'],
    ['JEUGDWET', '45A04', null],
    ['JEUGDWET', '07A12', 'Wmo-categorie'],
    ['PARTICIPATIEWET', '90A01', null],
    ['PARTICIPATIEWET', '07A12', null],
  ] as const)('%s with %s', (wet, code, expected) => {
    const problem = categorieWetProblem(wet, code);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toContain(expected);
  });
});

describe('parseEuroBedrag', () => {
  it.each([
    ['32,50', 3250],
    ['32.50', 3250],
    ['€ 32,50', 3250],
    ['€32,5', 3250],
    ['1.234,56', 123456],
    ['1.234', 123400],
    ['1234', 123400],
    ['0,01', 1],
    ['1 850,00', 185000],
    ['12.5', 1250],
  ])('%s → %i cent', (input, expected) => expect(parseEuroBedrag(input)).toBe(expected));

  it.each([['-5'], ['abc'], ['1,234'], ['12,345,00'], ['1.23.4'], [''], ['32,505']])('refuses %s', (input) =>
    expect(parseEuroBedrag(input)).toBeNull());

  it('formats for the screen and for a form, and reads its own output back', () => {
    expect(formatEuroCent(3250)).toBe('€ 32,50');
    expect(formatBedrag(123456)).toBe('1234,56');
    for (const cent of [0, 1, 99, 3250, 123456, 185000]) expect(parseEuroBedrag(formatBedrag(cent))).toBe(cent);
  });
});

describe('periods', () => {
  it('refuses an end before the start, and allows a one-day period', () => {
    expect(periodeProblem({ van: d('2026-02-01'), tot: d('2026-01-31') })).toBe('De einddatum ligt vóór de begindatum.');
    expect(periodeProblem({ van: d('2026-02-01'), tot: d('2026-02-01') })).toBeNull();
    expect(periodeProblem({ van: d('2026-02-01'), tot: null })).toBeNull();
  });

  it.each([
    [['2026-01-01', '2026-12-31'], ['2027-01-01', null], false],
    [['2026-01-01', '2026-12-31'], ['2026-12-31', null], true],
    [['2026-01-01', null], ['2030-01-01', '2030-02-01'], true],
    [['2026-06-01', '2026-06-30'], ['2026-01-01', '2026-05-31'], false],
  ] as const)('%j and %j overlap: %s', (a, b, expected) => {
    const p = (x: readonly [string, string | null]) => ({ van: d(x[0]), tot: x[1] ? d(x[1]) : null });
    expect(periodesOverlappen(p(a), p(b))).toBe(expected);
    expect(periodesOverlappen(p(b), p(a))).toBe(expected);
  });

  it('is active on the first and last day', () => {
    const periode = { van: d('2026-01-01'), tot: d('2026-12-31') };
    expect(isActiefOp(periode, d('2026-01-01'))).toBe(true);
    expect(isActiefOp(periode, d('2026-12-31'))).toBe(true);
    expect(isActiefOp(periode, d('2027-01-01'))).toBe(false);
  });

  it('finds the version of the same code that is active on the same days, and ignores the product itself', () => {
    const bestaande = [
      { id: 'a', code: '07A12', actiefVan: d('2025-01-01'), actiefTot: d('2025-12-31') },
      { id: 'b', code: '07A12', actiefVan: d('2026-01-01'), actiefTot: null },
      { id: 'c', code: '02A01', actiefVan: d('2026-01-01'), actiefTot: null },
    ];
    expect(productPeriodeConflict({ code: '07A12', actiefVan: d('2027-01-01'), actiefTot: null }, bestaande)?.id).toBe('b');
    expect(productPeriodeConflict({ code: '07A12', actiefVan: d('2024-01-01'), actiefTot: d('2024-12-31') }, bestaande)).toBeNull();
    expect(productPeriodeConflict({ id: 'b', code: '07A12', actiefVan: d('2026-01-01'), actiefTot: null }, bestaande)).toBeNull();
    expect(productPeriodeConflict({ code: '08A01', actiefVan: d('2026-01-01'), actiefTot: null }, bestaande)).toBeNull();
  });
});

describe('parseLeveringsvormen', () => {
  it.each([
    ['ZIN', ['ZIN']],
    ['pgb, zin', ['ZIN', 'PGB']],
    ['ZIN/PGB', ['ZIN', 'PGB']],
    ['PGB', ['PGB']],
  ])('%s', (input, expected) => expect(parseLeveringsvormen(input)).toEqual(expected));

  it.each([[''], ['ZIN, natura'], ['budget']])('refuses %s', (input) => expect(parseLeveringsvormen(input)).toBeNull());
});
