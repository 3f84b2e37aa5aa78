import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { auditRemove } from './audit';

/** Removes a postcode range (configuration, not history: the audit row keeps what it was). */
export async function removePostcodeGebied(actor: Actor, input: { postcodeGebiedId: string }) {
  assertPermission(actor, 'beheer:manage');
  return prisma.$transaction(async (tx) => {
    const gebied = await tx.postcodeGebied.findFirst({ where: { id: input.postcodeGebiedId, gemeenteId: actor.gemeenteId } });
    if (!gebied) throw new DomainError('NOT_FOUND', ['Dit postcodegebied bestaat niet (meer).']);
    await tx.postcodeGebied.delete({ where: { id: gebied.id } });
    await auditRemove(tx, actor, { actie: 'POSTCODEGEBIED_REMOVED', entiteit: 'PostcodeGebied', entiteitId: gebied.id }, {
      wijkId: gebied.wijkId,
      postcodeVan: gebied.postcodeVan,
      postcodeTot: gebied.postcodeTot,
    });
    return { wijkId: gebied.wijkId };
  });
}
