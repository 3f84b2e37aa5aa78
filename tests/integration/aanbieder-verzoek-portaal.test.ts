// Issue 22 item 4: an aanbieder asks for a new or changed toewijzing by hand in the partner portal, through the same
// use case (registreerVerzoek) and rules as the 315/317 messages: the same bad input gets the same refusal by either
// channel; the answer reaches the portal (no 319 to a channel the aanbieder has no software for); the database keeps
// exactly one source per verzoek.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { toCalendarDay, toIsoDate } from '@/lib/domain/dates';
import { verzoekOmToewijzing } from '@/lib/iwmo/aanbieder-berichten';
import { afwijzenVerzoek, toewijzenVerzoek } from '@/lib/server/berichten/beantwoorden-verzoek';
import { getBerichtenverkeer } from '@/lib/server/berichten/get-berichtenverkeer';
import { ontvangBericht } from '@/lib/server/berichten/ontvang-bericht';
import { verwerkInkomendeBerichten } from '@/lib/server/berichten/verwerk-inkomende-berichten';
import { getPartnerVerzoeken } from '@/lib/server/partner/get-partner-verzoeken';
import { vraagToewijzingAan } from '@/lib/server/partner/vraag-toewijzing-aan';
import { vraagWijzigingAan } from '@/lib/server/partner/vraag-wijziging-aan';
import { parseBerichtenFilters } from '@/lib/validations/berichten';
import { createPartnerHuishouden, createPartnerWereld, type PartnerWereld } from '../support/partner-factories';
import { sentStatements } from '../support/sent-statements';

let w: PartnerWereld;
beforeAll(async () => {
  w = await createPartnerWereld();
}, 60_000);

const now = new Date();
const today = toCalendarDay(now);
const iso = (d: Date) => toIsoDate(d);
let volgnummer = 0;

/** The 315 of Marsdiep (AGB 98100035) for this client, received and processed now: the refusal's reasons, or none. */
async function alsBericht(h: Awaited<ReturnType<typeof createPartnerHuishouden>>, code: string, categorie = code.slice(0, 2)) {
  const client = { bsn: h.persoon.bsn!, geboortedatum: h.persoon.geboortedatum!.toISOString().slice(0, 10), achternaam: h.persoon.achternaam };
  const kop = { agb: '98100035', gemeentecode: w.gemeente.gemeentecode, identificatie: `P${++volgnummer}${Date.now() % 1_000_000}`, dagtekening: iso(today) };
  const xml = verzoekOmToewijzing(kop, client, [{ referentie: `VOT-P-${Date.now()}-${volgnummer}`, categorie, code, ingangsdatum: iso(today), einddatum: iso(new Date(today.getTime() + 300 * 86_400_000)), volume: 2, eenheid: '16', frequentie: '2' }]);
  const o = await ontvangBericht(w.gemeenteId, { bestandsnaam: `315-${volgnummer}.xml`, inhoud: Buffer.from(xml, 'utf8'), bron: 'MAP' }, now);
  await verwerkInkomendeBerichten({ gemeenteId: w.gemeenteId, now });
  return prisma.inkomendBericht.findUniqueOrThrow({ where: { id: o.id }, select: { status: true, redenen: true } });
}

const hand = (h: Awaited<ReturnType<typeof createPartnerHuishouden>>, productId: string) =>
  vraagToewijzingAan(w.partners.marsdiep, { bsn: h.persoon.bsn!, productId, ingangsdatum: today, einddatum: null, volume: 2, motivatie: 'Dagbesteding nodig.' }, now);

const redenen = (p: Promise<unknown>) => p.then(() => [] as string[], (e: { reasons?: string[] }) => e.reasons ?? [String(e)]);

describe('one use case for both channels: the same refusal', () => {
  // The one difference, on purpose: no contract is not a breach of the standard's rules but a reason to say no
  // (LDT_RedenAfwijzingVerzoek 3 "Geen contract" in the 319). By hand the form says so at once; a 315 is kept as an
  // open verzoek for the backoffice to answer with that reason.
  it('a product the aanbieder has no contract for: refused at the form by hand, an open verzoek by message', async () => {
    const h1 = await createPartnerHuishouden(w);
    const h2 = await createPartnerHuishouden(w);
    const bericht = await alsBericht(h1, '02A01');
    const portaal = await redenen(hand(h2, w.producten.begeleiding.id));
    expect(portaal).toEqual([`Voor product 02A01 heeft deze aanbieder op ${iso(today)} geen contract met de gemeente.`]);
    expect(bericht).toEqual({ status: 'VERWERKT', redenen: [] });
    expect(await prisma.aanbiederVerzoek.count({ where: { persoonId: h1.persoon.id, status: 'OPEN' } })).toBe(1);
    expect(await prisma.aanbiederVerzoek.count({ where: { persoonId: h2.persoon.id } })).toBe(0);
  });

  it('a second verzoek for a client while one is open (TR374), whichever channel asked first', async () => {
    const h = await createPartnerHuishouden(w);
    const eerste = await hand(h, w.producten.dagbesteding.id);
    const bericht = await alsBericht(h, '07A12');
    const portaal = await redenen(hand(h, w.producten.dagbesteding.id));
    const verwacht = `Er loopt al een verzoek voor deze cliënt van deze aanbieder (referentie ${eerste.referentieAanbieder}); eerst dat beantwoorden (TR374).`;
    expect(bericht).toMatchObject({ status: 'GEWEIGERD', redenen: [verwacht] });
    expect(portaal).toEqual([verwacht]);
    expect(await prisma.aanbiederVerzoek.count({ where: { persoonId: h.persoon.id } })).toBe(1);
  });

  it('a change of a toewijzing the aanbieder has not received yet (TR351), as a 317 would be refused', async () => {
    const h = await createPartnerHuishouden(w);
    expect(h.toewijzing.status).toBe('NIEUW');
    expect(await redenen(vraagWijzigingAan(w.partners.marsdiep, { toewijzingId: h.toewijzing.id, ingangsdatum: today, einddatum: null, volume: 3, motivatie: 'Meer nodig.' }, now)))
      .toEqual([`Toewijzing ${h.toewijzing.toewijzingNummer} is geen actuele toewijzing van deze cliënt bij deze aanbieder (TR351).`]);
  });
});

describe('a verzoek by hand', () => {
  it('is in the backoffice queue marked via portaal with motivation and who asked; refused without a 319, the partner sees the answer', async () => {
    const h = await createPartnerHuishouden(w);
    await prisma.toewijzing.update({ where: { id: h.toewijzing.id }, data: { status: 'VERZONDEN' } });
    const v = await vraagWijzigingAan(w.partners.marsdiep, { toewijzingId: h.toewijzing.id, ingangsdatum: today, einddatum: null, volume: 6, motivatie: 'Zes dagdelen: de moeder werkt nu vier dagen.' }, now);
    expect(v.referentieAanbieder).toMatch(/^PORTAAL-\d+$/);
    const rij = await prisma.aanbiederVerzoek.findUniqueOrThrow({ where: { id: v.id } });
    expect(rij).toMatchObject({ kanaal: 'PORTAAL', inkomendBerichtId: null, ingediendDoorId: w.partners.marsdiep.gebruikerId, wet: 'WMO', soort: 'WIJZIGING', status: 'OPEN' });
    expect(rij.producten).toEqual([expect.objectContaining({ teWijzigen: [expect.objectContaining({ toewijzingNummer: h.toewijzing.toewijzingNummer, omvang: expect.objectContaining({ volume: 6 }) })], ongewijzigd: [] })]);
    expect(await prisma.auditEntry.count({ where: { actie: 'PARTNER_VERZOEK_INGEDIEND', entiteitId: v.id, actorRol: 'PARTNER' } })).toBe(1);

    const lijst = await getBerichtenverkeer(w.opsteller, parseBerichtenFilters({ weergave: 'verzoeken', aanbiederId: w.aanbieders.marsdiep.id }), now);
    expect(lijst.verzoeken.find((x) => x.id === v.id)).toMatchObject({ kanaal: 'PORTAAL', motivatie: 'Zes dagdelen: de moeder werkt nu vier dagen.', ingediendDoor: { naam: expect.any(String) } });

    expect(await afwijzenVerzoek(w.opsteller, { verzoekId: v.id, version: rij.version, reden: '2' }, now)).toEqual({ soort: null, berichtNummer: null });
    expect(await prisma.aanbiederVerzoek.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({ status: 'AFGEWEZEN', redenAfwijzing: '2', antwoordXml: null });
    // The partner user who asked hears that there is an answer, and where: nothing of the client.
    const mails = await prisma.mailBericht.findMany({ where: { soort: 'PARTNER_VERZOEK_BEANTWOORD', onderwerp: `Antwoord op je verzoek ${v.referentieAanbieder}` } });
    expect(mails.map((m) => m.aan)).toEqual([w.partners.marsdiep.email]);
    expect(mails[0].tekst).toContain('/partner/verzoeken');
    expect(mails[0].tekst).not.toContain(h.persoon.bsn!);
    expect(mails[0].tekst).not.toContain(h.persoon.achternaam);
    const gezien = (await getPartnerVerzoeken(w.partners.marsdiep)).rijen.find((x) => x.id === v.id);
    expect(gezien).toMatchObject({ status: 'AFGEWEZEN', redenAfwijzing: '2', beantwoordOp: expect.any(Date), motivatie: 'Zes dagdelen: de moeder werkt nu vier dagen.' });
    // Another aanbieder's organisation does not see it.
    expect((await getPartnerVerzoeken(w.partners.duinen)).rijen.find((x) => x.id === v.id)).toBeUndefined();
  });

  it('is honoured with a not yet sent toewijzing like a 315, and the partner sees it toegewezen', async () => {
    const h = await createPartnerHuishouden(w);
    const v = await hand(h, w.producten.dagbesteding.id);
    const rij = await prisma.aanbiederVerzoek.findUniqueOrThrow({ where: { id: v.id } });
    expect(await toewijzenVerzoek(w.opsteller, { verzoekId: v.id, version: rij.version, toewijzingId: h.toewijzing.id }, now)).toEqual({ toewijzingNummer: h.toewijzing.toewijzingNummer });
    expect((await getPartnerVerzoeken(w.partners.marsdiep)).rijen.find((x) => x.id === v.id)).toMatchObject({ status: 'TOEGEWEZEN', client: expect.any(String), huishoudenId: h.huishouden.id });
    // Issue 23: the count, the page with the names, and the access-log rows of the households named: three statements.
    const { statements } = await sentStatements(() => getPartnerVerzoeken(w.partners.marsdiep));
    expect(statements).toHaveLength(3);
    expect(statements[2]).toMatch(/^\s*INSERT INTO "AuditEntry"/);
  });

  it('for a BSN of a household the organisation cannot see: niet gevonden, like an unknown BSN, nothing written', async () => {
    const h = await createPartnerHuishouden(w);
    const voor = await prisma.aanbiederVerzoek.count();
    await expect(vraagToewijzingAan(w.partners.duinen, { bsn: h.persoon.bsn!, productId: w.producten.dagbesteding.id, ingangsdatum: today, einddatum: null, volume: 2, motivatie: 'x' }, now)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(vraagToewijzingAan(w.partners.marsdiep, { bsn: '999999990', productId: w.producten.dagbesteding.id, ingangsdatum: today, einddatum: null, volume: 2, motivatie: 'x' }, now)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await prisma.aanbiederVerzoek.count()).toBe(voor);
  });
});

describe('the database refuses', () => {
  it('a verzoek with both sources, with none, and one by hand without its motivation', async () => {
    const h = await createPartnerHuishouden(w);
    await prisma.toewijzing.update({ where: { id: h.toewijzing.id }, data: { status: 'VERZONDEN' } });
    const v = await vraagWijzigingAan(w.partners.marsdiep, { toewijzingId: h.toewijzing.id, ingangsdatum: today, einddatum: null, volume: 2, motivatie: 'Nodig.' }, now);
    const bericht = await prisma.inkomendBericht.create({ data: { gemeenteId: w.gemeenteId, bestandsnaam: 'x.xml', inhoud: '<x/>', sha256: 'a'.repeat(64), bron: 'MAP' } });
    await expect(prisma.aanbiederVerzoek.update({ where: { id: v.id }, data: { inkomendBerichtId: bericht.id } })).rejects.toThrow(/AanbiederVerzoek_een_bron|check/i);
    await expect(prisma.aanbiederVerzoek.update({ where: { id: v.id }, data: { ingediendDoorId: null } })).rejects.toThrow(/AanbiederVerzoek_een_bron|check/i);
    await expect(prisma.aanbiederVerzoek.update({ where: { id: v.id }, data: { motivatie: '  ' } })).rejects.toThrow(/AanbiederVerzoek_portaal_motivatie|check/i);
    await expect(prisma.aanbiederVerzoek.update({ where: { id: v.id }, data: { kanaal: 'BERICHT' } })).rejects.toThrow(/AanbiederVerzoek_kanaal_bron|check/i);
    expect(await prisma.aanbiederVerzoek.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({ kanaal: 'PORTAAL', inkomendBerichtId: null, motivatie: 'Nodig.' });
  });
});
