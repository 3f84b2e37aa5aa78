import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { OPSCHALING_REASONS, opschalingRequestRefusals } from '@/lib/domain/opschaling';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import type { RequestOpschalingInput } from '@/lib/validations/regie';
import { currentAssignments, toAssignment } from './regie-core';

// Opschalen (DOMAIN.md §2 Regie): the wijkcoach with casusregie asks the teamlead to raise the casus to procesregie.
// One open request per casus, also in the database (Opschalingsverzoek_een_open_verzoek).
export async function requestOpschaling(actor: Actor, input: RequestOpschalingInput) {
  assertPermission(actor, 'regie:request-opschaling');
  return prisma.$transaction(async (tx) => {
    const casus = await tx.casus.findFirst({
      where: { id: input.casusId, gemeenteId: actor.gemeenteId },
      select: { id: true, huishoudenId: true, fase: true },
    });
    if (!casus) throw new DomainError('NOT_FOUND', ['Deze casus bestaat niet (meer).']);
    const id = crypto.randomUUID();
    await assertHouseholdAccess(tx, actor, casus.huishoudenId, {
      actie: 'OPSCHALING_AANGEVRAAGD', entiteit: 'Opschalingsverzoek', entiteitId: id, after: { casusId: casus.id },
    });
    const current = (await currentAssignments(tx, casus.huishoudenId)).map(toAssignment);
    const open = await tx.opschalingsverzoek.count({ where: { casusId: casus.id, status: 'OPEN' } });
    const reasons = opschalingRequestRefusals({ fase: casus.fase, current, requesterId: actor.id, hasOpenRequest: open > 0, reden: input.reden });
    if (reasons.length) throw new DomainError('TRANSITION_REFUSED', reasons);
    try {
      return await tx.opschalingsverzoek.create({
        data: { id, gemeenteId: actor.gemeenteId, casusId: casus.id, aangevraagdDoorId: actor.id, reden: input.reden },
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('CONFLICT', [OPSCHALING_REASONS.alreadyRequested]);
      throw error;
    }
  });
}
