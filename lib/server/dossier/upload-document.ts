import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { checkBijlage } from '@/lib/domain/bijlage';
import { DomainError } from '@/lib/errors';
import type { UploadDocumentInput } from '@/lib/validations/dossier';
import { openDossier } from './common';

export type Bestand = { naam: string; bytes: Uint8Array };

/**
 * Stores an uploaded file on the dossier (soort BIJLAGE): type and size checked on its content (lib/domain/bijlage),
 * kept in the database (outside the web root), never served inline.
 */
export async function uploadDocument(actor: Actor, input: UploadDocumentInput, bestand: Bestand | null) {
  assertPermission(actor, 'document:upload');
  const check = bestand ? checkBijlage(bestand.naam, bestand.bytes) : { ok: false as const, reason: 'Kies een bestand.' };
  if (!check.ok) throw new DomainError('INVALID', [], { bestand: [check.reason] });
  return prisma.$transaction(async (tx) => {
    const id = crypto.randomUUID();
    await openDossier(tx, actor, input.huishoudenId, {
      actie: 'DOCUMENT_UPLOADED', entiteit: 'Document', entiteitId: id, after: { mimeType: check.type.mimeType, grootte: bestand!.bytes.length },
    });
    const casus = await tx.casus.findFirst({ where: { huishoudenId: input.huishoudenId, fase: { not: 'AFGESLOTEN' } }, select: { id: true } });
    return tx.document.create({
      data: {
        id, gemeenteId: actor.gemeenteId, huishoudenId: input.huishoudenId, casusId: casus?.id ?? null, soort: 'BIJLAGE',
        titel: input.titel, mimeType: check.type.mimeType, inhoud: Buffer.from(bestand!.bytes), grootte: bestand!.bytes.length, doorId: actor.id,
      },
      select: { id: true },
    });
  });
}
