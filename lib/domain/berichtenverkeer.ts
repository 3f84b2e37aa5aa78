import { addCalendarDays, toCalendarDay } from './dates';

// Terms of the iWmo/iJw 3.2 exchange, in werkdagen (Monday to Friday; public holidays are not counted out).

/** OP090: the aanbieder sends the retour (302) on a toewijzingbericht within 3 werkdagen. */
export const RETOUR_WERKDAGEN = 3;
/** The gemeente answers a verzoek om toewijzing or om wijziging (with a toewijzing or a 319) within 5 werkdagen. */
export const VERZOEK_WERKDAGEN = 5;

const isWerkdag = (d: Date) => d.getUTCDay() !== 0 && d.getUTCDay() !== 6;

/** The calendar day `n` werkdagen after the day of `vanaf`. */
export function addWerkdagen(vanaf: Date, n: number): Date {
  let dag = toCalendarDay(vanaf);
  for (let gedaan = 0; gedaan < n; ) {
    dag = addCalendarDays(dag, 1);
    if (isWerkdag(dag)) gedaan++;
  }
  return dag;
}

/** OP090: a toewijzingbericht sent at `verzonden` without a retour is late after its third werkdag. */
export const retourTeLaat = (verzonden: Date, vandaag: Date): boolean => toCalendarDay(vandaag) > addWerkdagen(verzonden, RETOUR_WERKDAGEN);
