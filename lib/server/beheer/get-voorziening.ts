import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';

export async function getVoorziening(actor: Actor, voorzieningId: string) {
  assertPermission(actor, 'beheer:manage');
  const voorziening = await prisma.voorziening.findFirst({ where: { id: voorzieningId, gemeenteId: actor.gemeenteId } });
  if (!voorziening) throw new DomainError('NOT_FOUND', ['Deze voorziening bestaat niet (meer).']);
  return voorziening;
}
