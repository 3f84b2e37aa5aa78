import { describe, expect, it } from 'vitest';
import { sessionVerdict } from '@/lib/domain/session';

const MIN = 60_000;
const base = { idleMs: 30 * MIN, maxMs: 8 * 60 * MIN, refreshAfterMs: MIN, loginAt: 0 };

describe('sessionVerdict', () => {
  it.each([
    ['just signed in', 0, 10_000, 'VALID'],
    ['active a minute and a half ago', 0, 1.5 * MIN, 'REFRESH'],
    ['idle for 29 minutes', 0, 29 * MIN, 'REFRESH'],
    ['idle for 31 minutes', 0, 31 * MIN, 'EXPIRED'],
    ['busy all day, past eight hours in all', 8 * 60 * MIN, 8 * 60 * MIN + 1000, 'EXPIRED'],
    ['busy, seven hours in', 7 * 60 * MIN, 7 * 60 * MIN + 5000, 'VALID'],
  ] as const)('%s → %s', (_label, lastActivity, now, verdict) => {
    expect(sessionVerdict({ ...base, lastActivity, now })).toBe(verdict);
  });
});
