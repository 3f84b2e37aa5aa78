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
    const lijst = await getDocumenten(org.coach, fx.huishouden.id);
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
