import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';

/** Wijken with their postcode ranges and the teams that serve them. */
export async function listWijken(actor: Actor) {
  assertPermission(actor, 'beheer:manage');
  return prisma.wijk.findMany({
    where: { gemeenteId: actor.gemeenteId },
    orderBy: [{ actief: 'desc' }, { naam: 'asc' }],
    select: {
      id: true,
      code: true,
      naam: true,
      inwoners: true,
      actief: true,
      postcodeGebieden: { orderBy: { postcodeVan: 'asc' }, select: { id: true, postcodeVan: true, postcodeTot: true } },
      teams: { select: { team: { select: { naam: true } } } },
    },
  });
}
