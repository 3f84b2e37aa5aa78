// Small-cell suppression for aggregate reports (issue 8): a count of 1 to 4 could point to a recognisable household
// in a small wijk, so the BELEID role sees "<5" instead. Zero stays visible (it identifies no one). Shares built
// on a suppressed count are suppressed as well.

export const SUPPRESSIE_DREMPEL = 5;
export const ONDERDRUKT = '<5' as const;

export type Cel = number | typeof ONDERDRUKT;

export function suppress(aantal: number, drempel = SUPPRESSIE_DREMPEL): Cel {
  if (!Number.isFinite(aantal) || aantal < 0) throw new RangeError(`aantal must be a non-negative number, got ${aantal}`);
  return aantal > 0 && aantal < drempel ? ONDERDRUKT : aantal;
}

/** A percentage of deel in totaal, rounded; suppressed when either count is suppressed; null when totaal is 0. */
export function suppressShare(deel: number, totaal: number, drempel = SUPPRESSIE_DREMPEL): number | typeof ONDERDRUKT | null {
  if (totaal === 0) return null;
  if (suppress(deel, drempel) === ONDERDRUKT || suppress(totaal, drempel) === ONDERDRUKT) return ONDERDRUKT;
  return Math.round((deel / totaal) * 100);
}

/** Applies the rule only where it must: for a viewer who sees aggregates only. */
export const cel = (aantal: number, onderdrukken: boolean): Cel => (onderdrukken ? suppress(aantal) : aantal);
