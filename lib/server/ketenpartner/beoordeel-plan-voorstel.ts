import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import type { VoorstelBeoordelenInput } from '@/lib/validations/partner';

/**
 * Issue 22: the regisseur takes a partner's proposal over (to write into the next plan version with the household) or
 * declines it; the partner sees the outcome. The plan itself changes only through a new version.
 */
export async function beoordeelPlanVoorstel(actor: Actor, input: VoorstelBeoordelenInput, now = new Date()) {
  assertPermission(actor, 'plan:write');
  return prisma.$transaction(async (tx) => {
    const voorstel = await tx.partnerVoorstel.findFirst({ where: { id: input.voorstelId, huishoudenId: input.huishoudenId, gemeenteId: actor.gemeenteId }, select: { id: true, status: true } });
    if (!voorstel) throw new DomainError('NOT_FOUND', ['Dit voorstel bestaat niet.']);
    await assertHouseholdAccess(tx, actor, input.huishoudenId, { actie: 'PARTNER_VOORSTEL_BEOORDEELD', entiteit: 'PartnerVoorstel', entiteitId: voorstel.id, after: { besluit: input.besluit } });
    if (voorstel.status !== 'OPEN') throw new DomainError('TRANSITION_REFUSED', ['Over dit voorstel is al besloten.']);
    const { count } = await tx.partnerVoorstel.updateMany({
      where: { id: voorstel.id, version: input.version },
      data: { status: input.besluit, beoordeeldOp: now, beoordeeldDoorId: actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw new DomainError('STALE_VERSION');
  });
}
