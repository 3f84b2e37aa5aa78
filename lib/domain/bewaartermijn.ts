// Bewaartermijnen (issue 8): a closed dossier is kept for the term of its law, counted from the closing of the
// casus (Casus.afgeslotenOp), then anonymised. A household with an open casus, or closed casussen of which one is
// still within its term, is kept whole. Pure rules; the job lives in lib/server/bewaartermijn.

export type TermijnenPerWet = Partial<Record<'WMO' | 'JEUGDWET' | 'PARTICIPATIEWET', number>>;

/** The day the term ends: afgeslotenOp plus the years (29 February rolls to 1 March). */
export function einde(afgeslotenOp: Date, jaren: number): Date {
  if (!Number.isInteger(jaren) || jaren < 0) throw new RangeError(`jaren must be a whole number ≥ 0, got ${jaren}`);
  const d = new Date(afgeslotenOp);
  d.setUTCFullYear(d.getUTCFullYear() + jaren);
  return d;
}

/**
 * Whether a household may be anonymised now: every casus is closed and past the longest term of the laws involved
 * (the laws of its aanvragen; without any, the Wmo). No casus at all: nothing to count from, so not.
 */
export function magAnonimiseren(
  casussen: { afgeslotenOp: Date | null }[],
  wetten: ('WMO' | 'JEUGDWET' | 'PARTICIPATIEWET')[],
  termijnen: TermijnenPerWet,
  now: Date,
): boolean {
  if (casussen.length === 0 || casussen.some((c) => c.afgeslotenOp === null)) return false;
  const betrokken = wetten.length ? wetten : (['WMO'] as const);
  const jaren = Math.max(...betrokken.map((w) => termijnen[w] ?? Number.POSITIVE_INFINITY));
  if (!Number.isFinite(jaren)) return false; // no term set for a law involved: keep
  const laatste = new Date(Math.max(...casussen.map((c) => c.afgeslotenOp!.getTime())));
  return einde(laatste, jaren).getTime() <= now.getTime();
}

export const ANONIEM = { naam: 'Geanonimiseerd huishouden', straat: 'Geanonimiseerd', voornamen: 'X', achternaam: 'Geanonimiseerd', tekst: '[geanonimiseerd]' } as const;
