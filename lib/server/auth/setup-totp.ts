import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { isValidTotp, newTotpSecret, totpUri } from '@/lib/auth/totp';
import { DomainError } from '@/lib/errors';
import { recordAudit } from '@/lib/server/audit/record';

/** The secret to set up (a new one until it is confirmed), and whether the second factor is already on. */
export async function getTotpSetup(actor: Actor) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true, totpSecret: true, totpActief: true } });
  if (user.totpActief) return { actief: true as const };
  let secret = user.totpSecret;
  if (!secret) {
    secret = newTotpSecret();
    await prisma.user.update({ where: { id: actor.id }, data: { totpSecret: secret } });
  }
  return { actief: false as const, secret, uri: totpUri(user.email, secret) };
}

export async function confirmTotp(actor: Actor, code: string) {
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpSecret: true, totpActief: true } });
    if (user.totpActief) return;
    if (!user.totpSecret || !isValidTotp(user.totpSecret, code)) {
      throw new DomainError('TOTP_INVALID', [], { code: ['De code klopt niet. Vul de zes cijfers in die je app nu toont.'] });
    }
    await tx.user.update({ where: { id: actor.id }, data: { totpActief: true, version: { increment: 1 } } });
    await recordAudit(tx, actor, { actie: 'TOTP_ENABLED', entiteit: 'User', entiteitId: actor.id });
  });
}
