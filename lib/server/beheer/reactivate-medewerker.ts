import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import type { UserVersionInput } from '@/lib/validations/beheer';
import { recordAudit } from '@/lib/server/audit/record';
import { beheerConflict } from './audit';

/** Gives a deactivated account back its access (someone returns, or was deactivated by mistake). */
export async function reactivateMedewerker(actor: Actor, input: UserVersionInput) {
  assertPermission(actor, 'beheer:manage');
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: input.userId, gemeenteId: actor.gemeenteId } });
    if (!user) throw new DomainError('NOT_FOUND');
    if (user.actief) throw new DomainError('TRANSITION_REFUSED', ['Deze medewerker is al actief.']);
    const { count } = await tx.user.updateMany({
      where: { id: user.id, version: input.version },
      data: { actief: true, gedeactiveerdOp: null, version: { increment: 1 } },
    });
    if (count === 0) throw await beheerConflict(tx, actor, 'User', user.id, 'deze medewerker');
    await recordAudit(tx, actor, {
      actie: 'USER_REACTIVATED',
      entiteit: 'User',
      entiteitId: user.id,
      before: { actief: false, gedeactiveerdOp: user.gedeactiveerdOp?.toISOString() ?? null },
      after: { actief: true, gedeactiveerdOp: null },
    });
  });
}
