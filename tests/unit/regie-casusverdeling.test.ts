import { describe, expect, it } from 'vitest';
import {
  adviesProcesregie,
  belastingPerFte,
  heeftGeldigMandaat,
  isAfwezig,
  isMandaatGeldig,
  kandidatenVoor,
  paginering,
  wachttijdDagen,
  type TeamlidFacts,
} from '@/lib/domain/casusverdeling';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = d('2026-11-22');

describe('mandates', () => {
  it.each([
    [{ soort: 'PROCESREGIE' as const, vanaf: d('2026-01-01'), tot: null }, true],
    [{ soort: 'PROCESREGIE' as const, vanaf: d('2026-11-22'), tot: d('2026-11-22') }, true],
    [{ soort: 'PROCESREGIE' as const, vanaf: d('2026-11-23'), tot: null }, false],
    [{ soort: 'PROCESREGIE' as const, vanaf: d('2025-01-01'), tot: d('2026-11-21') }, false],
    [{ soort: 'DOORZETTINGSMACHT' as const, vanaf: d('2025-01-01'), tot: null }, false],
  ])('%j valid for procesregie today: %s', (mandaat, expected) => {
    expect(isMandaatGeldig(mandaat, 'PROCESREGIE', today)).toBe(expected);
  });

  it('heeftGeldigMandaat looks at every mandate', () => {
    expect(heeftGeldigMandaat([{ soort: 'PLAN_VASTSTELLEN', vanaf: d('2020-01-01'), tot: null }, { soort: 'DOORZETTINGSMACHT', vanaf: d('2020-01-01'), tot: null }], 'DOORZETTINGSMACHT', today)).toBe(true);
    expect(heeftGeldigMandaat([], 'DOORZETTINGSMACHT', today)).toBe(false);
  });
});

describe('age, availability and load', () => {
  it('counts waiting days from the melding, never negative', () => {
    expect(wachttijdDagen(new Date('2026-11-01T09:00:00Z'), today)).toBe(21);
    expect(wachttijdDagen(new Date('2026-11-23T09:00:00Z'), today)).toBe(0);
  });

  it('is away up to and including afwezigTot', () => {
    expect(isAfwezig(d('2026-11-22'), today)).toBe(true);
    expect(isAfwezig(d('2026-11-21'), today)).toBe(false);
    expect(isAfwezig(null, today)).toBe(false);
  });

  it('scales the weighted caseload to a full-time equivalent', () => {
    expect(belastingPerFte(10, 50)).toBe(20);
    expect(belastingPerFte(7.5, 100)).toBe(7.5);
    expect(belastingPerFte(3, 0)).toBeNull();
  });
});

describe('kandidatenVoor', () => {
  const lid = (id: string, extra: Partial<TeamlidFacts> = {}): TeamlidFacts => ({
    id, naam: id, beschikbaarheid: 100, afwezigTot: null, focuswijkIds: [], mandaten: [], caseload: { count: 0, weighted: 0 }, ...extra,
  });
  const leden = [
    lid('zwaar', { caseload: { count: 20, weighted: 25 }, focuswijkIds: ['w1'] }),
    lid('licht', { caseload: { count: 2, weighted: 2 } }),
    lid('focus', { caseload: { count: 10, weighted: 10 }, focuswijkIds: ['w1'] }),
    lid('weg', { afwezigTot: d('2026-12-01'), focuswijkIds: ['w1'] }),
    lid('proces', { caseload: { count: 12, weighted: 15 }, mandaten: [{ soort: 'PROCESREGIE', vanaf: d('2020-01-01'), tot: null }] }),
  ];

  it('puts present members with the focuswijk first, then the lowest load, and the absent last', () => {
    const order = kandidatenVoor(leden, { wijkId: 'w1', vorm: 'CASUSREGIE' }, today).map((k) => k.id);
    expect(order).toEqual(['focus', 'zwaar', 'licht', 'proces', 'weg']);
  });

  it('marks members without the procesregie mandate as not eligible for procesregie', () => {
    const kandidaten = kandidatenVoor(leden, { wijkId: 'w1', vorm: 'PROCESREGIE' }, today);
    expect(kandidaten[0]).toMatchObject({ id: 'proces', geschikt: true });
    expect(kandidaten.filter((k) => k.geschikt)).toHaveLength(1);
    expect(kandidaten.find((k) => k.id === 'licht')?.opmerkingen).toContain('Geen mandaat procesregie');
  });
});

describe('paginering', () => {
  it.each([
    [0, 1, { pagina: 1, paginas: 1, skip: 0 }],
    [45, 2, { pagina: 2, paginas: 5, skip: 10 }],
    [45, 9, { pagina: 5, paginas: 5, skip: 40 }],
    [45, 0, { pagina: 1, paginas: 5, skip: 0 }],
    [45, Number.NaN, { pagina: 1, paginas: 5, skip: 0 }],
  ])('total %i, asked page %s', (totaal, gevraagd, expected) => {
    expect(paginering(totaal, gevraagd)).toMatchObject({ ...expected, take: 10, totaal });
  });
});

describe('adviesProcesregie', () => {
  it.each([
    ['HOOG' as const, 3, true],
    ['HOOG' as const, 2, false],
    ['MIDDEN' as const, 5, false],
  ])('%s with %i leefgebieden: %s', (complexiteit, n, expected) => {
    expect(adviesProcesregie(complexiteit, n)).toBe(expected);
  });
});
