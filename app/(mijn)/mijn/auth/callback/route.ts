// Issue 21: back from DigiD. The code is exchanged and the ID token verified (lib/auth/oidc-audience); the BSN claim
// finds the resident; the session is the resident cookie on /mijn only.
import { NextResponse, type NextRequest } from 'next/server';
import { decodePending, encodeInwonerToken, INWONER_COOKIE, inwonerCookieOptions, PENDING_COOKIE, PENDING_PATH } from '@/lib/auth/inwoner-cookie';
import { finishSignIn } from '@/lib/auth/oidc-audience';
import { appUrl } from '@/lib/auth/app-url';
import { signInInwoner } from '@/lib/server/inwoner/sign-in-inwoner';

export async function GET(req: NextRequest) {
  const pending = await decodePending(req.cookies.get(PENDING_COOKIE)?.value);
  const done = (path: string) => {
    const response = NextResponse.redirect(appUrl(path), 303);
    response.cookies.set(PENDING_COOKIE, '', { path: PENDING_PATH, maxAge: 0 });
    return response;
  };
  if (!pending?.state || !pending.nonce || !pending.verifier) return done('/mijn/inloggen?fout=verlopen');
  if (req.nextUrl.searchParams.has('error')) return done('/mijn/inloggen?fout=afgebroken');
  let bsn: string;
  try {
    // The address the provider redirected to, on the configured origin (the redirect_uri of the code exchange).
    const callbackUrl = new URL(appUrl(`/mijn/auth/callback${req.nextUrl.search}`));
    bsn = (await finishSignIn('inwoner', callbackUrl, { state: pending.state, nonce: pending.nonce, verifier: pending.verifier })).value;
  } catch (error) {
    console.error('DigiD-inloggen mislukt:', error);
    return done('/mijn/inloggen?fout=mislukt');
  }
  const found = await signInInwoner(bsn);
  if (!('inwoner' in found)) return done(`/mijn/onbekend?reden=${found.weigering}`);
  const now = Date.now();
  const response = done('/mijn');
  response.cookies.set(INWONER_COOKIE, await encodeInwonerToken({ bsn, gemeenteId: found.inwoner.gemeenteId, loginAt: now, lastActivity: now }), inwonerCookieOptions());
  return response;
}
