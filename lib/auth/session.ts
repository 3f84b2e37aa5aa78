import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { authOptions } from '@/lib/auth/options';
import { prisma } from '@/lib/db';
import { can, type Actor, type Permission } from '@/lib/auth/permissions';

/**
 * The signed-in person as the use cases see them, read fresh on every request so that a deactivated account or a
 * changed role takes effect at once. Cached per request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as { userId?: string } | null;
  if (!session?.userId) return null;
  const user = await prisma.user.findUnique({
    where: { id: session.userId },
    select: {
      id: true, gemeenteId: true, naam: true, email: true, rollen: true, actief: true,
      teams: { where: { tot: null }, select: { teamId: true } },
    },
  });
  if (!user || !user.actief) return null;
  return {
    id: user.id, gemeenteId: user.gemeenteId, naam: user.naam, email: user.email, rollen: user.rollen,
    teamIds: user.teams.map((t) => t.teamId),
  };
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect('/login');
  return actor;
}

/** For pages: the actor, or the "geen toegang" page when their role may not open this one. */
export async function requirePagePermission(permission: Permission): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor, permission)) redirect('/geen-toegang');
  return actor;
}
