import type { Wet } from './enums';

// Gemeente settings (DOMAIN.md §4, §5): the gemeentecode that is the Afzender of every iWmo/iJw message, the legal
// terms where a verordening differs from the law, and the retention terms per law. A verordening may be stricter
// than the law, never looser, so each term has the law's value as its ceiling (or, for bezwaar, as its floor).

export const GEMEENTECODE_ERROR = 'Vul de gemeentecode van 4 cijfers in (CBS-code), bijvoorbeeld 0400.';
export const isGemeentecode = (input: string) => /^\d{4}$/.test(input) && input !== '0000';

export type TermijnVeld =
  | 'onderzoekTermijnDagen'
  | 'wmoBeschikkingTermijnDagen'
  | 'awbBeschikkingTermijnDagen'
  | 'bezwaarTermijnDagen'
  | 'consultTermijnDagen'
  | 'waakvlamStandaardDagen';

export type Termijn = { veld: TermijnVeld; label: string; min: number; max: number; wettelijk: number | null; bron: string };

export const TERMIJNEN: readonly Termijn[] = [
  { veld: 'onderzoekTermijnDagen', label: 'Onderzoek na melding (Wmo)', min: 1, max: 42, wettelijk: 42, bron: 'Wmo 2015 art. 2.3.2: binnen zes weken' },
  { veld: 'wmoBeschikkingTermijnDagen', label: 'Beschikking na aanvraag (Wmo)', min: 1, max: 14, wettelijk: 14, bron: 'Wmo 2015 art. 2.3.5: binnen twee weken' },
  { veld: 'awbBeschikkingTermijnDagen', label: 'Beschikking na aanvraag (Jeugdwet, Participatiewet)', min: 1, max: 56, wettelijk: 56, bron: 'Awb 4:13: redelijke termijn, hoogstens acht weken' },
  { veld: 'bezwaarTermijnDagen', label: 'Bezwaartermijn', min: 42, max: 365, wettelijk: 42, bron: 'Awb 6:7: zes weken; een gemeente kan die niet korter maken' },
  { veld: 'consultTermijnDagen', label: 'Consult gedragswetenschapper', min: 1, max: 30, wettelijk: null, bron: 'Eigen werkafspraak' },
  { veld: 'waakvlamStandaardDagen', label: 'Waakvlam na afsluiten', min: 7, max: 365, wettelijk: null, bron: 'Eigen werkafspraak' },
];

/** A Dutch reason when a term is outside what the law allows, else null. */
export const termijnProblem = (termijn: Termijn, dagen: number): string | null => {
  if (!Number.isInteger(dagen)) return 'Vul een heel aantal dagen in.';
  if (dagen < termijn.min || dagen > termijn.max) {
    const reden = termijn.wettelijk !== null ? ` (${termijn.bron})` : '';
    return `Kies tussen ${termijn.min} en ${termijn.max} dagen${reden}.`;
  }
  return null;
};

// Retention counts from the closing of the casus. The Jeugdwet sets it by law (art. 7.3.8: twenty years); for the
// Wmo and the Participatiewet the gemeente's selectielijst decides.
export const BEWAARTERMIJN_GRENZEN: Record<Wet, { min: number; max: number; bron: string }> = {
  WMO: { min: 1, max: 100, bron: 'Selectielijst gemeenten' },
  JEUGDWET: { min: 20, max: 100, bron: 'Jeugdwet art. 7.3.8: twintig jaar' },
  PARTICIPATIEWET: { min: 1, max: 100, bron: 'Selectielijst gemeenten' },
};

export const bewaartermijnProblem = (wet: Wet, jaren: number): string | null => {
  const { min, max, bron } = BEWAARTERMIJN_GRENZEN[wet];
  if (!Number.isInteger(jaren)) return 'Vul een heel aantal jaren in.';
  if (jaren < min || jaren > max) return `Kies tussen ${min} en ${max} jaar (${bron}).`;
  return null;
};
