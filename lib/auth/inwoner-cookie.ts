// Issue 21: the resident's session, apart from the staff session in every way that matters: its own cookie name and
// path (/mijn, so the browser never sends it to a staff route), its own key (a staff token cannot be read as a
// resident token or the other way round) and its own, shorter clock (15 minutes idle, as DigiD). Edge-safe: the proxy
// reads it on every /mijn request. Written once with the partner session (issue 22): lib/auth/audience-session.ts.
import { audienceSession } from './audience-session';

export const INWONER_COOKIE = 'wijkregie-inwoner';
export const INWONER_PATH = '/mijn';
export const INWONER_LOGIN = '/mijn/inloggen';
/** Pages of /mijn that need no resident session: sign-in, the OIDC round trip, the page for an unknown resident. */
export const INWONER_PUBLIC = ['/mijn/inloggen', '/mijn/auth', '/mijn/onbekend'];
/** The short-lived cookie between the start of a sign-in and its callback (state, nonce, PKCE verifier), encrypted. */
export const PENDING_COOKIE = 'wijkregie-inwoner-login';

export type InwonerToken = { bsn: string; gemeenteId: string; loginAt: number; lastActivity: number };

const session = audienceSession<InwonerToken>({
  kind: 'inwoner', cookie: INWONER_COOKIE, path: INWONER_PATH, login: INWONER_LOGIN, publicPaths: INWONER_PUBLIC,
  pendingCookie: PENDING_COOKIE, idleMs: 15 * 60_000, maxMs: 4 * 60 * 60_000,
  read: (token) => (typeof token.bsn === 'string' ? { bsn: token.bsn } : null),
});

export const PENDING_PATH = session.pendingPath;
export const {
  encodeToken: encodeInwonerToken, decodeToken: decodeInwonerToken, cookieOptions: inwonerCookieOptions, isPath: isInwonerPath,
  proxy: inwonerProxy, encodePending, decodePending,
} = session;
