// Bewaartermijnen (issue 8) and what left the gemeente: the stored WMO301/JW301 of an anonymised household loses
// its XML (BSN, name and address of the client), keeps its code, number and aanbieder, and no longer downloads;
// a stored document of such a household says it was anonymised instead of downloading an empty file.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { ANONIEM } from '@/lib/domain/bewaartermijn';
import { anonimiseerVerlopenDossiers } from '@/lib/server/bewaartermijn/verlopen-dossiers';
import { getDocumentBestand } from '@/lib/server/dossier/get-document-bestand';
import { getBerichtXml } from '@/lib/server/toewijzing/get-bericht-xml';
import { verzendenToewijzingen } from '@/lib/server/toewijzing/verzenden-toewijzingen';
import { actorFor, createUser } from '../support/factories';
import { declaratieBericht } from '@/lib/iwmo/aanbieder-berichten';
import { ontvangBericht } from '@/lib/server/berichten/ontvang-bericht';
import { verwerkInkomendeBerichten } from '@/lib/server/berichten/verwerk-inkomende-berichten';
import { createBeschikkingWereld, vastgesteldeBeschikking, type BeschikkingWereld } from '../support/beschikking-factories';

const NOW = new Date('2026-11-23T10:00:00Z');
const GEANONIMISEERD = (wat: string) => ({ code: 'NOT_FOUND', reasons: [`Dit ${wat} is geanonimiseerd: de bewaartermijn van het dossier is verstreken.`] });
let w: BeschikkingWereld;

beforeAll(async () => {
  w = await createBeschikkingWereld();
  await prisma.bewaartermijn.createMany({
    data: [
      { gemeenteId: w.gemeenteId, wet: 'WMO', jaren: 15 },
      { gemeenteId: w.gemeenteId, wet: 'JEUGDWET', jaren: 20 },
      { gemeenteId: w.gemeenteId, wet: 'PARTICIPATIEWET', jaren: 10 },
    ],
  });
});

describe('anonymising a household with sent toewijzingen', () => {
  it('clears the stored message and refuses its download and the documents with a Dutch reason', async () => {
    const r = await vastgesteldeBeschikking(w);
    const [verzonden] = await verzendenToewijzingen(w.opsteller, { beschikkingId: r.beschikkingId }, new Date('2026-03-11T09:00:00Z'));
    const voor = await prisma.bericht.findUniqueOrThrow({ where: { id: verzonden.id } });
    expect(voor.xml).toContain(r.persoon.bsn!);
    const document = await prisma.document.create({
      data: { gemeenteId: w.gemeenteId, huishoudenId: r.huishouden.id, soort: 'VERSLAG', titel: 'Brief huisarts', mimeType: 'application/pdf', inhoud: new Uint8Array([37, 80, 68, 70]), grootte: 4, doorId: w.opsteller.id },
    });
    expect((await getDocumentBestand(w.opsteller, r.huishouden.id, document.id)).grootte).toBe(4);

    // A declaratie (323) on the toewijzing, with its answer (325): both files name the client.
    const t = await prisma.toewijzing.findFirstOrThrow({ where: { persoonId: r.persoon.id }, include: { product: true } });
    const xml323 = declaratieBericht({ agb: '98100035', gemeentecode: w.gemeente.gemeentecode, identificatie: 'BT1', dagtekening: '2026-04-02' }, {
      nummer: 'BEWAAR1', periodeBegin: '2026-03-01', periodeEind: '2026-03-31',
      prestaties: [{ bsn: r.persoon.bsn!, referentie: 'BW1', toewijzingNummer: t.toewijzingNummer, categorie: t.product.categorie, code: t.product.code, begindatum: '2026-03-16', einddatum: '2026-03-22', volume: 7, eenheid: '16', tariefCent: 4650, bedragCent: 7 * 4650 }],
    });
    const o = await ontvangBericht(w.gemeenteId, { bestandsnaam: 'WMO323-BT1.xml', inhoud: Buffer.from(xml323), bron: 'MAP' }, new Date('2026-04-03T10:00:00Z'));
    await verwerkInkomendeBerichten({ gemeenteId: w.gemeenteId, now: new Date('2026-04-03T10:00:00Z') });
    const declaratie = await prisma.declaratie.findUniqueOrThrow({ where: { inkomendBerichtId: o.id } });
    expect(declaratie.antwoordXml).toContain(r.persoon.bsn!); // 7 > 6 per week: rejected, so named in the 325

    await prisma.casus.update({ where: { id: r.casus.id }, data: { fase: 'AFGESLOTEN', afgeslotenOp: new Date('1990-06-01T00:00:00Z') } });
    const beheer = actorFor(await createUser(w.gemeenteId, ['BEHEERDER']));
    const verslag = await anonimiseerVerlopenDossiers(beheer, { now: NOW });
    expect(verslag.geanonimiseerd.map((g) => g.huishoudenId)).toContain(r.huishouden.id);

    const na = await prisma.bericht.findUniqueOrThrow({ where: { id: verzonden.id } });
    expect(na).toMatchObject({ xml: ANONIEM.tekst, code: voor.code, berichtNummer: voor.berichtNummer, aanbiederId: voor.aanbiederId });
    await expect(getBerichtXml(w.opsteller, r.beschikkingId, verzonden.id)).rejects.toMatchObject(GEANONIMISEERD('bericht'));
    // The declaratie keeps its amounts and codes; its files and the BSN go.
    expect(await prisma.declaratie.findUniqueOrThrow({ where: { id: declaratie.id } })).toMatchObject({ antwoordXml: ANONIEM.tekst, declaratieNummer: 'BEWAAR1', ingediendCent: 7 * 4650, status: 'AFGEWEZEN' });
    expect(await prisma.inkomendBericht.findUniqueOrThrow({ where: { id: o.id } })).toMatchObject({ inhoud: ANONIEM.tekst, bestandsnaam: ANONIEM.tekst, soort: 'WMO323' });
    expect(await prisma.declaratiePrestatie.findFirstOrThrow({ where: { declaratieId: declaratie.id } })).toMatchObject({ bsn: '000000000', retourcodes: ['9321'], volume: 7 });
    // The backoffice still reaches the household through its aanvraag; the document says what happened to it.
    await expect(getDocumentBestand(w.opsteller, r.huishouden.id, document.id)).rejects.toMatchObject(GEANONIMISEERD('document'));
  });
});
