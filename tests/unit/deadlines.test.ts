import { afterEach, describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  beschikkingTermDays,
  bezwaarDeadline,
  canExtend,
  daysLeft,
  dueDate,
  EXTENSION_ALREADY_USED,
  EXTENSION_TOO_LATE,
  onderzoekDeadline,
  persoonlijkPlanDeadline,
  termStatus,
  type Suspension,
} from '@/lib/domain/deadlines';
import { BESLUITDAGEN_2026_2028 } from '@/lib/domain/termijnwet';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
// Atw art. 3 lid 3: the decree days beheer preloads (issue 17).
const KB = new Set<string>(BESLUITDAGEN_2026_2028.map((d) => d.datum));
const pause = (van: string, tot: string | null): Suspension => ({ van: day(van), tot: tot ? day(tot) : null });

const TIME_ZONES = ['UTC', 'Europe/Amsterdam', 'America/New_York'];
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('addCalendarDays', () => {
  it('is re-exported for callers of the deadlines', () => {
    expect(isoDay(addCalendarDays(day('2026-03-28'), 2))).toBe('2026-03-30');
  });
});

describe('dueDate', () => {
  // start 5 January 2026, 14 days: due 19 January without suspensions. An end on a Saturday or Sunday runs to the
  // Monday (Algemene termijnenwet; tests/unit/termijnwet.test.ts has the full table).
  const base = { start: day('2026-01-05'), termDays: 14, today: day('2026-01-15'), besluitdagen: KB };

  it.each<[string, Suspension[], number, string]>([
    ['no suspension', [], 0, '2026-01-19'],
    ['a closed suspension of 3 days (van up to tot)', [pause('2026-01-07', '2026-01-10')], 0, '2026-01-22'],
    ['overlapping suspensions count once (24th a Saturday: Monday 26th)', [pause('2026-01-07', '2026-01-10'), pause('2026-01-09', '2026-01-12')], 0, '2026-01-26'],
    ['a suspension inside another counts once (1 February a Sunday: the 2nd)', [pause('2026-01-07', '2026-01-20'), pause('2026-01-08', '2026-01-09')], 0, '2026-02-02'],
    ['touching suspensions add up (to Saturday 24th: Monday 26th)', [pause('2026-01-07', '2026-01-10'), pause('2026-01-10', '2026-01-12')], 0, '2026-01-26'],
    ['input order does not matter', [pause('2026-01-09', '2026-01-12'), pause('2026-01-07', '2026-01-10')], 0, '2026-01-26'],
    ['an open suspension counts until today', [pause('2026-01-07', null)], 0, '2026-01-27'],
    ['an open suspension from today has paused nothing yet', [pause('2026-01-15', null)], 0, '2026-01-19'],
    ['days before the start do not count', [pause('2025-12-30', '2026-01-07')], 0, '2026-01-21'],
    ['a suspension wholly before the start counts nothing', [pause('2025-12-20', '2025-12-30')], 0, '2026-01-19'],
    ['a suspension after the term ran out does not revive it', [pause('2026-01-25', '2026-01-30')], 0, '2026-01-19'],
    ['a suspension from the due day itself moves it', [pause('2026-01-19', '2026-01-21')], 0, '2026-01-21'],
    // the first suspension moves the due date to 24 January (a Saturday: the 26th), so the second (from 22 January) counts as well
    ['suspensions chain', [pause('2026-01-10', '2026-01-15'), pause('2026-01-22', '2026-01-25')], 0, '2026-01-27'],
    ['an extension adds its days', [], 14, '2026-02-02'],
    ['an extension and a suspension', [pause('2026-01-07', '2026-01-10')], 14, '2026-02-05'],
  ])('%s', (_, suspensions, extensionDays, expected) => {
    expect(isoDay(dueDate({ ...base, suspensions, extensionDays }))).toBe(expected);
  });

  it('keeps moving while a suspension stays open', () => {
    const suspensions = [pause('2026-01-07', null)];
    expect(isoDay(dueDate({ ...base, suspensions, today: day('2026-01-10') }))).toBe('2026-01-22');
    expect(isoDay(dueDate({ ...base, suspensions, today: day('2026-01-11') }))).toBe('2026-01-23');
  });

  it.each([
    // spring: 16 March + 14 = 30 March; suspended 27 to 31 March (4 days) = 3 April, Goede Vrijdag: Tuesday 7 April
    ['2026-03-16', [pause('2026-03-27', '2026-03-31')], '2026-04-07'],
    // autumn: 20 October + 14 = 3 November; suspended 24 to 26 October (2 days) = 5 November
    ['2026-10-20', [pause('2026-10-24', '2026-10-26')], '2026-11-05'],
  ])('counts whole days across DST from %s in every server time zone', (start, suspensions, expected) => {
    for (const tz of TIME_ZONES) {
      process.env.TZ = tz;
      const due = dueDate({ start: day(start), termDays: 14, suspensions, today: day('2026-11-01'), besluitdagen: KB });
      expect(due.toISOString(), tz).toBe(`${expected}T00:00:00.000Z`);
    }
  });

  it('starts from the Amsterdam day of a timestamp', () => {
    // 23:30 UTC on 28 March is 00:30 on 29 March in Amsterdam
    const due = dueDate({ start: new Date('2026-03-28T23:30:00Z'), termDays: 1, suspensions: [], today: day('2026-03-29'), besluitdagen: KB });
    expect(isoDay(due)).toBe('2026-03-30');
  });

  it('accepts rows that carry more than van and tot (Prisma Opschorting)', () => {
    const rows = [{ id: 'o1', reden: 'Wacht op stukken', van: day('2026-01-07'), tot: day('2026-01-10') }];
    expect(isoDay(dueDate({ ...base, suspensions: rows }))).toBe('2026-01-22');
  });

  it.each([
    ['a suspension that ends before it starts', { suspensions: [pause('2026-01-10', '2026-01-07')] }],
    ['a negative term', { suspensions: [], termDays: -1 }],
    ['a fractional extension', { suspensions: [], extensionDays: 1.5 }],
    ['a negative extension', { suspensions: [], extensionDays: -3 }],
  ])('refuses %s', (_, input) => {
    expect(() => dueDate({ ...base, ...input })).toThrow(RangeError);
  });
});

describe('daysLeft and termStatus', () => {
  it.each([
    ['2026-01-19', '2026-01-10', 9, 'ON_TRACK'],
    ['2026-01-19', '2026-01-15', 4, 'ON_TRACK'],
    ['2026-01-19', '2026-01-16', 3, 'DUE_SOON'],
    ['2026-01-19', '2026-01-19', 0, 'DUE_SOON'],
    ['2026-01-19', '2026-01-20', -1, 'OVERDUE'],
    ['2026-01-19', '2026-02-19', -31, 'OVERDUE'],
    ['2026-03-30', '2026-03-27', 3, 'DUE_SOON'], // across the spring DST change
    ['2026-10-26', '2026-10-22', 4, 'ON_TRACK'], // across the autumn DST change
  ])('due %s, today %s: %i days left, %s', (due, today, left, status) => {
    expect(daysLeft(day(due), day(today))).toBe(left);
    expect(termStatus(day(due), day(today))).toBe(status);
  });

  it('takes today as the Amsterdam day of now', () => {
    // 22:30 UTC on 18 January is 23:30 in Amsterdam: still the 18th, one day left
    expect(daysLeft(day('2026-01-19'), new Date('2026-01-18T22:30:00Z'))).toBe(1);
    // 23:30 UTC on 18 January is 00:30 on the 19th in Amsterdam
    expect(daysLeft(day('2026-01-19'), new Date('2026-01-18T23:30:00Z'))).toBe(0);
  });
});

describe('legal terms', () => {
  it.each([
    ['2026-11-22', '2027-01-04'], // 3 January 2027 is a Sunday
    ['2026-03-16', '2026-04-28'], // across the spring DST change; 27 April is Koningsdag
    ['2026-10-01', '2026-11-12'], // across the autumn DST change
  ])('Wmo 2015 art. 2.3.2: onderzoek on a melding of %s is due %s (six weeks)', (melding, due) => {
    expect(isoDay(onderzoekDeadline(day(melding), KB))).toBe(due);
  });

  it('uses the gemeente term for the onderzoek when given', () => {
    expect(isoDay(onderzoekDeadline(day('2026-11-22'), KB, 28))).toBe('2026-12-21'); // 20 December is a Sunday
  });

  it('counts the onderzoek from the Amsterdam day the melding came in', () => {
    // a melding at 00:15 on 16 March, Amsterdam time
    expect(isoDay(onderzoekDeadline(new Date('2026-03-15T23:15:00Z'), KB))).toBe('2026-04-28');
  });

  it('Wmo 2015 art. 2.3.2: persoonlijk plan within seven days', () => {
    expect(isoDay(persoonlijkPlanDeadline(day('2026-03-26'), KB))).toBe('2026-04-02');
  });

  it.each([
    ['WMO', undefined, 14], // Wmo 2015 art. 2.3.5
    ['JEUGDWET', undefined, 56], // Awb 4:13
    ['PARTICIPATIEWET', undefined, 56], // Awb 4:13
    ['WMO', { wmoBeschikkingTermijnDagen: 10 }, 10],
    ['WMO', { awbBeschikkingTermijnDagen: 42 }, 14],
    ['JEUGDWET', { awbBeschikkingTermijnDagen: 42 }, 42],
    ['PARTICIPATIEWET', { wmoBeschikkingTermijnDagen: 10 }, 56],
  ] as const)('beschikking term for %s with settings %o is %i days', (wet, settings, days) => {
    expect(beschikkingTermDays(wet, settings)).toBe(days);
  });

  it.each([
    ['2026-03-02', '2026-04-13'], // across the spring DST change
    ['2026-10-15', '2026-11-26'], // across the autumn DST change
  ])('Awb 6:7: bezwaar on a beschikking sent %s until %s', (verzonden, deadline) => {
    expect(isoDay(bezwaarDeadline(day(verzonden), KB))).toBe(deadline);
  });
});

describe('canExtend (Awb 4:14)', () => {
  it.each([
    ['never extended', null, undefined, null],
    ['never extended (undefined)', undefined, undefined, null],
    ['already extended', day('2026-01-10'), undefined, EXTENSION_ALREADY_USED],
    ['already extended, even within the term', day('2026-01-10'), { due: day('2026-02-01'), today: day('2026-01-20') }, EXTENSION_ALREADY_USED],
    ['within the term', null, { due: day('2026-02-01'), today: day('2026-01-20') }, null],
    ['on the last day', null, { due: day('2026-02-01'), today: day('2026-02-01') }, null],
    ['after the term ran out', null, { due: day('2026-02-01'), today: day('2026-02-02') }, EXTENSION_TOO_LATE],
  ])('%s', (_, existing, term, expected) => {
    expect(canExtend(existing, term)).toBe(expected);
  });

  it('explains the refusal in Dutch', () => {
    expect(canExtend(day('2026-01-10'))).toMatch(/maar één keer/);
  });
});
