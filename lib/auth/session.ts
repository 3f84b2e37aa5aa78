import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { authOptions } from '@/lib/auth/options';
import { leesSessieHeader, SESSIE_HEADER } from '@/lib/auth/proxy-session';
import { can, type Actor, type Permission } from '@/lib/auth/permissions';
import { env } from '@/lib/env';
import { leesActor } from '@/lib/server/auth/lees-actor';
import { getGemeente } from '@/lib/server/gemeente/get-gemeente';

/**
 * Whose staff session this request carries: from the proxy, which decoded and checked the cookie for this request
 * (lib/auth/proxy-session.ts); only where the proxy reads no staff session (the public pages, such as the sign-in
 * page) from the cookie itself.
 */
async function sessionUserId(): Promise<string | null> {
  const fromProxy = leesSessieHeader<{ userId?: unknown }>((await headers()).get(SESSIE_HEADER), 'medewerker');
  if (fromProxy) return typeof fromProxy.userId === 'string' ? fromProxy.userId : null;
  const session = (await getServerSession(authOptions)) as { userId?: string } | null;
  return session?.userId ?? null;
}

/**
 * The signed-in person as the use cases see them, read fresh on every request so that a deactivated account or a
 * changed role takes effect at once: one statement (lib/server/auth/lees-actor.ts). Cached per request.
 */
const loadActor = cache(async () => {
  const userId = await sessionUserId();
  const gelezen = userId ? await leesActor(userId) : null;
  return gelezen && { ...gelezen, wachtwoordWijzigen: gelezen.wachtwoordWijzigen && wachtwoordWijzigenAfgedwongen() };
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

/** Outside demo mode a staff account cannot use the app before its second factor is on (read with the actor). */
export async function needsTotpSetup(required: boolean): Promise<boolean> {
  if (!required) return false;
  return !(await loadActor())?.totpActief;
}

/**
 * The actor's gemeente, for the app's shell and pages: kept per process and read again only when its version or
 * updatedAt changed, which the actor's own statement reads on every request, so a change in beheer shows on the next
 * request in every process.
 */
export async function getActorGemeente(actor: Actor) {
  const loaded = await loadActor();
  return getGemeente(actor.gemeenteId, loaded?.actor.gemeenteId === actor.gemeenteId ? loaded.gemeenteStand : undefined);
}
