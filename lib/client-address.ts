// The client address of the current request (rate limit of the public form, sign-in throttling, access log), with the
// reverse proxies from TRUSTED_PROXIES. Read once per process.
import { clientAddress, parseTrustedProxies, type TrustedProxies } from '@/lib/domain/rate-limit';
import { env } from '@/lib/env';

let trusted: TrustedProxies | null = null;

export const trustedProxies = (): TrustedProxies => (trusted ??= parseTrustedProxies(env().TRUSTED_PROXIES));

export const requestClientAddress = (headers: { get(name: string): string | null }): string => clientAddress(headers, trustedProxies());

/** The same for a plain header object (next-auth's authorize gets one). */
export const clientAddressOfHeaderObject = (headers: Record<string, string | string[] | undefined> | undefined): string =>
  requestClientAddress({
    get: (name) => {
      const value = headers?.[name.toLowerCase()];
      return (Array.isArray(value) ? value.join(',') : value) ?? null;
    },
  });
