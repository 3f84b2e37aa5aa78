import { addCalendarDays, toCalendarDay } from './dates';
import { isVrijeDag, type Besluitdagen } from './termijnwet';

// Terms of the iWmo/iJw 3.2 exchange, in werkdagen: Monday to Friday without the feestdagen of the Algemene
// termijnenwet and the days a Royal Decree sets equal to them (lib/domain/termijnwet, the one calendar).

/** OP090: the aanbieder sends the retour (302) on a toewijzingbericht within 3 werkdagen. */
export const RETOUR_WERKDAGEN = 3;
/** The gemeente answers a verzoek om toewijzing or om wijziging (with a toewijzing or a 319) within 5 werkdagen. */
export const VERZOEK_WERKDAGEN = 5;

/** The calendar day `n` werkdagen after the day of `vanaf`. */
export function addWerkdagen(vanaf: Date, n: number, besluitdagen: Besluitdagen): Date {
  let dag = toCalendarDay(vanaf);
  for (let gedaan = 0; gedaan < n; ) {
    dag = addCalendarDays(dag, 1);
    if (!isVrijeDag(dag, besluitdagen)) gedaan++;
  }
  return dag;
}

/** OP090: a toewijzingbericht sent at `verzonden` without a retour is late after its third werkdag. */
export const retourTeLaat = (verzonden: Date, vandaag: Date, besluitdagen: Besluitdagen): boolean => toCalendarDay(vandaag) > addWerkdagen(verzonden, RETOUR_WERKDAGEN, besluitdagen);
