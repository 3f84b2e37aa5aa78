// Dutch postcodes (PostNL): four digits, the first not 0, then two letters; SA, SD and SS are never issued.
// Stored as '1781AB' (PostcodeGebied.postcodeVan/-Tot and Melding.postcode are CHAR(6)), shown as '1781 AB'.

const POSTCODE = /^([1-9]\d{3})([A-Z]{2})$/;
const NEVER_ISSUED = new Set(['SA', 'SD', 'SS']);

export const POSTCODE_ERROR = 'Vul een geldige postcode in, bijvoorbeeld 1781 AB';
export const HUISNUMMER_ERROR = 'Vul een huisnummer in, eventueel met toevoeging, bijvoorbeeld 12 of 12a';

/** '1781 ab', ' 1781AB ' → '1781AB'; null when it is not a postcode that can exist. */
export const normalizePostcode = (input: string): string | null => {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  const match = POSTCODE.exec(compact);
  if (!match || NEVER_ISSUED.has(match[2])) return null;
  return compact;
};

/** '1781AB' → '1781 AB'. Anything that is not a postcode comes back trimmed, as entered. */
export const formatPostcode = (postcode: string): string => {
  const normalized = normalizePostcode(postcode);
  return normalized ? `${normalized.slice(0, 4)} ${normalized.slice(4)}` : postcode.trim();
};

export type PostcodeRange = { wijkId: string; postcodeVan: string; postcodeTot: string };

// Positions in postcode order, to compare the widths of ranges.
const ordinal = (postcode: string) =>
  Number(postcode.slice(0, 4)) * 26 * 26 + (postcode.charCodeAt(4) - 65) * 26 + (postcode.charCodeAt(5) - 65);

/**
 * The wijk whose inclusive range ('1781AA'..'1781ZZ') holds the postcode, or null. With the fixed format
 * (4 digits, 2 capitals) string order is postcode order. When ranges overlap, the narrowest one wins, so a
 * gemeente can carve a few streets out of a broad range; equal widths keep the first in the list.
 */
export const findWijkForPostcode = (postcode: string, ranges: PostcodeRange[]): string | null => {
  const normalized = normalizePostcode(postcode);
  if (!normalized) return null;
  let best: { wijkId: string; width: number } | null = null;
  for (const range of ranges) {
    const van = range.postcodeVan.replace(/\s+/g, '').toUpperCase();
    const tot = range.postcodeTot.replace(/\s+/g, '').toUpperCase();
    if (!POSTCODE.test(van) || !POSTCODE.test(tot)) continue;
    if (normalized < van || normalized > tot) continue;
    const width = ordinal(tot) - ordinal(van);
    if (!best || width < best.width) best = { wijkId: range.wijkId, width };
  }
  return best?.wijkId ?? null;
};

export type Huisnummer = { huisnummer: number; toevoeging: string | null };

// BAG: huisnummer 1–99999, a huisletter and/or a toevoeging of up to four characters. A toevoeging that starts
// with a digit needs a separator ('12-2', '12 2'), otherwise '1234' would read as 12 with toevoeging '34'.
const HUISNUMMER =
  /^(\d{1,5})(?:(?:\s*[-/]\s*|\s+)([A-Z0-9]{1,4}(?:[\s-][A-Z0-9]{1,4})?)|([A-Z][A-Z0-9]{0,3}(?:[\s-][A-Z0-9]{1,4})?))?$/;

/**
 * '12' → 12, null; '12a' / '12 A' → 12, 'A'; '12-2' → 12, '2'; '12 bis' → 12, 'BIS'; '12a-2' → 12, 'A-2'.
 * The toevoeging is upper-cased so that '12a' and '12A' are the same address when households are matched.
 * Returns null for anything else.
 */
export const parseHuisnummer = (input: string): Huisnummer | null => {
  const match = HUISNUMMER.exec(input.trim().toUpperCase());
  if (!match) return null;
  if (match[1].startsWith('0')) return null;
  const huisnummer = Number(match[1]);
  const raw = match[2] ?? match[3];
  const toevoeging = raw ? raw.replace(/\s+/g, '-') : null;
  return { huisnummer, toevoeging };
};

/** '12', '12A', '12A-2', '12-2', '12 BIS': a huisletter follows the number directly. */
export const formatHuisnummer = ({ huisnummer, toevoeging }: Huisnummer): string => {
  if (!toevoeging) return String(huisnummer);
  if (/^[A-Z](-|$)/.test(toevoeging)) return `${huisnummer}${toevoeging}`;
  if (/^\d/.test(toevoeging)) return `${huisnummer}-${toevoeging}`;
  return `${huisnummer} ${toevoeging}`;
};
