// Issue 22: the ketenpartner's session, apart from the staff and resident sessions: its own cookie name and path
// (/partner, so the browser never sends it to a staff or resident route), its own key (no other token can be read as a
// partner token) and its own clock (30 minutes idle, 8 hours in all). Edge-safe: the proxy reads it on every /partner
// request. The pending sign-in (state, nonce, PKCE verifier) rides in a short-lived encrypted cookie on
// /partner/auth.
import { NextResponse, type NextRequest } from 'next/server';
import { decode, encode } from 'next-auth/jwt';
import { sessionVerdict } from '@/lib/domain/session';
import { env } from '@/lib/env';

export const PARTNER_COOKIE = 'wijkregie-partner';
export const PARTNER_PATH = '/partner';
export const PARTNER_LOGIN = '/partner/inloggen';
/** Pages of /partner that need no partner session: sign-in, the OIDC round trip, the page for an unknown user. */
export const PARTNER_PUBLIC = ['/partner/inloggen', '/partner/auth', '/partner/onbekend'];
export const PARTNER_PENDING_COOKIE = 'wijkregie-partner-login';
export const PARTNER_PENDING_PATH = '/partner/auth';

const IDLE_MS = 30 * 60_000;
const MAX_MS = 8 * 60 * 60_000;
const REFRESH_AFTER_MS = 60_000;

export type PartnerToken = { gebruikerId: string; gemeenteId: string; loginAt: number; lastActivity: number };

const secret = (purpose: string) => `${env().NEXTAUTH_SECRET}:${purpose}`;
const secure = () => (env().NEXTAUTH_URL ?? '').startsWith('https://');

export async function encodePartnerToken(token: PartnerToken, maxAgeS = Math.floor(MAX_MS / 1000)): Promise<string> {
  return encode({ token: { ...token, kind: 'partner' }, secret: secret('partner'), maxAge: maxAgeS });
}

export async function decodePartnerToken(value: string | undefined): Promise<PartnerToken | null> {
  if (!value) return null;
  try {
    const token = await decode({ token: value, secret: secret('partner') });
    if (!token || token.kind !== 'partner' || typeof token.gebruikerId !== 'string' || typeof token.gemeenteId !== 'string') return null;
    return { gebruikerId: token.gebruikerId, gemeenteId: token.gemeenteId, loginAt: Number(token.loginAt), lastActivity: Number(token.lastActivity) };
  } catch {
    return null;
  }
}

export function partnerCookieOptions(maxAgeS = Math.floor(MAX_MS / 1000)) {
  return { httpOnly: true, sameSite: 'lax' as const, secure: secure(), path: PARTNER_PATH, maxAge: maxAgeS };
}

export const isPartnerPath = (pathname: string) => pathname === PARTNER_PATH || pathname.startsWith(`${PARTNER_PATH}/`);

/** The proxy's part for /partner: a partner session or the partner sign-in page, re-signed at most once a minute. */
export async function partnerProxy(req: NextRequest, next: () => NextResponse): Promise<NextResponse> {
  const { pathname } = req.nextUrl;
  if (PARTNER_PUBLIC.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return next();
  const token = await decodePartnerToken(req.cookies.get(PARTNER_COOKIE)?.value);
  const now = Date.now();
  const verdict = token
    ? sessionVerdict({ lastActivity: token.lastActivity, loginAt: token.loginAt, now, idleMs: IDLE_MS, maxMs: MAX_MS, refreshAfterMs: REFRESH_AFTER_MS })
    : 'EXPIRED';
  if (!token || verdict === 'EXPIRED') {
    const url = req.nextUrl.clone();
    url.pathname = PARTNER_LOGIN;
    url.search = token ? '?verlopen=1' : '';
    const response = NextResponse.redirect(url);
    if (req.cookies.has(PARTNER_COOKIE)) response.cookies.set(PARTNER_COOKIE, '', partnerCookieOptions(0));
    return response;
  }
  const response = next();
  if (verdict === 'REFRESH') {
    const remaining = Math.max(60, Math.floor((MAX_MS - (now - token.loginAt)) / 1000));
    response.cookies.set(PARTNER_COOKIE, await encodePartnerToken({ ...token, lastActivity: now }, remaining), partnerCookieOptions(remaining));
  }
  return response;
}

export async function encodePartnerPending(pending: Record<string, string>): Promise<string> {
  return encode({ token: pending, secret: secret('partner-login'), maxAge: 600 });
}

export async function decodePartnerPending(value: string | undefined): Promise<Record<string, string> | null> {
  if (!value) return null;
  try {
    return ((await decode({ token: value, secret: secret('partner-login') })) as Record<string, string> | null) ?? null;
  } catch {
    return null;
  }
}

export const partnerPendingCookieOptions = () => ({ httpOnly: true, sameSite: 'lax' as const, secure: secure(), path: PARTNER_PENDING_PATH, maxAge: 600 });
