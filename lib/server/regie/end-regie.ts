import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { planEnding } from '@/lib/domain/regie';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import type { BeeindigRegieInput } from '@/lib/validations/regie';
import { currentAssignments, loadCasusForRegie, regieConflict, toAssignment } from './regie-core';

export const LAST_REGISSEUR =
  'Een casus in regie houdt een regisseur in de lead. Wijs eerst een andere regisseur toe of draag de regie over.';

// The teamlead ends one current assignment (a second regisseur, or a casusregisseur beside the procesregisseur)
// while the casus stays in regie; lib/domain/regie planEnding decides who leads after.
export async function endRegie(actor: Actor, input: BeeindigRegieInput) {
  assertPermission(actor, 'regie:assign');
  return prisma.$transaction(async (tx) => {
    const toewijzing = await tx.regieToewijzing.findFirst({
      where: { id: input.toewijzingId, gemeenteId: actor.gemeenteId },
      select: { id: true, casusId: true, huishoudenId: true, tot: true },
    });
    if (!toewijzing) throw new DomainError('NOT_FOUND', ['Deze regietoewijzing bestaat niet (meer).']);
    const casus = await loadCasusForRegie(tx, actor, toewijzing.casusId);
    await assertHouseholdAccess(tx, actor, casus.huishoudenId, {
      actie: 'REGIE_BEEINDIGD', entiteit: 'RegieToewijzing', entiteitId: toewijzing.id,
    });
    const current = (await currentAssignments(tx, casus.huishoudenId)).map(toAssignment);
    const plan = planEnding(current, toewijzing.id);
    if (!plan.ok) throw new DomainError('TRANSITION_REFUSED', plan.reasons);
    if (current.length === 1 && casus.fase !== 'AFGESLOTEN') throw new DomainError('TRANSITION_REFUSED', [LAST_REGISSEUR]);

    const { count } = await tx.regieToewijzing.updateMany({
      where: { id: toewijzing.id, version: input.version, tot: null },
      data: { tot: new Date(), eindreden: input.eindreden, lead: false, version: { increment: 1 } },
    });
    if (count === 0) throw await regieConflict(tx, actor, casus.id);
    // Casus.version guards assignments; ending one changes the regie too.
    await tx.casus.update({ where: { id: casus.id }, data: { version: { increment: 1 } } });
    for (const change of [...plan.leadChanges].sort((a, b) => Number(a.lead) - Number(b.lead))) {
      await tx.regieToewijzing.update({ where: { id: change.id }, data: { lead: change.lead, version: { increment: 1 } } });
    }
  });
}
