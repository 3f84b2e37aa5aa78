import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { InwonerActor } from '@/lib/auth/inwoner-actor';
import { decodeInwonerToken, INWONER_COOKIE, INWONER_LOGIN } from '@/lib/auth/inwoner-cookie';
import { leesSessieHeader, SESSIE_HEADER } from '@/lib/auth/proxy-session';
import { findInwoner } from '@/lib/server/access/inwoner-access';
import { getGemeente } from '@/lib/server/gemeente/get-gemeente';
import { getPublicGemeente, type PublicGemeente } from '@/lib/server/melding/get-public-gemeente';

/**
 * The signed-in resident, read fresh on every request from the BSN in their session and their household membership
 * at this moment (issue 21: a person who moved out loses access at once), with the stand of their gemeente, in one
 * statement. Cached per request.
 */
const loadInwoner = cache(async (): Promise<{ inwoner: InwonerActor; gemeenteStand: string } | null> => {
  // The session the proxy checked for this request (lib/auth/proxy-session.ts); on a public page of /mijn the cookie.
  const token = leesSessieHeader<{ gemeenteId?: unknown; bsn?: unknown }>((await headers()).get(SESSIE_HEADER), 'inwoner')
    ?? await decodeInwonerToken((await cookies()).get(INWONER_COOKIE)?.value);
  if (!token || typeof token.gemeenteId !== 'string' || typeof token.bsn !== 'string') return null;
  const found = await findInwoner(token.gemeenteId, token.bsn);
  return 'inwoner' in found ? found : null;
});

export const getInwoner = async (): Promise<InwonerActor | null> => (await loadInwoner())?.inwoner ?? null;

/**
 * The gemeente of Mijn plan's frame: the signed-in resident's (the gemeente they signed in to, getPublicGemeente),
 * kept per process under the stand their own statement read, so a change in beheer shows on the next request; without
 * a resident (the sign-in page) the public gemeente as read.
 */
export async function getInwonerGemeente(): Promise<PublicGemeente> {
  const loaded = await loadInwoner();
  return loaded ? getGemeente(loaded.inwoner.gemeenteId, loaded.gemeenteStand) : getPublicGemeente();
}

/** For resident pages and handlers: the resident, or the sign-in page of Mijn plan (never the staff sign-in). */
export async function requireInwoner(): Promise<InwonerActor> {
  const inwoner = await getInwoner();
  if (inwoner) return inwoner;
  // Signed in, but no longer a member of a household here (moved out): the friendly page, not the sign-in.
  if ((await cookies()).has(INWONER_COOKIE)) redirect('/mijn/onbekend');
  redirect(`${INWONER_LOGIN}?verlopen=1`);
}
