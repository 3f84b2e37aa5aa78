import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import type { SignaalAfhandelenInput } from '@/lib/validations/partner';

/** Issue 22: the regisseur (or teamleider) marks a partner's zorgsignaal handled; it leaves the werkvoorraad. */
export async function handelZorgsignaalAf(actor: Actor, input: SignaalAfhandelenInput, now = new Date()) {
  assertPermission(actor, 'plan:write');
  return prisma.$transaction(async (tx) => {
    const signaal = await tx.partnerSignaal.findFirst({ where: { id: input.signaalId, huishoudenId: input.huishoudenId, gemeenteId: actor.gemeenteId }, select: { id: true, soort: true, afgehandeldOp: true } });
    if (!signaal) throw new DomainError('NOT_FOUND', ['Dit signaal bestaat niet.']);
    await assertHouseholdAccess(tx, actor, input.huishoudenId, { actie: 'PARTNER_SIGNAAL_AFGEHANDELD', entiteit: 'PartnerSignaal', entiteitId: signaal.id, after: { soort: signaal.soort } });
    if (signaal.afgehandeldOp) throw new DomainError('TRANSITION_REFUSED', ['Dit signaal is al afgehandeld.']);
    const { count } = await tx.partnerSignaal.updateMany({
      where: { id: signaal.id, version: input.version },
      data: { afgehandeldOp: now, afgehandeldDoorId: actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw new DomainError('STALE_VERSION');
  });
}
