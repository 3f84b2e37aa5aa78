// Numbers as a Dutch reader expects them: 1.234 and 2,5. One formatter each, made once: `n.toLocaleString('nl-NL',
// options)` builds a new Intl.NumberFormat on every call (~20 µs; issue 9 found it in the casusverdeling's caseload
// table), format() on a kept one costs well under a microsecond.

const AANTAL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const GETAL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** A count with thousands separators: 12.345. */
export const formatAantal = (n: number): string => AANTAL.format(n);

/** A figure with at most one decimal: 2,5 · 40 · 1.234,5. */
export const formatGetal = (n: number): string => GETAL.format(n);
