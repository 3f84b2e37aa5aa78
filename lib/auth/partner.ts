import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { decodePartnerToken, PARTNER_COOKIE, PARTNER_LOGIN } from '@/lib/auth/partner-cookie';
import { leesSessieHeader, SESSIE_HEADER } from '@/lib/auth/proxy-session';
import { leesPartnerGebruiker } from '@/lib/server/access/partner-access';
import { getGemeente } from '@/lib/server/gemeente/get-gemeente';
import { getPublicGemeente, type PublicGemeente } from '@/lib/server/melding/get-public-gemeente';

/**
 * The signed-in partner user, read fresh on every request from the user id in their session (issue 22: a user or
 * organisation made inactive loses access at once), with the stand of the gemeente, in one statement. Cached per request.
 */
const loadPartner = cache(async (): Promise<{ partner: PartnerActor; gemeenteStand: string } | null> => {
  // The session the proxy checked for this request (lib/auth/proxy-session.ts); on a public page of /partner the cookie.
  const token = leesSessieHeader<{ gemeenteId?: unknown; gebruikerId?: unknown }>((await headers()).get(SESSIE_HEADER), 'partner')
    ?? await decodePartnerToken((await cookies()).get(PARTNER_COOKIE)?.value);
  if (!token || typeof token.gemeenteId !== 'string' || typeof token.gebruikerId !== 'string') return null;
  return leesPartnerGebruiker(token.gemeenteId, token.gebruikerId);
});

export const getPartner = async (): Promise<PartnerActor | null> => (await loadPartner())?.partner ?? null;

/**
 * The gemeente of the partner part's header: the signed-in user's (the gemeente they signed in to, getPublicGemeente),
 * kept per process under the stand their own statement read; without a user (the sign-in page) the public gemeente.
 */
export async function getPartnerGemeente(): Promise<PublicGemeente> {
  const loaded = await loadPartner();
  return loaded ? getGemeente(loaded.partner.gemeenteId, loaded.gemeenteStand) : getPublicGemeente();
}

/** For partner pages and actions: the partner user, or the partner sign-in page (never the staff sign-in). */
export async function requirePartner(): Promise<PartnerActor> {
  const partner = await getPartner();
  if (partner) return partner;
  redirect(`${PARTNER_LOGIN}?verlopen=1`);
}
