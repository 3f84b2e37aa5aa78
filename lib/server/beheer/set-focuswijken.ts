import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import type { SetFocuswijkenInput } from '@/lib/validations/beheer';
import { auditChange, beheerConflict } from './audit';

/** Replaces the focuswijken of a staff member (casusverdeling shows them when it weighs who takes a household). */
export async function setFocuswijken(actor: Actor, input: SetFocuswijkenInput) {
  assertPermission(actor, 'beheer:manage');
  const wijkIds = [...new Set(input.wijkIds)].sort();
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { id: input.userId, gemeenteId: actor.gemeenteId },
      select: { id: true, focuswijken: { select: { wijkId: true } } },
    });
    if (!user) throw new DomainError('NOT_FOUND');
    if (wijkIds.length && (await tx.wijk.count({ where: { id: { in: wijkIds }, gemeenteId: actor.gemeenteId } })) !== wijkIds.length) {
      throw new DomainError('INVALID', ['Kies bestaande wijken.'], { wijkIds: ['Kies bestaande wijken.'] });
    }
    const { count } = await tx.user.updateMany({ where: { id: user.id, version: input.version }, data: { version: { increment: 1 } } });
    if (count === 0) throw await beheerConflict(tx, actor, 'User', user.id, 'deze medewerker');
    await tx.focuswijk.deleteMany({ where: { userId: user.id } });
    await tx.focuswijk.createMany({ data: wijkIds.map((wijkId) => ({ userId: user.id, wijkId })) });
    await auditChange(
      tx,
      actor,
      { actie: 'USER_FOCUSWIJKEN_SET', entiteit: 'User', entiteitId: user.id },
      { focuswijkIds: user.focuswijken.map((f) => f.wijkId) },
      { focuswijkIds: wijkIds },
    );
  });
}
