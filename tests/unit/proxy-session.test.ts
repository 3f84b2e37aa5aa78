import { NextRequest } from 'next/server';
import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { proxy } from '@/proxy';
import { doorgegevenHeaders, leesSessieHeader, SESSIE_HEADER, sessieHeader } from '@/lib/auth/proxy-session';
import { encodeInwonerToken, INWONER_COOKIE } from '@/lib/auth/inwoner-cookie';
import { env } from '@/lib/env';

// Issue 23 item 3: the page learns whose session the proxy checked from a request header, so it does not decode the
// cookie again. A client must not be able to write that header: the proxy removes the client's on every path.

/** The request headers the proxy passes on to the page (Next carries them in x-middleware-request-* headers). */
const passedOn = (response: Response, name: string) =>
  (response.headers.get('x-middleware-override-headers') ?? '').split(',').includes(name) ? response.headers.get(`x-middleware-request-${name}`) : null;

beforeAll(() => {
  vi.stubEnv('NEXTAUTH_SECRET', 'unit-test-secret');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

const forged = sessieHeader('medewerker', { userId: '00000000-0000-4000-8000-000000000001' });
const request = (path: string, headers: Record<string, string> = {}) => new NextRequest(new URL(path, 'http://localhost:3000'), { headers });

describe('the session header between proxy and page', () => {
  it('reads back what was written, for its own kind only', () => {
    const value = sessieHeader('inwoner', { gemeenteId: 'g', bsn: '123456782' });
    expect(leesSessieHeader(value, 'inwoner')).toEqual({ gemeenteId: 'g', bsn: '123456782' });
    expect(leesSessieHeader(value, 'partner')).toBeNull();
    expect(leesSessieHeader(value, 'medewerker')).toBeNull();
    expect(leesSessieHeader('inwoner %7Bkapot', 'inwoner')).toBeNull();
    expect(leesSessieHeader(null, 'inwoner')).toBeNull();
  });

  it('is removed from what the client sent before anything is passed on', () => {
    const headers = doorgegevenHeaders(request('/x', { [SESSIE_HEADER]: forged }), 'nonce', 'csp');
    expect(headers.get(SESSIE_HEADER)).toBeNull();
    expect(headers.get('x-nonce')).toBe('nonce');
  });

  it('a client cannot forge it: not on a public page, not on Mijn plan, not beside a real staff session', async () => {
    for (const path of ['/login', '/melding', '/api/health', '/mijn/inloggen', '/partner/inloggen']) {
      const response = await proxy(request(path, { [SESSIE_HEADER]: forged }));
      expect(passedOn(response, SESSIE_HEADER), path).toBeNull();
    }
    const now = Date.now();
    const staff = await encode({ token: { sub: '00000000-0000-4000-8000-000000000002', loginAt: now, lastActivity: now }, secret: env().NEXTAUTH_SECRET! });
    const response = await proxy(request('/werkvoorraad', { [SESSIE_HEADER]: forged, cookie: `next-auth.session-token=${staff}` }));
    expect(leesSessieHeader(passedOn(response, SESSIE_HEADER), 'medewerker')).toEqual({ userId: '00000000-0000-4000-8000-000000000002' });
  });

  it('passes on the resident session the proxy checked on /mijn, and no staff session there', async () => {
    const now = Date.now();
    const token = await encodeInwonerToken({ bsn: '123456782', gemeenteId: 'g', loginAt: now, lastActivity: now });
    const response = await proxy(request('/mijn', { [SESSIE_HEADER]: forged, cookie: `${INWONER_COOKIE}=${token}` }));
    const value = passedOn(response, SESSIE_HEADER);
    expect(leesSessieHeader(value, 'inwoner')).toEqual({ gemeenteId: 'g', bsn: '123456782' });
    expect(leesSessieHeader(value, 'medewerker')).toBeNull();
  });
});
