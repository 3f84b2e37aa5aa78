import 'server-only';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import { loadAanvraag } from './shared';

/** The notice of the verdaging as it was sent (the stored Document), for the backoffice. */
export async function getVerdagingsbrief(actor: Actor, aanvraagId: string) {
  assertPermission(actor, 'aanvraag:read');
  return leesZonderTransactie(async (tx) => {
    const aanvraag = await loadAanvraag(tx, actor, aanvraagId);
    const document = await tx.document.findFirst({
      where: { huishoudenId: aanvraag.huishoudenId, bronId: aanvraag.id, soort: 'BIJLAGE', mimeType: 'application/pdf' },
      orderBy: { createdAt: 'desc' },
      select: { id: true, inhoud: true },
    });
    if (!document) throw new DomainError('NOT_FOUND', ['Deze aanvraag is niet verdaagd: er is geen verdagingsbrief.']);
    await assertHouseholdAccess(tx, actor, aanvraag.huishoudenId, { actie: 'EXPORT', entiteit: 'Document', entiteitId: document.id, persoonId: aanvraag.persoonId });
    return { buffer: Buffer.from(document.inhoud), filename: `verdagingsbrief-${aanvraag.nummer}.pdf` };
  });
}
