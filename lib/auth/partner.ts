import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { decodePartnerToken, PARTNER_COOKIE, PARTNER_LOGIN } from '@/lib/auth/partner-cookie';
import { leesSessieHeader, SESSIE_HEADER } from '@/lib/auth/proxy-session';
import { findPartnerGebruiker } from '@/lib/server/access/partner-access';

/**
 * The signed-in partner user, read fresh on every request from the user id in their session (issue 22: a user or
 * organisation made inactive loses access at once). Cached per request.
 */
export const getPartner = cache(async (): Promise<PartnerActor | null> => {
  // The session the proxy checked for this request (lib/auth/proxy-session.ts); on a public page of /partner the cookie.
  const token = leesSessieHeader<{ gemeenteId?: unknown; gebruikerId?: unknown }>((await headers()).get(SESSIE_HEADER), 'partner')
    ?? await decodePartnerToken((await cookies()).get(PARTNER_COOKIE)?.value);
  if (!token || typeof token.gemeenteId !== 'string' || typeof token.gebruikerId !== 'string') return null;
  return findPartnerGebruiker(token.gemeenteId, token.gebruikerId);
});

/** For partner pages and actions: the partner user, or the partner sign-in page (never the staff sign-in). */
export async function requirePartner(): Promise<PartnerActor> {
  const partner = await getPartner();
  if (partner) return partner;
  redirect(`${PARTNER_LOGIN}?verlopen=1`);
}
