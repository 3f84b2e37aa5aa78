import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import type { WithdrawToestemmingInput } from '@/lib/validations/toestemming';

// A resident may withdraw consent at any time; from that day on nothing is shared on it (DOMAIN.md §2).
export async function withdrawToestemming(actor: Actor, input: WithdrawToestemmingInput) {
  assertPermission(actor, 'toestemming:write');
  return prisma.$transaction(async (tx) => {
    const toestemming = await tx.toestemming.findFirst({ where: { id: input.toestemmingId, gemeenteId: actor.gemeenteId } });
    if (!toestemming) throw new DomainError('NOT_FOUND');
    await assertHouseholdAccess(tx, actor, toestemming.huishoudenId, {
      actie: 'TOESTEMMING_INGETROKKEN', entiteit: 'Toestemming', entiteitId: toestemming.id, persoonId: toestemming.persoonId,
      after: { ingetrokkenOp: input.ingetrokkenOp.toISOString() },
    });
    if (input.ingetrokkenOp.getTime() < toestemming.gegevenOp.getTime()) {
      const reason = 'De datum van intrekken ligt voor de datum waarop de toestemming is gegeven.';
      throw new DomainError('INVALID', [reason], { ingetrokkenOp: [reason] });
    }
    // The ingetrokkenOp IS NULL condition is the conflict check: two people withdrawing at once change it once.
    const { count } = await tx.toestemming.updateMany({
      where: { id: toestemming.id, ingetrokkenOp: null },
      data: { ingetrokkenOp: input.ingetrokkenOp },
    });
    if (count === 0) throw new DomainError('CONFLICT', ['Deze toestemming is al ingetrokken.']);
    return toestemming.huishoudenId;
  });
}
