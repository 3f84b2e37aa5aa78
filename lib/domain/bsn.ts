// Burgerservicenummer (DOMAIN.md §5): 9 digits, or 8 with an implied leading zero, passing the BSN variant of the
// elfproef 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11), and not all zeros.

export const BSN_ERROR = 'Dit is geen geldig BSN';

const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1];

const weightedSum = (digits: string) =>
  [...digits].reduce((sum, digit, index) => sum + WEIGHTS[index] * Number(digit), 0);

/** Strict check on digits only: normalise user input with normalizeBsn first. */
export const isValidBsn = (value: string): boolean => {
  if (!/^\d{8,9}$/.test(value)) return false;
  const bsn = value.padStart(9, '0');
  if (bsn === '000000000') return false;
  return weightedSum(bsn) % 11 === 0;
};

/**
 * Strips spaces and dots ('1112.22.333', '111 222 333') and pads 8 digits to 9. Returns null when what remains is
 * not 8 or 9 digits. Does not check the elfproef: use isValidBsn on the result.
 */
export const normalizeBsn = (input: string): string | null => {
  const digits = input.replace(/[\s.]/g, '');
  if (!/^\d{8,9}$/.test(digits)) return null;
  return digits.padStart(9, '0');
};

/** Seeds 0 ≤ seed < TEST_BSN_SEED_LIMIT give distinct BSNs. */
export const TEST_BSN_SEED_LIMIT = 9_000_000;

/**
 * A valid BSN for fixtures and demo data, the same for the same seed and distinct for distinct seeds.
 *
 * Every number starts with 9 (like the 9999xxxxx persons of RvIG's test set) so fixtures are easy to recognise;
 * that is a convention, not a guarantee that the number was never issued, so use them in test and demo
 * databases only. Digits 2–7 are seed ÷ 9; digit 8 is the (seed mod 9)-th value 0–9 for which the check digit is
 * not 10. Changing digit 8 (weight 2) by one moves the sum by 2, so its ten values give ten different remainders
 * mod 11 and at most one of them needs check digit 10: there are always at least nine to choose from.
 */
export const generateTestBsn = (seed: number): string => {
  if (!Number.isInteger(seed) || seed < 0 || seed >= TEST_BSN_SEED_LIMIT) {
    throw new RangeError(`seed must be an integer from 0 to ${TEST_BSN_SEED_LIMIT - 1}, got ${seed}`);
  }
  const head = `9${String(Math.floor(seed / 9)).padStart(6, '0')}`;
  let remaining = seed % 9;
  for (let digit8 = 0; digit8 <= 9; digit8++) {
    const body = `${head}${digit8}`;
    const checkDigit = weightedSum(body) % 11; // d9 must equal the sum of the first eight weighted digits mod 11
    if (checkDigit === 10) continue;
    if (remaining === 0) return `${body}${checkDigit}`;
    remaining--;
  }
  throw new Error('unreachable: at least nine values of digit 8 give a check digit below 10');
};
