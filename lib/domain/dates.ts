import { format } from 'date-fns';

// Calendar days in the Europe/Amsterdam calendar.
//
// A "day" in this library is a Date at UTC midnight of that calendar day (2026-03-29 → 2026-03-29T00:00:00Z).
// Why UTC midnight and not local midnight:
// - Prisma reads and writes `@db.Date` columns as UTC midnight, so a day computed here can be stored as is
//   (a local-midnight Date in an Amsterdam process is 22:00/23:00 UTC the day before and would be stored a day early);
// - UTC has no daylight saving time, so adding n days is exactly n × 24 h whatever the server's time zone.
//   date-fns `addDays` works in the process's local time and would shift a UTC-midnight value by an hour across
//   the last Sunday of March or October in an Amsterdam process, landing on the previous day.
// Any instant (a timestamp such as Melding.ontvangenOp, or a `@db.Date` value) is first mapped to the day it falls
// on in Amsterdam: 2026-03-28T23:30:00Z is 29 March in Amsterdam.

const MS_PER_HOUR = 60 * 60 * 1000;
const MS_PER_DAY = 24 * MS_PER_HOUR;

const amsterdamParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The instant's time in ms since 1970; a RangeError for anything that is not a valid Date. */
const geldigeTijd = (date: Date): number => {
  const tijd = date instanceof Date ? date.getTime() : NaN;
  if (Number.isNaN(tijd)) throw new RangeError('Invalid date');
  return tijd;
};

/** Ms since the UTC midnight at or before the time (before 1970 too, when the time is negative). */
const sindsUtcMiddernacht = (tijd: number) => ((tijd % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;

/** Until 22:00 UTC an instant lies on the same calendar day in Amsterdam as in UTC (toCalendarDay says why). */
const ZELFDE_DAG_TOT = 22 * MS_PER_HOUR;

/**
 * The Europe/Amsterdam calendar day of an instant, as UTC midnight.
 *
 * Fast path (issue 9: Intl's formatToParts costs ~15 µs, and a worklist asks this thousands of times): Amsterdam has
 * always been ahead of UTC by more than nothing and at most two hours (+0:19:32 local mean time, +0:20, +1, +2), so an
 * instant before 22:00 UTC falls on the same calendar day in Amsterdam as in UTC — every `@db.Date` value (UTC
 * midnight) among them. Only the last two hours of a UTC day need the time-zone database.
 */
export const toCalendarDay = (instant: Date): Date => {
  const tijd = geldigeTijd(instant);
  const sindsMiddernacht = sindsUtcMiddernacht(tijd);
  // A calendar day already (every `@db.Date` value, every day made here) is its own day, without a new Date (issue 23:
  // the werkvoorraad asks this of hundreds of days per view). Nothing in this code base changes a Date in place.
  if (sindsMiddernacht === 0) return instant;
  if (sindsMiddernacht < ZELFDE_DAG_TOT) return new Date(tijd - sindsMiddernacht);
  const parts = amsterdamParts.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return new Date(Date.UTC(get('year'), get('month') - 1, get('day')));
};

/** Adds whole calendar days; the result is a calendar day (UTC midnight). */
export const addCalendarDays = (date: Date, days: number): Date => {
  if (!Number.isInteger(days)) throw new RangeError(`days must be a whole number, got ${days}`);
  const day = toCalendarDay(date);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + days));
};

/**
 * The Amsterdam calendar day of an instant as a number of days since 1 January 1970, without making a Date on the
 * fast path of toCalendarDay (issue 23: the werkvoorraad computes hundreds of terms per view, and every Date made in a
 * Next.js request goes through its patched constructor).
 */
const dagNummer = (instant: Date): number => {
  const tijd = geldigeTijd(instant);
  if (sindsUtcMiddernacht(tijd) < ZELFDE_DAG_TOT) return Math.floor(tijd / MS_PER_DAY);
  return Math.round(toCalendarDay(instant).getTime() / MS_PER_DAY);
};

/** Whole calendar days from `from` to `to` (negative when `to` lies before `from`). */
export const calendarDaysBetween = (from: Date, to: Date): number => dagNummer(to) - dagNummer(from);

/** '2026-11-22', the value of an `<input type="date">`. */
export const toIsoDate = (date: Date): string => toCalendarDay(date).toISOString().slice(0, 10);

// For formatting, rebuild the Amsterdam day as a local Date: date-fns formats in the process's time zone.
const asLocalDate = (date: Date) => {
  const day = toCalendarDay(date);
  return new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
};

// The long Dutch date of an Amsterdam day, as Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year:
// 'numeric' }) writes it, without Intl (issue 9: date-fns's format took ~8 µs a call; issue 23: Intl's format was
// still ~3% of the werkvoorraad's CPU). tests/unit/dates.test.ts holds it to date-fns's Dutch for every day 1930–2100.
const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** '22 november 2026' */
export const formatDatum = (date: Date): string => {
  // Before 22:00 UTC the instant lies on the same day in Amsterdam (toCalendarDay): read it without a new Date.
  const day = sindsUtcMiddernacht(geldigeTijd(date)) < ZELFDE_DAG_TOT ? date : toCalendarDay(date);
  return `${day.getUTCDate()} ${MAANDEN[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
};

/** '22-11-2026' */
export const formatDatumKort = (date: Date): string => format(asLocalDate(date), 'dd-MM-yyyy');

/**
 * Age in whole years on `today`. Someone born on 29 February turns a year older on 1 March in a common year.
 * Throws when the birth date lies after `today`: validation should have refused that date.
 */
export const ageOn = (geboortedatum: Date, today: Date): number => {
  const birth = toCalendarDay(geboortedatum);
  const now = toCalendarDay(today);
  if (birth.getTime() > now.getTime()) throw new RangeError('geboortedatum lies after today');
  const hadBirthdayThisYear =
    now.getUTCMonth() > birth.getUTCMonth() ||
    (now.getUTCMonth() === birth.getUTCMonth() && now.getUTCDate() >= birth.getUTCDate());
  return now.getUTCFullYear() - birth.getUTCFullYear() - (hadBirthdayThisYear ? 0 : 1);
};

const DUTCH_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/; // 22-11-2026, 1-2-2026, 22/11/2026, 22.11.2026
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/; // 2026-11-22

/**
 * Parses '22-11-2026' (also with / or .) or '2026-11-22' into a calendar day (UTC midnight).
 * Returns null for anything else, including days that do not exist (31-02-2026, 29-02-2025).
 */
export const parseDutchDate = (input: string): Date | null => {
  const text = input.trim();
  let year: number;
  let month: number;
  let day: number;
  const dutch = DUTCH_DATE.exec(text);
  const iso = ISO_DATE.exec(text);
  if (dutch) [day, month, year] = [Number(dutch[1]), Number(dutch[2]), Number(dutch[3])];
  else if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31-02 over into March: a round trip that changes the day means the day does not exist.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
};

const DATUM_TIJD = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** A moment in Dutch, in Amsterdam time: "6 december 2026 om 14:05". */
export const formatDatumTijd = (moment: Date): string => {
  const parts = DATUM_TIJD.formatToParts(moment);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')} ${get('month')} ${get('year')} om ${get('hour')}:${get('minute')}`;
};
