// Issue 16 item 5: long content in every PDF kind must never leave a field's label on a page without its value
// (the blank page of the verslag). Each kind is rendered at many lengths of the text before the fields, so that
// some row lands on every position near a page end; the pages are read back with unpdf.
import { describe, expect, it } from 'vitest';
import { createPdf, type Letterhead } from '@/lib/pdf/document';
import { beschikkingBriefPdf, verdagingsbriefPdf, type BeschikkingBriefData } from '@/lib/server/beschikking/brief';
import { renderVerslagPdf } from '@/lib/server/gesprek/verslag';
import { buildVerslag } from '@/lib/domain/verslag';
import { briefOntvangers } from '@/lib/domain/brief-ontvangers';
import { getPlanPdf } from '@/lib/server/plan/get-plan-pdf';
import { getInzageGegevens } from '@/lib/server/inzage/inzage-gegevens';
import { renderInzagePdf } from '@/lib/server/inzage/inzage-pdf';
import { actorFor, createUser } from '../support/factories';
import { createHuishoudenInRegie, createPlanWereld, vastgesteldPlan } from '../support/plan-factories';
import { labelsWithoutValue, pdfPages } from '../support/pdf-text';

const letterhead: Letterhead = { naam: 'Den Helder', briefhoofd: 'Gemeente Den Helder', postadres: 'Postbus 2', postcodePlaats: '1780 AA Den Helder', telefoon: '14 0223', website: 'www.denhelder.example' };
const gemeente = { ...letterhead, email: 'wijkteam@denhelder.example', ondertekening: 'Met vriendelijke groet,\nHet college' };

const adres = { straat: 'Zuidstraat', huisnummer: 1, huisnummerToevoeging: null, postcode: '1781AB', woonplaats: 'Den Helder' };
const ontvangst = briefOntvangers({ id: 'a', voornamen: 'Anna', tussenvoegsel: null, achternaam: 'Jansen', geslacht: 'VROUW', geboortedatum: null, adres }, [], new Date(), adres);
const zinnen = (n: number, woord: string) => Array.from({ length: n }, (_, i) => `${woord} zin ${i + 1} over hoe het gaat met de post, het geld en de buren.`).join(' ');
const OFFSETS = Array.from({ length: 24 }, (_, i) => i);

async function expectEveryLabelWithItsValue(buffer: Buffer, rows: [string, string][]) {
  const pages = await pdfPages(buffer);
  expect(labelsWithoutValue(pages, rows)).toEqual([]);
}

describe('long content in every PDF kind keeps each field label with its value', () => {
  it('the helper itself: rows of every length at every position near a page end', async () => {
    for (const offset of OFFSETS) {
      const pdf = createPdf({ title: 'Proef', letterhead });
      pdf.paragraph(zinnen(offset * 2, 'Inleiding'));
      const rows: [string, string][] = Array.from({ length: 14 }, (_, i) => [`Label nummer ${i + 1} met een wat langere naam`, `Waarde ${i + 1}: ${zinnen(1 + (i % 5) * 3, `W${i + 1}`)}`]);
      rows.push(['Een heel lange waarde', `Begin van de lange waarde. ${zinnen(90, 'Lang')}`]);
      pdf.fields(rows);
      await expectEveryLabelWithItsValue(await pdf.finish(), rows);
    }
  });

  it('the verslag of a gesprek over three leefgebieden', async () => {
    for (const offset of OFFSETS) {
      const leefgebieden = ['Financiën', 'Sociaal netwerk', 'Huisvesting'].map((label, i) => ({
        label,
        situatie: `Situatie ${label}: ${zinnen(4 + i * 3, 'Nu')}`,
        gaatGoed: `Goed ${label}: ${zinnen(2 + i, 'Goed')}`,
        zorgen: `Zorgen ${label}: ${zinnen(5 + i * 2, 'Zorg')}`,
        eigenKracht: `Eigen kracht ${label}: ${zinnen(3, 'Zelf')}`,
        wens: `Wens ${label}: ${zinnen(6 - i, 'Wens')}`,
      }));
      const verslag = buildVerslag({
        gemeenteNaam: 'Den Helder',
        huishouden: { naam: 'Familie Jansen', adresregels: ['Zuidstraat 1', '1781 AB Den Helder'] },
        aanhef: ['Mevrouw A. Jansen'],
        gesprek: {
          datum: new Date('2026-11-20T00:00:00Z'), plaats: 'Bij u thuis', deelnemers: ['Anna Jansen'], clientondersteuningAangeboden: true, clientondersteunerNaam: null,
          samenvatting: zinnen(offset, 'Samenvatting'), afspraken: 'Post sorteren\nBudgetplan maken', vervolg: 'Tweede gesprek',
        },
        leefgebieden, mantelzorg: [], netwerk: [],
        medewerker: { naam: 'Sanne Wijkcoach', telefoon: '06 12345678', email: 'sanne@denhelder.example' },
        reactieDagen: 14,
      });
      const buffer = await renderVerslagPdf({ verslag, gesprek: { id: 'g', huishoudenId: 'h', casusId: 'c', datum: new Date('2026-11-20T00:00:00Z') }, kenmerk: 'C-1/G20261120', letterhead }, new Date('2026-11-21T00:00:00Z'));
      const rows = verslag.blocks.flatMap((b) => (b.type === 'fields' ? b.rows : [])).filter(([label]) => label.startsWith('Wat u') || label.startsWith('Hoe het') || label.startsWith('Waar u'));
      await expectEveryLabelWithItsValue(buffer, rows);
    }
  });

  it('the beschikking letter and the verdagingsbrief', async () => {
    for (const offset of OFFSETS) {
      const product = (i: number) => ({
        naam: `Dagbesteding ${i}`, code: `07A1${i}`, omvang: `Zes dagdelen per week. ${zinnen(i, 'Omvang')}`, budgetCent: null, ingangsdatum: new Date('2026-03-16T00:00:00Z'),
        einddatum: new Date('2027-03-15T00:00:00Z'), leveringsvorm: 'ZIN' as const, aanbieder: `Stichting Dagbesteding Marsdiep ${zinnen(i % 3, 'Aanbieder')}`, pgbMotivering: null,
      });
      const data: BeschikkingBriefData = {
        gemeente,
        ontvangst,
        beschikking: {
          identificatie: 'B-2026-000001', besluit: 'TOEKENNING', wet: 'WMO', wettelijkeGrondslag: 'Wmo 2015, artikel 2.3.5', motivering: zinnen(20, 'Motivering'), concept: false,
          datum: new Date('2026-03-10T00:00:00Z'), verzenddatum: null, uiterlijkeReactiedatum: null, ingangsdatum: null,
        },
        aanvraag: { nummer: 'A-1', ontvangenOp: new Date('2026-03-02T00:00:00Z'), product: `Dagbesteding. ${zinnen(offset, 'Aanvraag')}` },
        vorig: null,
        producten: [1, 2, 3, 4, 5, 6].map(product),
      };
      const rows: [string, string][] = data.producten.flatMap((p) => [['Hoeveel', p.omvang!] as [string, string], ['Hoe u het krijgt', `Zorg in natura. ${p.aanbieder}`] as [string, string]]);
      await expectEveryLabelWithItsValue(await beschikkingBriefPdf(data), rows);
    }
    const verdaging = await verdagingsbriefPdf({
      gemeente, ontvangst,
      aanvraag: { nummer: 'A-1', ontvangenOp: new Date('2026-03-02T00:00:00Z'), product: 'Dagbesteding' }, verdaagdOp: new Date('2026-04-01T00:00:00Z'),
      oudUiterlijk: new Date('2026-04-13T00:00:00Z'), nieuwUiterlijk: new Date('2026-05-25T00:00:00Z'), dagen: 42, reden: zinnen(60, 'Reden'),
    });
    await expectEveryLabelWithItsValue(verdaging, []);
  });

  it('the plan with many long goals, and the inzage of its household', async () => {
    const w = await createPlanWereld();
    for (const offset of [0, 3, 7, 11]) {
      const h = await createHuishoudenInRegie(w);
      const doelen = Array.from({ length: 8 }, (_, i) => ({
        sleutel: `d${i}`, leefgebiedId: i % 2 ? w.leefgebieden.netwerk.id : w.leefgebieden.financien.id, persoonId: i % 3 ? null : h.hoofd.id,
        omschrijving: `Doel ${i + 1}: ik wil grip op mijn geld.`, horizon: 'DRIE_MAANDEN' as const, zichtbaarAan: `Zichtbaar ${i + 1}: ${zinnen(2 + ((i * 5 + offset) % 9), `Z${i}`)}`,
      }));
      await vastgesteldPlan(w, h, { watGaatGoed: zinnen(offset * 2, 'Goed'), doelen, acties: [] });
      const { buffer } = await getPlanPdf(w.coach, h.huishouden.id);
      await expectEveryLabelWithItsValue(buffer, doelen.map((d) => ['Zo weten we dat het gelukt is', d.zichtbaarAan] as [string, string]));
    }
    const privacy = actorFor(await createUser(w.gemeenteId, ['PRIVACY']));
    const h = await createHuishoudenInRegie(w);
    await vastgesteldPlan(w, h);
    const { gegevens } = await getInzageGegevens(privacy, h.hoofd.id, { actie: 'EXPORT', formaat: 'PDF' });
    const inzage = await renderInzagePdf(gegevens, letterhead);
    await expectEveryLabelWithItsValue(inzage, [['Burgerservicenummer', gegevens.persoon.bsn ?? '—']]);
  });
});
