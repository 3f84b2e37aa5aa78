import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';

export async function getInstellingen(actor: Actor) {
  assertPermission(actor, 'beheer:manage');
  const gemeente = await prisma.gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId }, include: { bewaartermijnen: true } });
  const { bewaartermijnen, ...rest } = gemeente;
  return { gemeente: rest, bewaartermijnen };
}
