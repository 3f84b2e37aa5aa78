import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';

/** The active teams and wijken a new account can be given. */
export async function getMedewerkerKeuzes(actor: Actor) {
  assertPermission(actor, 'beheer:manage');
  const [teams, wijken] = await Promise.all([
    prisma.team.findMany({ where: { gemeenteId: actor.gemeenteId, actief: true }, orderBy: { naam: 'asc' }, select: { id: true, naam: true } }),
    prisma.wijk.findMany({ where: { gemeenteId: actor.gemeenteId, actief: true }, orderBy: { naam: 'asc' }, select: { id: true, naam: true } }),
  ]);
  return { teams, wijken };
}
