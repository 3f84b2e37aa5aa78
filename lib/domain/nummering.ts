import { toCalendarDay } from './dates';

// Gapless numbers per gemeente and kind (the Nummering table). A kenmerk names the kind, the year the record was
// made and the running number: M-2026-000123. The running number does not restart each year (one counter per
// gemeente and kind, as the demo seed gives them out), so the year is part of the name, not of the count.

export const NUMMER_SOORTEN = ['melding', 'casus', 'aanvraag', 'beschikking', 'toewijzing'] as const;
export type NummerSoort = (typeof NUMMER_SOORTEN)[number];

/** The letter in front of a formatted number. Toewijzingen use the bare number (iWmo/iJw ToewijzingNummer). */
export const NUMMER_PREFIX: Record<Exclude<NummerSoort, 'toewijzing'>, string> = {
  melding: 'M',
  casus: 'C',
  aanvraag: 'A',
  beschikking: 'B',
};

/** 'M-2026-000123': the year is the Europe/Amsterdam calendar year of `op`. */
export const formatNummer = (soort: Exclude<NummerSoort, 'toewijzing'>, n: number, op: Date): string => {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive whole number, got ${n}`);
  const jaar = toCalendarDay(op).getUTCFullYear();
  return `${NUMMER_PREFIX[soort]}-${jaar}-${String(n).padStart(6, '0')}`;
};

const KENMERK = /^([MCAB])-(\d{4})-(\d{6,})$/;

/** Reads ' m-2026-000123 ' as 'M-2026-000123'; null when it is not a kenmerk of this form. */
export const normalizeKenmerk = (input: string): string | null => {
  const compact = input.trim().toUpperCase();
  return KENMERK.test(compact) ? compact : null;
};
