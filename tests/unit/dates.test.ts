import { format } from 'date-fns';
import { nl } from 'date-fns/locale';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  ageOn,
  calendarDaysBetween,
  formatDatum,
  formatDatumKort,
  parseDutchDate,
  toCalendarDay,
  toIsoDate,
} from '@/lib/domain/dates';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date | null) => date?.toISOString() ?? null;

// The results must not depend on the server's time zone; 2026's DST changes are on 29 March and 25 October.
const TIME_ZONES = ['UTC', 'Europe/Amsterdam', 'America/New_York', 'Asia/Kolkata'];
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

it('switches the process time zone, so the loops below really run in each zone', () => {
  process.env.TZ = 'America/New_York';
  expect(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).toBe(300);
  process.env.TZ = 'Europe/Amsterdam';
  expect(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).toBe(-60);
  expect(new Date('2026-07-15T12:00:00Z').getTimezoneOffset()).toBe(-120);
});

describe('toCalendarDay', () => {
  it.each([
    ['2026-11-22T00:00:00Z', '2026-11-22'], // a @db.Date value
    ['2026-03-28T22:59:59Z', '2026-03-28'], // 23:59:59 CET
    ['2026-03-28T23:30:00Z', '2026-03-29'], // 00:30 CET on the DST Sunday
    ['2026-06-30T21:59:00Z', '2026-06-30'], // 23:59 CEST
    ['2026-06-30T22:00:00Z', '2026-07-01'], // 00:00 CEST
    ['2026-10-24T22:30:00Z', '2026-10-25'], // 00:30 CEST on the Sunday clocks go back
    ['2026-10-25T23:30:00Z', '2026-10-26'], // 00:30 CET
  ])('maps %s to the Amsterdam day %s', (instant, expected) => {
    for (const tz of TIME_ZONES) {
      process.env.TZ = tz;
      expect(iso(toCalendarDay(new Date(instant))), tz).toBe(day(expected).toISOString());
    }
  });

  it('maps a local Amsterdam midnight to that day', () => {
    process.env.TZ = 'Europe/Amsterdam';
    expect(iso(toCalendarDay(new Date(2026, 2, 29)))).toBe(day('2026-03-29').toISOString());
    expect(iso(toCalendarDay(new Date(2026, 9, 25)))).toBe(day('2026-10-25').toISOString());
  });

  it('refuses an invalid date', () => {
    expect(() => toCalendarDay(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('addCalendarDays and calendarDaysBetween', () => {
  it.each([
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-28', 2, '2026-03-30'], // across the spring DST change
    ['2026-10-24', 2, '2026-10-26'], // across the autumn DST change
    ['2026-03-01', 42, '2026-04-12'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-30', -2, '2026-03-28'],
  ])('%s + %i days = %s in every server time zone', (start, days, expected) => {
    for (const tz of TIME_ZONES) {
      process.env.TZ = tz;
      expect(iso(addCalendarDays(day(start), days)), tz).toBe(day(expected).toISOString());
      expect(calendarDaysBetween(day(start), day(expected)), tz).toBe(days);
    }
  });

  it('returns exact UTC midnight in an Amsterdam process across DST', () => {
    process.env.TZ = 'Europe/Amsterdam';
    expect(addCalendarDays(day('2026-03-28'), 7).toISOString()).toBe('2026-04-04T00:00:00.000Z');
    expect(addCalendarDays(day('2026-10-24'), 7).toISOString()).toBe('2026-10-31T00:00:00.000Z');
  });

  it('counts days between timestamps by their Amsterdam day', () => {
    expect(calendarDaysBetween(new Date('2026-03-28T22:59:00Z'), new Date('2026-03-28T23:01:00Z'))).toBe(1);
    expect(calendarDaysBetween(new Date('2026-03-29T00:00:00Z'), new Date('2026-03-29T21:00:00Z'))).toBe(0);
  });

  it('refuses a fraction of a day', () => {
    expect(() => addCalendarDays(day('2026-01-01'), 1.5)).toThrow(RangeError);
  });
});

describe('formatDatum and formatDatumKort', () => {
  it.each([
    ['2026-11-22T00:00:00Z', '22 november 2026', '22-11-2026'],
    ['2026-03-01T00:00:00Z', '1 maart 2026', '01-03-2026'],
    ['2026-03-28T23:30:00Z', '29 maart 2026', '29-03-2026'],
    ['2026-10-24T22:30:00Z', '25 oktober 2026', '25-10-2026'],
    ['2027-01-05T12:00:00Z', '5 januari 2027', '05-01-2027'],
  ])('formats %s as "%s" and "%s" in every server time zone', (instant, long, short) => {
    for (const tz of TIME_ZONES) {
      process.env.TZ = tz;
      expect(formatDatum(new Date(instant)), tz).toBe(long);
      expect(formatDatumKort(new Date(instant)), tz).toBe(short);
    }
  });

  it('writes every day of 1930–2100 as date-fns writes "d MMMM yyyy" in Dutch (the former implementation)', () => {
    process.env.TZ = 'Europe/Amsterdam';
    for (let t = Date.UTC(1930, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
      const day = new Date(t);
      const local = new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
      if (formatDatum(day) !== format(local, 'd MMMM yyyy', { locale: nl })) expect(formatDatum(day)).toBe(format(local, 'd MMMM yyyy', { locale: nl }));
    }
  });

  it('gives the value of a date input', () => {
    expect(toIsoDate(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
  });
});

describe('ageOn', () => {
  it.each([
    ['2000-05-10', '2026-05-09', 25],
    ['2000-05-10', '2026-05-10', 26],
    ['2000-05-10', '2026-12-31', 26],
    ['2026-05-10', '2026-05-10', 0],
    ['2008-02-29', '2009-02-28', 0], // born on a leap day: a year older on 1 March in a common year
    ['2008-02-29', '2009-03-01', 1],
    ['2008-02-29', '2012-02-29', 4],
    ['2008-12-31', '2026-01-01', 17],
  ])('someone born %s is on %s %i years old', (born, today, age) => {
    expect(ageOn(day(born), day(today))).toBe(age);
  });

  it('uses the Amsterdam day of a timestamp', () => {
    // 2026-05-09T22:30Z is 10 May 00:30 in Amsterdam: the birthday has come.
    expect(ageOn(day('2000-05-10'), new Date('2026-05-09T22:30:00Z'))).toBe(26);
  });

  it('refuses a birth date after today', () => {
    expect(() => ageOn(day('2026-05-11'), day('2026-05-10'))).toThrow(RangeError);
  });
});

describe('parseDutchDate', () => {
  it.each([
    ['22-11-2026', '2026-11-22'],
    ['2026-11-22', '2026-11-22'],
    [' 1-2-2026 ', '2026-02-01'],
    ['22/11/2026', '2026-11-22'],
    ['22.11.2026', '2026-11-22'],
    ['29-02-2028', '2028-02-29'],
    ['31-12-1950', '1950-12-31'],
  ])('reads "%s" as %s', (input, expected) => {
    expect(iso(parseDutchDate(input))).toBe(day(expected).toISOString());
  });

  it.each([
    '31-02-2026', // no such day
    '29-02-2026', // not a leap year
    '31-04-2026',
    '00-01-2026',
    '01-13-2026',
    '01-00-2026',
    '2026-13-01',
    '2026-02-30',
    '2026-1-5', // ISO needs two digits
    '22-11-26', // two-digit year
    '01-01-0999',
    '2026-11-22T10:00',
    '22 november 2026',
    '',
    'morgen',
  ])('refuses "%s"', (input) => {
    expect(parseDutchDate(input)).toBeNull();
  });
});

describe('toCalendarDay fast path', () => {
  // The day Intl's time-zone database gives, the slow way, to compare the fast path with.
  const viaIntl = (instant: Date) => {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
    return new Date(`${parts}T00:00:00Z`);
  };

  it('agrees with the time-zone database on every hour around both DST changes and across history', () => {
    const starts = ['1937-06-30', '1943-03-28', '1977-04-03', '2026-03-28', '2026-10-24', '2027-12-31'];
    for (const start of starts) {
      const t0 = Date.parse(`${start}T00:00:00Z`);
      for (let h = 0; h < 24 * 3; h++) {
        for (const minute of [0, 19, 20, 39, 59]) {
          const instant = new Date(t0 + h * 3_600_000 + minute * 60_000);
          expect(toCalendarDay(instant).toISOString(), instant.toISOString()).toBe(viaIntl(instant).toISOString());
        }
      }
    }
  });

  it('gives a calendar day back as itself, before 1970 too, without making a Date', () => {
    for (const iso of ['2026-11-22', '1969-12-31', '1937-06-30']) {
      const dag = new Date(`${iso}T00:00:00Z`);
      expect(toCalendarDay(dag)).toBe(dag);
    }
    const eenMsLater = new Date(Date.parse('1969-12-31T00:00:00Z') + 1);
    expect(toCalendarDay(eenMsLater)).not.toBe(eenMsLater);
    expect(toCalendarDay(eenMsLater).toISOString()).toBe('1969-12-31T00:00:00.000Z');
  });

  it('agrees on random instants from 1900 to 2100', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const from = Date.parse('1900-01-01T00:00:00Z');
    const to = Date.parse('2100-01-01T00:00:00Z');
    for (let i = 0; i < 5_000; i++) {
      const instant = new Date(from + Math.floor(random() * (to - from)));
      expect(toCalendarDay(instant).toISOString(), instant.toISOString()).toBe(viaIntl(instant).toISOString());
    }
  });
});
