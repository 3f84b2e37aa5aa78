// The session of people outside the staff application (issue 21: residents on /mijn; issue 22: ketenpartners on
// /partner), written once: its own cookie name and path (the browser never sends it to another part), its own key
// (no other token can be read as this one), its own clock, and the short-lived encrypted cookie between the start of
// an OpenID Connect sign-in and its callback. Edge-safe: the proxy reads it on every request of its part.
import { NextResponse, type NextRequest } from 'next/server';
import { decode, encode } from 'next-auth/jwt';
import { sessionVerdict } from '@/lib/domain/session';
import { env } from '@/lib/env';

type Base = { gemeenteId: string; loginAt: number; lastActivity: number };

export type AudienceSessionConfig<T extends Base> = {
  kind: string;
  cookie: string;
  path: string;
  login: string;
  /** Pages of the part that need no session: sign-in, the OIDC round trip, the page for an unknown person. */
  publicPaths: string[];
  pendingCookie: string;
  idleMs: number;
  maxMs: number;
  /** The token's own fields from a decoded token, or null when they are missing. */
  read: (token: Record<string, unknown>) => Omit<T, keyof Base> | null;
};

const REFRESH_AFTER_MS = 60_000;

export function audienceSession<T extends Base>(config: AudienceSessionConfig<T>) {
  const secret = (purpose = config.kind) => `${env().NEXTAUTH_SECRET}:${purpose}`;
  const secure = () => (env().NEXTAUTH_URL ?? '').startsWith('https://');
  const maxAge = Math.floor(config.maxMs / 1000);
  const pendingPath = `${config.path}/auth`;
  const pendingSecret = () => secret(`${config.kind}-login`);

  const encodeToken = (token: T, maxAgeS = maxAge) => encode({ token: { ...token, kind: config.kind }, secret: secret(), maxAge: maxAgeS });
  const decodeToken = async (value: string | undefined): Promise<T | null> => {
    if (!value) return null;
    try {
      const token = await decode({ token: value, secret: secret() });
      if (!token || token.kind !== config.kind || typeof token.gemeenteId !== 'string') return null;
      const own = config.read(token);
      if (!own) return null;
      return { ...own, gemeenteId: token.gemeenteId, loginAt: Number(token.loginAt), lastActivity: Number(token.lastActivity) } as T;
    } catch {
      return null;
    }
  };
  const cookieOptions = (maxAgeS = maxAge) => ({ httpOnly: true, sameSite: 'lax' as const, secure: secure(), path: config.path, maxAge: maxAgeS });
  const isPath = (pathname: string) => pathname === config.path || pathname.startsWith(`${config.path}/`);

  /**
   * The proxy's part: a session of this kind or its own sign-in page, the cookie re-signed at most once a minute.
   * `next` gets the session it checked (null on a public page of the part), to pass on to the page.
   */
  const proxy = async (req: NextRequest, next: (token: T | null) => NextResponse): Promise<NextResponse> => {
    const { pathname } = req.nextUrl;
    if (config.publicPaths.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return next(null);
    const token = await decodeToken(req.cookies.get(config.cookie)?.value);
    const now = Date.now();
    const verdict = token
      ? sessionVerdict({ lastActivity: token.lastActivity, loginAt: token.loginAt, now, idleMs: config.idleMs, maxMs: config.maxMs, refreshAfterMs: REFRESH_AFTER_MS })
      : 'EXPIRED';
    if (!token || verdict === 'EXPIRED') {
      const url = req.nextUrl.clone();
      url.pathname = config.login;
      url.search = token ? '?verlopen=1' : '';
      const response = NextResponse.redirect(url);
      if (req.cookies.has(config.cookie)) response.cookies.set(config.cookie, '', cookieOptions(0));
      return response;
    }
    const response = next(token);
    if (verdict === 'REFRESH') {
      const remaining = Math.max(60, Math.floor((config.maxMs - (now - token.loginAt)) / 1000));
      response.cookies.set(config.cookie, await encodeToken({ ...token, lastActivity: now }, remaining), cookieOptions(remaining));
    }
    return response;
  };

  const encodePending = (pending: Record<string, string>) => encode({ token: pending, secret: pendingSecret(), maxAge: 600 });
  const decodePending = async (value: string | undefined): Promise<Record<string, string> | null> => {
    if (!value) return null;
    try {
      return ((await decode({ token: value, secret: pendingSecret() })) as Record<string, string> | null) ?? null;
    } catch {
      return null;
    }
  };
  const pendingCookieOptions = () => ({ httpOnly: true, sameSite: 'lax' as const, secure: secure(), path: pendingPath, maxAge: 600 });

  return { encodeToken, decodeToken, cookieOptions, isPath, proxy, encodePending, decodePending, pendingPath, pendingCookieOptions };
}
