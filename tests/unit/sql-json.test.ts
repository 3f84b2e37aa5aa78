import { describe, expect, it } from 'vitest';
import { fromJson, fromJsonOrNull } from '@/lib/server/sql-json';

describe('dates from hand-written SQL json', () => {
  it('reads a date as its calendar day and a timestamp as the UTC instant it was stored as', () => {
    expect(fromJson('2026-11-22').toISOString()).toBe('2026-11-22T00:00:00.000Z');
    expect(fromJson('2026-11-22T10:00:00').toISOString()).toBe('2026-11-22T10:00:00.000Z');
    expect(fromJson('2026-03-29T01:30:00.123').toISOString()).toBe('2026-03-29T01:30:00.123Z');
    expect(fromJsonOrNull(null)).toBeNull();
  });
});
