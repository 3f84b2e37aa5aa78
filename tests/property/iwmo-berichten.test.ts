// Issue 19: every toewijzingbericht (WMO301/JW301) that Wijkregie can make is valid against the standard's own
// artefacts: the 3.2 XSD (libxml2 xmllint) and the TR/CD/CS rules of its XSLT (xsltproc), 0 Fout. The messages are
// built the way verzenden builds them (clientUitGegevens, productUitToewijzing, the wijziging and intrekking rules of
// lib/domain/toewijzing-wijziging) from generated records: names with tussenvoegsels, huisletters and toevoegingen,
// no phone, foreign phones, every eenheid and frequentie, end dates, budgets, wijzigingen and intrekkingen.
// The standard's files: ISTANDAARDEN_DIR, by default ../shared/standards/istandaarden beside the repository.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, toCalendarDay } from '@/lib/domain/dates';
import { EENHEID_VALUES, FREQUENTIE_VALUES, type RedenWijziging } from '@/lib/domain/labels';
import { GESLACHT_VALUES, type Geslacht } from '@/lib/domain/enums';
import { intrekking, toewijzingWijziging } from '@/lib/domain/toewijzing-wijziging';
import {
  buildToewijzingBericht,
  clientUitGegevens,
  productUitToewijzing,
  telefoonVoorBericht,
  toewijzingBerichtProblemen,
  type ToewijzingBericht,
} from '@/lib/iwmo/toewijzing-bericht';
import { valideerBericht } from '@/lib/iwmo/validatie';
import { omvangProbleem } from '@/lib/domain/omvang-regels';

const NU = new Date('2026-12-06T22:40:00Z');
const VANDAAG = toCalendarDay(NU);

const bsn = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .filter((c) => c[0] !== 0)
  .map((c) => {
    const som = c.reduce((s, n, i) => s + n * (9 - i), 0);
    return { c, laatste: som % 11 };
  })
  .filter(({ laatste }) => laatste < 10)
  .map(({ c, laatste }) => [...c, laatste].join(''));

const voornaam = fc.constantFrom('Jan', 'Anna', 'Maria', 'Özlem', 'Zoë', 'Jean-Luc', 'Mohamed', 'Anne-Marie', 'Ğül', 'Björn', 'Łucja', 'Ið', "'t Hoen");
const persoon = fc.record({
  bsn,
  geboortedatum: fc.integer({ min: Date.UTC(1907, 0, 1), max: Date.UTC(2026, 10, 30) }).map((t) => toCalendarDay(new Date(t))),
  geslacht: fc.constantFrom<Geslacht>(...GESLACHT_VALUES),
  voornamen: fc.array(voornaam, { minLength: 0, maxLength: 8 }).map((v) => v.join(' ')),
  tussenvoegsel: fc.constantFrom(null, 'van', 'de', 'van den', 'van der', "van 't", "in 't", 'ten', "d'", 'van de'),
  achternaam: fc.constantFrom('Berg', "O'Neill", 'El Idrissi', 'Jansen-de Vries', 'Çelik', 'Nguyễn', 'Ho', 'Wijnaldum & Zn', 'Schoonderwoerd-Bakker van Oosterhout tot Dijkveld'),
  telefoon: fc.constantFrom(null, '0223-123456', '06 12345678', '+31 (0)6 1234 5678', '+32 470 12 34 56', '0049 30 1234567', '+212 6 12345678', '+1 555 123 4567', 'onbekend', '112'),
  email: fc.constantFrom(null, 'a.berg@example.nl', `${'x'.repeat(75)}@example.nl`),
});
const adres = fc.record({
  straat: fc.constantFrom('Spoorstraat', 'Burgemeester van Karnebeekstraat', 'Middenweg', 'Hr. Mr. Dr. Ir. Jhr. van Lawick van Pabststraat', "Kon. Wilhelmina's weg"),
  huisnummer: fc.integer({ min: 1, max: 99_999 }),
  huisnummerToevoeging: fc.constantFrom(null, 'A', 'b', '2', 'bis', '3hg', 'A-2', 'zwart', 'II'),
  postcode: fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.constantFrom('AB', 'XY', 'ZZ', 'KL')).map(([n, l]) => `${n}${l}`),
  woonplaats: fc.constantFrom('Den Helder', "'s-Hertogenbosch", 'Julianadorp'),
});

const PRODUCTEN = {
  WMO: ['01A01', '02A01', '03A01', '04A01', '07A12', '08A01', '13A01', '15A01', '18A01'],
  JEUGDWET: ['31A01', '40A01', '41A01', '43A01', '44A01', '45A04', '46A01', '55A01'],
} as const;

type Rij = Parameters<typeof productUitToewijzing>[0];

/** One product line as a beschikking may hold it: omvang (every eenheid/frequentie the rules allow) or budget. */
const rij = (wet: keyof typeof PRODUCTEN, nummer: number) =>
  fc
    .record({
      code: fc.constantFrom(...PRODUCTEN[wet]),
      toewijzingOp: fc.integer({ min: NU.getTime() - 700 * 86_400_000, max: NU.getTime() }).map((t) => new Date(t)),
      startNaToewijzing: fc.integer({ min: -60, max: 60 }),
      looptijd: fc.option(fc.integer({ min: 0, max: 800 }), { nil: null }),
      metBudget: fc.boolean(),
      volume: fc.integer({ min: 1, max: 99_999_999 }),
      eenheid: fc.constantFrom(...EENHEID_VALUES),
      frequentie: fc.constantFrom(...FREQUENTIE_VALUES),
      budgetCent: fc.integer({ min: 0, max: 99_999_999 }),
      commentaar: fc.constantFrom(null, 'Graag starten na overleg met de wijkcoach.', 'Zie <bijlage> & afspraak'),
    })
    .map((r): Rij => {
      const ingangsdatum = addCalendarDays(toCalendarDay(r.toewijzingOp), r.startNaToewijzing);
      // A budget toewijzing and a total need an end date; the beschikking's product rules ask for it.
      const looptijd = r.looptijd ?? (r.metBudget || omvangProbleem(r.eenheid, r.frequentie, null) ? 365 : null);
      return {
        toewijzingNummer: nummer, toewijzingOp: r.toewijzingOp, ingangsdatum, einddatum: looptijd === null ? null : addCalendarDays(ingangsdatum, looptijd),
        redenWijziging: null, volume: r.metBudget ? null : r.volume, eenheid: r.metBudget ? null : r.eenheid, frequentie: r.metBudget ? null : r.frequentie,
        budgetCent: r.metBudget ? r.budgetCent : null, commentaar: r.commentaar, product: { categorie: r.code.slice(0, 2), code: r.code },
      };
    })
    // What the beschikking refuses never becomes a toewijzing (lib/domain/beschikking: omvangProbleem).
    .filter((t) => t.eenheid === null || omvangProbleem(t.eenheid, t.frequentie!, t.einddatum) === null);

/** What happened to it since: nothing, an intrekking (with a reason), or a change in place (einddatum or budget). */
const gebeurtenis: fc.Arbitrary<Gebeurtenis> = fc.oneof(
  fc.constant({ soort: 'GEEN' as const }),
  fc.record({ soort: fc.constant('INTREKKING' as const), dagen: fc.integer({ min: -30, max: 400 }), reden: fc.constantFrom<RedenWijziging>('02', '05', '07', '09') }),
  fc.record({ soort: fc.constant('VERVANGEN' as const), dagen: fc.integer({ min: 1, max: 400 }), volume: fc.integer({ min: 1, max: 99 }) }),
  fc.record({ soort: fc.constant('EINDDATUM' as const), dagen: fc.integer({ min: 1, max: 900 }) }),
  fc.record({ soort: fc.constant('BUDGET' as const), budgetCent: fc.integer({ min: 0, max: 99_999_999 }) }),
);

type Gebeurtenis =
  | { soort: 'GEEN' }
  | { soort: 'INTREKKING'; dagen: number; reden: RedenWijziging }
  | { soort: 'VERVANGEN'; dagen: number; volume: number }
  | { soort: 'EINDDATUM'; dagen: number }
  | { soort: 'BUDGET'; budgetCent: number };

/** The toewijzing after the event: one row, or the withdrawn one and its successor (OP257: a new number). */
function pasToe(t: Rij, g: Gebeurtenis): Rij[] {
  if (g.soort === 'GEEN') return [t];
  if (g.soort === 'INTREKKING' || g.soort === 'VERVANGEN') {
    const per = addCalendarDays(t.ingangsdatum, g.dagen);
    const r = intrekking(t, per, g.soort === 'INTREKKING' ? g.reden : '05');
    if (!r) return [t];
    const oud = { ...t, einddatum: r.einddatum, redenWijziging: r.redenWijziging };
    if (g.soort === 'INTREKKING' || (t.einddatum && toCalendarDay(t.einddatum) < per)) return [oud];
    const nieuw = { ...t, toewijzingNummer: t.toewijzingNummer + 500, ingangsdatum: per, redenWijziging: null, volume: t.volume === null ? null : g.volume };
    return [oud, nieuw].filter((x) => x.eenheid === null || omvangProbleem(x.eenheid, x.frequentie!, x.einddatum) === null);
  }
  const inhoud = { productId: t.product.code, aanbiederId: 'a', ingangsdatum: t.ingangsdatum, einddatum: t.einddatum, volume: t.volume, eenheid: t.eenheid, frequentie: t.frequentie, budgetCent: t.budgetCent };
  const gewenst = g.soort === 'EINDDATUM' ? { ...inhoud, einddatum: addCalendarDays(t.ingangsdatum, g.dagen) } : { ...inhoud, budgetCent: t.budgetCent === null ? null : g.budgetCent };
  const w = toewijzingWijziging(inhoud, gewenst);
  if (w.soort !== 'AANPASSEN') return [t];
  const aangepast = { ...t, einddatum: gewenst.einddatum, budgetCent: gewenst.budgetCent, redenWijziging: w.redenWijziging };
  return [aangepast.eenheid === null || omvangProbleem(aangepast.eenheid, aangepast.frequentie!, aangepast.einddatum) === null ? aangepast : t];
}

/** A message as verzenden makes it: one client, one aanbieder, one law; a categorie once, or a product and its successor (TR302). */
const bericht = fc
  .record({
    wet: fc.constantFrom('WMO' as const, 'JEUGDWET' as const),
    persoon,
    adres,
    aantal: fc.integer({ min: 1, max: 4 }),
    identificatie: fc.integer({ min: 1, max: 999_999_999_999 }),
  })
  .chain(({ wet, persoon, adres, aantal, identificatie }) =>
    fc
      .tuple(...Array.from({ length: aantal }, (_, i) => fc.tuple(rij(wet, 1000 + i), gebeurtenis)))
      .map((rijen): ToewijzingBericht => {
        const uniek = rijen.filter(([t], i) => rijen.findIndex(([o]) => o.product.categorie === t.product.categorie) === i);
        return {
          code: wet === 'WMO' ? 'WMO301' : 'JW301',
          afzender: '0400',
          ontvanger: '98100035',
          identificatie: String(identificatie),
          dagtekening: VANDAAG,
          client: clientUitGegevens(persoon, adres),
          producten: uniek.flatMap(([t, g]) => pasToe(t, g)).map(productUitToewijzing),
        };
      }),
  );

describe('toewijzingberichten against the iWmo/iJw 3.2 XSD and rules', () => {
  it('every generated message is valid: 0 XSD errors and 0 Fout', async () => {
    await fc.assert(
      fc.asyncProperty(bericht, async (b) => {
        expect(toewijzingBerichtProblemen(b)).toEqual([]);
        const xml = buildToewijzingBericht(b);
        const uitslag = await valideerBericht(xml, b.code);
        expect({ xsd: uitslag.xsd, regels: uitslag.regels }, xml).toEqual({ xsd: [], regels: [] });
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('the validators do find a broken message (the check can fail)', async () => {
    const b = fc.sample(bericht, { numRuns: 1, seed: 7 })[0];
    const xml = buildToewijzingBericht(b).replace(/<(\w+):LandCode>NL<\/\1:LandCode>/, '');
    const uitslag = await valideerBericht(xml, b.code);
    expect(uitslag.regels.map((f) => f.code)).toContain('CD005');
    const zonderLandnummer = buildToewijzingBericht({ ...b, client: { ...b.client, telefoon: { nummer: '0223123456', landnummer: '0031' } } }).replace(/<(\w+):Landnummer>0031<\/\1:Landnummer>/, '');
    expect((await valideerBericht(zonderLandnummer, b.code)).xsd!.join('\n')).toMatch(/Landnummer/);
  });

  it('writes a CS338 break only when the records hold one, and then verzenden refuses it in Dutch', async () => {
    const b = fc.sample(bericht, { numRuns: 1, seed: 11 })[0];
    const fout: ToewijzingBericht = {
      ...b,
      producten: [{ ...b.producten[0], omvang: { volume: 1, eenheid: '14', frequentie: '1' }, budgetCent: null, categorie: b.code === 'WMO301' ? '15' : '43', code: b.code === 'WMO301' ? '15A01' : '43A01' }],
    };
    expect(toewijzingBerichtProblemen(fout).join(' ')).toMatch(/CS338/);
    expect((await valideerBericht(buildToewijzingBericht(fout), fout.code)).regels.map((f) => f.code)).toContain('CS338');
  });

  it('refuses a client without a BSN before anything is built (OP079)', () => {
    const b = fc.sample(bericht, { numRuns: 1, seed: 3 })[0];
    expect(toewijzingBerichtProblemen({ ...b, client: { ...b.client, bsn: '' } })).toContain(
      'Het BSN van de cliënt ontbreekt of is ongeldig. Een toewijzing gaat alleen met een geldig BSN (iWmo/iJw OP079).',
    );
  });
});

describe('telefoonVoorBericht', () => {
  it.each([
    ['0223-123456', { nummer: '0223123456', landnummer: '0031' }],
    ['06 12345678', { nummer: '0612345678', landnummer: '0031' }],
    ['+31 (0)6 1234 5678', { nummer: '0612345678', landnummer: '0031' }],
    ['+32 470 12 34 56', { nummer: '470123456', landnummer: '0032' }],
    ['0049 30 1234567', { nummer: '301234567', landnummer: '0049' }],
    ['+212 6 12345678', { nummer: '612345678', landnummer: '+212' }],
    ['+1 555 123 4567', { nummer: '5551234567', landnummer: '001' }],
    ['112', null],
    ['onbekend', null],
  ])('%s', (tekst, verwacht) => expect(telefoonVoorBericht(tekst)).toEqual(verwacht));
});
