import 'server-only';
import { prisma } from '@/lib/db';
import { hashPassword } from '@/lib/auth/password';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import type { ResetWachtwoordInput } from '@/lib/validations/beheer';
import { recordAudit } from '@/lib/server/audit/record';
import { beheerConflict } from './audit';

/** Sets a new password chosen by the beheerder (passed on to the person by phone, never by mail). */
export async function resetWachtwoord(actor: Actor, input: ResetWachtwoordInput) {
  assertPermission(actor, 'beheer:manage');
  const passwordHash = await hashPassword(input.wachtwoord);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: input.userId, gemeenteId: actor.gemeenteId }, select: { id: true, wachtwoordGewijzigdOp: true } });
    if (!user) throw new DomainError('NOT_FOUND');
    const wachtwoordGewijzigdOp = new Date();
    const { count } = await tx.user.updateMany({
      where: { id: user.id, version: input.version },
      data: { passwordHash, wachtwoordGewijzigdOp, wachtwoordWijzigen: true, version: { increment: 1 } },
    });
    if (count === 0) throw await beheerConflict(tx, actor, 'User', user.id, 'deze medewerker');
    // The hash stays out of the log: only that it changed, and when.
    await recordAudit(tx, actor, {
      actie: 'USER_PASSWORD_RESET',
      entiteit: 'User',
      entiteitId: user.id,
      before: { wachtwoordGewijzigdOp: user.wachtwoordGewijzigdOp?.toISOString() ?? null },
      after: { wachtwoordGewijzigdOp: wachtwoordGewijzigdOp.toISOString() },
    });
  });
}
