import { describe, expect, it } from 'vitest';
import { heeftMandaat, mandaatProductProblem, mandaatRolProblem, type MandaatFeit } from '@/lib/domain/mandaat';
import { MANDAAT_SOORT_VALUES } from '@/lib/domain/enums';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

const mandaten: MandaatFeit[] = [
  { soort: 'PLAN_VASTSTELLEN', wet: 'WMO', productId: null, vanaf: d('2026-01-01'), tot: null },
  { soort: 'BESCHIKKING_VASTSTELLEN', wet: 'JEUGDWET', productId: 'p45', vanaf: d('2026-01-01'), tot: d('2026-06-30') },
  { soort: 'DOORZETTINGSMACHT', wet: null, productId: null, vanaf: d('2026-03-01'), tot: null },
];

describe('heeftMandaat', () => {
  it.each([
    ['PLAN_VASTSTELLEN', 'WMO', null, '2026-02-01', true],
    ['PLAN_VASTSTELLEN', 'JEUGDWET', null, '2026-02-01', false],
    ['PLAN_VASTSTELLEN', 'WMO', 'any-product', '2026-02-01', true],
    ['PLAN_VASTSTELLEN', 'WMO', null, '2025-12-31', false],
    ['BESCHIKKING_VASTSTELLEN', 'JEUGDWET', 'p45', '2026-06-30', true],
    ['BESCHIKKING_VASTSTELLEN', 'JEUGDWET', 'p45', '2026-07-01', false],
    ['BESCHIKKING_VASTSTELLEN', 'JEUGDWET', 'p41', '2026-02-01', false],
    ['BESCHIKKING_VASTSTELLEN', 'JEUGDWET', null, '2026-02-01', false],
    ['DOORZETTINGSMACHT', 'PARTICIPATIEWET', null, '2026-03-01', true],
    ['DOORZETTINGSMACHT', 'WMO', null, '2026-02-28', false],
    ['PROCESREGIE', 'WMO', null, '2026-04-01', false],
  ] as const)('%s %s product %s on %s: %s', (soort, wet, productId, op, expected) => {
    expect(heeftMandaat(mandaten, { soort, wet, productId, op: d(op) })).toBe(expected);
  });
});

describe('mandaatRolProblem', () => {
  const cases = [
    ['PLAN_VASTSTELLEN', ['WIJKCOACH'], null],
    ['PLAN_VASTSTELLEN', ['TEAMLEAD'], null],
    ['PLAN_VASTSTELLEN', ['BACKOFFICE'], 'Dit mandaat past alleen bij de rol wijkcoach of teamleider. Geef de medewerker eerst die rol.'],
    ['BESCHIKKING_VASTSTELLEN', ['BACKOFFICE'], null],
    ['BESCHIKKING_VASTSTELLEN', ['WIJKCOACH', 'TEAMLEAD'], 'Dit mandaat past alleen bij de rol backoffice. Geef de medewerker eerst die rol.'],
    ['PROCESREGIE', ['WIJKCOACH'], null],
    ['PROCESREGIE', ['FRONTOFFICE'], 'Dit mandaat past alleen bij de rol wijkcoach of teamleider. Geef de medewerker eerst die rol.'],
    ['DOORZETTINGSMACHT', ['TEAMLEAD'], null],
    ['DOORZETTINGSMACHT', ['BEHEERDER'], 'Dit mandaat past alleen bij de rol wijkcoach of teamleider. Geef de medewerker eerst die rol.'],
  ] as const;
  it.each(cases)('%s for %j', (soort, rollen, expected) => expect(mandaatRolProblem(soort, rollen)).toBe(expected));

  it('covers every soort', () => expect(new Set(cases.map((c) => c[0]))).toEqual(new Set(MANDAAT_SOORT_VALUES)));
});

describe('mandaatProductProblem', () => {
  it('refuses a product of another law, allows every law or the same law', () => {
    expect(mandaatProductProblem('WMO', 'JEUGDWET')).toBe('Dit product hoort bij een andere wet dan het gekozen mandaat.');
    expect(mandaatProductProblem('WMO', 'WMO')).toBeNull();
    expect(mandaatProductProblem(null, 'JEUGDWET')).toBeNull();
  });
});
