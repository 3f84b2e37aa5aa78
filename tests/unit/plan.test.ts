import { describe, expect, it } from 'vitest';
import { isInRoute } from '@/lib/domain/casus-transitions';
import { EVALUATIE_BESLUIT_VALUES, PLAN_STATUS_VALUES, type PlanStatus } from '@/lib/domain/enums';
import type { MandaatFeit } from '@/lib/domain/mandaat';
import {
  akkoordDatumProblem,
  conflictMelding,
  BESLUIT_GEVOLG,
  doelenZonderResultaat,
  isBevroren,
  isBewerkbaar,
  isPlanStap,
  kanNieuweVersie,
  maatwerkProblem,
  PLAN_REASONS,
  PLAN_TRANSITIONS,
  planMandaatProblem,
  planRefusalReasons,
  standaardWaakvlam,
  teAanvragen,
  WAAKVLAM_REASONS,
  waakvlamProblem,
  type MaatwerkFeit,
  type PlanFacts,
} from '@/lib/domain/plan';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = day('2026-11-22');

const wmoMandaat: MandaatFeit = { soort: 'PLAN_VASTSTELLEN', wet: 'WMO', productId: null, vanaf: day('2026-01-01'), tot: null };
const jeugdMandaat: MandaatFeit = { ...wmoMandaat, wet: 'JEUGDWET' };

const maatwerk = (overrides: Partial<MaatwerkFeit> = {}): MaatwerkFeit => ({
  omschrijving: 'Dagbesteding drie dagdelen',
  productId: 'p-dagbesteding',
  productNaam: 'Dagbesteding',
  wet: 'WMO',
  persoonId: 'persoon-1',
  leveringsvorm: 'ZIN',
  productActief: { van: day('2026-01-01'), tot: null },
  productLeveringsvormen: ['ZIN', 'PGB'],
  ...overrides,
});

// Facts under which every guard passes.
const ready: Omit<PlanFacts, 'status'> = {
  aantalDoelen: 2,
  evaluatieDatum: day('2027-02-22'),
  monitorDoorId: 'coach',
  akkoordInwonerOp: day('2026-11-20'),
  akkoordWijze: 'MONDELING',
  maatwerk: [maatwerk()],
  mandaten: [wmoMandaat],
  today: TODAY,
};
const facts = (status: PlanStatus, overrides: Partial<PlanFacts> = {}): PlanFacts => ({ ...ready, status, ...overrides });

const STAPPEN: [PlanStatus, PlanStatus][] = [
  ['CONCEPT', 'TER_AKKOORD'],
  ['TER_AKKOORD', 'CONCEPT'],
  ['TER_AKKOORD', 'VASTGESTELD'],
  ['VASTGESTELD', 'IN_UITVOERING'],
  ['VASTGESTELD', 'GEEVALUEERD'],
  ['VASTGESTELD', 'VERVANGEN'],
  ['IN_UITVOERING', 'GEEVALUEERD'],
  ['IN_UITVOERING', 'VERVANGEN'],
  ['GEEVALUEERD', 'VERVANGEN'],
];

describe('the plan lifecycle table', () => {
  const tablePairs = (Object.entries(PLAN_TRANSITIONS) as [PlanStatus, Record<string, unknown>][]).flatMap(([from, tos]) =>
    Object.keys(tos).map((to) => `${from}>${to}`),
  );

  it('holds exactly the 9 steps of the lifecycle, with a row for every status', () => {
    expect(tablePairs).toHaveLength(9);
    expect(tablePairs.sort()).toEqual(STAPPEN.map((p) => p.join('>')).sort());
    expect(Object.keys(PLAN_TRANSITIONS).sort()).toEqual([...PLAN_STATUS_VALUES].sort());
  });

  it.each(STAPPEN)('allows %s -> %s when every guard holds', (from, to) => {
    expect(planRefusalReasons(facts(from), to)).toEqual([]);
  });

  it('refuses every pair that is not in the table, with a Dutch reason', () => {
    const pairs = PLAN_STATUS_VALUES.flatMap((from) => PLAN_STATUS_VALUES.map((to) => [from, to] as const)).filter(([f, t]) => !isPlanStap(f, t));
    expect(pairs).toHaveLength(PLAN_STATUS_VALUES.length ** 2 - STAPPEN.length);
    for (const [from, to] of pairs) expect(planRefusalReasons(facts(from), to)[0]).toMatch(/kan niet naar/);
  });

  it('never lets a vastgesteld version go back to concept or ter akkoord', () => {
    for (const from of PLAN_STATUS_VALUES.filter(isBevroren)) {
      expect(isPlanStap(from, 'CONCEPT')).toBe(false);
      expect(isPlanStap(from, 'TER_AKKOORD')).toBe(false);
    }
  });
});

describe('guards', () => {
  it.each<[string, PlanStatus, PlanStatus, Partial<PlanFacts>, string[]]>([
    ['no goal', 'CONCEPT', 'TER_AKKOORD', { aantalDoelen: 0 }, [PLAN_REASONS.geenDoel]],
    ['no monitor', 'CONCEPT', 'TER_AKKOORD', { monitorDoorId: null }, [PLAN_REASONS.geenMonitor]],
    ['no evaluation date', 'CONCEPT', 'TER_AKKOORD', { evaluatieDatum: null }, [PLAN_REASONS.geenEvaluatieDatum]],
    ['evaluation date in the past', 'CONCEPT', 'TER_AKKOORD', { evaluatieDatum: day('2026-11-21') }, [PLAN_REASONS.evaluatieDatumVoorbij]],
    ['evaluation today is fine', 'CONCEPT', 'TER_AKKOORD', { evaluatieDatum: TODAY }, []],
    ['no akkoord', 'TER_AKKOORD', 'VASTGESTELD', { akkoordInwonerOp: null }, [PLAN_REASONS.geenAkkoord]],
    ['akkoord without wijze', 'TER_AKKOORD', 'VASTGESTELD', { akkoordWijze: null }, [PLAN_REASONS.geenAkkoord]],
    ['no mandate at all', 'TER_AKKOORD', 'VASTGESTELD', { mandaten: [] }, ['Je hebt geen mandaat om een plan met maatwerk onder de Wmo 2015 vast te stellen. Vraag een collega met mandaat.']],
    ['the concept needs no akkoord or mandate to go to the household', 'CONCEPT', 'TER_AKKOORD', { akkoordInwonerOp: null, mandaten: [] }, []],
    ['going back to concept needs nothing', 'TER_AKKOORD', 'CONCEPT', { aantalDoelen: 0, akkoordInwonerOp: null }, []],
  ])('%s', (_, from, to, overrides, reasons) => {
    expect(planRefusalReasons(facts(from, overrides), to)).toEqual(reasons);
  });

  it('gives every reason at once', () => {
    expect(planRefusalReasons(facts('TER_AKKOORD', { aantalDoelen: 0, akkoordInwonerOp: null, monitorDoorId: null }), 'VASTGESTELD')).toEqual([
      PLAN_REASONS.geenAkkoord, PLAN_REASONS.geenDoel, PLAN_REASONS.geenMonitor,
    ]);
  });
});

describe('maatwerk items', () => {
  it.each<[string, Partial<MaatwerkFeit>, RegExp | null]>([
    ['complete', {}, null],
    ['without product', { productId: null, wet: null }, /kies een product uit de productcatalogus/],
    ['without person', { persoonId: null }, /kies voor wie de voorziening is/],
    ['without leveringsvorm', { leveringsvorm: null }, /kies zorg in natura of pgb/],
    ['product ended', { productActief: { van: day('2025-01-01'), tot: day('2026-11-21') } }, /niet meer in de catalogus/],
    ['product ends today is still fine', { productActief: { van: day('2025-01-01'), tot: TODAY } }, null],
    ['pgb not allowed', { leveringsvorm: 'PGB', productLeveringsvormen: ['ZIN'] }, /leveringsvorm is voor dit product niet mogelijk/],
  ])('%s', (_, overrides, reason) => {
    const problem = maatwerkProblem(maatwerk(overrides), TODAY);
    if (reason) expect(problem).toMatch(reason);
    else expect(problem).toBeNull();
  });

  it('blocks ter akkoord and vaststellen', () => {
    const f = facts('CONCEPT', { maatwerk: [maatwerk(), maatwerk({ persoonId: null })] });
    expect(planRefusalReasons(f, 'TER_AKKOORD')).toEqual(['Maatwerk "Dagbesteding drie dagdelen": kies voor wie de voorziening is.']);
  });
});

describe('planMandaatProblem (DOMAIN.md §3 rule 7)', () => {
  const productMandaat: MandaatFeit = { soort: 'PLAN_VASTSTELLEN', wet: 'WMO', productId: 'p-dagbesteding', vanaf: day('2026-01-01'), tot: null };
  it.each<[string, MandaatFeit[], Pick<MaatwerkFeit, 'wet' | 'productId'>[], string | null]>([
    ['wmo mandate covers wmo maatwerk', [wmoMandaat], [{ wet: 'WMO', productId: 'x' }], null],
    ['wmo mandate does not cover jeugd maatwerk', [wmoMandaat], [{ wet: 'JEUGDWET', productId: 'x' }], 'Je hebt geen mandaat om een plan met maatwerk onder de Jeugdwet vast te stellen. Vraag een collega met mandaat.'],
    ['both laws need both mandates', [wmoMandaat, jeugdMandaat], [{ wet: 'WMO', productId: 'x' }, { wet: 'JEUGDWET', productId: 'y' }], null],
    ['names every law that is missing', [], [{ wet: 'WMO', productId: 'x' }, { wet: 'JEUGDWET', productId: 'y' }], 'Je hebt geen mandaat om een plan met maatwerk onder de Wmo 2015 en de Jeugdwet vast te stellen. Vraag een collega met mandaat.'],
    ['a product mandate covers that product', [productMandaat], [{ wet: 'WMO', productId: 'p-dagbesteding' }], null],
    ['a product mandate does not cover another product', [productMandaat], [{ wet: 'WMO', productId: 'p-hulp' }], expect.stringContaining('Wmo 2015') as unknown as string],
    ['a mandate for every law (wet null) covers all', [{ ...wmoMandaat, wet: null }], [{ wet: 'JEUGDWET', productId: 'x' }], null],
    ['an ended mandate covers nothing', [{ ...wmoMandaat, tot: day('2026-11-21') }], [{ wet: 'WMO', productId: 'x' }], expect.stringContaining('geen mandaat') as unknown as string],
    ['a mandate that starts tomorrow covers nothing yet', [{ ...wmoMandaat, vanaf: day('2026-11-23') }], [], PLAN_REASONS.geenMandaat],
    ['a beschikking mandate is not a plan mandate', [{ ...wmoMandaat, soort: 'BESCHIKKING_VASTSTELLEN' }], [], PLAN_REASONS.geenMandaat],
    ['a plan without maatwerk needs some plan mandate', [jeugdMandaat], [], null],
  ])('%s', (_, mandaten, items, expected) => {
    expect(planMandaatProblem(mandaten, items, TODAY)).toEqual(expected);
  });
});

describe('status helpers', () => {
  it.each(PLAN_STATUS_VALUES.map((s) => [s]))('%s', (status) => {
    expect(isBewerkbaar(status)).toBe(status === 'CONCEPT');
    expect(isBevroren(status)).toBe(['VASTGESTELD', 'IN_UITVOERING', 'GEEVALUEERD', 'VERVANGEN'].includes(status));
    expect(kanNieuweVersie(status)).toBe(['VASTGESTELD', 'IN_UITVOERING', 'GEEVALUEERD'].includes(status));
  });
});

describe('teAanvragen', () => {
  const item = (persoonId: string, productId: string, leveringsvorm: 'ZIN' | 'PGB' = 'ZIN') => ({ persoonId, productId, leveringsvorm });
  it('requests every new item once', () => {
    expect(teAanvragen([item('a', 'p'), item('b', 'p'), item('a', 'p')], [])).toEqual([item('a', 'p'), item('b', 'p')]);
  });
  it('skips items with a running aanvraag for the same person, product and leveringsvorm', () => {
    const bestaand = [{ ...item('a', 'p'), lopend: true }, { ...item('b', 'p'), lopend: false }];
    expect(teAanvragen([item('a', 'p'), item('b', 'p'), item('a', 'p', 'PGB')], bestaand)).toEqual([item('b', 'p'), item('a', 'p', 'PGB')]);
  });
});

describe('evaluation', () => {
  it('has a consequence for every decision that the casus route allows from EVALUATIE', () => {
    expect(Object.keys(BESLUIT_GEVOLG).sort()).toEqual([...EVALUATIE_BESLUIT_VALUES].sort());
    for (const besluit of EVALUATIE_BESLUIT_VALUES) {
      const gevolg = BESLUIT_GEVOLG[besluit];
      expect(isInRoute('EVALUATIE', gevolg.casusNaar)).toBe(true);
      // The evaluated version moves along the plan table (or stays in uitvoering).
      expect(gevolg.planStatus === 'IN_UITVOERING' || isPlanStap('IN_UITVOERING', gevolg.planStatus)).toBe(true);
    }
    expect(BESLUIT_GEVOLG.BIJSTELLEN.nieuweVersie).toBe(true);
    expect(EVALUATIE_BESLUIT_VALUES.filter((b) => BESLUIT_GEVOLG[b].nieuweVersie)).toEqual(['BIJSTELLEN']);
  });

  it('asks a result for every goal', () => {
    expect(doelenZonderResultaat(['d1', 'd2', 'd3'], { d1: 'BEHAALD', d3: 'NIET' })).toEqual(['d2']);
    expect(doelenZonderResultaat(['d1'], { d1: 'DEELS' })).toEqual([]);
  });

  it('puts the waakvlam the gemeente default ahead and refuses a date that is not in the future', () => {
    expect(standaardWaakvlam(TODAY, 90)).toEqual(day('2027-02-20'));
    expect(waakvlamProblem(TODAY, TODAY)).toBe(WAAKVLAM_REASONS.verleden);
    expect(waakvlamProblem(day('2026-11-23'), TODAY)).toBeNull();
    expect(waakvlamProblem(day('2028-11-23'), TODAY)).toBe(WAAKVLAM_REASONS.teVer);
  });

  it('refuses an akkoord dated in the future', () => {
    expect(akkoordDatumProblem(TODAY, TODAY)).toBeNull();
    expect(akkoordDatumProblem(day('2026-11-23'), TODAY)).toMatch(/toekomst/);
  });
});

describe('conflictMelding', () => {
  const nu = new Date('2026-11-22T15:00:00Z');
  it('says who changed what and when, and that nothing was saved', () => {
    expect(
      conflictMelding(
        [{ door: 'Sanne de Vries', op: new Date('2026-11-22T13:32:00Z'), actie: 'PLAN_CONCEPT_OPGESLAGEN', onderdelen: ['Doelen', 'Acties'] }],
        ['Doelen: 1 gewijzigd'],
        nu,
      ),
    ).toEqual([
      'Iemand anders heeft dit plan gewijzigd sinds je het opende. Je wijzigingen zijn niet opgeslagen; ze staan nog in het formulier.',
      'Sanne de Vries sloeg het concept op om 14:32 (Doelen, Acties).',
      'Verschil tussen jouw invoer en wat nu is opgeslagen: Doelen: 1 gewijzigd.',
      'Open het plan opnieuw om de nieuwe inhoud te zien en breng je wijzigingen daarin aan.',
    ]);
  });

  it('names the day when the change was not today, and other steps by their own words', () => {
    const regels = conflictMelding([{ door: 'Ali', op: new Date('2026-11-20T08:05:00Z'), actie: 'PLAN_TER_AKKOORD', onderdelen: [] }], [], nu);
    expect(regels[1]).toBe('Ali legde het plan voor aan het huishouden op 20 november om 09:05.');
    expect(regels).toHaveLength(3);
  });
});
