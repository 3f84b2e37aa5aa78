// Issue 21: the start of DigiD sign-in (authorization code with PKCE): state, nonce and verifier in a short-lived
// encrypted cookie on /mijn/auth, then on to the provider.
import { NextResponse } from 'next/server';
import { encodePending, PENDING_COOKIE, PENDING_PATH } from '@/lib/auth/inwoner-cookie';
import { startSignIn } from '@/lib/auth/oidc-audience';
import { appUrl } from '@/lib/auth/app-url';

export async function GET() {
  try {
    const { url, pending } = await startSignIn('inwoner', appUrl('/mijn/auth/callback'));
    const response = NextResponse.redirect(url, 303);
    response.cookies.set(PENDING_COOKIE, await encodePending(pending), {
      httpOnly: true, sameSite: 'lax', secure: appUrl('/').startsWith('https://'), path: PENDING_PATH, maxAge: 600,
    });
    return response;
  } catch (error) {
    console.error('DigiD-inloggen kon niet starten:', error);
    return NextResponse.redirect(appUrl('/mijn/inloggen?fout=niet-beschikbaar'), 303);
  }
}
