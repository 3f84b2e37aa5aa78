// Issue 22: the start of eHerkenning sign-in (authorization code with PKCE): state, nonce and verifier in a
// short-lived encrypted cookie on /partner/auth, then on to the provider.
import { NextResponse } from 'next/server';
import { encodePartnerPending, PARTNER_PENDING_COOKIE, partnerPendingCookieOptions } from '@/lib/auth/partner-cookie';
import { startSignIn } from '@/lib/auth/oidc-audience';
import { appUrl } from '@/lib/auth/app-url';

export async function GET() {
  try {
    const { url, pending } = await startSignIn('partner', appUrl('/partner/auth/callback'));
    const response = NextResponse.redirect(url, 303);
    response.cookies.set(PARTNER_PENDING_COOKIE, await encodePartnerPending(pending), partnerPendingCookieOptions());
    return response;
  } catch (error) {
    console.error('eHerkenning-inloggen kon niet starten:', error);
    return NextResponse.redirect(appUrl('/partner/inloggen?fout=niet-beschikbaar'), 303);
  }
}
