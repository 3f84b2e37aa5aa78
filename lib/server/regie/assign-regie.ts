import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import type { AssignRegieInput } from '@/lib/validations/regie';
import { applyRegieAssignment, loadCasusForRegie, REGIE_TRANSACTION } from './regie-core';

// DOMAIN.md §1 Teamlead and §3 rule 3: the teamlead gives casusregie or procesregie to a member of the team (or, for
// casusregie, to an aanbieder while the team keeps watch), as a first assignment, a reassignment or an approved
// second regisseur. Full history: nothing is overwritten.
export async function assignRegie(actor: Actor, input: AssignRegieInput) {
  assertPermission(actor, 'regie:assign');
  return prisma.$transaction(async (tx) => {
    const casus = await loadCasusForRegie(tx, actor, input.casusId);
    const toewijzingId = crypto.randomUUID();
    await assertHouseholdAccess(tx, actor, casus.huishoudenId, {
      actie: 'REGIE_TOEGEWEZEN',
      entiteit: 'RegieToewijzing',
      entiteitId: toewijzingId,
      after: { casusId: casus.id, mode: input.mode, vorm: input.vorm, regisseurId: input.regisseurId, aanbiederId: input.aanbiederId },
    });
    return applyRegieAssignment(tx, actor, casus, input, { toewijzingId });
  }, REGIE_TRANSACTION);
}
