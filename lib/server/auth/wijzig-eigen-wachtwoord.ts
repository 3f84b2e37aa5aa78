import 'server-only';
import { prisma } from '@/lib/db';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import type { Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { recordAudit } from '@/lib/server/audit/record';
import type { WijzigWachtwoordInput } from '@/lib/validations/wachtwoord';
import { MAX_FAILURES_PER_ACCOUNT, THROTTLE_WINDOW_MS } from './verify-credentials';

export const HUIDIG_ONJUIST = 'Dit is niet je huidige wachtwoord.';

/**
 * A staff member changes their own password (issue 16 item 8): every signed-in account may, for itself only. The
 * current password must be given (a session left open is not enough to take over the account); wrong guesses are
 * throttled per account like sign-in, counted apart from sign-in so that they cannot lock anyone out. A first or
 * reset password that had to be changed no longer has to be.
 */
export async function wijzigEigenWachtwoord(actor: Actor, input: WijzigWachtwoordInput, now = new Date()) {
  const user = await prisma.user.findFirst({ where: { id: actor.id, gemeenteId: actor.gemeenteId, actief: true }, select: { id: true, passwordHash: true, version: true, wachtwoordGewijzigdOp: true } });
  if (!user) throw new DomainError('NOT_FOUND');
  if (!user.passwordHash) throw new DomainError('TRANSITION_REFUSED', ['Je logt in met je gemeente-account. Je wachtwoord wijzig je daar, niet in Wijkregie.']);
  const mislukt = await prisma.auditEntry.count({ where: { actorId: actor.id, actie: 'USER_PASSWORD_CHANGE_REFUSED', op: { gte: new Date(now.getTime() - THROTTLE_WINDOW_MS) } } });
  if (mislukt >= MAX_FAILURES_PER_ACCOUNT) throw new DomainError('THROTTLED');
  if (!(await verifyPassword(user.passwordHash, input.huidig))) {
    await prisma.$transaction((tx) => recordAudit(tx, actor, { actie: 'USER_PASSWORD_CHANGE_REFUSED', entiteit: 'User', entiteitId: actor.id }));
    throw new DomainError('INVALID', [], { huidig: [HUIDIG_ONJUIST] });
  }
  const passwordHash = await hashPassword(input.nieuw);
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: user.id, version: user.version },
      data: { passwordHash, wachtwoordGewijzigdOp: now, wachtwoordWijzigen: false, version: { increment: 1 } },
    });
    if (count === 0) throw new DomainError('STALE_VERSION', ['Je account is net gewijzigd. Probeer het opnieuw.']);
    // The hash stays out of the log: only that it changed, and when.
    await recordAudit(tx, actor, {
      actie: 'USER_PASSWORD_CHANGED',
      entiteit: 'User',
      entiteitId: user.id,
      before: { wachtwoordGewijzigdOp: user.wachtwoordGewijzigdOp?.toISOString() ?? null },
      after: { wachtwoordGewijzigdOp: now.toISOString() },
    });
  });
}
