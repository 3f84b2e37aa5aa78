import { calendarDaysBetween, toCalendarDay } from './dates';
import type { Complexiteit, MandaatSoort, Regievorm } from './enums';
import type { Caseload } from './regie';

// The teamlead's board (DOMAIN.md §1 Teamlead, §6 caseload per professional weighted by intensity): who can take
// a waiting casus, and how loaded they are. Pure: the use case passes the rows and today.

export type MandaatPeriode = { soort: MandaatSoort; vanaf: Date; tot: Date | null };

/** A mandate counts from its first day up to and including its last day (Mandaat.vanaf … tot, both dates). */
export const isMandaatGeldig = (mandaat: MandaatPeriode, soort: MandaatSoort, today: Date): boolean => {
  if (mandaat.soort !== soort) return false;
  const day = toCalendarDay(today).getTime();
  if (toCalendarDay(mandaat.vanaf).getTime() > day) return false;
  return mandaat.tot === null || toCalendarDay(mandaat.tot).getTime() >= day;
};

export const heeftGeldigMandaat = (mandaten: MandaatPeriode[], soort: MandaatSoort, today: Date): boolean =>
  mandaten.some((m) => isMandaatGeldig(m, soort, today));

/**
 * Waiting for regie (the teamlead's board): a casus in WACHT_OP_REGIE, or one in vraagverheldering that has no lead
 * regisseur yet (after triage the teamlead decides who goes to the kitchen table). The board lists exactly these
 * (the SQL in lib/server/regie/get-casusverdeling.ts) and the assign page offers its form for exactly these.
 */
export const wachtOpRegie = (fase: string, heeftLead: boolean): boolean =>
  fase === 'WACHT_OP_REGIE' || (fase === 'VRAAGVERHELDERING' && !heeftLead);

/** Days a casus has waited since the melding: the age the board shows. */
export const wachttijdDagen = (meldingOntvangenOp: Date, today: Date): number =>
  Math.max(0, calendarDaysBetween(meldingOntvangenOp, today));

/** Away today: afwezigTot is the last day away. */
export const isAfwezig = (afwezigTot: Date | null, today: Date): boolean =>
  afwezigTot !== null && toCalendarDay(afwezigTot).getTime() >= toCalendarDay(today).getTime();

/**
 * Weighted caseload per full-time equivalent: a coach at 50% with a weighted load of 10 carries as much as a
 * full-timer with 20. Null when the person has no availability at all.
 */
export const belastingPerFte = (weighted: number, beschikbaarheid: number): number | null =>
  beschikbaarheid > 0 ? Math.round((weighted / (beschikbaarheid / 100)) * 10) / 10 : null;

export type TeamlidFacts = {
  id: string;
  naam: string;
  beschikbaarheid: number;
  afwezigTot: Date | null;
  focuswijkIds: string[];
  mandaten: MandaatPeriode[];
  caseload: Caseload;
};

export type Kandidaat<T extends TeamlidFacts = TeamlidFacts> = T & {
  /** May receive this form of regie (procesregie needs the PROCESREGIE mandate). */
  geschikt: boolean;
  afwezig: boolean;
  focuswijk: boolean;
  belasting: number | null;
  /** Short Dutch notes for the teamlead. */
  opmerkingen: string[];
};

/**
 * The team's members for one casus, best fit first: those who may take the form, present, with the casus's wijk
 * as focuswijk, then the lowest load per fte. Nobody is hidden: the teamlead decides.
 */
export const kandidatenVoor = <T extends TeamlidFacts>(
  leden: T[],
  casus: { wijkId: string | null; vorm: Regievorm },
  today: Date,
): Kandidaat<T>[] => {
  const kandidaten = leden.map((lid): Kandidaat<T> => {
    const geschikt = casus.vorm === 'CASUSREGIE' || heeftGeldigMandaat(lid.mandaten, 'PROCESREGIE', today);
    const afwezig = isAfwezig(lid.afwezigTot, today);
    const focuswijk = casus.wijkId !== null && lid.focuswijkIds.includes(casus.wijkId);
    const belasting = belastingPerFte(lid.caseload.weighted, lid.beschikbaarheid);
    const opmerkingen: string[] = [];
    if (!geschikt) opmerkingen.push('Geen mandaat procesregie');
    if (afwezig) opmerkingen.push('Afwezig');
    if (lid.beschikbaarheid === 0) opmerkingen.push('Niet beschikbaar');
    if (focuswijk) opmerkingen.push('Focuswijk');
    return { ...lid, geschikt, afwezig, focuswijk, belasting, opmerkingen };
  });
  const rank = (k: Kandidaat<T>) => (k.geschikt ? 0 : 4) + (k.afwezig || k.belasting === null ? 2 : 0) + (k.focuswijk ? 0 : 1);
  return kandidaten.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.belasting ?? Number.POSITIVE_INFINITY) - (b.belasting ?? Number.POSITIVE_INFINITY) ||
      a.naam.localeCompare(b.naam, 'nl'),
  );
};

/**
 * Procesregie is for several leefgebieden and parties (DOMAIN.md §2 Regie), about 10–15% of households; the board
 * suggests it only for high complexity across three or more leefgebieden. The teamlead decides.
 */
export const adviesProcesregie = (complexiteit: Complexiteit, aantalLeefgebieden: number): boolean =>
  complexiteit === 'HOOG' && aantalLeefgebieden >= 3;

/** Waiting casussen per page (issue 23: 20 rows rendered the board at 3.3x the floor; the urgent and oldest come first). */
export const PAGE_SIZE = 10;

export type Paginering = { pagina: number; paginas: number; skip: number; take: number; totaal: number };

/** Page numbers start at 1; a page past the end shows the last page. */
export const paginering = (totaal: number, gevraagd: number, pageSize = PAGE_SIZE): Paginering => {
  const paginas = Math.max(1, Math.ceil(totaal / pageSize));
  const pagina = Math.min(Math.max(1, Number.isInteger(gevraagd) ? gevraagd : 1), paginas);
  return { pagina, paginas, skip: (pagina - 1) * pageSize, take: pageSize, totaal };
};
