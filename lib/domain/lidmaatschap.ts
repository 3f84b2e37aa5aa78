import { addCalendarDays, ageOn, calendarDaysBetween, toCalendarDay } from './dates';
import type { HuishoudenRol, VertegenwoordigingSoort } from './enums';

// Members change (issue 11, DOMAIN.md §3 rule 1): a person is in at most one current household. A move ends the old
// membership and starts the new one on the same day; the history stays. The database refuses two current
// memberships for one person (partial unique index), these rules give the Dutch reason before it comes to that.

export const MEERDERJARIG = 18;

export const LID_REASONS = {
  alLid: 'Deze persoon hoort al bij dit huishouden.',
  voorBegin: 'De datum ligt voor de datum waarop deze persoon bij het huidige huishouden kwam.',
  toekomst: 'De datum kan niet in de toekomst liggen.',
  geenLid: 'Deze persoon hoort niet (meer) bij dit huishouden.',
  kiesVertrekkers: 'Kies wie er naar het nieuwe huishouden gaan.',
  iemandBlijft: 'Er moet minstens één persoon in het huidige huishouden blijven. Verhuist iedereen, wijzig dan het adres.',
  laatsteLid: 'Dit is het laatste lid van het huishouden. Verhuist iedereen, wijzig dan het adres.',
  redenNodig: 'Geef de reden.',
  overleden: 'Deze persoon is overleden.',
} as const;

export type Lidmaatschap = { id: string; huishoudenId: string; persoonId: string; vanaf: Date; tot: Date | null };

/** The current membership of a person (tot = null), or null. */
export const huidigLidmaatschap = (lidmaatschappen: Lidmaatschap[]): Lidmaatschap | null =>
  lidmaatschappen.find((l) => l.tot === null) ?? null;

export type Verhuisplan = { ok: true; beeindig: string | null } | { ok: false; reason: string };

/**
 * A person joins `naarHuishoudenId` on `datum`. Their current membership elsewhere, if any, ends on that day.
 * Dates are calendar days (dates.ts).
 */
export const planVerhuizing = (
  lidmaatschappen: Lidmaatschap[],
  naarHuishoudenId: string,
  datum: Date,
  today: Date,
): Verhuisplan => {
  if (toCalendarDay(datum).getTime() > toCalendarDay(today).getTime()) return { ok: false, reason: LID_REASONS.toekomst };
  const huidig = huidigLidmaatschap(lidmaatschappen);
  if (!huidig) return { ok: true, beeindig: null };
  if (huidig.huishoudenId === naarHuishoudenId) return { ok: false, reason: LID_REASONS.alLid };
  if (calendarDaysBetween(huidig.vanaf, datum) < 0) return { ok: false, reason: LID_REASONS.voorBegin };
  return { ok: true, beeindig: huidig.id };
};

export type Uitschrijfplan = { ok: true } | { ok: false; reason: string };

/** A member leaves the household (moves away, dies) on `datum` without joining another household we know. */
export const planUitschrijving = (
  lid: Lidmaatschap | null,
  huishoudenId: string,
  aantalHuidigeLeden: number,
  datum: Date,
  today: Date,
): Uitschrijfplan => {
  if (!lid || lid.tot !== null || lid.huishoudenId !== huishoudenId) return { ok: false, reason: LID_REASONS.geenLid };
  if (toCalendarDay(datum).getTime() > toCalendarDay(today).getTime()) return { ok: false, reason: LID_REASONS.toekomst };
  if (calendarDaysBetween(lid.vanaf, datum) < 0) return { ok: false, reason: LID_REASONS.voorBegin };
  if (aantalHuidigeLeden <= 1) return { ok: false, reason: LID_REASONS.laatsteLid };
  return { ok: true };
};

/** A household splits: the chosen current members start a new household; at least one stays behind. */
export const planSplitsing = (huidigeLeden: { persoonId: string }[], vertrekkers: string[]): { ok: true } | { ok: false; reason: string } => {
  const ids = new Set(huidigeLeden.map((l) => l.persoonId));
  const gekozen = [...new Set(vertrekkers)];
  if (gekozen.length === 0) return { ok: false, reason: LID_REASONS.kiesVertrekkers };
  if (gekozen.some((id) => !ids.has(id))) return { ok: false, reason: LID_REASONS.geenLid };
  if (gekozen.length >= ids.size) return { ok: false, reason: LID_REASONS.iemandBlijft };
  return { ok: true };
};

/** The day someone turns 18 (29 February: 1 March in a common year, as ageOn counts). */
export const achttienOp = (geboortedatum: Date): Date => {
  const birth = toCalendarDay(geboortedatum);
  const year = birth.getUTCFullYear() + MEERDERJARIG;
  const candidate = new Date(Date.UTC(year, birth.getUTCMonth(), birth.getUTCDate()));
  // Date.UTC rolls 29 February over into 1 March in a common year.
  return candidate;
};

export const isMeerderjarig = (geboortedatum: Date | null, today: Date): boolean =>
  geboortedatum !== null && toCalendarDay(geboortedatum).getTime() <= toCalendarDay(today).getTime() && ageOn(geboortedatum, today) >= MEERDERJARIG;

// Gezag and voogdij are over minderjarigen (BW 1:245): they end by law on the 18th birthday. Curatele,
// mentorschap, bewind and a machtiging go on.
const EINDIGT_OP_18: VertegenwoordigingSoort[] = ['GEZAG', 'VOOGD'];

export type Vertegenwoordiging = { soort: VertegenwoordigingSoort; vanaf: Date; tot: Date | null };

/** The last day a representation holds: its own end, or the day before the 18th birthday for gezag and voogdij. */
export const vertegenwoordigingTot = (v: Vertegenwoordiging, geboortedatum: Date | null): Date | null => {
  const eigen = v.tot ? toCalendarDay(v.tot) : null;
  if (!EINDIGT_OP_18.includes(v.soort) || !geboortedatum) return eigen;
  const wettelijk = addCalendarDays(achttienOp(geboortedatum), -1);
  return eigen && eigen.getTime() < wettelijk.getTime() ? eigen : wettelijk;
};

export const vertegenwoordigingActueel = (v: Vertegenwoordiging, geboortedatum: Date | null, today: Date): boolean => {
  const day = toCalendarDay(today).getTime();
  if (toCalendarDay(v.vanaf).getTime() > day) return false;
  const tot = vertegenwoordigingTot(v, geboortedatum);
  return tot === null || tot.getTime() >= day;
};

export const ACHTTIEN_VENSTER_DAGEN = 120;

/**
 * Children who turn 18 within the window (or turned 18 recently): the move from Jeugdwet to Wmo and the end of gezag
 * need a conversation in time (the "18-/18+" transition).
 */
export const wordtBinnenkort18 = (
  leden: { persoonId: string; naam: string; rol: HuishoudenRol; geboortedatum: Date | null }[],
  today: Date,
  vensterDagen = ACHTTIEN_VENSTER_DAGEN,
): { persoonId: string; naam: string; op: Date }[] =>
  leden
    .filter((l) => l.geboortedatum !== null)
    .map((l) => ({ persoonId: l.persoonId, naam: l.naam, op: achttienOp(l.geboortedatum!) }))
    .filter(({ op }) => {
      const dagen = calendarDaysBetween(today, op);
      return dagen >= -30 && dagen <= vensterDagen;
    })
    .sort((a, b) => a.op.getTime() - b.op.getTime());

/** 'Jan de Vries' from the parts the BRP keeps (one definition, in melding.ts). */
export { volledigeNaam } from './melding';

/** 'J.P. de Vries' */
export const naamMetVoorletters = (p: { voornamen: string; tussenvoegsel?: string | null; achternaam: string }): string => {
  const voorletters = p.voornamen.split(/\s+/).filter(Boolean).map((v) => `${v[0].toUpperCase()}.`).join('');
  return [voorletters, p.tussenvoegsel, p.achternaam].filter((x) => x && x.trim()).join(' ');
};

/**
 * The roles in the new household after a split: everyone keeps their role, except that a household needs a
 * hoofdbewoner: without one among those who leave, the oldest of them becomes it (someone without a known date of
 * birth counts as youngest).
 */
export const rollenNaSplitsing = <T extends { persoonId: string; rol: HuishoudenRol; geboortedatum: Date | null }>(
  vertrekkers: T[],
): (T & { nieuweRol: HuishoudenRol })[] => {
  if (vertrekkers.some((v) => v.rol === 'HOOFDBEWONER')) return vertrekkers.map((v) => ({ ...v, nieuweRol: v.rol }));
  const oudste = [...vertrekkers].sort((a, b) => (a.geboortedatum?.getTime() ?? Infinity) - (b.geboortedatum?.getTime() ?? Infinity))[0];
  return vertrekkers.map((v) => ({ ...v, nieuweRol: v.persoonId === oudste?.persoonId ? 'HOOFDBEWONER' : v.rol }));
};
