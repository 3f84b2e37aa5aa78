// The journaal (issue 11): contactmomenten around a household. A note is the author's own account, so only the
// author may correct it, and only for a short while; after that it is fixed, like a page in a paper dossier.

export const JOURNAAL_BEWERKTERMIJN_UREN = 24;
export const JOURNAAL_MAX_DUUR_MINUTEN = 720;
export const JOURNAAL_NOTITIE_MAX = 2000;

export const JOURNAAL_REASONS = {
  nietAuteur: 'Alleen wie het contactmoment vastlegde, kan het aanpassen.',
  vast: `Dit contactmoment staat vast. Aanpassen kan tot ${JOURNAAL_BEWERKTERMIJN_UREN} uur na het vastleggen; leg zo nodig een nieuw contactmoment vast.`,
} as const;

export type JournaalFeit = { auteurId: string; createdAt: Date };

/** The moment after which a contactmoment is fixed. */
export const vastOp = (createdAt: Date): Date => new Date(createdAt.getTime() + JOURNAAL_BEWERKTERMIJN_UREN * 3600_000);

/** Why this actor may not change this contactmoment now, or null when they may. */
export const journaalBewerkReden = (moment: JournaalFeit, actorId: string, now: Date): string | null => {
  if (moment.auteurId !== actorId) return JOURNAAL_REASONS.nietAuteur;
  if (now.getTime() >= vastOp(moment.createdAt).getTime()) return JOURNAAL_REASONS.vast;
  return null;
};

export const magJournaalBewerken = (moment: JournaalFeit, actorId: string, now: Date): boolean =>
  journaalBewerkReden(moment, actorId, now) === null;

/**
 * The contact took place now or earlier: a few minutes ahead are allowed for clocks that differ; no later than that.
 * Returns a Dutch reason or null.
 */
export const contactDatumReden = (datum: Date, now: Date): string | null =>
  datum.getTime() > now.getTime() + 10 * 60_000 ? 'Een contactmoment kan niet in de toekomst liggen.' : null;

const amsterdamClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** The wall-clock reading in Amsterdam of an instant, as if it were UTC (used to find the offset). */
const amsterdamWallAsUtc = (instant: Date): number => {
  const parts = Object.fromEntries(amsterdamClock.formatToParts(instant).map((p) => [p.type, p.value]));
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
};

const TIJD = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

/** '14:30' → minutes since midnight, or null. */
export const parseTijd = (input: string): number | null => {
  const match = TIJD.exec(input.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
};

/**
 * The instant of a wall-clock time in Amsterdam on a calendar day (UTC midnight, see dates.ts). In the hour that
 * does not exist when the clocks go forward, the time is read as summer time.
 */
export const amsterdamTijdstip = (dag: Date, minuten: number): Date => {
  const wall = Date.UTC(dag.getUTCFullYear(), dag.getUTCMonth(), dag.getUTCDate()) + minuten * 60_000;
  let guess = wall - 60 * 60_000; // CET
  for (let i = 0; i < 2; i++) guess = wall - (amsterdamWallAsUtc(new Date(guess)) - guess);
  return new Date(guess);
};

/** '14:30', the value of an `<input type="time">` for an instant in Amsterdam. */
export const amsterdamTijdTekst = (instant: Date): string => {
  const wall = new Date(amsterdamWallAsUtc(instant));
  return `${String(wall.getUTCHours()).padStart(2, '0')}:${String(wall.getUTCMinutes()).padStart(2, '0')}`;
};
