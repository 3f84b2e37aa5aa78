import { calendarDaysBetween, toCalendarDay } from './dates';

// Issue 16 item 3: a written aanvraag (Wmo 2015 art. 2.3.2 lid 9: after the onderzoek, or when the onderzoek took
// longer than six weeks; an aanvraag under the Jeugdwet or the Participatiewet likewise by letter). The legal term
// starts on the day the letter was received (Awb 4:13 with Wmo 2015 art. 2.3.5), not the day someone typed it in: the
// backoffice registers that date. Pure: the use case passes today.

/**
 * Registering a letter this many calendar days after it arrived (a weekend and a day of post) needs no explanation;
 * later, the registration says why, because the term has then been running unseen.
 */
export const ONTVANGST_ZONDER_REDEN_DAGEN = 5;

/** Further back than this is no registration but a reconstruction: refused, to be sorted out with the teamleider. */
export const ONTVANGST_MAX_DAGEN_TERUG = 365;

export const SCHRIFTELIJK_REDENEN = {
  inToekomst: 'De datum van ontvangst kan niet in de toekomst liggen.',
  teOud: `De datum van ontvangst ligt meer dan ${ONTVANGST_MAX_DAGEN_TERUG} dagen terug. Overleg met je teamleider hoe deze aanvraag alsnog wordt behandeld.`,
  redenNodig: `De brief kwam meer dan ${ONTVANGST_ZONDER_REDEN_DAGEN} dagen geleden binnen. Geef de reden dat hij nu pas wordt geregistreerd: de wettelijke termijn loopt al sinds de ontvangst.`,
} as const;

/**
 * What is wrong with the date of receipt (and the reason given for a late registration), by field; empty when fine.
 * Calendar days in Europe/Amsterdam (lib/domain/dates).
 */
export function ontvangstProblemen(input: { ontvangenOp: Date; reden: string | null }, today: Date): { ontvangenOp?: string; reden?: string } {
  const dagen = calendarDaysBetween(toCalendarDay(input.ontvangenOp), toCalendarDay(today));
  if (dagen < 0) return { ontvangenOp: SCHRIFTELIJK_REDENEN.inToekomst };
  if (dagen > ONTVANGST_MAX_DAGEN_TERUG) return { ontvangenOp: SCHRIFTELIJK_REDENEN.teOud };
  if (dagen > ONTVANGST_ZONDER_REDEN_DAGEN && !input.reden?.trim()) return { reden: SCHRIFTELIJK_REDENEN.redenNodig };
  return {};
}
