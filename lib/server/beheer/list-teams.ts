import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';

/** Teams with their kind, the wijken they serve and their current members. */
export async function listTeams(actor: Actor) {
  assertPermission(actor, 'beheer:manage');
  return prisma.team.findMany({
    where: { gemeenteId: actor.gemeenteId },
    orderBy: [{ actief: 'desc' }, { naam: 'asc' }],
    select: {
      id: true,
      naam: true,
      soort: true,
      actief: true,
      wijken: { select: { wijk: { select: { naam: true } } } },
      leden: { where: { tot: null, user: { actief: true } }, select: { isLead: true, user: { select: { naam: true } } } },
    },
  });
}
