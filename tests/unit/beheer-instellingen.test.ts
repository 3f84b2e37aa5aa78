import { describe, expect, it } from 'vitest';
import { BEWAARTERMIJN_GRENZEN, bewaartermijnProblem, isGemeentecode, termijnProblem, TERMIJNEN } from '@/lib/domain/gemeente-instellingen';

const termijn = (veld: string) => TERMIJNEN.find((t) => t.veld === veld)!;

describe('gemeentecode', () => {
  it.each([['0400', true], ['0363', true], ['400', false], ['04000', false], ['04a0', false], ['0000', false]])('%s: %s', (code, ok) =>
    expect(isGemeentecode(code)).toBe(ok));
});

describe('termijnProblem', () => {
  it('names a term for every column of Gemeente that holds one, with its default inside its bounds', () => {
    expect(TERMIJNEN.map((t) => t.veld)).toEqual([
      'onderzoekTermijnDagen', 'wmoBeschikkingTermijnDagen', 'awbBeschikkingTermijnDagen', 'bezwaarTermijnDagen', 'consultTermijnDagen', 'waakvlamStandaardDagen',
    ]);
    for (const t of TERMIJNEN) if (t.wettelijk !== null) expect(termijnProblem(t, t.wettelijk)).toBeNull();
  });

  it.each([
    ['onderzoekTermijnDagen', 28, null],
    ['onderzoekTermijnDagen', 43, 'Kies tussen 1 en 42 dagen (Wmo 2015 art. 2.3.2: binnen zes weken).'],
    ['wmoBeschikkingTermijnDagen', 15, 'Kies tussen 1 en 14 dagen (Wmo 2015 art. 2.3.5: binnen twee weken).'],
    ['awbBeschikkingTermijnDagen', 57, 'Kies tussen 1 en 56 dagen (Awb 4:13: redelijke termijn, hoogstens acht weken).'],
    ['bezwaarTermijnDagen', 41, 'Kies tussen 42 en 365 dagen (Awb 6:7: zes weken; een gemeente kan die niet korter maken).'],
    ['consultTermijnDagen', 0, 'Kies tussen 1 en 30 dagen.'],
    ['waakvlamStandaardDagen', 2.5, 'Vul een heel aantal dagen in.'],
  ])('%s = %s', (veld, dagen, expected) => expect(termijnProblem(termijn(veld), dagen)).toBe(expected));
});

describe('bewaartermijnProblem', () => {
  it.each([
    ['WMO', 15, null],
    ['JEUGDWET', 20, null],
    ['JEUGDWET', 15, 'Kies tussen 20 en 100 jaar (Jeugdwet art. 7.3.8: twintig jaar).'],
    ['PARTICIPATIEWET', 0, 'Kies tussen 1 en 100 jaar (Selectielijst gemeenten).'],
  ] as const)('%s %i jaar', (wet, jaren, expected) => expect(bewaartermijnProblem(wet, jaren)).toBe(expected));

  it('has bounds for every law', () => expect(Object.keys(BEWAARTERMIJN_GRENZEN).sort()).toEqual(['JEUGDWET', 'PARTICIPATIEWET', 'WMO']));
});
