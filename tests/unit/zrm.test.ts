import { describe, expect, it } from 'vitest';
import { ZRM_DOMEIN_VALUES, type ZrmDomein } from '@/lib/domain/enums';
import {
  DEFAULT_LEEFGEBIEDEN,
  isValidZrmScore,
  ZRM_DOMEIN_LABELS,
  ZRM_SCORE_LABELS,
  ZRM_SCORES,
  zrmChange,
  type ZrmMeting,
} from '@/lib/domain/zrm';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const meting = (domein: ZrmDomein, score: number, datum: string): ZrmMeting => ({ domein, score, datum: day(datum) });

describe('ZRM 2017 domains', () => {
  it('has a Dutch label for each of the 13 domains', () => {
    expect(ZRM_DOMEIN_VALUES).toHaveLength(13);
    expect(Object.keys(ZRM_DOMEIN_LABELS).sort()).toEqual([...ZRM_DOMEIN_VALUES].sort());
  });

  it.each<[ZrmDomein, string]>([
    ['FINANCIEN', 'Financiën'],
    ['WERK_OPLEIDING', 'Werk en opleiding'],
    ['BASALE_ADL', 'Basale ADL'],
    ['MAATSCHAPPELIJKE_PARTICIPATIE', 'Maatschappelijke participatie'],
  ])('%s is "%s"', (domein, label) => {
    expect(ZRM_DOMEIN_LABELS[domein]).toBe(label);
  });
});

describe('ZRM scores', () => {
  it.each([
    [1, 'Acute problematiek'],
    [2, 'Niet zelfredzaam'],
    [3, 'Beperkt zelfredzaam'],
    [4, 'Voldoende zelfredzaam'],
    [5, 'Volledig zelfredzaam'],
  ] as const)('%i is "%s"', (score, label) => {
    expect(ZRM_SCORE_LABELS[score]).toBe(label);
  });

  it('has exactly five scores', () => {
    expect(ZRM_SCORES).toEqual([1, 2, 3, 4, 5]);
    expect(Object.keys(ZRM_SCORE_LABELS)).toHaveLength(5);
  });

  it.each([
    [1, true],
    [3, true],
    [5, true],
    [0, false],
    [6, false],
    [2.5, false],
    [-1, false],
    [Number.NaN, false],
    ['3', false],
    [null, false],
    [undefined, false],
  ])('isValidZrmScore(%s) is %s', (value, valid) => {
    expect(isValidZrmScore(value)).toBe(valid);
  });
});

describe('DEFAULT_LEEFGEBIEDEN', () => {
  it('has every ZRM domain once, plus opvoeding en ontwikkeling', () => {
    expect(DEFAULT_LEEFGEBIEDEN).toHaveLength(14);
    const domeinen = DEFAULT_LEEFGEBIEDEN.map((l) => l.zrmDomein).filter((d) => d !== null);
    expect([...domeinen].sort()).toEqual([...ZRM_DOMEIN_VALUES].sort());
    expect(DEFAULT_LEEFGEBIEDEN.filter((l) => l.zrmDomein === null)).toEqual([
      { code: 'OPVOEDING_ONTWIKKELING', naam: 'Opvoeding en ontwikkeling', zrmDomein: null, volgorde: 60 },
    ]);
  });

  it('names ZRM leefgebieden after their domain', () => {
    for (const leefgebied of DEFAULT_LEEFGEBIEDEN) {
      if (leefgebied.zrmDomein) expect(leefgebied.naam).toBe(ZRM_DOMEIN_LABELS[leefgebied.zrmDomein]);
    }
  });

  it('has unique codes and a rising volgorde with room to insert', () => {
    expect(new Set(DEFAULT_LEEFGEBIEDEN.map((l) => l.code)).size).toBe(14);
    DEFAULT_LEEFGEBIEDEN.forEach((l, index) => expect(l.volgorde).toBe((index + 1) * 10));
  });

  it('starts with financiën', () => {
    expect(DEFAULT_LEEFGEBIEDEN[0]).toEqual({ code: 'FINANCIEN', naam: 'Financiën', zrmDomein: 'FINANCIEN', volgorde: 10 });
  });
});

describe('zrmChange', () => {
  it('returns nothing for no scores', () => {
    expect(zrmChange([])).toEqual([]);
  });

  it('compares the first and the latest score per domain, whatever the input order', () => {
    const history = [
      meting('FINANCIEN', 3, '2026-06-01'),
      meting('FINANCIEN', 1, '2026-01-10'),
      meting('FINANCIEN', 2, '2026-03-01'),
      meting('HUISVESTING', 4, '2026-01-10'),
      meting('HUISVESTING', 2, '2026-05-01'),
    ];
    expect(zrmChange(history)).toEqual([
      { domein: 'FINANCIEN', first: 1, latest: 3, change: 2, firstOn: day('2026-01-10'), latestOn: day('2026-06-01'), metingen: 3 },
      { domein: 'HUISVESTING', first: 4, latest: 2, change: -2, firstOn: day('2026-01-10'), latestOn: day('2026-05-01'), metingen: 2 },
    ]);
  });

  it('gives no change for a single score', () => {
    expect(zrmChange([meting('JUSTITIE', 4, '2026-02-02')])).toEqual([
      { domein: 'JUSTITIE', first: 4, latest: 4, change: 0, firstOn: day('2026-02-02'), latestOn: day('2026-02-02'), metingen: 1 },
    ]);
  });

  it('follows the ZRM domain order', () => {
    const history = [meting('JUSTITIE', 3, '2026-01-01'), meting('FINANCIEN', 3, '2026-01-01'), meting('HUISVESTING', 3, '2026-01-01')];
    expect(zrmChange(history).map((c) => c.domein)).toEqual(['FINANCIEN', 'HUISVESTING', 'JUSTITIE']);
  });

  it('takes the later entry in the list as latest on the same date', () => {
    const [change] = zrmChange([meting('SOCIAAL_NETWERK', 2, '2026-04-01'), meting('SOCIAAL_NETWERK', 3, '2026-04-01')]);
    expect([change.first, change.latest]).toEqual([2, 3]);
  });

  it.each([0, 6, 2.5])('refuses a score of %s', (score) => {
    expect(() => zrmChange([meting('FINANCIEN', score, '2026-01-01')])).toThrow(RangeError);
  });
});
