import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';

/** The gemeente's own list of leefgebieden in its order, active and inactive. */
export async function listLeefgebieden(actor: Actor) {
  assertPermission(actor, 'beheer:manage');
  return prisma.leefgebied.findMany({
    where: { gemeenteId: actor.gemeenteId },
    orderBy: [{ volgorde: 'asc' }, { naam: 'asc' }],
    select: { id: true, code: true, naam: true, zrmDomein: true, volgorde: true, actief: true },
  });
}
