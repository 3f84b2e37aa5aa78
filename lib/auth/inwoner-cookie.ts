// Issue 21: the resident's session, apart from the staff session in every way that matters: its own cookie name and
// path (/mijn, so the browser never sends it to a staff route), its own key (a staff token cannot be read as a
// resident token or the other way round) and its own, shorter clock (15 minutes idle, as DigiD). Edge-safe: the proxy
// reads it on every /mijn request.
import { NextResponse, type NextRequest } from 'next/server';
import { decode, encode } from 'next-auth/jwt';
import { sessionVerdict } from '@/lib/domain/session';
import { env } from '@/lib/env';

export const INWONER_COOKIE = 'wijkregie-inwoner';
export const INWONER_PATH = '/mijn';
export const INWONER_LOGIN = '/mijn/inloggen';
/** Pages of /mijn that need no resident session: sign-in, the OIDC round trip, the page for an unknown resident. */
export const INWONER_PUBLIC = ['/mijn/inloggen', '/mijn/auth', '/mijn/onbekend'];

const IDLE_MS = 15 * 60_000;
const MAX_MS = 4 * 60 * 60_000;
const REFRESH_AFTER_MS = 60_000;

export type InwonerToken = { bsn: string; gemeenteId: string; loginAt: number; lastActivity: number };

const secret = () => `${env().NEXTAUTH_SECRET}:inwoner`;
const secure = () => (env().NEXTAUTH_URL ?? '').startsWith('https://');

export async function encodeInwonerToken(token: InwonerToken, maxAgeS = Math.floor(MAX_MS / 1000)): Promise<string> {
  return encode({ token: { ...token, kind: 'inwoner' }, secret: secret(), maxAge: maxAgeS });
}

export async function decodeInwonerToken(value: string | undefined): Promise<InwonerToken | null> {
  if (!value) return null;
  try {
    const token = await decode({ token: value, secret: secret() });
    if (!token || token.kind !== 'inwoner' || typeof token.bsn !== 'string' || typeof token.gemeenteId !== 'string') return null;
    return { bsn: token.bsn, gemeenteId: token.gemeenteId, loginAt: Number(token.loginAt), lastActivity: Number(token.lastActivity) };
  } catch {
    return null;
  }
}

export function inwonerCookieOptions(maxAgeS = Math.floor(MAX_MS / 1000)) {
  return { httpOnly: true, sameSite: 'lax' as const, secure: secure(), path: INWONER_PATH, maxAge: maxAgeS };
}

export const isInwonerPath = (pathname: string) => pathname === INWONER_PATH || pathname.startsWith(`${INWONER_PATH}/`);

/**
 * The proxy's part for /mijn: a resident session or the sign-in page (never the staff sign-in, never the staff
 * session). Returns the response to send, with the cookie re-signed at most once a minute.
 */
export async function inwonerProxy(req: NextRequest, next: () => NextResponse): Promise<NextResponse> {
  const { pathname } = req.nextUrl;
  if (INWONER_PUBLIC.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return next();
  const token = await decodeInwonerToken(req.cookies.get(INWONER_COOKIE)?.value);
  const now = Date.now();
  const verdict = token
    ? sessionVerdict({ lastActivity: token.lastActivity, loginAt: token.loginAt, now, idleMs: IDLE_MS, maxMs: MAX_MS, refreshAfterMs: REFRESH_AFTER_MS })
    : 'EXPIRED';
  if (!token || verdict === 'EXPIRED') {
    const url = req.nextUrl.clone();
    url.pathname = INWONER_LOGIN;
    url.search = token ? '?verlopen=1' : '';
    const response = NextResponse.redirect(url);
    if (req.cookies.has(INWONER_COOKIE)) response.cookies.set(INWONER_COOKIE, '', { ...inwonerCookieOptions(0) });
    return response;
  }
  const response = next();
  if (verdict === 'REFRESH') {
    const remaining = Math.max(60, Math.floor((MAX_MS - (now - token.loginAt)) / 1000));
    response.cookies.set(INWONER_COOKIE, await encodeInwonerToken({ ...token, lastActivity: now }, remaining), inwonerCookieOptions(remaining));
  }
  return response;
}

/** The short-lived cookie between the start of a sign-in and its callback (state, nonce, PKCE verifier), encrypted. */
export const PENDING_COOKIE = 'wijkregie-inwoner-login';
export const PENDING_PATH = '/mijn/auth';
const pendingSecret = () => `${env().NEXTAUTH_SECRET}:inwoner-login`;

export async function encodePending(pending: Record<string, string>): Promise<string> {
  return encode({ token: pending, secret: pendingSecret(), maxAge: 600 });
}

export async function decodePending(value: string | undefined): Promise<Record<string, string> | null> {
  if (!value) return null;
  try {
    return ((await decode({ token: value, secret: pendingSecret() })) as Record<string, string> | null) ?? null;
  } catch {
    return null;
  }
}
