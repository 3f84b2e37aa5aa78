import { addCalendarDays, formatDatum, toCalendarDay, toIsoDate } from './dates';

// The Algemene termijnenwet (Atw, https://wetten.overheid.nl/BWBR0002448), pure: dates in, dates out.
//
// - Art. 1: a term set by law that ends on a Saturday, a Sunday or an algemeen erkende feestdag runs on to the next
//   day that is none of these.
// - Art. 2: a term of at least three days holds at least two days that are none of these.
// - Art. 3 lid 1: the feestdagen: Nieuwjaarsdag, Goede Vrijdag, tweede Paasdag, Hemelvaartsdag, tweede Pinksterdag,
//   Koningsdag (27 April, 26 April when the 27th is a Sunday: Wet verplaatsing Koningsdag), 5 mei, eerste and
//   tweede Kerstdag. (Eerste Paas- and Pinksterdag always fall on a Sunday.)
// - Art. 3 lid 3: days that a Royal Decree sets equal to them (the day after Hemelvaartsdag, a day between
//   Christmas and New Year, …), a few years at a time. Those are data: beheer keeps them (Beheer › Feestdagen, table
//   "Besluitdag"), and they come into these rules as `besluitdagen`, a set of ISO days ('2026-05-15').
// - Art. 4's exclusions (terms longer than twelve weeks counted back, and the like) do not apply to our terms.
//
// Every day here is a calendar day at UTC midnight (dates.ts).

/** Days set equal to the feestdagen by Royal Decree (Atw art. 3 lid 3), as ISO days. */
export type Besluitdagen = ReadonlySet<string>;

export const GEEN_BESLUITDAGEN: Besluitdagen = new Set<string>();

/**
 * The decree in force when this rule was written (Besluit gelijkstelling dagen Algemene termijnenwet 2026-2028):
 * the migration that made the table preloads these, and the demo data and tests use them.
 */
export const BESLUITDAGEN_2026_2028 = [
  { datum: '2026-01-02', naam: 'Vrijdag na Nieuwjaarsdag' },
  { datum: '2026-05-15', naam: 'Vrijdag na Hemelvaartsdag' },
  { datum: '2027-05-07', naam: 'Vrijdag na Hemelvaartsdag' },
  { datum: '2028-04-28', naam: 'Vrijdag na Koningsdag' },
  { datum: '2028-05-26', naam: 'Vrijdag na Hemelvaartsdag' },
] as const;

export const BESLUITDAGEN_BRON = 'Besluit gelijkstelling dagen Algemene termijnenwet 2026, 2027 en 2028 (Atw art. 3 lid 3)';

const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));

/**
 * Easter Sunday of a Gregorian year: the anonymous Gregorian algorithm (Meeus/Jones/Butcher, "Astronomical
 * Algorithms" ch. 8). The SQL function `pasen` in prisma/migrations/20261206100000_algemene_termijnenwet is the
 * same arithmetic.
 */
export const pasen = (year: number): Date => {
  if (!Number.isInteger(year) || year < 1583) throw new RangeError(`Gregorian year expected, got ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const date = ((h + l - 7 * m + 114) % 31) + 1;
  return day(year, month, date);
};

export type Feestdag = { datum: Date; naam: string };

/** The feestdagen of Atw art. 3 lid 1 in a year, in date order. */
export const feestdagen = (year: number): Feestdag[] => {
  const easter = pasen(year);
  const koningsdag = day(year, 4, 27).getUTCDay() === 0 ? day(year, 4, 26) : day(year, 4, 27);
  return [
    { datum: day(year, 1, 1), naam: 'Nieuwjaarsdag' },
    { datum: addCalendarDays(easter, -2), naam: 'Goede Vrijdag' },
    { datum: addCalendarDays(easter, 1), naam: '2e Paasdag' },
    { datum: koningsdag, naam: 'Koningsdag' },
    { datum: day(year, 5, 5), naam: 'Bevrijdingsdag' },
    { datum: addCalendarDays(easter, 39), naam: 'Hemelvaartsdag' },
    { datum: addCalendarDays(easter, 50), naam: '2e Pinksterdag' },
    { datum: day(year, 12, 25), naam: '1e Kerstdag' },
    { datum: day(year, 12, 26), naam: '2e Kerstdag' },
  ].sort((x, y) => x.datum.getTime() - y.datum.getTime());
};

const feestdagCache = new Map<number, Map<string, string>>();
const feestdagenVan = (year: number): Map<string, string> => {
  let map = feestdagCache.get(year);
  if (!map) {
    map = new Map(feestdagen(year).map((f) => [toIsoDate(f.datum), f.naam]));
    feestdagCache.set(year, map);
  }
  return map;
};

const WEEKDAGEN = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/** 'maandag' */
export const weekdag = (date: Date): string => WEEKDAGEN[toCalendarDay(date).getUTCDay()];

/**
 * Why a day does not count as the last day of a term: 'zaterdag', 'zondag', the feestdag's name, or 'een dag die
 * bij Koninklijk Besluit gelijkgesteld is aan een feestdag'. Null for a day a term may end on.
 */
export const vrijeDag = (date: Date, besluitdagen: Besluitdagen): string | null => {
  const d = toCalendarDay(date);
  const iso = d.toISOString().slice(0, 10); // d is a calendar day already: toIsoDate would make it again
  const feestdag = feestdagenVan(d.getUTCFullYear()).get(iso);
  if (feestdag) return feestdag;
  const dow = d.getUTCDay();
  if (dow === 6) return 'zaterdag';
  if (dow === 0) return 'zondag';
  if (besluitdagen.has(iso)) return 'een dag die bij Koninklijk Besluit gelijkgesteld is aan een feestdag';
  return null;
};

export const isVrijeDag = (date: Date, besluitdagen: Besluitdagen): boolean => vrijeDag(date, besluitdagen) !== null;

/** The first day on or after `date` that is not a Saturday, Sunday or feestdag. */
export const volgendeWerkdag = (date: Date, besluitdagen: Besluitdagen): Date => {
  let d = toCalendarDay(date);
  while (isVrijeDag(d, besluitdagen)) d = addCalendarDays(d, 1);
  return d;
};

/** Atw art. 2 applies to terms of this many days or more. */
export const ART2_MINIMUM_TERMIJN = 3;

export type AtwEinde = {
  /** The last day of the term as the Atw counts it. */
  einde: Date;
  /** The end before the Atw: start plus the term (plus opschortingen). */
  zonderAtw: Date;
  /** Which article moved it, null when the term ended on a working day anyway. */
  artikel: 1 | 2 | null;
  /** Why the end before the Atw was no working day (vrijeDag), when art. 1 moved it. */
  reden: string | null;
};

/**
 * The Atw applied to a term of `termijnDagen` days that started on `start` (the day of the event; the term runs
 * from the next day, Awb 6:8) and would end on `einde`. Art. 1: an end on a vrije dag runs to the next working day.
 * Art. 2 (terms of three days or more): the days from the day after `start` to the end hold at least two working
 * days; the end is now a working day after the start, so one more working day before it suffices, else the term runs
 * to the second working day after the start. The result is the later of art. 1's end and that second working day.
 * (The SQL function atw_einde walks the same way.)
 */
export const atwEinde = (start: Date, einde: Date, termijnDagen: number, besluitdagen: Besluitdagen): AtwEinde => {
  const startDag = toCalendarDay(start);
  const zonderAtw = toCalendarDay(einde);
  const reden = vrijeDag(zonderAtw, besluitdagen);
  let eind = reden === null ? zonderAtw : volgendeWerkdag(zonderAtw, besluitdagen);
  if (termijnDagen >= ART2_MINIMUM_TERMIJN) {
    let dag = addCalendarDays(eind, -1);
    while (dag.getTime() > startDag.getTime() && isVrijeDag(dag, besluitdagen)) dag = addCalendarDays(dag, -1);
    if (dag.getTime() <= startDag.getTime()) {
      eind = volgendeWerkdag(addCalendarDays(eind, 1), besluitdagen);
      return { einde: eind, zonderAtw, artikel: 2, reden };
    }
  }
  return { einde: eind, zonderAtw, artikel: reden === null ? null : 1, reden };
};

/** 'Nieuwjaarsdag' stays, 'zaterdag' stays; used in "eindigt op zaterdag 26 december 2026". */
const kortDatum = (date: Date) => `${weekdag(date)} ${formatDatum(date)}`;

/** One line a person can check: how the end was moved (or not) by the Atw. */
export const atwUitleg = (atw: AtwEinde): string => {
  if (atw.artikel === 1) {
    if (atw.reden === 'zaterdag' || atw.reden === 'zondag') return `eindigt op ${kortDatum(atw.zonderAtw)}, dus ${kortDatum(atw.einde)}`;
    return `eindigt op ${atw.reden} (${kortDatum(atw.zonderAtw)}), dus ${kortDatum(atw.einde)}`;
  }
  if (atw.artikel === 2) {
    return `zou eindigen op ${kortDatum(atw.zonderAtw)}, maar een termijn houdt minstens twee werkdagen in (Atw art. 2), dus ${kortDatum(atw.einde)}`;
  }
  return `eindigt op ${kortDatum(atw.einde)}`;
};

/** '2 weken', '7 dagen', '1 dag' */
export const termijnTekst = (dagen: number): string =>
  dagen % 7 === 0 && dagen >= 14 ? `${dagen / 7} weken` : `${dagen} ${dagen === 1 ? 'dag' : 'dagen'}`;
