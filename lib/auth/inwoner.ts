import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { InwonerActor } from '@/lib/auth/inwoner-actor';
import { decodeInwonerToken, INWONER_COOKIE, INWONER_LOGIN } from '@/lib/auth/inwoner-cookie';
import { leesSessieHeader, SESSIE_HEADER } from '@/lib/auth/proxy-session';
import { findInwoner } from '@/lib/server/access/inwoner-access';

/**
 * The signed-in resident, read fresh on every request from the BSN in their session and their household membership
 * at this moment (issue 21: a person who moved out loses access at once). Cached per request.
 */
export const getInwoner = cache(async (): Promise<InwonerActor | null> => {
  // The session the proxy checked for this request (lib/auth/proxy-session.ts); on a public page of /mijn the cookie.
  const token = leesSessieHeader<{ gemeenteId?: unknown; bsn?: unknown }>((await headers()).get(SESSIE_HEADER), 'inwoner')
    ?? await decodeInwonerToken((await cookies()).get(INWONER_COOKIE)?.value);
  if (!token || typeof token.gemeenteId !== 'string' || typeof token.bsn !== 'string') return null;
  const found = await findInwoner(token.gemeenteId, token.bsn);
  return 'inwoner' in found ? found.inwoner : null;
});

/** For resident pages and handlers: the resident, or the sign-in page of Mijn plan (never the staff sign-in). */
export async function requireInwoner(): Promise<InwonerActor> {
  const inwoner = await getInwoner();
  if (inwoner) return inwoner;
  // Signed in, but no longer a member of a household here (moved out): the friendly page, not the sign-in.
  if ((await cookies()).has(INWONER_COOKIE)) redirect('/mijn/onbekend');
  redirect(`${INWONER_LOGIN}?verlopen=1`);
}
