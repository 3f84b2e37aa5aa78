import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import type { UserVersionInput } from '@/lib/validations/beheer';
import { recordAudit } from '@/lib/server/audit/record';
import { beheerConflict } from './audit';

/**
 * Deactivates an account; never deletes it, so history keeps the name. From the next request the person can no
 * longer sign in or use a session (verifyCredentials and getActor read `actief`). Their current regie is left as it
 * is on purpose: ending it silently would leave households without a regisseur. It shows up for reassignment in
 * casusverdeling (listOpenRegieOfInactiveUsers) until a teamleider gives it to someone else.
 */
export async function deactivateMedewerker(actor: Actor, input: UserVersionInput) {
  assertPermission(actor, 'beheer:manage');
  if (input.userId === actor.id) throw new DomainError('INVALID', ['Je kunt je eigen account niet deactiveren.']);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: input.userId, gemeenteId: actor.gemeenteId } });
    if (!user) throw new DomainError('NOT_FOUND');
    if (!user.actief) throw new DomainError('TRANSITION_REFUSED', ['Deze medewerker is al gedeactiveerd.']);
    const gedeactiveerdOp = new Date();
    const { count } = await tx.user.updateMany({
      where: { id: user.id, version: input.version },
      data: { actief: false, gedeactiveerdOp, version: { increment: 1 } },
    });
    if (count === 0) throw await beheerConflict(tx, actor, 'User', user.id, 'deze medewerker');
    const openRegie = await tx.regieToewijzing.count({ where: { regisseurId: user.id, tot: null, casus: { fase: { not: 'AFGESLOTEN' } } } });
    await recordAudit(tx, actor, {
      actie: 'USER_DEACTIVATED',
      entiteit: 'User',
      entiteitId: user.id,
      before: { actief: true, gedeactiveerdOp: null },
      after: { actief: false, gedeactiveerdOp: gedeactiveerdOp.toISOString(), openRegie },
    });
    return { openRegie };
  });
}
