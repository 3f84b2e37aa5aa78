import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import type { UserVersionInput } from '@/lib/validations/beheer';
import { recordAudit } from '@/lib/server/audit/record';
import { beheerConflict } from './audit';

/**
 * Clears someone's second factor (a lost or new phone): at the next sign-in they set up a new authenticator app.
 * The secret itself never goes in the log.
 */
export async function resetTweestapsverificatie(actor: Actor, input: UserVersionInput) {
  assertPermission(actor, 'beheer:manage');
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: input.userId, gemeenteId: actor.gemeenteId }, select: { id: true, totpActief: true } });
    if (!user) throw new DomainError('NOT_FOUND');
    if (!user.totpActief) throw new DomainError('TRANSITION_REFUSED', ['Deze medewerker heeft nog geen tweestapsverificatie ingesteld.']);
    const { count } = await tx.user.updateMany({
      where: { id: user.id, version: input.version },
      data: { totpActief: false, totpSecret: null, version: { increment: 1 } },
    });
    if (count === 0) throw await beheerConflict(tx, actor, 'User', user.id, 'deze medewerker');
    await recordAudit(tx, actor, { actie: 'USER_TOTP_RESET', entiteit: 'User', entiteitId: user.id, before: { totpActief: true }, after: { totpActief: false } });
  });
}
