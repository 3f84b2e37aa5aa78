import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';

/** Every voorziening of the sociale kaart, active and inactive, for beheer. */
export async function listVoorzieningen(actor: Actor) {
  assertPermission(actor, 'beheer:manage');
  return prisma.voorziening.findMany({
    where: { gemeenteId: actor.gemeenteId },
    orderBy: [{ actief: 'desc' }, { naam: 'asc' }],
    select: { id: true, naam: true, soort: true, leefgebiedCodes: true, actief: true, wijk: { select: { naam: true } } },
  });
}
