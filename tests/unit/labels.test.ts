import { describe, expect, it } from 'vitest';
import { PRISMA_ENUMS } from '@/lib/domain/enums';
import {
  EENHEID_LABELS,
  EENHEID_VALUES,
  ENUM_LABELS,
  FREQUENTIE_LABELS,
  FREQUENTIE_VALUES,
  isEenheid,
  isFrequentie,
  isRedenWijziging,
  REDEN_WIJZIGING_LABELS,
  REDEN_WIJZIGING_VALUES,
  ROL_LABELS,
  WET_LABELS,
} from '@/lib/domain/labels';

const enumNames = Object.keys(PRISMA_ENUMS) as (keyof typeof PRISMA_ENUMS)[];

describe('enum labels', () => {
  it('has a label map for every Prisma enum', () => {
    expect(Object.keys(ENUM_LABELS).sort()).toEqual([...enumNames].sort());
    expect(enumNames.length).toBeGreaterThanOrEqual(46);
  });

  it.each(enumNames)('%s: a label for every value, and nothing else', (name) => {
    const labels = ENUM_LABELS[name] as Record<string, string>;
    expect(Object.keys(labels).sort()).toEqual([...PRISMA_ENUMS[name]].sort());
  });

  it.each(enumNames)('%s: labels are filled in, trimmed and distinct', (name) => {
    const labels = Object.values(ENUM_LABELS[name] as Record<string, string>);
    for (const label of labels) {
      expect(label.trim()).toBe(label);
      expect(label.length).toBeGreaterThan(0);
    }
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('names the laws as they are cited', () => {
    expect(WET_LABELS).toEqual({ WMO: 'Wmo 2015', JEUGDWET: 'Jeugdwet', PARTICIPATIEWET: 'Participatiewet' });
  });

  it('names the roles as the teams do', () => {
    expect(ROL_LABELS).toEqual({
      FRONTOFFICE: 'Medewerker toegang',
      WIJKCOACH: 'Wijkcoach',
      TEAMLEAD: 'Teamleider',
      GEDRAGSWETENSCHAPPER: 'Gedragswetenschapper',
      BACKOFFICE: 'Backoffice',
      BEHEERDER: 'Beheerder',
      BELEID: 'Beleid en management',
      PRIVACY: 'Privacyfunctionaris',
    });
  });
});

describe('iWmo/iJw 3.2 code lists', () => {
  it.each([
    ['Eenheid', EENHEID_LABELS, EENHEID_VALUES, 7],
    ['Frequentie', FREQUENTIE_LABELS, FREQUENTIE_VALUES, 4],
    ['RedenWijziging', REDEN_WIJZIGING_LABELS, REDEN_WIJZIGING_VALUES, 7],
  ] as const)('%s has a label for every code', (_, labels, values, count) => {
    expect(values).toHaveLength(count);
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const code of values) expect(code).toMatch(/^\d{1,2}$/);
  });

  it.each([
    ['01', 'Minuut'],
    ['04', 'Uur'],
    ['14', 'Etmaal'],
    ['16', 'Dagdeel (4 uur)'],
    ['82', 'Stuks (output)'],
    ['83', "Euro's"],
    ['84', 'Stuks (inspanning)'],
  ] as const)('eenheid %s is "%s"', (code, label) => {
    expect(EENHEID_LABELS[code]).toBe(label);
  });

  it.each([
    ['1', 'Per dag'],
    ['2', 'Per week'],
    ['4', 'Per maand'],
    ['6', 'Totaal binnen geldigheidsduur'],
  ] as const)('frequentie %s is "%s"', (code, label) => {
    expect(FREQUENTIE_LABELS[code]).toBe(label);
  });

  it.each([
    ['02', 'Overleden'],
    ['04', 'Verlenging'],
    ['05', 'Verkorting'],
    ['07', 'Verhuizing'],
    ['09', 'Andere aanbieder'],
    ['13', 'Verwijderd'],
    ['14', 'Administratieve correctie'],
  ] as const)('reden wijziging %s is "%s"', (code, label) => {
    expect(REDEN_WIJZIGING_LABELS[code]).toBe(label);
  });

  it.each([
    ['isEenheid', isEenheid, '04', true],
    ['isEenheid', isEenheid, '4', false],
    ['isEenheid', isEenheid, '05', false],
    ['isFrequentie', isFrequentie, '6', true],
    ['isFrequentie', isFrequentie, '3', false],
    ['isRedenWijziging', isRedenWijziging, '14', true],
    ['isRedenWijziging', isRedenWijziging, '01', false],
  ] as const)('%s(%s) is %s', (_, check, code, expected) => {
    expect(check(code)).toBe(expected);
  });
});
