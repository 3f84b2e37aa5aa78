// Sending toewijzingen (issue 7, DOMAIN.md §5): one WMO301/JW301 per aanbieder and law, stored with its XML and its
// links, numbered per gemeente and message code; OP087 decides what goes in; a message that breaks the specification
// is refused with the reason.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { parseToewijzingBericht } from '@/lib/iwmo/toewijzing-bericht';
import { valideerBericht } from '@/lib/iwmo/validatie';
import { saveBeschikkingConcept } from '@/lib/server/beschikking/save-beschikking-concept';
import { vaststellenBeschikking } from '@/lib/server/beschikking/vaststellen-beschikking';
import { intrekkenBeschikking, wijzigenBeschikking } from '@/lib/server/beschikking/wijzigen-beschikking';
import { getBeschikking } from '@/lib/server/beschikking/get-beschikking';
import { verzendenToewijzingen } from '@/lib/server/toewijzing/verzenden-toewijzingen';
import { getBerichtXml } from '@/lib/server/toewijzing/get-bericht-xml';
import { createBeschikkingWereld, dag, productRegel, toekenning, vastgesteldeBeschikking, type BeschikkingWereld } from '../support/beschikking-factories';

let w: BeschikkingWereld;
beforeAll(async () => {
  w = await createBeschikkingWereld();
});

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
};

const SEND = new Date('2026-03-11T09:00:00Z');
const LATER = new Date('2026-06-01T10:00:00Z');

describe('verzendenToewijzingen', () => {
  it('sends one WMO301 per aanbieder, stores it with its links, and marks the toewijzingen sent', async () => {
    const r = await vastgesteldeBeschikking(w, {
      producten: [productRegel(w), productRegel(w, { productId: w.producten.begeleiding.id, eenheid: '04', volume: 3, aanbiederId: w.aanbieders.duinen.id })],
    });
    const berichten = await verzendenToewijzingen(w.opsteller, { beschikkingId: r.beschikkingId }, SEND);
    expect(berichten).toHaveLength(2);
    expect(berichten.map((b) => b.code)).toEqual(['WMO301', 'WMO301']);
    expect(new Set(berichten.map((b) => b.berichtNummer)).size).toBe(2);

    const opgeslagen = await prisma.bericht.findMany({ where: { id: { in: berichten.map((b) => b.id) } }, include: { toewijzingen: true, aanbieder: true } });
    expect(opgeslagen.every((b) => b.toewijzingen.length === 1 && b.gemeenteId === w.gemeenteId)).toBe(true);
    const marsdiep = opgeslagen.find((b) => b.aanbiederId === w.aanbieders.marsdiep.id)!;
    const xml = parseToewijzingBericht(marsdiep.xml);
    expect(xml).toMatchObject({ code: 'WMO301', afzender: w.gemeente.gemeentecode, ontvanger: '98100035', identificatie: String(marsdiep.berichtNummer) });
    expect(xml.dagtekening.toISOString().slice(0, 10)).toBe('2026-03-11');
    expect(xml.client).toMatchObject({ bsn: r.persoon.bsn, geslacht: 'VROUW', naam: { achternaam: r.persoon.achternaam, voorvoegsel: 'van den', voorletters: 'AM' } });
    expect(xml.client.adres).toMatchObject({ straatnaam: 'Spoorstraat', huisletter: 'A', postcode: '1781AB', plaatsnaam: 'Den Helder' });
    const toewijzing = await prisma.toewijzing.findFirstOrThrow({ where: { persoonId: r.persoon.id, aanbiederId: w.aanbieders.marsdiep.id } });
    expect(xml.producten).toEqual([
      expect.objectContaining({ toewijzingNummer: toewijzing.toewijzingNummer, categorie: '07', code: '07A12', redenWijziging: null, omvang: { volume: 6, eenheid: '16', frequentie: '2' }, budgetCent: null }),
    ]);
    expect(marsdiep.xml).toContain('<wmo301:BerichtCode>414</wmo301:BerichtCode>');
    for (const b of opgeslagen) expect(await valideerBericht(b.xml, b.code)).toEqual({ xsd: [], regels: [] });

    expect((await prisma.toewijzing.findMany({ where: { persoonId: r.persoon.id } })).map((t) => t.status)).toEqual(['VERZONDEN', 'VERZONDEN']);
    expect(await prisma.auditEntry.count({ where: { actie: 'EXPORT', entiteit: 'Bericht', persoonId: r.persoon.id } })).toBe(2);

    // Nothing left to send.
    expect((await refusal(verzendenToewijzingen(w.opsteller, { beschikkingId: r.beschikkingId }, SEND))).reasons).toEqual(['Er zijn geen nieuwe of gewijzigde toewijzingen om te versturen.']);
    expect((await getBeschikking(w.opsteller, r.beschikkingId)).acties.toewijzingenVersturen).toBe(false);
  });

  it('numbers messages per gemeente and code, gapless', async () => {
    const a = await vastgesteldeBeschikking(w);
    const b = await vastgesteldeBeschikking(w);
    const [eerste] = await verzendenToewijzingen(w.opsteller, { beschikkingId: a.beschikkingId }, SEND);
    const [tweede] = await verzendenToewijzingen(w.opsteller, { beschikkingId: b.beschikkingId }, SEND);
    expect(tweede.berichtNummer).toBe(eerste.berichtNummer + 1);
  });

  it('sends a Jeugdwet toewijzing as JW301 (BerichtCode 436), numbered on its own', async () => {
    const r = await vastgesteldeBeschikking(
      w,
      { producten: [productRegel(w, { productId: w.producten.jeugdhulp.id, eenheid: '04', volume: 2, aanbiederId: w.aanbieders.duinen.id })], wettelijkeGrondslag: 'Jeugdwet' },
      { product: w.producten.jeugdhulp },
    );
    const [bericht] = await verzendenToewijzingen(w.opsteller, { beschikkingId: r.beschikkingId }, SEND);
    expect(bericht).toMatchObject({ code: 'JW301', berichtNummer: 1 });
    const { xml } = await getBerichtXml(w.opsteller, r.beschikkingId, bericht.id);
    expect(xml).toContain('<jw301:BerichtCode>436</jw301:BerichtCode>');
    expect(parseToewijzingBericht(xml).producten[0]).toMatchObject({ categorie: '45', code: '45A01' });
  });

  it('after a change sends the changed toewijzing with its RedenWijziging, together with the other actuele ones of that aanbieder (OP087)', async () => {
    const r = await vastgesteldeBeschikking(w, {
      producten: [productRegel(w), productRegel(w, { productId: w.producten.begeleiding.id, eenheid: '04', volume: 3 })],
    });
    await verzendenToewijzingen(w.opsteller, { beschikkingId: r.beschikkingId }, SEND);
    const vast = await prisma.beschikking.findUniqueOrThrow({ where: { id: r.beschikkingId } });
    const opvolger = await wijzigenBeschikking(w.opsteller, { beschikkingId: r.beschikkingId, version: vast.version, vervalredenVorig: 'INGETROKKEN_OVERHEID' }, LATER);
    const saved = await saveBeschikkingConcept(
      w.opsteller,
      { ...toekenning(w, r.aanvraag.id), beschikkingId: opvolger.id, version: 1, producten: [productRegel(w, { einddatum: dag('2026-12-31') }), productRegel(w, { productId: w.producten.begeleiding.id, eenheid: '04', volume: 3 })] },
      LATER,
    );
    await vaststellenBeschikking(w.collega, { beschikkingId: opvolger.id, version: saved.version }, LATER);
    const dagbesteding = await prisma.toewijzing.findFirstOrThrow({ where: { persoonId: r.persoon.id, productId: w.producten.dagbesteding.id } });
    const begeleiding = await prisma.toewijzing.findFirstOrThrow({ where: { persoonId: r.persoon.id, productId: w.producten.begeleiding.id } });
    expect([dagbesteding.status, begeleiding.status]).toEqual(['GEWIJZIGD', 'VERZONDEN']);

    const [bericht] = await verzendenToewijzingen(w.opsteller, { beschikkingId: opvolger.id }, new Date('2026-06-02T08:00:00Z'));
    const xml = parseToewijzingBericht((await getBerichtXml(w.opsteller, opvolger.id, bericht.id)).xml);
    const inBericht = new Map(xml.producten.map((p) => [p.toewijzingNummer, [p.code, p.redenWijziging, p.einddatum?.toISOString().slice(0, 10)]]));
    expect(inBericht).toEqual(
      new Map([
        [dagbesteding.toewijzingNummer, ['07A12', '05', '2026-12-31']],
        [begeleiding.toewijzingNummer, ['02A01', null, '2027-03-15']],
      ]),
    );
    expect((await prisma.toewijzing.findMany({ where: { persoonId: r.persoon.id } })).map((t) => t.status)).toEqual(['VERZONDEN', 'VERZONDEN']);
  });

  it('tells the aanbieder of a withdrawal once, and keeps the toewijzing withdrawn', async () => {
    const r = await vastgesteldeBeschikking(w);
    await verzendenToewijzingen(w.opsteller, { beschikkingId: r.beschikkingId }, SEND);
    const vast = await prisma.beschikking.findUniqueOrThrow({ where: { id: r.beschikkingId } });
    const opvolger = await wijzigenBeschikking(w.opsteller, { beschikkingId: r.beschikkingId, version: vast.version, vervalredenVorig: 'INGETROKKEN_OVERHEID' }, LATER);
    const saved = await saveBeschikkingConcept(
      w.opsteller,
      { ...toekenning(w, r.aanvraag.id), beschikkingId: opvolger.id, version: 1, producten: [productRegel(w, { aanbiederId: w.aanbieders.duinen.id, ingangsdatum: dag('2026-07-01') })] },
      LATER,
    );
    await vaststellenBeschikking(w.collega, { beschikkingId: opvolger.id, version: saved.version }, LATER);
    const berichten = await verzendenToewijzingen(w.opsteller, { beschikkingId: opvolger.id }, new Date('2026-06-02T08:00:00Z'));
    expect(berichten.map((b) => b.aanbieder).sort()).toEqual(['Stichting Dagbesteding Marsdiep', 'Zorgcoöperatie De Helderse Duinen']);
    const naarMarsdiep = berichten.find((b) => b.aanbieder === 'Stichting Dagbesteding Marsdiep')!;
    const xml = parseToewijzingBericht((await getBerichtXml(w.opsteller, opvolger.id, naarMarsdiep.id)).xml);
    expect(xml.producten.map((p) => [p.redenWijziging, p.einddatum?.toISOString().slice(0, 10)])).toEqual([['09', '2026-06-30']]);
    const statussen = await prisma.toewijzing.findMany({ where: { persoonId: r.persoon.id }, orderBy: { toewijzingNummer: 'asc' }, select: { status: true } });
    expect(statussen.map((t) => t.status)).toEqual(['INGETROKKEN', 'VERZONDEN']);
    expect((await refusal(verzendenToewijzingen(w.opsteller, { beschikkingId: opvolger.id }, new Date('2026-06-03T08:00:00Z')))).code).toBe('TRANSITION_REFUSED');
  });

  it('tells the aanbieder of a withdrawal of a toewijzing it had from before this system, but not of one it never had', async () => {
    const eerder = await vastgesteldeBeschikking(w);
    // As the demo data has them: sent before Wijkregie kept its messages.
    await prisma.toewijzing.updateMany({ where: { persoonId: eerder.persoon.id }, data: { status: 'VERZONDEN' } });
    const nooit = await vastgesteldeBeschikking(w);
    for (const r of [eerder, nooit]) {
      const b = await prisma.beschikking.findUniqueOrThrow({ where: { id: r.beschikkingId } });
      const intrekking = await intrekkenBeschikking(w.opsteller, { beschikkingId: b.id, version: b.version, vervalredenVorig: 'INGETROKKEN_OVERHEID', intrekkingPer: dag('2026-07-01'), motivering: 'Verhuisd.' }, LATER);
      await vaststellenBeschikking(w.collega, { beschikkingId: intrekking.id, version: 1 }, LATER);
    }
    expect((await prisma.toewijzing.findFirstOrThrow({ where: { persoonId: nooit.persoon.id } })).redenWijziging).toBeNull();
    const [bericht] = await verzendenToewijzingen(w.opsteller, { beschikkingId: eerder.beschikkingId }, new Date('2026-06-02T08:00:00Z'));
    const xml = parseToewijzingBericht((await getBerichtXml(w.opsteller, eerder.beschikkingId, bericht.id)).xml);
    expect(xml.producten.map((p) => [p.redenWijziging, p.einddatum?.toISOString().slice(0, 10)])).toEqual([['05', '2026-06-30']]);
    expect((await refusal(verzendenToewijzingen(w.opsteller, { beschikkingId: nooit.beschikkingId }, new Date('2026-06-02T08:00:00Z')))).reasons).toEqual([
      'Er zijn geen nieuwe of gewijzigde toewijzingen om te versturen.',
    ]);
  });

  it('refuses a client without a valid BSN, with the reason, and writes nothing', async () => {
    const r = await vastgesteldeBeschikking(w, {}, { bsn: null });
    const error = await refusal(verzendenToewijzingen(w.opsteller, { beschikkingId: r.beschikkingId }, SEND));
    expect(error.reasons.join(' ')).toMatch(/BSN van de cliënt ontbreekt of is ongeldig/);
    expect(await prisma.bericht.count({ where: { toewijzingen: { some: { toewijzing: { persoonId: r.persoon.id } } } } })).toBe(0);
    expect((await prisma.toewijzing.findFirstOrThrow({ where: { persoonId: r.persoon.id } })).status).toBe('NIEUW');
  });

  it('refuses a concept, the wrong role, and a bericht of another client', async () => {
    const r = await vastgesteldeBeschikking(w);
    expect((await refusal(verzendenToewijzingen(w.coach, { beschikkingId: r.beschikkingId }, SEND))).code).toBe('FORBIDDEN');
    expect((await refusal(verzendenToewijzingen(w.teamlead, { beschikkingId: r.beschikkingId }, SEND))).code).toBe('FORBIDDEN');
    const [bericht] = await verzendenToewijzingen(w.opsteller, { beschikkingId: r.beschikkingId }, SEND);
    const ander = await vastgesteldeBeschikking(w);
    expect((await refusal(getBerichtXml(w.opsteller, ander.beschikkingId, bericht.id))).code).toBe('NOT_FOUND');
    expect((await refusal(getBerichtXml(w.opsteller, r.beschikkingId, 'geen-uuid'))).code).toBe('NOT_FOUND');
  });

  it('sent only messages that the 3.2 XSD and the standard\'s TR/CD/CS rules accept, in every case above', async () => {
    const berichten = await prisma.bericht.findMany({ select: { code: true, xml: true } });
    expect(berichten.length).toBeGreaterThan(8);
    for (const b of berichten) expect(await valideerBericht(b.xml, b.code), b.xml).toEqual({ xsd: [], regels: [] });
  });
});

describe('a client under BRP geheimhouding (issue 20)', () => {
  it('refuses to send until the backoffice says how the aanbieder was told, then leaves the BRP address out (correspondentieadres 02)', async () => {
    const r = await vastgesteldeBeschikking(w);
    await prisma.persoon.update({ where: { id: r.persoon.id }, data: { geheimhouding: true } });
    expect((await getBeschikking(w.opsteller, r.beschikkingId)).inwoner.geheimhouding).toBe(true);

    const zonder = await refusal(verzendenToewijzingen(w.opsteller, { beschikkingId: r.beschikkingId }, SEND));
    expect(zonder.code).toBe('INVALID');
    expect(zonder.fieldErrors.geheimhoudingAfspraak?.[0]).toMatch(/geheimhouding in de BRP/);
    expect(await prisma.bericht.count({ where: { toewijzingen: { some: { toewijzing: { persoonId: r.persoon.id } } } } })).toBe(0);

    const [bericht] = await verzendenToewijzingen(w.opsteller, { beschikkingId: r.beschikkingId, geheimhoudingAfspraak: 'Gebeld met de planner van Marsdiep' }, SEND);
    const opgeslagen = await prisma.bericht.findUniqueOrThrow({ where: { id: bericht.id } });
    expect(opgeslagen.geheimhoudingAfspraak).toBe('Gebeld met de planner van Marsdiep');
    // the household's address (Spoorstraat) is nowhere in the message; the gemeente's postbus is, as soort 02
    expect(opgeslagen.xml).not.toContain('Spoorstraat');
    expect(opgeslagen.xml).not.toContain('1781AB');
    const xml = parseToewijzingBericht(opgeslagen.xml);
    expect(xml.client.adresSoort).toBe('02');
    expect(xml.client.adres).toMatchObject({ straatnaam: 'Postbus', huisnummer: 1, postcode: '1780AA', plaatsnaam: 'Teststad' });
    // still a valid WMO301 by the standard's own schema and rules (TR061: a contact of soort 01, 02 or 03)
    expect(await valideerBericht(opgeslagen.xml, opgeslagen.code)).toEqual({ xsd: [], regels: [] });
    const log = await prisma.auditEntry.findMany({ where: { persoonId: r.persoon.id, actie: 'GEHEIMHOUDING_AANBIEDER_GEINFORMEERD' } });
    expect(log).toEqual([expect.objectContaining({ entiteitId: bericht.id, actorId: w.opsteller.id })]);
  });

  it('a client without geheimhouding keeps the BRP address (soort 01) and needs no afspraak', async () => {
    const r = await vastgesteldeBeschikking(w);
    const [bericht] = await verzendenToewijzingen(w.opsteller, { beschikkingId: r.beschikkingId }, SEND);
    const opgeslagen = await prisma.bericht.findUniqueOrThrow({ where: { id: bericht.id } });
    expect(opgeslagen.geheimhoudingAfspraak).toBeNull();
    expect(opgeslagen.xml).toContain('<wmo301:Soort>01</wmo301:Soort>');
    expect(parseToewijzingBericht(opgeslagen.xml).client.adresSoort).toBeUndefined();
  });
});
