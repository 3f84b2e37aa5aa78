import { addCalendarDays, calendarDaysBetween, formatDatum } from './dates';

// How an opschorting reads (issue 16 item 16). `tot` is the day the term runs again (Awb 4:15; lib/domain/deadlines):
// the opschorting covers van up to but not including tot. "Tot 2 december" read as inclusive while the clock ran
// again that day; say "tot en met 1 december" and "loopt weer vanaf 2 december".

export type OpschortingWeergave = { periode: string; hervat: string | null };

export const opschortingWeergave = (o: { van: Date; tot: Date | null }): OpschortingWeergave => {
  if (!o.tot) return { periode: `Vanaf ${formatDatum(o.van)}, loopt nog`, hervat: null };
  const dagen = calendarDaysBetween(o.van, o.tot);
  const hervat = `Termijn loopt weer vanaf ${formatDatum(o.tot)}`;
  if (dagen <= 0) return { periode: `${formatDatum(o.van)}, dezelfde dag hervat (geen dagen)`, hervat };
  const laatste = addCalendarDays(o.tot, -1);
  const periode = dagen === 1 ? `Alleen ${formatDatum(o.van)} (1 dag)` : `${formatDatum(o.van)} tot en met ${formatDatum(laatste)} (${dagen} dagen)`;
  return { periode, hervat };
};
