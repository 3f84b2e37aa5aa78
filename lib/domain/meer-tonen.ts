// "Meer tonen" for a long list on one page (issue 9): the first rows, and a link that shows the next batch as well.
// Everything stays in one sorted list (what is overdue first), so a longer list is a prefix of the full one.

export const MEER_TONEN_STAP = 25;

/** How many rows to show, from a `?toon=` value: a whole batch of at least one step, at most all of them. */
export const aantalTonen = (param: string | string[] | undefined, totaal: number, stap = MEER_TONEN_STAP): number => {
  const gevraagd = Number.parseInt(Array.isArray(param) ? param[0] : (param ?? ''), 10);
  const batches = Number.isFinite(gevraagd) && gevraagd > stap ? Math.ceil(gevraagd / stap) : 1;
  return Math.min(totaal, batches * stap);
};

/** The rows to show and, while rows are hidden, the `toon` value of the next batch and how many remain. */
export const meerTonen = <T>(rijen: readonly T[], param: string | string[] | undefined, stap = MEER_TONEN_STAP) => {
  const toon = aantalTonen(param, rijen.length, stap);
  const verborgen = rijen.length - toon;
  return { zichtbaar: rijen.slice(0, toon), verborgen, volgende: verborgen > 0 ? toon + stap : null };
};
