import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';

/** Issue 16 item 19: the access-log code of showing a BSN on request. */
export const BSN_GETOOND = 'BSN_GETOOND';

/**
 * A member's BSN, on request (issue 16 item 19): lists show only whether it is known; whoever has need-to-know on the
 * household (a wijkcoach in regie, the team, the backoffice through an aanvraag…) can show one person's BSN, and that
 * is written to the access log (BSN_GETOOND, with the person) in the same transaction.
 */
export async function toonBsn(actor: Actor, input: { huishoudenId: string; persoonId: string }): Promise<{ bsn: string | null }> {
  assertPermission(actor, 'dossier:read');
  return prisma.$transaction(async (tx) => {
    // Need-to-know first (a refusal writes nothing); the row is rolled back too when the person is no member.
    await assertHouseholdAccess(tx, actor, input.huishoudenId, { actie: 'BSN_GETOOND', entiteit: 'Persoon', entiteitId: input.persoonId, persoonId: input.persoonId });
    const lid = await tx.huishoudenLidmaatschap.findFirst({
      where: { huishoudenId: input.huishoudenId, persoonId: input.persoonId, gemeenteId: actor.gemeenteId },
      select: { persoon: { select: { bsn: true } } },
    });
    if (!lid) throw new DomainError('NOT_FOUND', ['Deze persoon hoort niet (meer) bij dit huishouden.']);
    return { bsn: lid.persoon.bsn };
  });
}
