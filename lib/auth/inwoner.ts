import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import type { InwonerActor } from '@/lib/auth/inwoner-actor';
import { decodeInwonerToken, INWONER_COOKIE, INWONER_LOGIN } from '@/lib/auth/inwoner-cookie';
import { findInwoner } from '@/lib/server/access/inwoner-access';

/**
 * The signed-in resident, read fresh on every request from the BSN in their session and their household membership
 * at this moment (issue 21: a person who moved out loses access at once). Cached per request.
 */
export const getInwoner = cache(async (): Promise<InwonerActor | null> => {
  const token = await decodeInwonerToken((await cookies()).get(INWONER_COOKIE)?.value);
  if (!token) return null;
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
