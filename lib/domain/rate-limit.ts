import { createHmac } from 'node:crypto';

// Rate limiting of the public melding form per client address. The address itself is personal data and is not
// stored: only a keyed hash (HMAC-SHA256 with a server secret), enough to count meldingen from the same address
// within a window, and useless to anyone without the secret.

export const MELDING_RATE_LIMIT = { max: 5, windowMs: 60 * 60 * 1000 } as const;

/**
 * The client address as the first hop of X-Forwarded-For (the address the outermost proxy saw), else X-Real-IP,
 * else 'onbekend'. Only meaningful behind a reverse proxy that sets these headers itself: a client can send them too.
 */
export const clientAddress = (headers: { get(name: string): string | null }): string => {
  const first = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  if (first) return first.slice(0, 100);
  const real = headers.get('x-real-ip')?.trim();
  return real ? real.slice(0, 100) : 'onbekend';
};

/** A keyed hash of the address; the same address and secret always give the same hash. */
export const hashAddress = (address: string, secret: string): string => {
  if (!secret) throw new Error('A secret is needed to hash client addresses');
  return createHmac('sha256', secret).update(`melding:${address}`).digest('hex');
};

/** The start of the window in which earlier meldingen count. */
export const windowStart = (now: Date, windowMs: number = MELDING_RATE_LIMIT.windowMs): Date => new Date(now.getTime() - windowMs);

/** True when one more melding would exceed the limit. */
export const isRateLimited = (recentCount: number, max: number = MELDING_RATE_LIMIT.max): boolean => recentCount >= max;
