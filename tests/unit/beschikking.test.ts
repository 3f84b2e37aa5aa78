import { describe, expect, it } from 'vitest';
import { GEEN_BESLUITDAGEN } from '@/lib/domain/termijnwet';
import {
  BESCHIKKING_TRANSITIONS,
  beschikkingInhoudProblemen,
  beschikkingRefusalReasons,
  INHOUD_FOUTEN,
  intrekkenProblem,
  looptijd,
  mandaatProblem,
  omvangTekst,
  PRODUCT_FOUTEN,
  productRegelProblemen,
  REDENEN,
  uiterlijkeReactiedatum,
  wijzigenProblem,
  type BeschikkingFeiten,
  type ProductRegel,
} from '@/lib/domain/beschikking';
import { BESCHIKKING_STATUS_VALUES } from '@/lib/domain/enums';
import type { MandaatFeit } from '@/lib/domain/mandaat';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

const OPSTELLER = 'user-opsteller';
const COLLEGA = 'user-collega';

const feiten = (overrides: Partial<BeschikkingFeiten> = {}): BeschikkingFeiten => ({
  status: 'CONCEPT',
  opgesteldDoorId: OPSTELLER,
  actorId: COLLEGA,
  mandaatProbleem: null,
  inhoudProblemen: [],
  datum: d('2026-03-10'),
  verzenddatum: d('2026-03-11'),
  vervalreden: 'INGETROKKEN_OVERHEID',
  today: d('2026-03-12'),
  ...overrides,
});

describe('the beschikking lifecycle table', () => {
  it.each([
    ['CONCEPT', 'VASTGESTELD', {}, []],
    // Four eyes (DOMAIN.md §3 rule 7): the drafter cannot vaststellen.
    ['CONCEPT', 'VASTGESTELD', { actorId: OPSTELLER }, [REDENEN.vierOgen]],
    ['CONCEPT', 'VASTGESTELD', { mandaatProbleem: REDENEN.geenMandaat }, [REDENEN.geenMandaat]],
    ['CONCEPT', 'VASTGESTELD', { inhoudProblemen: [INHOUD_FOUTEN.motivering] }, [INHOUD_FOUTEN.motivering]],
    ['CONCEPT', 'VASTGESTELD', { actorId: OPSTELLER, mandaatProbleem: REDENEN.geenMandaat }, [REDENEN.vierOgen, REDENEN.geenMandaat]],
    ['VASTGESTELD', 'VERZONDEN', {}, []],
    ['VASTGESTELD', 'VERZONDEN', { verzenddatum: null }, [REDENEN.verzenddatumOntbreekt]],
    ['VASTGESTELD', 'VERZONDEN', { verzenddatum: d('2026-03-09') }, [REDENEN.verzenddatumVoorDatum]],
    ['VASTGESTELD', 'VERZONDEN', { verzenddatum: d('2026-03-13') }, [REDENEN.verzenddatumToekomst]],
    ['VASTGESTELD', 'VERZONDEN', { verzenddatum: d('2026-03-10') }, []],
    // The drafter may send it: four eyes is about vaststellen.
    ['VASTGESTELD', 'VERZONDEN', { actorId: OPSTELLER }, []],
    ['VASTGESTELD', 'VERVALLEN', {}, []],
    ['VERZONDEN', 'VERVALLEN', {}, []],
    ['VERZONDEN', 'VERVALLEN', { vervalreden: null }, [REDENEN.vervalredenOntbreekt]],
  ] as const)('%s → %s with %o', (van, naar, overrides, redenen) =>
    expect(beschikkingRefusalReasons(feiten({ status: van, ...overrides }), naar)).toEqual(redenen));

  it('refuses every step that is not in the table', () => {
    const toegestaan = new Set(Object.entries(BESCHIKKING_TRANSITIONS).flatMap(([van, naar]) => Object.keys(naar).map((n) => `${van}>${n}`)));
    expect(toegestaan.size).toBe(4);
    let geweigerd = 0;
    for (const van of BESCHIKKING_STATUS_VALUES) {
      for (const naar of BESCHIKKING_STATUS_VALUES) {
        if (toegestaan.has(`${van}>${naar}`)) continue;
        expect(beschikkingRefusalReasons(feiten({ status: van }), naar)).toEqual([REDENEN.kanNiet(van, naar)]);
        geweigerd++;
      }
    }
    expect(geweigerd).toBe(16 - 4);
  });
});

describe('mandaatProblem (DOMAIN.md §3 rule 7)', () => {
  const PRODUCT = { id: 'p-dagbesteding', naam: 'Dagbesteding' };
  const mandaat = (m: Partial<MandaatFeit>): MandaatFeit => ({ soort: 'BESCHIKKING_VASTSTELLEN', wet: 'WMO', productId: null, vanaf: d('2020-01-01'), tot: null, ...m });
  const op = d('2026-03-10');

  it.each([
    ['a mandate for the law', [mandaat({})], null],
    ['a mandate for every law', [mandaat({ wet: null })], null],
    ['a mandate for this product', [mandaat({ productId: PRODUCT.id })], null],
    ['no mandate at all', [], REDENEN.geenMandaat],
    ['a mandate for another law', [mandaat({ wet: 'JEUGDWET' })], REDENEN.geenMandaat],
    ['a plan mandate', [mandaat({ soort: 'PLAN_VASTSTELLEN' })], REDENEN.geenMandaat],
    ['a mandate for another product of the law', [mandaat({ productId: 'p-ander' })], REDENEN.geenMandaatProduct('Dagbesteding')],
    ['a mandate that has ended', [mandaat({ tot: d('2026-03-09') })], REDENEN.geenMandaatProduct('Dagbesteding')],
  ] as const)('%s', (_naam, mandaten, reden) => expect(mandaatProblem(mandaten, { wet: 'WMO', producten: [PRODUCT], op })).toBe(reden));

  it('checks the law alone for a besluit without products', () => {
    expect(mandaatProblem([mandaat({})], { wet: 'WMO', producten: [], op })).toBeNull();
    expect(mandaatProblem([mandaat({ productId: PRODUCT.id })], { wet: 'WMO', producten: [], op })).toBe(REDENEN.geenMandaat);
  });
});

describe('productRegelProblemen', () => {
  const DAGBESTEDING = { wet: 'WMO' as const, leveringsvormen: ['ZIN', 'PGB'] as const, actiefVan: d('2020-01-01'), actiefTot: null };
  const regel = (overrides: Partial<ProductRegel> = {}): ProductRegel => ({
    productId: 'p', leveringsvorm: 'ZIN', volume: 6, eenheid: '16', frequentie: '2', budgetCent: null,
    ingangsdatum: d('2026-03-16'), einddatum: d('2027-03-15'), aanbiederId: 'a', pgbMotivering: null, ...overrides,
  });

  it.each([
    ['6 dagdelen per week in natura', {}, {}],
    ['a budget instead of an omvang', { volume: null, eenheid: null, frequentie: null, budgetCent: 250_000 }, {}],
    ['no product', { productId: null }, { productId: PRODUCT_FOUTEN.product }],
    ['neither omvang nor budget', { volume: null, budgetCent: null }, { volume: PRODUCT_FOUTEN.omvang }],
    ['a volume without eenheid and frequentie', { eenheid: null, frequentie: '3' }, { eenheid: PRODUCT_FOUTEN.eenheid, frequentie: PRODUCT_FOUTEN.frequentie }],
    ['an einddatum before the ingangsdatum', { einddatum: d('2026-03-15') }, { einddatum: PRODUCT_FOUTEN.einddatum }],
    ['a total without einddatum', { frequentie: '6', einddatum: null }, { einddatum: PRODUCT_FOUTEN.totaalZonderEinddatum }],
    ['dagdelen per dag in natura (CS338)', { frequentie: '1' }, { frequentie: PRODUCT_FOUTEN.eenheidPerDag }],
    ['dagdelen per dag as a pgb (no toewijzing)', { frequentie: '1', leveringsvorm: 'PGB', aanbiederId: null, pgbMotivering: 'Zelf geregeld.' }, {}],
    ['uren per dag in natura', { eenheid: '04', frequentie: '1', einddatum: null }, {}],
    ['per week in natura without einddatum (CD076)', { einddatum: null }, { einddatum: PRODUCT_FOUTEN.perWeekZonderEinddatum }],
    ['a budget in natura without einddatum (CD075)', { volume: null, eenheid: null, frequentie: null, budgetCent: 250_000, einddatum: null }, { einddatum: PRODUCT_FOUTEN.budgetZonderEinddatum }],
    ['zorg in natura without aanbieder', { aanbiederId: null }, { aanbiederId: PRODUCT_FOUTEN.aanbieder }],
    ['a pgb without motivation', { leveringsvorm: 'PGB', aanbiederId: null, pgbMotivering: '  ' }, { pgbMotivering: PRODUCT_FOUTEN.pgbMotivering }],
    ['a pgb with motivation', { leveringsvorm: 'PGB', aanbiederId: null, pgbMotivering: 'De inwoner regelt de hulp zelf met een budgetplan.' }, {}],
    ['no leveringsvorm', { leveringsvorm: null }, { leveringsvorm: PRODUCT_FOUTEN.leveringsvorm }],
  ] as const)('%s', (_naam, overrides, fouten) =>
    expect(productRegelProblemen(regel(overrides as Partial<ProductRegel>), { wet: 'WMO', product: DAGBESTEDING })).toEqual(fouten));

  it('refuses a product of another law, a form the product does not allow and an inactive product', () => {
    expect(productRegelProblemen(regel(), { wet: 'JEUGDWET', product: DAGBESTEDING }).productId).toBe('Dit product hoort bij de Wmo 2015; deze beschikking bij de Jeugdwet.');
    expect(productRegelProblemen(regel({ leveringsvorm: 'PGB', pgbMotivering: 'x' }), { wet: 'WMO', product: { ...DAGBESTEDING, leveringsvormen: ['ZIN'] } }).leveringsvorm).toMatch(/persoonsgebonden budget/);
    expect(productRegelProblemen(regel(), { wet: 'WMO', product: { ...DAGBESTEDING, actiefTot: d('2025-12-31') } }).productId).toBe(PRODUCT_FOUTEN.nietActief);
  });
});

describe('beschikkingInhoudProblemen', () => {
  const product = { productId: 'p', leveringsvorm: 'ZIN' as const, volume: 6, eenheid: '16', frequentie: '2', budgetCent: null, ingangsdatum: d('2026-03-16'), einddatum: d('2027-03-15'), aanbiederId: 'a', pgbMotivering: null };
  const inhoud = { besluit: 'TOEKENNING' as const, wettelijkeGrondslag: 'Wmo 2015', motivering: 'Omdat.', vorigBesluitId: null, producten: [product] };

  it('accepts a complete toekenning', () => expect(beschikkingInhoudProblemen(inhoud)).toEqual([]));
  it('needs a grondslag and a motivering', () =>
    expect(beschikkingInhoudProblemen({ ...inhoud, wettelijkeGrondslag: ' ', motivering: '' })).toEqual([INHOUD_FOUTEN.grondslag, INHOUD_FOUTEN.motivering]));
  it('needs a product in a toekenning and none in an afwijzing', () => {
    expect(beschikkingInhoudProblemen({ ...inhoud, besluit: 'GEDEELTELIJKE_TOEKENNING', producten: [] })).toEqual([INHOUD_FOUTEN.geenProducten]);
    expect(beschikkingInhoudProblemen({ ...inhoud, besluit: 'AFWIJZING' })).toEqual([INHOUD_FOUTEN.afwijzingMetProducten]);
    expect(beschikkingInhoudProblemen({ ...inhoud, besluit: 'AFWIJZING', producten: [] })).toEqual([]);
  });
  it('needs an earlier besluit and no products in an intrekking', () =>
    expect(beschikkingInhoudProblemen({ ...inhoud, besluit: 'INTREKKING' })).toEqual([INHOUD_FOUTEN.intrekkingMetProducten, INHOUD_FOUTEN.intrekkingZonderVorig]));
  it('refuses the same product twice for overlapping periods (OP259), but allows it for consecutive periods', () => {
    expect(beschikkingInhoudProblemen({ ...inhoud, producten: [product, { ...product, ingangsdatum: d('2027-01-01'), einddatum: null }] })).toEqual([INHOUD_FOUTEN.gestapeld]);
    expect(beschikkingInhoudProblemen({ ...inhoud, producten: [product, { ...product, ingangsdatum: d('2027-03-16'), einddatum: null }] })).toEqual([]);
  });
});

describe('dates of the besluit', () => {
  it('sets the uiterlijke reactiedatum six weeks after sending (Awb 6:7)', () => {
    expect(iso(uiterlijkeReactiedatum(d('2026-03-11'), 42, GEEN_BESLUITDAGEN))).toBe('2026-04-22');
    expect(iso(uiterlijkeReactiedatum(d('2026-12-28'), 42, GEEN_BESLUITDAGEN))).toBe('2027-02-08');
    // Algemene termijnenwet: sent 2 April 2026, six weeks end on Hemelvaartsdag; 15 May is a decree day, then a weekend.
    expect(iso(uiterlijkeReactiedatum(d('2026-04-02'), 42, new Set(['2026-05-15'])))).toBe('2026-05-18');
  });

  it('runs from the first ingangsdatum and vervalt the day after the last einddatum', () => {
    const r = looptijd([
      { ingangsdatum: d('2026-04-01'), einddatum: d('2026-12-31') },
      { ingangsdatum: d('2026-03-16'), einddatum: d('2027-03-15') },
    ]);
    expect(iso(r.ingangsdatum)).toBe('2026-03-16');
    expect(iso(r.vervaldatum)).toBe('2027-03-16');
    expect(looptijd([{ ingangsdatum: d('2026-03-16'), einddatum: null }]).vervaldatum).toBeNull();
    expect(looptijd([])).toEqual({ ingangsdatum: null, vervaldatum: null });
  });
});

describe('wijzigen and intrekken', () => {
  it.each([
    [{ status: 'VASTGESTELD', besluit: 'TOEKENNING', heeftOpvolger: false }, null, null],
    [{ status: 'VERZONDEN', besluit: 'GEDEELTELIJKE_TOEKENNING', heeftOpvolger: false }, null, null],
    [{ status: 'VERZONDEN', besluit: 'AFWIJZING', heeftOpvolger: false }, null, 'Alleen een toekenning kan worden ingetrokken.'],
    [{ status: 'CONCEPT', besluit: 'TOEKENNING', heeftOpvolger: false }, /vastgestelde of verzonden/, /vastgestelde of verzonden/],
    [{ status: 'VERVALLEN', besluit: 'TOEKENNING', heeftOpvolger: false }, /vastgestelde of verzonden/, /vastgestelde of verzonden/],
    [{ status: 'VERZONDEN', besluit: 'TOEKENNING', heeftOpvolger: true }, /al een nieuw besluit/, /al een nieuw besluit/],
    [{ status: 'VERZONDEN', besluit: 'INTREKKING', heeftOpvolger: false }, /Een intrekking wijzig je niet/, /Een intrekking wijzig je niet/],
  ] as const)('%o', (b, wijzigen, intrekken) => {
    const check = (actual: string | null, expected: RegExp | string | null) =>
      expected instanceof RegExp ? expect(actual).toMatch(expected) : expect(actual).toBe(expected);
    check(wijzigenProblem(b), wijzigen);
    check(intrekkenProblem(b), intrekken);
  });
});

describe('omvangTekst', () => {
  it.each([
    [{ volume: 6, eenheid: '16', frequentie: '2' }, '6 dagdelen (4 uur) per week'],
    [{ volume: 1, eenheid: '04', frequentie: '1' }, '1 uur per dag'],
    [{ volume: 40, eenheid: '04', frequentie: '6' }, '40 uur in totaal'],
    [{ volume: 90, eenheid: '01', frequentie: '4' }, '90 minuten per maand'],
    [{ volume: null, eenheid: null, frequentie: null }, null],
  ])('%o → %s', (omvang, tekst) => expect(omvangTekst(omvang)).toBe(tekst));
});
