import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { authOptions } from '@/lib/auth/options';
import { prisma } from '@/lib/db';
import { can, type Actor, type Permission } from '@/lib/auth/permissions';
import { env } from '@/lib/env';

/**
 * The signed-in person as the use cases see them, read fresh on every request so that a deactivated account or a
 * changed role takes effect at once. Cached per request.
 */
const loadActor = cache(async (): Promise<{ actor: Actor; wachtwoordWijzigen: boolean } | null> => {
  const session = (await getServerSession(authOptions)) as { userId?: string } | null;
  if (!session?.userId) return null;
  const user = await prisma.user.findUnique({
    where: { id: session.userId },
    select: {
      id: true, gemeenteId: true, naam: true, email: true, rollen: true, actief: true, wachtwoordWijzigen: true, passwordHash: true,
      teams: { where: { tot: null }, select: { teamId: true } },
    },
  });
  if (!user || !user.actief) return null;
  const actor = {
    id: user.id, gemeenteId: user.gemeenteId, naam: user.naam, email: user.email, rollen: user.rollen,
    teamIds: user.teams.map((t) => t.teamId),
  };
  return { actor, wachtwoordWijzigen: user.wachtwoordWijzigen && Boolean(user.passwordHash) && wachtwoordWijzigenAfgedwongen() };
});

/** Outside demo mode a first or reset password must be changed before anything else (issue 16 item 8). */
export const wachtwoordWijzigenAfgedwongen = () => env().WIJKREGIE_DEMO !== '1';

/** The page where a forced password change happens. */
export const WACHTWOORD_PAGINA = '/wachtwoord';

/**
 * The signed-in person, for every page, action and download. Someone who must still change a first or reset
 * password is sent to the change-password page instead: they can do nothing else.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const loaded = await loadActor();
  if (loaded?.wachtwoordWijzigen) redirect(WACHTWOORD_PAGINA);
  return loaded?.actor ?? null;
});

/** For the change-password page and its action only: the actor, and whether the change is forced. */
export async function requireActorVoorWachtwoord(): Promise<{ actor: Actor; afgedwongen: boolean }> {
  const loaded = await loadActor();
  if (!loaded) redirect('/login');
  return { actor: loaded.actor, afgedwongen: loaded.wachtwoordWijzigen };
}

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
