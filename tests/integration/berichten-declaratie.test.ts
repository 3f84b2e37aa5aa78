// Issue 19: a declaratie (WMO323) goes through the inbox like every incoming message: validated against the standard,
// each prestatie judged against its toewijzing (product, period, volume, tarief), stored, and answered with a WMO325
// that the standard's own XSD and XSLT accept; the same message twice, or a DeclaratieNummer used before, changes
// nothing more.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { declaratieBericht, type Gedeclareerd, type Kop } from '@/lib/iwmo/aanbieder-berichten';
import { valideerBericht } from '@/lib/iwmo/validatie';
import { getBerichtBestand, getBerichtenverkeer } from '@/lib/server/berichten/get-berichtenverkeer';
import { wisselBerichtenUit } from '@/lib/server/berichten/kanaal';
import { ontvangBericht } from '@/lib/server/berichten/ontvang-bericht';
import { verwerkInkomendeBerichten } from '@/lib/server/berichten/verwerk-inkomende-berichten';
import { verzendenToewijzingen } from '@/lib/server/toewijzing/verzenden-toewijzingen';
import { parseBerichtenFilters } from '@/lib/validations/berichten';
import { createBeschikkingWereld, vastgesteldeBeschikking, type BeschikkingWereld } from '../support/beschikking-factories';

let w: BeschikkingWereld;
beforeAll(async () => {
  w = await createBeschikkingWereld();
});

const SEND = new Date('2026-03-11T09:00:00Z');
const NU = new Date('2026-04-03T10:00:00Z');
let volgnummer = 0;
const kop = (): Kop => ({ agb: '98100035', gemeentecode: w.gemeente.gemeentecode, identificatie: `D${++volgnummer}`, dagtekening: '2026-04-02' });
const ontvang = (xml: string, naam = 'declaratie.xml') => ontvangBericht(w.gemeenteId, { bestandsnaam: naam, inhoud: Buffer.from(xml, 'utf8'), bron: 'MAP' }, NU);
const verwerk = () => verwerkInkomendeBerichten({ gemeenteId: w.gemeenteId, now: NU });

/** A sent WMO301 at Marsdiep: dagbesteding 07A12, 6 dagdelen per week from 16 March 2026, contract tarief €46.50. */
async function verzondenToewijzing() {
  const r = await vastgesteldeBeschikking(w);
  await verzendenToewijzingen(w.opsteller, { beschikkingId: r.beschikkingId }, SEND);
  const t = await prisma.toewijzing.findFirstOrThrow({ where: { persoonId: r.persoon.id }, include: { product: true } });
  const prestatie = (p: Partial<Gedeclareerd> & { referentie: string }): Gedeclareerd => ({
    bsn: r.persoon.bsn!, toewijzingNummer: t.toewijzingNummer, categorie: t.product.categorie, code: t.product.code,
    begindatum: '2026-03-16', einddatum: '2026-03-22', volume: 6, eenheid: '16', tariefCent: 4650, bedragCent: 6 * 4650, ...p,
  });
  return { r, t, prestatie };
}

let nummer = 0;
const declaratie = (prestaties: Gedeclareerd[], overrides: { nummer?: string } = {}) =>
  declaratieBericht(kop(), { nummer: overrides.nummer ?? `DECL${++nummer}`, periodeBegin: '2026-03-01', periodeEind: '2026-03-31', prestaties });

describe('a declaratie (323)', () => {
  it('is judged prestatie by prestatie, stored, and answered with a 325 that the standard accepts', async () => {
    const { t, prestatie, r } = await verzondenToewijzing();
    const xml = declaratie([
      prestatie({ referentie: 'P1' }), // granted
      prestatie({ referentie: 'P2', begindatum: '2026-03-23', einddatum: '2026-03-29', volume: 7, bedragCent: 7 * 4650 }), // 7 > 6 per week: 9321
      prestatie({ referentie: 'P3', begindatum: '2026-03-30', einddatum: '2026-03-31', tariefCent: 5000, bedragCent: 6 * 5000 }), // not the contract's tarief: 0611
      prestatie({ referentie: 'P4', toewijzingNummer: 987_654_321 }), // no such toewijzing at this aanbieder: 9338
    ]);
    expect(await valideerBericht(xml, 'WMO323')).toEqual({ xsd: [], regels: [] });
    const o = await ontvang(xml);
    expect((await verwerk()).map((u) => u.status)).toEqual(['VERWERKT']);

    const d = await prisma.declaratie.findUniqueOrThrow({ where: { inkomendBerichtId: o.id }, include: { prestaties: { orderBy: { referentieNummer: 'asc' } } } });
    expect(d).toMatchObject({ status: 'DEELS_TOEGEKEND', ingediendCent: 6 * 4650 + 7 * 4650 + 6 * 5000 + 6 * 4650, toegekendCent: 6 * 4650, aanbiederId: w.aanbieders.marsdiep.id, wet: 'WMO' });
    expect(d.prestaties.map((p) => [p.referentieNummer, p.toegekend, p.retourcodes])).toEqual([
      ['P1', true, []], ['P2', false, ['9321']], ['P3', false, ['0611']], ['P4', false, ['9338']],
    ]);
    expect(d.prestaties[0]).toMatchObject({ toewijzingId: t.id, persoonId: r.persoon.id });
    expect(d.prestaties[3]).toMatchObject({ toewijzingId: null });
    // The 325: valid, and naming only the three rejected prestaties with their codes.
    expect(await valideerBericht(d.antwoordXml, 'WMO325')).toEqual({ xsd: [], regels: [] });
    expect([...d.antwoordXml.matchAll(/<iwmo:ReferentieNummer>(\w+)</g)].map((m) => m[1])).toEqual(['P2', 'P3', 'P4']);
    expect(d.antwoordXml).toContain('<wmo325:RetourCode>9321</wmo325:RetourCode>');
    expect(await prisma.auditEntry.count({ where: { actie: 'DECLARATIE_BEOORDEELD', entiteitId: d.id } })).toBe(1);

    // The channel writes it to berichten/uit once.
    process.env.BERICHTEN_DIR = mkdtempSync(path.join(tmpdir(), 'berichten-declaratie-'));
    await wisselBerichtenUit(w.gemeenteId, NU);
    const naam = `WMO325-${d.antwoordNummer}-98100035.xml`;
    expect(readdirSync(path.join(process.env.BERICHTEN_DIR, 'uit'))).toContain(naam);
    expect(readFileSync(path.join(process.env.BERICHTEN_DIR, 'uit', naam), 'utf8')).toBe(d.antwoordXml);
    expect((await prisma.declaratie.findUniqueOrThrow({ where: { id: d.id } })).bestandOp).toEqual(NU);

    // Shown on the page and downloadable.
    const lijst = await getBerichtenverkeer(w.opsteller, parseBerichtenFilters({ weergave: 'declaraties', aanbieder: w.aanbieders.marsdiep.id }), NU);
    expect(lijst.declaraties.find((x) => x.id === d.id)).toMatchObject({ status: 'DEELS_TOEGEKEND', prestaties: expect.arrayContaining([expect.objectContaining({ referentieNummer: 'P2', retourcodes: ['9321'] })]) });
    expect(lijst.tellingen.declaratiesAfgewezen).toBeGreaterThanOrEqual(1);
    expect((await getBerichtBestand(w.opsteller, 'declaratie', d.id)).xml).toBe(d.antwoordXml);
  });

  it('counts what was granted before (TR322) and refuses a ReferentieNummer again (8021); a credit takes a prestatie back', async () => {
    const { prestatie } = await verzondenToewijzing();
    await ontvang(declaratie([prestatie({ referentie: 'Q1', begindatum: '2026-03-16', einddatum: '2026-03-31', volume: 12, bedragCent: 12 * 4650 })]));
    await verwerk();
    // 16–31 March allows 3 weeks × 6 = 18; 12 granted, so 7 more is too much, 6 fits.
    const tweede = await ontvang(declaratie([
      prestatie({ referentie: 'Q2', begindatum: '2026-03-16', einddatum: '2026-03-31', volume: 7, bedragCent: 7 * 4650 }),
      prestatie({ referentie: 'Q1', begindatum: '2026-03-23', einddatum: '2026-03-29', volume: 1, bedragCent: 4650 }),
    ]));
    await verwerk();
    const d2 = await prisma.declaratie.findUniqueOrThrow({ where: { inkomendBerichtId: tweede.id }, include: { prestaties: { orderBy: { referentieNummer: 'asc' } } } });
    expect(d2.status).toBe('AFGEWEZEN');
    expect(d2.prestaties.map((p) => p.retourcodes)).toEqual([['8021'], ['9322']]);
    expect(await valideerBericht(d2.antwoordXml, 'WMO325')).toEqual({ xsd: [], regels: [] });
    // Credit Q1, then declare the 18 under a new number: both granted.
    const derde = await ontvang(declaratie([
      prestatie({ referentie: 'Q1C', begindatum: '2026-03-16', einddatum: '2026-03-31', volume: 12, bedragCent: 12 * 4650, credit: { vorigReferentie: 'Q1' } }),
      prestatie({ referentie: 'Q3', begindatum: '2026-03-16', einddatum: '2026-03-31', volume: 18, bedragCent: 18 * 4650 }),
    ]));
    expect((await verwerk()).map((u) => u.redenen)).toEqual([[]]);
    const d3 = await prisma.declaratie.findUniqueOrThrow({ where: { inkomendBerichtId: derde.id } });
    expect(d3).toMatchObject({ status: 'TOEGEKEND', ingediendCent: 6 * 4650, toegekendCent: 6 * 4650 });
    expect(await valideerBericht(d3.antwoordXml, 'WMO325')).toEqual({ xsd: [], regels: [] });
    expect(d3.antwoordXml).toContain('<wmo325:RetourCode>8001</wmo325:RetourCode>');
  });

  it('the same file twice is one declaratie; a DeclaratieNummer used before refuses the whole message (9333)', async () => {
    const { prestatie } = await verzondenToewijzing();
    const xml = declaratie([prestatie({ referentie: 'R1' })], { nummer: 'DUBBEL1' });
    const eerst = await ontvang(xml);
    const weer = await ontvang(xml);
    expect(weer).toEqual({ id: eerst.id, nieuw: false });
    await verwerk();
    const voor = await prisma.declaratie.count();
    const ander = await ontvang(declaratie([prestatie({ referentie: 'R2', begindatum: '2026-03-23', einddatum: '2026-03-29' })], { nummer: 'DUBBEL1' }));
    expect((await verwerk()).map((u) => u.status)).toEqual(['GEWEIGERD']);
    expect(await prisma.inkomendBericht.findUniqueOrThrow({ where: { id: ander.id } })).toMatchObject({ status: 'GEWEIGERD', retourcodes: ['9333'], soort: 'WMO323', aanbiederId: w.aanbieders.marsdiep.id });
    expect(await prisma.declaratie.count()).toBe(voor);
    expect(await prisma.declaratiePrestatie.count({ where: { referentieNummer: 'R2' } })).toBe(0);
  });

  it('a message that breaks the standard\'s rules is refused before anything is judged', async () => {
    const { prestatie } = await verzondenToewijzing();
    // ProductTarief left out while the eenheid is not euro's: CD087.
    const zonderTarief = declaratie([prestatie({ referentie: 'S1', tariefCent: undefined })]);
    const o = await ontvang(zonderTarief);
    expect((await verwerk()).map((u) => u.status)).toEqual(['GEWEIGERD']);
    expect((await prisma.inkomendBericht.findUniqueOrThrow({ where: { id: o.id } })).redenen.join(' ')).toContain('CD087');
    expect(await prisma.declaratiePrestatie.count({ where: { referentieNummer: 'S1' } })).toBe(0);
  });

  it('refuses the 325 download to a role without berichten:read and for an unknown id', async () => {
    await expect(getBerichtBestand(w.coach, 'declaratie', crypto.randomUUID())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getBerichtBestand(w.opsteller, 'declaratie', crypto.randomUUID())).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getBerichtenverkeer(w.coach, parseBerichtenFilters({ weergave: 'declaraties' }), NU)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('the database refuses', () => {
  it('a second declaratie with the same number for the aanbieder, a rejected prestatie without a code, a granted one without toewijzing', async () => {
    const d = await prisma.declaratie.findFirstOrThrow({ include: { prestaties: true } });
    const { id: _id, prestaties, ...rest } = d;
    await expect(prisma.declaratie.create({ data: { ...rest, inkomendBerichtId: (await ontvang('<y/>', 'y.xml')).id } })).rejects.toThrow();
    const { id: _p, ...p } = prestaties[0];
    await expect(prisma.declaratiePrestatie.create({ data: { ...p, toegekend: false, retourcodes: [] } })).rejects.toThrow();
    await expect(prisma.declaratiePrestatie.create({ data: { ...p, referentieNummer: 'ZZ1', toegekend: true, toewijzingId: null } })).rejects.toThrow();
    await expect(prisma.declaratie.update({ where: { id: d.id }, data: { status: 'TOEGEKEND', toegekendCent: d.ingediendCent - 1 } })).rejects.toThrow();
  });
});
