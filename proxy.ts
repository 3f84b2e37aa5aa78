// Next 16 proxy (formerly middleware). Two jobs on every request:
// 1. a Content-Security-Policy with a fresh nonce (Next puts the nonce on its own scripts), so that injected markup
//    cannot run script;
// 2. staff pages need a session (ended after SESSION_IDLE_MINUTES without a request, and after a working day in all);
//    the public melding form, sign-in and health check do not;
// 3. a request that changes something must come from our own origin.
import { NextResponse, type NextRequest } from 'next/server';
import { encode, getToken } from 'next-auth/jwt';
import { sessionVerdict } from '@/lib/domain/session';
import { MAX_FORMULIER_BYTES, teGrootTekst } from '@/lib/domain/formulier';
import { inwonerProxy, isInwonerPath } from '@/lib/auth/inwoner-cookie';
import { isPartnerPath, partnerProxy } from '@/lib/auth/partner-cookie';
import { env } from '@/lib/env';
import { newRequestRef, REQUEST_REF_HEADER } from '@/lib/auth/request-ref';
import { doorgegevenHeaders, sessieHeader } from '@/lib/auth/proxy-session';

const IDLE_MS = env().SESSION_IDLE_MINUTES * 60_000;
const MAX_SESSION_MS = 8 * 60 * 60_000; // lib/auth/options SESSION_MAX_AGE_S
const REFRESH_AFTER_MS = 60_000; // re-sign the cookie at most once a minute
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const PUBLIC_PATHS = ['/login', '/melding', '/api/auth', '/api/health'];

function contentSecurityPolicy(nonce: string) {
  const dev = env().NODE_ENV !== 'production';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // Style attributes (charts, progress bars) need inline styles; styles cannot run script.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(dev ? [] : ['upgrade-insecure-requests']),
  ].join('; ');
}

function withSecurityHeaders(response: NextResponse, csp: string, https: boolean) {
  response.headers.set('Content-Security-Policy', csp);
  if (https) response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  return response;
}

export async function proxy(req: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce);
  const https = req.nextUrl.protocol === 'https:' || req.headers.get('x-forwarded-proto') === 'https';
  const { pathname, search } = req.nextUrl;

  if (!SAFE_METHODS.has(req.method) && !sameOrigin(req)) {
    return withSecurityHeaders(new NextResponse('Verzoek geweigerd: het komt niet van deze website.', { status: 403 }), csp, https);
  }
  // A post larger than any form may send is refused before it is read (issue 16 item 7).
  if (!SAFE_METHODS.has(req.method) && Number(req.headers.get('content-length') ?? 0) > MAX_FORMULIER_BYTES) {
    const publiek = pathname === '/melding' || pathname.startsWith('/melding/');
    return withSecurityHeaders(new NextResponse(teGrootTekst(publiek), { status: 413, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }), csp, https);
  }

  // Issue 21: /mijn is the residents' part, with their own session; the staff session is never read there.
  if (isInwonerPath(pathname)) {
    const next = (token: { gemeenteId: string; bsn: string } | null) =>
      NextResponse.next({ request: { headers: doorgegevenHeaders(req, nonce, csp, token && sessieHeader('inwoner', { gemeenteId: token.gemeenteId, bsn: token.bsn })) } });
    return withSecurityHeaders(await inwonerProxy(req, next), csp, https);
  }

  // Issue 22: /partner is the ketenpartners' part, with their own session; the staff session is never read there.
  if (isPartnerPath(pathname)) {
    const next = (token: { gemeenteId: string; gebruikerId: string } | null) =>
      NextResponse.next({ request: { headers: doorgegevenHeaders(req, nonce, csp, token && sessieHeader('partner', { gemeenteId: token.gemeenteId, gebruikerId: token.gebruikerId })) } });
    return withSecurityHeaders(await partnerProxy(req, next), csp, https);
  }

  const { NEXTAUTH_URL, NEXTAUTH_SECRET } = env();
  const secureCookie = (NEXTAUTH_URL ?? '').startsWith('https://');
  const cookieName = `${secureCookie ? '__Secure-' : ''}next-auth.session-token`;
  const isPublic = PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  const token = isPublic ? null : await getToken({ req, secret: NEXTAUTH_SECRET, secureCookie });
  const toLogin = (error?: string) => {
    const url = req.nextUrl.clone();
    url.pathname = '/login';
    const params = new URLSearchParams();
    if (error) params.set('error', error);
    if (pathname !== '/') params.set('callbackUrl', pathname + search);
    url.search = params.size ? `?${params}` : '';
    const response = NextResponse.redirect(url);
    if (error) response.cookies.delete(cookieName);
    return withSecurityHeaders(response, csp, https);
  };
  if (!isPublic && !token) return toLogin();

  const now = Date.now();
  const lastActivity = Number(token?.lastActivity ?? (Number(token?.iat ?? 0) * 1000));
  const loginAt = Number(token?.loginAt ?? lastActivity);
  const verdict = token ? sessionVerdict({ lastActivity, loginAt, now, idleMs: IDLE_MS, maxMs: MAX_SESSION_MS, refreshAfterMs: REFRESH_AFTER_MS }) : 'VALID';
  if (verdict === 'EXPIRED') return toLogin('SessionVerlopen');

  // Whose session this is, for the page (lib/auth/proxy-session.ts): it need not decode the cookie again.
  const requestHeaders = doorgegevenHeaders(req, nonce, csp, token?.sub ? sessieHeader('medewerker', { userId: token.sub }) : null);
  requestHeaders.set(REQUEST_REF_HEADER, newRequestRef()); // the reference a refusal page shows (lib/auth/refuse.ts)
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (token && verdict === 'REFRESH') {
    const remaining = Math.max(60, Math.floor((MAX_SESSION_MS - (now - loginAt)) / 1000));
    const value = await encode({ token: { ...token, lastActivity: now, loginAt }, secret: NEXTAUTH_SECRET!, maxAge: remaining });
    response.cookies.set(cookieName, value, { httpOnly: true, sameSite: 'lax', secure: secureCookie, path: '/', maxAge: remaining });
  }
  return withSecurityHeaders(response, csp, https);
}

/** Browsers send Origin with every POST; it must name this host (CSRF protection beyond SameSite cookies). */
function sameOrigin(req: NextRequest): boolean {
  const origin = req.headers.get('origin');
  if (!origin) return false;
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|robots.txt).*)' }],
};
