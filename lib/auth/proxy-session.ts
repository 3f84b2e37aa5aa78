// Issue 23 item 3: the proxy decodes the session cookie on every request (proxy.ts, lib/auth/audience-session.ts);
// the page needs only whose session it is. The proxy passes that on in a request header that it first removes from
// whatever the client sent and then sets itself, on every request it lets through, so a client cannot forge it and
// the page does not decrypt the cookie a second time. The proxy runs for every path but static files (its matcher),
// so a page never sees a header the proxy did not write. No server-only imports: the proxy loads this file.

export const SESSIE_HEADER = 'x-wijkregie-sessie';

export type SessieSoort = 'medewerker' | 'inwoner' | 'partner';

/** The header's value: the kind of session, then its claims as JSON (URI-encoded: a header holds ASCII only). */
export const sessieHeader = (soort: SessieSoort, claims: Record<string, unknown>) => `${soort} ${encodeURIComponent(JSON.stringify(claims))}`;

/** The claims of a session of this kind that the proxy checked for this request, or null when it passed none. */
export function leesSessieHeader<T extends Record<string, unknown>>(value: string | null | undefined, soort: SessieSoort): T | null {
  if (!value) return null;
  const spatie = value.indexOf(' ');
  if (spatie < 0 || value.slice(0, spatie) !== soort) return null;
  try {
    const claims: unknown = JSON.parse(decodeURIComponent(value.slice(spatie + 1)));
    return claims && typeof claims === 'object' ? (claims as T) : null;
  } catch {
    return null;
  }
}

/** The request headers the proxy passes on: the client's, without any session header of theirs, with the CSP nonce. */
export function doorgegevenHeaders(req: { headers: Headers }, nonce: string, csp: string, sessie?: string | null): Headers {
  const headers = new Headers(req.headers);
  headers.delete(SESSIE_HEADER);
  if (sessie) headers.set(SESSIE_HEADER, sessie);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', csp);
  return headers;
}
