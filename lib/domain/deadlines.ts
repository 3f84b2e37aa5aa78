import { addCalendarDays, calendarDaysBetween, formatDatum, toCalendarDay } from './dates';
import type { Wet } from './enums';
import { atwEinde, atwUitleg, termijnTekst, type AtwEinde, type Besluitdagen } from './termijnwet';

export type { Besluitdagen } from './termijnwet';

// Legal terms of DOMAIN.md §4, in whole calendar days of the Europe/Amsterdam calendar. Dates go in, dates come
// out, and `today` is always passed in. All results are calendar days at UTC midnight (see dates.ts for why), so
// they can be stored in `@db.Date` columns and compared with `getTime()`.
//
// A due date is the last day on which the act is still on time: a term of n days that starts on day S ends on
// S + n (Awb 6:8: the term starts the day after the event, so a six-week term from Monday ends on the Monday six
// weeks later), and then the Algemene termijnenwet (termijnwet.ts) moves an end on a Saturday, Sunday or feestdag
// to the next working day. Every statutory term goes through `berekenTermijn`; the SQL twins (aanvraag_uiterlijk,
// casus_uiterlijk, atw_einde in prisma/migrations/20261206100000_algemene_termijnenwet) are the same rule,
// tests/integration/termijnwet-sql.test.ts holds them to it.

export { addCalendarDays } from './dates';

export type Suspension = { van: Date; tot: Date | null };

export type DueDateInput = {
  start: Date;
  termDays: number;
  /** Opschortingen (Awb 4:15). `tot` is the day the clock runs again; null while still suspended. */
  suspensions: Suspension[];
  /** Verdaging (Awb 4:14), in days. */
  extensionDays?: number;
  today: Date;
  /** The days set equal to feestdagen by Royal Decree (Atw art. 3 lid 3), from the table beheer keeps. */
  besluitdagen: Besluitdagen;
};

export type TermStatus = 'OVERDUE' | 'DUE_SOON' | 'ON_TRACK';

/** A term is DUE_SOON from this many days before its due date. */
export const DUE_SOON_DAYS = 3;

// Wmo 2015 art. 2.3.2: onderzoek done and verslag to the inwoner within six weeks of the melding.
export const ONDERZOEK_TERM_DAYS = 42;
// Wmo 2015 art. 2.3.2 lid 2: the inwoner may hand in a persoonlijk plan within seven days of the melding.
export const PERSOONLIJK_PLAN_TERM_DAYS = 7;
// Wmo 2015 art. 2.3.5 lid 1: beschikking within two weeks of the aanvraag.
export const WMO_BESCHIKKING_TERM_DAYS = 14;
// Awb 4:13: a redelijke termijn of at most eight weeks (Jeugdwet and Participatiewet set no term of their own).
export const AWB_BESCHIKKING_TERM_DAYS = 56;
// Awb 6:7: bezwaar within six weeks.
export const BEZWAAR_TERM_DAYS = 42;

type Interval = { van: Date; tot: Date };

// Overlapping or touching suspensions are merged so that a paused day is counted once.
const mergeIntervals = (intervals: Interval[]): Interval[] => {
  const sorted = [...intervals].sort((a, b) => a.van.getTime() - b.van.getTime());
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last && interval.van.getTime() <= last.tot.getTime()) {
      if (interval.tot.getTime() > last.tot.getTime()) last.tot = interval.tot;
    } else {
      merged.push({ ...interval });
    }
  }
  return merged;
};

export type Termijnberekening = {
  /** The last day on time. */
  uiterlijk: Date;
  /** The legal end before the verdaging: start + term + opschortingen, moved by the Atw. */
  wettelijk: Date;
  /** How the Atw treated the legal end. */
  atw: AtwEinde;
  /** Days the opschortingen added (an open one counts until today). */
  dagenOpgeschort: number;
  extensionDays: number;
};

/**
 * The due date of a term, moved by suspensions and an extension (DOMAIN.md §3 rule 8) and by the Algemene
 * termijnenwet, with the steps that led to it.
 *
 * A suspension covers the days from `van` up to but not including `tot`: "opgeschort van 1 tot 8 maart" pauses
 * seven days and the clock runs again on 8 March. An open suspension (tot null) counts until `today`, so the due
 * date keeps moving while it stays open. Days before `start` do not count, and a suspension that begins after the
 * term has already run out (its Atw end plus the verdaging) does not revive it.
 *
 * The statutory term (start + term + opschortingen) is moved by the Atw (art. 2, then art. 1). A verdaging (Awb
 * 4:14) is then counted as given, from that legal end and not moved again: the gemeente sets it itself and names
 * the new date in its notice to the inwoner (verdagingTekst), so it is no term "bij de wet gesteld" (Atw art. 1) and
 * the date the inwoner was told must stay the date, whatever day of the week it is.
 */
export const berekenTermijn = ({ start, termDays, suspensions, extensionDays = 0, today, besluitdagen }: DueDateInput): Termijnberekening => {
  if (!Number.isInteger(termDays) || termDays < 0) throw new RangeError(`termDays must be >= 0, got ${termDays}`);
  if (!Number.isInteger(extensionDays) || extensionDays < 0) {
    throw new RangeError(`extensionDays must be >= 0, got ${extensionDays}`);
  }
  const startDay = toCalendarDay(start);
  const todayDay = toCalendarDay(today);
  const intervals: Interval[] = [];
  for (const suspension of suspensions) {
    const van = toCalendarDay(suspension.van);
    const tot = suspension.tot ? toCalendarDay(suspension.tot) : todayDay;
    if (suspension.tot && tot.getTime() < van.getTime()) {
      throw new RangeError('A suspension cannot end before it starts');
    }
    const clippedVan = van.getTime() < startDay.getTime() ? startDay : van;
    if (tot.getTime() > clippedVan.getTime()) intervals.push({ van: clippedVan, tot });
  }

  let einde = addCalendarDays(startDay, termDays);
  let dagenOpgeschort = 0;
  for (const interval of mergeIntervals(intervals)) {
    const loopt = addCalendarDays(atwEinde(startDay, einde, termDays, besluitdagen).einde, extensionDays);
    if (interval.van.getTime() > loopt.getTime()) break; // the term had run out before this suspension began
    const dagen = calendarDaysBetween(interval.van, interval.tot);
    einde = addCalendarDays(einde, dagen);
    dagenOpgeschort += dagen;
  }
  const atw = atwEinde(startDay, einde, termDays, besluitdagen);
  return { uiterlijk: addCalendarDays(atw.einde, extensionDays), wettelijk: atw.einde, atw, dagenOpgeschort, extensionDays };
};

export const dueDate = (input: DueDateInput): Date => berekenTermijn(input).uiterlijk;

/**
 * A statutory term without opschorting or verdaging (onderzoek of a melding, persoonlijk plan, bezwaar) with the
 * line that explains it; `na` names the event: 'na verzending'.
 */
export const wettelijkeTermijn = (start: Date, termDays: number, besluitdagen: Besluitdagen, na: string): { uiterlijk: Date; uitleg: string } => {
  const input = { start, termDays, suspensions: [], today: start, besluitdagen };
  const berekening = berekenTermijn(input);
  return { uiterlijk: berekening.uiterlijk, uitleg: termijnUitleg(berekening, { ...input, na }) };
};

/**
 * How a due date was reached, for a person to check: "2 weken na ontvangst op 11 december 2026; eindigt op
 * 1e Kerstdag (vrijdag 25 december 2026), dus maandag 28 december 2026". `na` names the event: 'na ontvangst'.
 */
export const termijnUitleg = (berekening: Termijnberekening, input: { start: Date; termDays: number; na: string }): string => {
  const delen = [`${termijnTekst(input.termDays)} ${input.na} op ${formatDatum(input.start)}`];
  if (berekening.dagenOpgeschort > 0) {
    delen.push(`${berekening.dagenOpgeschort} ${berekening.dagenOpgeschort === 1 ? 'dag' : 'dagen'} opgeschort`);
  }
  delen.push(atwUitleg(berekening.atw));
  if (berekening.extensionDays > 0) {
    delen.push(`verdaagd met ${berekening.extensionDays} ${berekening.extensionDays === 1 ? 'dag' : 'dagen'}, dus ${formatDatum(berekening.uiterlijk)}`);
  }
  return delen.join('; ');
};

/** Calendar days until the due date: 0 on the due date itself, negative when overdue. */
export const daysLeft = (due: Date, today: Date): number => calendarDaysBetween(today, due);

export const termStatus = (due: Date, today: Date): TermStatus => {
  const left = daysLeft(due, today);
  if (left < 0) return 'OVERDUE';
  if (left <= DUE_SOON_DAYS) return 'DUE_SOON';
  return 'ON_TRACK';
};

/** Wmo 2015 art. 2.3.2: onderzoek binnen zes weken na de melding (Gemeente.onderzoekTermijnDagen). */
export const onderzoekDeadline = (meldingOntvangenOp: Date, besluitdagen: Besluitdagen, termDays = ONDERZOEK_TERM_DAYS): Date =>
  wettelijkeTermijn(meldingOntvangenOp, termDays, besluitdagen, 'na de melding').uiterlijk;

/** Wmo 2015 art. 2.3.2 lid 2: the last day the inwoner may hand in a persoonlijk plan. */
export const persoonlijkPlanDeadline = (meldingOntvangenOp: Date, besluitdagen: Besluitdagen): Date =>
  wettelijkeTermijn(meldingOntvangenOp, PERSOONLIJK_PLAN_TERM_DAYS, besluitdagen, 'na de melding').uiterlijk;

/** The gemeente's own terms (Gemeente.wmoBeschikkingTermijnDagen, awbBeschikkingTermijnDagen). */
export type BeschikkingTermSettings = {
  wmoBeschikkingTermijnDagen?: number;
  awbBeschikkingTermijnDagen?: number;
};

/** Days between aanvraag and beschikking: Wmo 2015 art. 2.3.5 (2 weeks) or Awb 4:13 (at most 8 weeks). */
export const beschikkingTermDays = (wet: Wet, settings: BeschikkingTermSettings = {}): number => {
  switch (wet) {
    case 'WMO':
      return settings.wmoBeschikkingTermijnDagen ?? WMO_BESCHIKKING_TERM_DAYS;
    case 'JEUGDWET':
    case 'PARTICIPATIEWET':
      return settings.awbBeschikkingTermijnDagen ?? AWB_BESCHIKKING_TERM_DAYS;
  }
};

/**
 * Awb 6:7 and 6:8: bezwaar within six weeks, counted from the day after bekendmaking (the verzenddatum).
 * This is the ZGW Besluit's uiterlijkeReactiedatum.
 */
export const bezwaarDeadline = (verzenddatum: Date, besluitdagen: Besluitdagen, termDays = BEZWAAR_TERM_DAYS): Date =>
  wettelijkeTermijn(verzenddatum, termDays, besluitdagen, 'na verzending').uiterlijk;

export const EXTENSION_ALREADY_USED = 'De beslistermijn is al een keer verdaagd. Verdagen kan maar één keer.';
export const EXTENSION_TOO_LATE = 'De beslistermijn is al verstreken. Verdagen kan alleen binnen de termijn.';

/**
 * Awb 4:14: the beslistermijn may be extended once, with notice to the inwoner before the term has run out.
 * `existingExtension` is the date of an earlier verdaging (Aanvraag.verdaagdOp) or null. Pass the current due
 * date and today to also check that the term has not yet run out. Returns a Dutch reason, or null if allowed.
 */
export const canExtend = (
  existingExtension: Date | null | undefined,
  term?: { due: Date; today: Date },
): string | null => {
  if (existingExtension) return EXTENSION_ALREADY_USED;
  if (term && daysLeft(term.due, term.today) < 0) return EXTENSION_TOO_LATE;
  return null;
};
