// Issue 22: the ketenpartner's session (lib/auth/audience-session.ts): cookie `wijkregie-partner` on /partner only,
// its own key, 30 minutes idle and 8 hours in all; the pending eHerkenning sign-in on /partner/auth.
import { audienceSession } from './audience-session';

export const PARTNER_COOKIE = 'wijkregie-partner';
export const PARTNER_PATH = '/partner';
export const PARTNER_LOGIN = '/partner/inloggen';
export const PARTNER_PUBLIC = ['/partner/inloggen', '/partner/auth', '/partner/onbekend'];
export const PARTNER_PENDING_COOKIE = 'wijkregie-partner-login';

export type PartnerToken = { gebruikerId: string; gemeenteId: string; loginAt: number; lastActivity: number };

const session = audienceSession<PartnerToken>({
  kind: 'partner', cookie: PARTNER_COOKIE, path: PARTNER_PATH, login: PARTNER_LOGIN, publicPaths: PARTNER_PUBLIC,
  pendingCookie: PARTNER_PENDING_COOKIE, idleMs: 30 * 60_000, maxMs: 8 * 60 * 60_000,
  read: (token) => (typeof token.gebruikerId === 'string' ? { gebruikerId: token.gebruikerId } : null),
});

export const PARTNER_PENDING_PATH = session.pendingPath;
export const {
  encodeToken: encodePartnerToken, decodeToken: decodePartnerToken, cookieOptions: partnerCookieOptions, isPath: isPartnerPath,
  proxy: partnerProxy, encodePending: encodePartnerPending, decodePending: decodePartnerPending, pendingCookieOptions: partnerPendingCookieOptions,
} = session;
