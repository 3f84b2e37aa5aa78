import type { Leveringsvorm, Wet } from './enums';
import { toCalendarDay } from './dates';

// The product catalogue (DOMAIN.md §5, iWmo / iJw 3.2): a product is a productcategorie (2 digits) and a
// productcode (the categorie plus three letters or digits, e.g. 07A12), with an eenheid and a default frequentie
// from the code lists, the leveringsvormen the gemeente allows, a tariff and an active period. The database refuses
// a code that breaks the format or a categorie that is not the code's first two characters (Product_code_formaat);
// these functions give the Dutch reason before it gets that far.

const PRODUCTCODE = /^[0-9]{2}[A-Z0-9]{3}$/;

export const PRODUCTCODE_ERROR = 'Een productcode is 2 cijfers (de categorie) en 3 hoofdletters of cijfers, bijvoorbeeld 07A12.';

/** ' 07a12 ' → '07A12'; null when it is not a productcode. */
export const normalizeProductcode = (input: string): string | null => {
  const code = input.trim().toUpperCase();
  return PRODUCTCODE.test(code) ? code : null;
};

/** The iWmo/iJw productcategorie: the first two characters of the code. */
export const categorieVan = (code: string): string => code.slice(0, 2);

// The national code lists keep the laws apart: iWmo categories are 01 to 39 (01 hulp bij het huishouden … 07
// dagbesteding … 15 beschermd wonen), iJw categories start at 40 (40 persoonlijke verzorging … 45 jeugdhulp
// ambulant, 46 crisis). The Participatiewet has no iStandaard list, so a gemeente's own codes are free there.
export const categorieWetProblem = (wet: Wet, code: string): string | null => {
  const categorie = Number(categorieVan(code));
  if (wet === 'WMO' && categorie >= 40) return `Categorie ${categorieVan(code)} is een Jeugdwet-categorie (iJw); Wmo-producten hebben een categorie onder 40.`;
  if (wet === 'JEUGDWET' && categorie < 40) return `Categorie ${categorieVan(code)} is een Wmo-categorie (iWmo); Jeugdwet-producten hebben een categorie vanaf 40.`;
  return null;
};

// ───────────── Money ─────────────

export const BEDRAG_ERROR = 'Vul een bedrag in euro in, bijvoorbeeld 32,50.';

/**
 * A tariff as typed or as a spreadsheet writes it, in eurocent: '32,50', '32.50', '€ 32,50', '1.234,56', '1234'.
 * A dot followed by exactly three digits is a thousands separator (Dutch '1.234' is 1234); otherwise a lone dot or
 * comma is the decimal mark. Null for negative amounts, more than two decimals or anything else.
 */
export const parseEuroBedrag = (input: string): number | null => {
  let text = input.replace(/€|eur(o)?/gi, '').replace(/\s+/g, '');
  if (!text || text.startsWith('-')) return null;
  if (text.includes(',')) {
    // Comma is the decimal mark; dots may only group thousands.
    if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$/.test(text) && !/^\d+(,\d{1,2})?$/.test(text)) return null;
    text = text.replace(/\./g, '').replace(',', '.');
  } else if (/^\d{1,3}(\.\d{3})+$/.test(text)) {
    text = text.replace(/\./g, '');
  } else if (!/^\d+(\.\d{1,2})?$/.test(text)) {
    return null;
  }
  const cents = Math.round(Number(text) * 100);
  return Number.isSafeInteger(cents) && cents <= 2_000_000_000 ? cents : null;
};

const EURO = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const BEDRAG = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });

/** 3250 → '€ 32,50' for the screen. */
export const formatEuroCent = (cent: number): string => EURO.format(cent / 100).replace(/\u00a0/g, ' ');

/** 3250 → '32,50': the bare amount, as typed in a form or a spreadsheet (parseEuroBedrag reads it back). */
export const formatBedrag = (cent: number): string => BEDRAG.format(cent / 100);

// ───────────── Periods ─────────────

export type Periode = { van: Date; tot: Date | null };

export const PERIODE_ERROR = 'De einddatum ligt vóór de begindatum.';

/** A period runs from its first to its last day, both included; tot null is open-ended. */
export const periodeProblem = ({ van, tot }: Periode): string | null =>
  tot && toCalendarDay(tot).getTime() < toCalendarDay(van).getTime() ? PERIODE_ERROR : null;

export const periodesOverlappen = (a: Periode, b: Periode): boolean => {
  const aEnd = a.tot ? toCalendarDay(a.tot).getTime() : Infinity;
  const bEnd = b.tot ? toCalendarDay(b.tot).getTime() : Infinity;
  return toCalendarDay(a.van).getTime() <= bEnd && toCalendarDay(b.van).getTime() <= aEnd;
};

export const isActiefOp = (periode: Periode, dag: Date): boolean => periodesOverlappen(periode, { van: dag, tot: dag });

export type ProductPeriode = { id?: string; code: string; actiefVan: Date; actiefTot: Date | null };

/**
 * A code names one product at a time: a plan or a toewijzing picks a product by code and date, so two versions of
 * a code must not be active on the same day (a new tariff year ends the old version and starts a new one).
 * Returns the existing version the candidate collides with, or null.
 */
export const productPeriodeConflict = <T extends ProductPeriode>(kandidaat: ProductPeriode, bestaande: readonly T[]): T | null =>
  bestaande.find(
    (p) =>
      p.code === kandidaat.code &&
      (kandidaat.id === undefined || p.id !== kandidaat.id) &&
      periodesOverlappen({ van: p.actiefVan, tot: p.actiefTot }, { van: kandidaat.actiefVan, tot: kandidaat.actiefTot }),
  ) ?? null;

// ───────────── Leveringsvormen ─────────────

export const LEVERINGSVORMEN_ERROR = 'Kies minstens één leveringsvorm: ZIN of PGB.';

/** 'ZIN,PGB', 'zin / pgb', 'PGB' → the forms in a fixed order; null when empty or unknown. */
export const parseLeveringsvormen = (input: string): Leveringsvorm[] | null => {
  const parts = input.toUpperCase().split(/[\s,/|+;]+/).filter(Boolean);
  if (!parts.length || parts.some((p) => p !== 'ZIN' && p !== 'PGB')) return null;
  return (['ZIN', 'PGB'] as const).filter((v) => parts.includes(v));
};
