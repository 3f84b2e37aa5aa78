// Issue 22: back from eHerkenning. The code is exchanged and the ID token verified (lib/auth/oidc-audience); the KvK
// number and e-mail find the partner user, the level (acr) must be EH3 or higher; the session is the partner cookie on
// /partner only.
import { NextResponse, type NextRequest } from 'next/server';
import { decodePartnerPending, encodePartnerToken, PARTNER_COOKIE, PARTNER_PENDING_COOKIE, PARTNER_PENDING_PATH, partnerCookieOptions } from '@/lib/auth/partner-cookie';
import { finishSignIn } from '@/lib/auth/oidc-audience';
import { appUrl } from '@/lib/auth/app-url';
import { signInPartner } from '@/lib/server/partner/sign-in-partner';

export async function GET(req: NextRequest) {
  const pending = await decodePartnerPending(req.cookies.get(PARTNER_PENDING_COOKIE)?.value);
  const done = (path: string) => {
    const response = NextResponse.redirect(appUrl(path), 303);
    response.cookies.set(PARTNER_PENDING_COOKIE, '', { path: PARTNER_PENDING_PATH, maxAge: 0 });
    return response;
  };
  if (!pending?.state || !pending.nonce || !pending.verifier) return done('/partner/inloggen?fout=verlopen');
  if (req.nextUrl.searchParams.has('error')) return done('/partner/inloggen?fout=afgebroken');
  let signedIn: Awaited<ReturnType<typeof finishSignIn>>;
  try {
    const callbackUrl = new URL(appUrl(`/partner/auth/callback${req.nextUrl.search}`));
    signedIn = await finishSignIn('partner', callbackUrl, { state: pending.state, nonce: pending.nonce, verifier: pending.verifier });
  } catch (error) {
    console.error('eHerkenning-inloggen mislukt:', error);
    return done('/partner/inloggen?fout=mislukt');
  }
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  const found = await signInPartner({ kvk: signedIn.value, email: text(signedIn.claims.email), niveau: text(signedIn.claims.acr) });
  if (!('partner' in found)) return done(`/partner/onbekend?reden=${found.weigering}`);
  const now = Date.now();
  const response = done('/partner');
  response.cookies.set(PARTNER_COOKIE, await encodePartnerToken({ gebruikerId: found.partner.gebruikerId, gemeenteId: found.partner.gemeenteId, loginAt: now, lastActivity: now }), partnerCookieOptions());
  return response;
}
