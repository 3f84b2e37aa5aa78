import 'server-only';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { isUuid } from '@/lib/domain/ids';
import { openDossier } from './common';

/** The content of one document for the download route: need-to-know first, and the download is logged. */
export async function getDocumentBestand(actor: Actor, huishoudenId: string, documentId: string) {
  assertPermission(actor, 'dossier:read');
  if (!isUuid(documentId)) throw new DomainError('NOT_FOUND');
  return leesZonderTransactie(async (tx) => {
    await openDossier(tx, actor, huishoudenId, { actie: 'READ', entiteit: 'Document', entiteitId: documentId });
    const document = await tx.document.findFirst({
      where: { id: documentId, huishoudenId },
      select: { titel: true, mimeType: true, inhoud: true, grootte: true },
    });
    if (!document) throw new DomainError('NOT_FOUND', ['Dit document bestaat niet.']);
    if (document.grootte === 0) throw new DomainError('NOT_FOUND', ['Dit document is geanonimiseerd: de bewaartermijn van het dossier is verstreken.']);
    return document;
  });
}
