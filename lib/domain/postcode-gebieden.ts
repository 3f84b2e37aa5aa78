import { formatPostcode, normalizePostcode, POSTCODE_ERROR } from './postcode';

// The postcode ranges that map an address to a wijk (PostcodeGebied, read by findWijkForPostcode). Beheer keeps
// them clean: both ends are real postcodes, the range does not run backwards, and no postcode belongs to two ranges,
// so an address lands in exactly one wijk and the team that serves it sees the household.

export type PostcodeGebiedFeit = { id: string; wijkId: string; wijkNaam: string; postcodeVan: string; postcodeTot: string };

export type PostcodeReeks = { postcodeVan: string; postcodeTot: string };

export type PostcodeReeksResultaat =
  | { ok: true; postcodeVan: string; postcodeTot: string }
  | { ok: false; fieldErrors: Partial<Record<'postcodeVan' | 'postcodeTot', string[]>> };

/** Checks a new range against the format, its own order and every existing range of the gemeente. */
export function checkPostcodeReeks(reeks: PostcodeReeks, bestaande: readonly PostcodeGebiedFeit[]): PostcodeReeksResultaat {
  const van = normalizePostcode(reeks.postcodeVan);
  const tot = normalizePostcode(reeks.postcodeTot);
  const fieldErrors: Partial<Record<'postcodeVan' | 'postcodeTot', string[]>> = {};
  if (!van) fieldErrors.postcodeVan = [`${POSTCODE_ERROR}.`];
  if (!tot) fieldErrors.postcodeTot = [`${POSTCODE_ERROR}.`];
  if (van && tot && tot < van) fieldErrors.postcodeTot = [`De laatste postcode ligt vóór de eerste (${formatPostcode(van)}).`];
  if (Object.keys(fieldErrors).length || !van || !tot) return { ok: false, fieldErrors };
  // With the fixed format (4 digits, 2 capitals) string order is postcode order.
  const overlap = bestaande.find((g) => g.postcodeVan <= tot && van <= g.postcodeTot);
  if (overlap) {
    return {
      ok: false,
      fieldErrors: {
        postcodeVan: [`Deze reeks overlapt met ${formatPostcode(overlap.postcodeVan)} – ${formatPostcode(overlap.postcodeTot)} van wijk ${overlap.wijkNaam}.`],
      },
    };
  }
  return { ok: true, postcodeVan: van, postcodeTot: tot };
}

/** How many postcodes a range holds (for the overview: 1781AA–1781ZZ is 676). */
export const postcodesInReeks = (van: string, tot: string): number => {
  const ordinal = (p: string) => Number(p.slice(0, 4)) * 676 + (p.charCodeAt(4) - 65) * 26 + (p.charCodeAt(5) - 65);
  return ordinal(tot) - ordinal(van) + 1;
};
