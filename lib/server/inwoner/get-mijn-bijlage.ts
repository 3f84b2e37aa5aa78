import 'server-only';
import { prisma } from '@/lib/db';
import type { InwonerActor } from '@/lib/auth/inwoner-actor';
import { isUuid } from '@/lib/domain/ids';
import { DomainError } from '@/lib/errors';
import { recordInwonerAudit } from '@/lib/server/access/inwoner-access';

export const BIJLAGE_NIET_GEVONDEN = 'Deze bijlage hebben we niet gevonden.';

/**
 * Issue 21: the attachment of a message in the household's conversation (the resident's own, another member's, or
 * the regisseur's), for a resident of that household now. Anything else — another household's attachment, a
 * dossier document that is not a message's attachment, an id that is no uuid — is NOT_FOUND, as if it did not exist.
 * The download is logged.
 */
export async function getMijnBijlage(inwoner: InwonerActor, documentId: string) {
  if (!isUuid(documentId)) throw new DomainError('NOT_FOUND', [BIJLAGE_NIET_GEVONDEN]);
  return prisma.$transaction(async (tx) => {
    const bericht = await tx.portaalBericht.findFirst({ where: { huishoudenId: inwoner.huishoudenId, documentId }, select: { id: true } });
    const document = bericht
      ? await tx.document.findFirst({ where: { id: documentId, huishoudenId: inwoner.huishoudenId, gemeenteId: inwoner.gemeenteId }, select: { id: true, titel: true, mimeType: true, inhoud: true, grootte: true } })
      : null;
    if (!document || document.grootte === 0) throw new DomainError('NOT_FOUND', [BIJLAGE_NIET_GEVONDEN]);
    await recordInwonerAudit(tx, inwoner, { actie: 'EXPORT', entiteit: 'Document', entiteitId: document.id });
    return document;
  });
}
