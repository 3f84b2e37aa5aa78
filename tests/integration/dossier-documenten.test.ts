import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { BIJLAGE_REASONS } from '@/lib/domain/bijlage';
import { getDocumentBestand } from '@/lib/server/dossier/get-document-bestand';
import { getDocumenten } from '@/lib/server/dossier/get-documenten';
import { uploadDocument } from '@/lib/server/dossier/upload-document';
import { actorFor, createGemeente, createUser } from '../support/factories';
import { createBuitenstaander, createRijkHuishouden, createWijkMetTeam, type HuishoudenFixture } from '../support/dossier-fixtures';

let gemeenteId: string;
let org: Awaited<ReturnType<typeof createWijkMetTeam>>;
let fx: HuishoudenFixture;
const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF');

beforeAll(async () => {
  gemeenteId = (await createGemeente()).id;
  org = await createWijkMetTeam(gemeenteId);
  fx = await createRijkHuishouden(gemeenteId, org);
});

describe('documents on the dossier', () => {
  it('stores an upload as a bijlage, lists it with generated documents, and serves it only with need-to-know', async () => {
    await prisma.document.create({
      data: { gemeenteId, huishoudenId: fx.huishouden.id, soort: 'VERSLAG', titel: 'Verslag keukentafelgesprek', mimeType: 'application/pdf', inhoud: Buffer.from(pdf), grootte: pdf.length, doorId: org.coach.id },
    });
    const { id } = await uploadDocument(org.coach, { huishoudenId: fx.huishouden.id, titel: 'Brief van school' }, { naam: 'brief.pdf', bytes: pdf });
    const lijst = (await getDocumenten(org.coach, fx.huishouden.id)).documenten;
    expect(lijst.map((d) => [d.soort, d.titel, d.door])).toEqual([
      ['BIJLAGE', 'Brief van school', org.coach.naam],
      ['VERSLAG', 'Verslag keukentafelgesprek', org.coach.naam],
    ]);
    const bestand = await getDocumentBestand(org.coach, fx.huishouden.id, id);
    expect(bestand).toMatchObject({ mimeType: 'application/pdf', grootte: pdf.length });
    expect(new Uint8Array(bestand.inhoud)).toEqual(pdf);
    expect(await prisma.auditEntry.count({ where: { entiteit: 'Document', entiteitId: id, actie: 'READ' } })).toBe(1);
    const ander = await createBuitenstaander(gemeenteId);
    await expect(getDocumentBestand(ander, fx.huishouden.id, id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lists the plan versions, verslagen and beschikking letters made on demand, not twice when a copy is stored (issue 16 item 19)', async () => {
    const h = await createRijkHuishouden(gemeenteId, org);
    const { opVerzoek, documenten } = await getDocumenten(org.coach, h.huishouden.id);
    expect(documenten).toEqual([]);
    const gesprek = await prisma.gesprek.findFirstOrThrow({ where: { huishoudenId: h.huishouden.id, status: 'AFGEROND' } });
    const beschikking = await prisma.beschikking.findFirstOrThrow({ where: { huishoudenId: h.huishouden.id, status: { not: 'CONCEPT' } } });
    expect(opVerzoek.map((d) => [d.soort, d.href])).toEqual(expect.arrayContaining([
      ['PLAN', `/huishoudens/${h.huishouden.id}/plan/pdf?versie=1`],
      ['VERSLAG', `/huishoudens/${h.huishouden.id}/gesprekken/${gesprek.id}/verslag`],
      ['BESCHIKKING', `/beschikkingen/${beschikking.id}/brief`],
    ]));
    expect(opVerzoek).toHaveLength(3);
    // A stored letter and verslag replace the ones made on demand; the plan stays (it is never stored).
    for (const [soort, bronId] of [['BESCHIKKING', beschikking.id], ['VERSLAG', gesprek.id]] as const) {
      await prisma.document.create({ data: { gemeenteId, huishoudenId: h.huishouden.id, soort, bronId, titel: soort, mimeType: 'application/pdf', inhoud: Buffer.from(pdf), grootte: pdf.length, doorId: org.coach.id } });
    }
    const daarna = await getDocumenten(org.coach, h.huishouden.id);
    expect(daarna.opVerzoek.map((d) => d.soort)).toEqual(['PLAN']);
    expect(daarna.documenten).toHaveLength(2);
    // Who may not make a verslag is not offered one; without need-to-know nothing is listed.
    const backoffice = actorFor(await createUser(gemeenteId, ['BACKOFFICE']));
    await prisma.document.deleteMany({ where: { huishoudenId: h.huishouden.id, soort: 'VERSLAG' } });
    expect((await getDocumenten(backoffice, h.huishouden.id)).opVerzoek.map((d) => d.soort).sort()).toEqual(['PLAN']);
    await expect(getDocumenten(await createBuitenstaander(gemeenteId), h.huishouden.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('does not serve a document through another household it does not belong to', async () => {
    const { id } = await uploadDocument(org.coach, { huishoudenId: fx.huishouden.id, titel: 'Nog een brief' }, { naam: 'brief.pdf', bytes: pdf });
    const ander = await createRijkHuishouden(gemeenteId, org);
    await expect(getDocumentBestand(org.coach, ander.huishouden.id, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a disguised or active file at the field, and writes nothing', async () => {
    const before = await prisma.document.count();
    await expect(uploadDocument(org.coach, { huishoudenId: fx.huishouden.id, titel: 'Factuur' }, { naam: 'factuur.pdf', bytes: new TextEncoder().encode('MZ\u0090 program') }))
      .rejects.toMatchObject({ code: 'INVALID', fieldErrors: { bestand: [BIJLAGE_REASONS.type] } });
    await expect(uploadDocument(org.coach, { huishoudenId: fx.huishouden.id, titel: 'Formulier' }, { naam: 'formulier.pdf', bytes: new TextEncoder().encode('%PDF-1.7 << /S /JavaScript /JS (x) >>') }))
      .rejects.toMatchObject({ fieldErrors: { bestand: [BIJLAGE_REASONS.actief] } });
    await expect(uploadDocument(org.coach, { huishoudenId: fx.huishouden.id, titel: 'Leeg' }, null)).rejects.toMatchObject({ fieldErrors: { bestand: ['Kies een bestand.'] } });
    expect(await prisma.document.count()).toBe(before);
  });

  it('refuses a role that may not upload, and a user without need-to-know', async () => {
    const beleid = actorFor(await createUser(gemeenteId, ['BELEID']));
    await expect(uploadDocument(beleid, { huishoudenId: fx.huishouden.id, titel: 'X' }, { naam: 'x.pdf', bytes: pdf })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(uploadDocument(await createBuitenstaander(gemeenteId), { huishoudenId: fx.huishouden.id, titel: 'X' }, { naam: 'x.pdf', bytes: pdf })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
