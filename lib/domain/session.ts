// When a signed-in session ends: after a stretch without any request (idle), and after a working day in all.
export type SessionClock = { lastActivity: number; loginAt: number; now: number; idleMs: number; maxMs: number; refreshAfterMs: number };

export type SessionVerdict = 'EXPIRED' | 'REFRESH' | 'VALID';

export function sessionVerdict({ lastActivity, loginAt, now, idleMs, maxMs, refreshAfterMs }: SessionClock): SessionVerdict {
  if (now - lastActivity > idleMs || now - loginAt > maxMs) return 'EXPIRED';
  return now - lastActivity > refreshAfterMs ? 'REFRESH' : 'VALID';
}
