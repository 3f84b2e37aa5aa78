// What the iWmo/iJw 3.2 rules ask of an omvang (volume, eenheid, frequentie) in a toewijzing. Checked on a
// beschikking's product lines, so that a toewijzing that no toewijzingbericht could carry is never made, and again
// just before a message is built (lib/iwmo/toewijzing-bericht).

/** CS338: eenheid 14 (etmaal), 16 (dagdeel), 83 (euro's) and 84 (stuks inspanning) only per week, per maand or in total. */
export const EENHEID_ZONDER_PER_DAG = ['14', '16', '83', '84'] as const;
/**
 * Frequenties that need an einddatum: 6 (totaal binnen de geldigheidsduur: a total needs a period) and 2 (per week:
 * rule CD076 as the standard's XSLT of release 3.2 checks it on ToegewezenProduct, AangevraagdProduct and the
 * products of a verzoek om wijziging).
 */
export const FREQUENTIE_MET_EINDDATUM = ['2', '6'] as const;

/** What the standard has against this omvang, in Dutch and without a leading capital (null when it is in order). */
export function omvangProbleem(eenheid: string, frequentie: string, einddatum: Date | null): string | null {
  if ((EENHEID_ZONDER_PER_DAG as readonly string[]).includes(eenheid) && !['2', '4', '6'].includes(frequentie)) {
    return 'deze eenheid kan alleen per week, per maand of als totaal binnen de geldigheidsduur (iWmo/iJw CS338).';
  }
  if (!einddatum && (FREQUENTIE_MET_EINDDATUM as readonly string[]).includes(frequentie)) {
    return frequentie === '6' ? 'een totaal binnen de geldigheidsduur heeft een einddatum nodig.' : 'een omvang per week heeft een einddatum nodig (iWmo/iJw CD076).';
  }
  return null;
}
