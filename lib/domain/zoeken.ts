import { BSN_ERROR, isValidBsn, normalizeBsn } from './bsn';
import { parseDutchDate } from './dates';
import { HUISNUMMER_ERROR, normalizePostcode, parseHuisnummer } from './postcode';

// Staff search (issue 11): one box that understands what is typed. Nine digits are a BSN (elfproef checked),
// "1781 AB 12" is a postcode with huisnummer, "M-2026-000123" is the kenmerk of a melding, anything else a name
// (achternaam, optionally with voornaam), narrowed by an optional geboortedatum.

export type ZoekSoort = 'BSN' | 'NAAM' | 'ADRES' | 'KENMERK';

export const ZOEK_SOORT_LABELS: Record<ZoekSoort, string> = {
  BSN: 'BSN',
  NAAM: 'naam',
  ADRES: 'postcode en huisnummer',
  KENMERK: 'kenmerk van een melding',
};

export type Zoekvraag =
  | { soort: 'BSN'; bsn: string }
  | { soort: 'NAAM'; achternaam: string; voornaam: string | null; geboortedatum: Date | null }
  | { soort: 'ADRES'; postcode: string; huisnummer: number; toevoeging: string | null }
  | { soort: 'KENMERK'; kenmerken: string[] };

export type ZoekFouten = { zoekterm?: string[]; geboortedatum?: string[] };

export type ZoekParse = { ok: true; vraag: Zoekvraag } | { ok: false; fieldErrors: ZoekFouten };

export const ZOEK_ERRORS = {
  leeg: 'Vul een BSN, naam, postcode met huisnummer of kenmerk in.',
  teKort: 'Vul minstens twee letters van de achternaam in.',
  teLang: 'Gebruik hoogstens 100 tekens.',
  huisnummerOntbreekt: 'Vul ook het huisnummer in, bijvoorbeeld 1781 AB 12.',
  datum: 'Vul een geldige geboortedatum in, bijvoorbeeld 14-03-1980.',
  datumToekomst: 'De geboortedatum kan niet in de toekomst liggen.',
  kenmerk: 'Dit is geen geldig kenmerk. Een kenmerk ziet eruit als M-2026-000123.',
} as const;

// Voorvoegsels of Dutch surnames (BRP "voorvoegsel"): they are stored apart from the achternaam, so they are left
// out of the search term ("de Vries" finds achternaam "Vries").
const TUSSENVOEGSELS = new Set([
  'van', 'de', 'der', 'den', 'het', "'t", 't', 'ter', 'ten', 'te', 'in', 'op', 'onder', 'uit', 'aan', 'bij', 'voor',
  'la', 'le', 'les', 'du', 'des', 'da', 'di', 'dos', 'del', 'von', 'vom', 'zu', 'zum', "d'", "l'", 'el', 'al',
]);

const KENMERK = /^M-?(\d{4})-?(\d{1,9})$/;
const ADRES = /^([1-9]\d{3}\s?[A-Za-z]{2})(?:[\s,]+(.*))?$/;
const CIJFERS = /^[\d\s.]+$/;

/** 'm-2026-123' → ['M-2026-123', 'M-2026-000123']: as typed and with the number padded to six digits. */
export const kenmerkVarianten = (input: string): string[] | null => {
  const match = KENMERK.exec(input.replace(/\s+/g, '').toUpperCase());
  if (!match) return null;
  const [, jaar, nummer] = match;
  const trimmed = String(Number(nummer));
  return [...new Set([`M-${jaar}-${nummer}`, `M-${jaar}-${trimmed.padStart(6, '0')}`])];
};

/** Splits a typed name into the achternaam to search for and an optional voornaam. */
export const parseNaam = (input: string): { achternaam: string; voornaam: string | null } => {
  const text = input.trim().replace(/\s+/g, ' ');
  let achternaamDeel = text;
  let voornaamDeel = '';
  if (text.includes(',')) {
    // "Jansen, Piet" (the way lists show names)
    [achternaamDeel, voornaamDeel] = [text.slice(0, text.indexOf(',')), text.slice(text.indexOf(',') + 1)];
  } else {
    // "Piet de Vries": the first word is a voornaam when a surname follows it
    const words = text.split(' ');
    const firstSurname = words.findIndex((w, i) => i > 0 && TUSSENVOEGSELS.has(w.toLowerCase()));
    if (TUSSENVOEGSELS.has(words[0].toLowerCase())) {
      achternaamDeel = text; // "de Vries": no voornaam
    } else if (firstSurname > 0) {
      voornaamDeel = words.slice(0, firstSurname).join(' ');
      achternaamDeel = words.slice(firstSurname).join(' ');
    } else if (words.length > 1) {
      voornaamDeel = words.slice(0, -1).join(' ');
      achternaamDeel = words.at(-1)!;
    }
  }
  const achternaamWords = achternaamDeel.trim().split(' ').filter((w) => w && !TUSSENVOEGSELS.has(w.toLowerCase()));
  // "Vries, de" or only tussenvoegsels typed: keep what was typed rather than nothing.
  const achternaam = achternaamWords.length ? achternaamWords.join(' ') : achternaamDeel.trim();
  // "Vries, de": what follows the comma may be the tussenvoegsel rather than a voornaam.
  const voornaam = voornaamDeel.split(/[\s,]+/).find((w) => w && !TUSSENVOEGSELS.has(w.toLowerCase())) ?? '';
  return { achternaam, voornaam: voornaam.length ? voornaam : null };
};

/**
 * Reads what a caseworker typed. `today` is passed in so that a geboortedatum in the future is refused. The
 * geboortedatum only narrows a search by name; with a BSN, an address or a kenmerk it is not needed.
 */
export const parseZoekvraag = (input: { zoekterm?: string | null; geboortedatum?: string | null }, today: Date): ZoekParse => {
  const zoekterm = (input.zoekterm ?? '').trim();
  const datumText = (input.geboortedatum ?? '').trim();
  if (!zoekterm) return { ok: false, fieldErrors: { zoekterm: [ZOEK_ERRORS.leeg] } };
  if (zoekterm.length > 100) return { ok: false, fieldErrors: { zoekterm: [ZOEK_ERRORS.teLang] } };

  if (CIJFERS.test(zoekterm)) {
    const bsn = normalizeBsn(zoekterm);
    if (!bsn || !isValidBsn(bsn)) return { ok: false, fieldErrors: { zoekterm: [BSN_ERROR] } };
    return { ok: true, vraag: { soort: 'BSN', bsn } };
  }

  if (/^m-?\d/i.test(zoekterm.replace(/\s+/g, ''))) {
    const kenmerken = kenmerkVarianten(zoekterm);
    if (!kenmerken) return { ok: false, fieldErrors: { zoekterm: [ZOEK_ERRORS.kenmerk] } };
    return { ok: true, vraag: { soort: 'KENMERK', kenmerken } };
  }

  const adres = ADRES.exec(zoekterm);
  if (adres && normalizePostcode(adres[1])) {
    if (!adres[2]?.trim()) return { ok: false, fieldErrors: { zoekterm: [ZOEK_ERRORS.huisnummerOntbreekt] } };
    const nummer = parseHuisnummer(adres[2]);
    if (!nummer) return { ok: false, fieldErrors: { zoekterm: [HUISNUMMER_ERROR] } };
    return { ok: true, vraag: { soort: 'ADRES', postcode: normalizePostcode(adres[1])!, ...nummer } };
  }

  const { achternaam, voornaam } = parseNaam(zoekterm);
  const fieldErrors: ZoekFouten = {};
  if (achternaam.replace(/[^\p{L}]/gu, '').length < 2) fieldErrors.zoekterm = [ZOEK_ERRORS.teKort];
  let geboortedatum: Date | null = null;
  if (datumText) {
    geboortedatum = parseDutchDate(datumText);
    if (!geboortedatum) fieldErrors.geboortedatum = [ZOEK_ERRORS.datum];
    else if (geboortedatum.getTime() > today.getTime()) fieldErrors.geboortedatum = [ZOEK_ERRORS.datumToekomst];
  }
  if (fieldErrors.zoekterm || fieldErrors.geboortedatum) return { ok: false, fieldErrors };
  return { ok: true, vraag: { soort: 'NAAM', achternaam, voornaam, geboortedatum } };
};

export const ZOEK_PAGINA_GROOTTE = 20;

/** Page numbers start at 1; anything unreadable is page 1. */
export const parsePagina = (value: unknown): number => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
};

export const aantalPaginas = (totaal: number, grootte = ZOEK_PAGINA_GROOTTE): number =>
  Math.max(1, Math.ceil(totaal / grootte));

/** A name search that matches more households than this asks for a voornaam or geboortedatum instead. */
export const MAX_KANDIDATEN = 2000;
export const MAX_KANDIDATEN_TEKST = '2.000';
