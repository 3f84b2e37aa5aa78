import { calendarDaysBetween, toIsoDate } from './dates';

// Issue 19: a declaratie (WMO323/JW323) checked against the toewijzingen, prestatie by prestatie, as the gemeente
// does before it answers with a 325. The standard's XSLT has already checked the message itself (TR316, TR319,
// TR358, TR416…); these are the rules that need the toewijzing, each with its retourcode (LDT_RetourCode):
//   9338  the ToewijzingNummer is not a toewijzing sent to this aanbieder (TR338)
//   8187  the prestatie is not for the client of that toewijzing
//   9384  the toewijzing was deleted (RedenWijziging 13)
//   9339 / 9340 / 9341  ProductCategorie, ProductCode or Eenheid differ from the toewijzing
//   9307 / 9308  the ProductPeriode begins or ends outside the toewijzing's ingangsdatum–einddatum
//   9321  the GeleverdVolume is more than the toewijzing allows in the ProductPeriode (TR321)
//   9322  with what was granted before, the volumes together are more than the toewijzing allows (TR322)
//   9369  a budget toewijzing: the bedragen together are more than the budget
//   9346  IngediendBedrag is not GeleverdVolume × ProductTarief (eenheid other than 83 euro)
//   0611  the tarief is not the contract's tarief for this product at this aanbieder
//   8021  the prestatie's ReferentieNummer was granted before
//   8017 / 9390 / 9367  a credit prestatie without a granted debet named by its VorigReferentieNummer, credited already, or
//               with another volume, bedrag or toewijzing than that debet
// Pure: facts in, retourcodes out; one prestatie's rejection never changes another's (the 325 names each).

export type DeclaratieToewijzing = {
  toewijzingNummer: number;
  bsn: string | null;
  categorie: string;
  code: string;
  ingangsdatum: Date;
  einddatum: Date | null;
  volume: number | null;
  eenheid: string | null;
  frequentie: string | null;
  budgetCent: number | null;
  redenWijziging: string | null;
  /** The contract's tarief for this product at this aanbieder in the period, in cents; null without a contract. */
  contractTariefCent: number | null;
};

export type DeclaratiePrestatieIn = {
  bsn: string;
  toewijzingNummer: number;
  referentieNummer: string;
  /** A credit names the debet it takes back here (CD060). */
  vorigReferentieNummer: string | null;
  categorie: string;
  code: string;
  begindatum: Date;
  einddatum: Date;
  volume: number;
  eenheid: string;
  tariefCent: number | null;
  bedragCent: number;
  debet: boolean;
};

export type EerderGedeclareerd = {
  /** Per ToewijzingNummer: volume and bedrag granted before (debet less credit), and the last day they cover. */
  perToewijzing: ReadonlyMap<number, { volume: number; bedragCent: number; tot?: Date }>;
  /** Per ReferentieNummer of this aanbieder: a granted debet, and whether it was credited since. */
  referenties: ReadonlyMap<string, { volume: number; bedragCent: number; toewijzingNummer: number; gecrediteerd: boolean }>;
  /** Every ReferentieNummer of this aanbieder in a granted prestatie, debet or credit (8021). */
  gebruikt: ReadonlySet<string>;
};

export type PrestatieOordeel = { toegekend: boolean; retourcodes: string[] };

/** The Dutch words for the codes above (shown with the prestatie). */
export const DECLARATIE_RETOURCODES: Record<string, string> = {
  '0611': 'Het ingediende tarief komt niet overeen met het contractuele tarief.',
  '8001': 'Declaratie is volledig toegewezen.',
  '8017': 'Van deze credit prestatie is geen debet prestatie bekend.',
  '8021': 'Referentienummer prestatie is reeds aangeleverd.',
  '8187': 'De prestatie hoort niet bij deze client.',
  '9307': 'Begindatum prestatie ligt niet tussen de ingangsdatum en einddatum toewijzing.',
  '9308': 'Einddatum prestatie ligt niet tussen de ingangsdatum en einddatum toewijzing.',
  '9321': 'Het ingediende volume overschrijdt het toegewezen volume.',
  '9322': 'De som van de ingediende volumes overschrijdt het toegewezen volume.',
  '9333': 'Declaratienummer is niet uniek.',
  '9338': 'De prestatie is niet gerelateerd aan een toegewezen product op basis van het toewijzingnummer.',
  '9339': 'ProductCategorie in de prestatie is niet gelijk aan ProductCategorie in het ToegewezenProduct.',
  '9340': 'ProductCode in de prestatie is niet gelijk aan ProductCode in het ToegewezenProduct.',
  '9341': 'Eenheid in de prestatie past niet bij Eenheid in het ToegewezenProduct.',
  '9346': 'IngediendBedrag is niet gelijk aan GeleverdVolume vermenigvuldigd met ProductTarief.',
  '9367': 'De waarde komt niet overeen met de waarde uit het heenbericht met gelijke ProductReferentie.',
  '9369': 'De som van de ingediende bedragen past niet binnen het toegewezen budget.',
  '9384': 'Declaratie op een toewijzing met RedenWijziging 13 (verwijderd).',
  '9390': 'Er is al een creditprestatie met deze ProductReferentie.',
};

/** Number of calendar months that the period [begin, eind] touches. */
const maanden = (begin: Date, eind: Date) => (eind.getUTCFullYear() - begin.getUTCFullYear()) * 12 + eind.getUTCMonth() - begin.getUTCMonth() + 1;

/**
 * The volume a toewijzing allows in a period (both days included), by its Frequentie (WMO757): 1 per dag × days, 2 per
 * week × weeks begun, 4 per maand × calendar months touched, 6 the whole volume within the toewijzing. Null: no
 * omvang (a budget toewijzing).
 */
export function toegestaanVolume(t: Pick<DeclaratieToewijzing, 'volume' | 'frequentie'>, begin: Date, eind: Date): number | null {
  if (t.volume === null || !t.frequentie) return null;
  const dagen = calendarDaysBetween(begin, eind) + 1;
  switch (t.frequentie) {
    case '1': return t.volume * dagen;
    case '2': return t.volume * Math.ceil(dagen / 7);
    case '4': return t.volume * maanden(begin, eind);
    default: return t.volume; // 6: totaal binnen de geldigheidsduur
  }
}

/**
 * Judges the prestaties of one declaratie in order. `toewijzingen` holds the toewijzingen of this aanbieder that
 * were sent, by ToewijzingNummer. Granted prestaties count towards the later ones (TR322, budget).
 */
export function beoordeelPrestaties(prestaties: readonly DeclaratiePrestatieIn[], toewijzingen: ReadonlyMap<number, DeclaratieToewijzing>, eerder: EerderGedeclareerd): PrestatieOordeel[] {
  const totaal = new Map([...eerder.perToewijzing].map(([k, v]) => [k, { ...v }]));
  const referenties = new Map([...eerder.referenties].map(([k, v]) => [k, { ...v }]));
  const gebruikt = new Set(eerder.gebruikt);
  return prestaties.map((p) => {
    const codes: string[] = [];
    const t = toewijzingen.get(p.toewijzingNummer);
    if (gebruikt.has(p.referentieNummer)) codes.push('8021');
    if (!p.debet) {
      // A credit takes back the granted debet its VorigReferentieNummer names.
      const debet = p.vorigReferentieNummer ? referenties.get(p.vorigReferentieNummer) : undefined;
      if (!debet) codes.push('8017');
      else if (debet.gecrediteerd) codes.push('9390');
      else if (debet.volume !== p.volume || debet.bedragCent !== p.bedragCent || debet.toewijzingNummer !== p.toewijzingNummer) codes.push('9367');
      if (!t) codes.push('9338');
      if (codes.length) return { toegekend: false, retourcodes: codes };
      debet!.gecrediteerd = true;
      gebruikt.add(p.referentieNummer);
      const som = totaal.get(p.toewijzingNummer) ?? { volume: 0, bedragCent: 0 };
      totaal.set(p.toewijzingNummer, { ...som, volume: som.volume - debet!.volume, bedragCent: som.bedragCent - debet!.bedragCent });
      return { toegekend: true, retourcodes: [] };
    }
    if (!t) return { toegekend: false, retourcodes: ['9338'] };
    if (t.bsn !== p.bsn) codes.push('8187');
    if (t.redenWijziging === '13') codes.push('9384');
    if (t.categorie !== p.categorie) codes.push('9339');
    if (t.code !== p.code) codes.push('9340');
    if (t.eenheid && t.eenheid !== p.eenheid) codes.push('9341');
    const binnen = (d: Date) => toIsoDate(d) >= toIsoDate(t.ingangsdatum) && (t.einddatum === null || toIsoDate(d) <= toIsoDate(t.einddatum));
    if (!binnen(p.begindatum)) codes.push('9307');
    if (!binnen(p.einddatum)) codes.push('9308');
    // Price: the bedrag follows from volume and tarief, and the tarief is the contract's.
    if (p.eenheid !== '83') {
      if (p.tariefCent !== null) {
        if (Math.round(p.volume * p.tariefCent) !== p.bedragCent) codes.push('9346');
        if (t.contractTariefCent !== null && p.tariefCent !== t.contractTariefCent) codes.push('0611');
      } else if (t.contractTariefCent !== null && Math.round(p.volume * t.contractTariefCent) !== p.bedragCent) codes.push('0611');
    }
    const som: { volume: number; bedragCent: number; tot?: Date } = totaal.get(p.toewijzingNummer) ?? { volume: 0, bedragCent: 0 };
    const laatste = som.tot && toIsoDate(som.tot) > toIsoDate(p.einddatum) ? som.tot : p.einddatum;
    const perPeriode = toegestaanVolume(t, p.begindatum, p.einddatum);
    if (perPeriode !== null) {
      if (p.volume > perPeriode) codes.push('9321');
      // TR322: everything granted on this toewijzing, this one included, within what the toewijzing allows from its
      // ingangsdatum to the last day declared.
      const tot = t.einddatum && toIsoDate(t.einddatum) < toIsoDate(laatste) ? t.einddatum : laatste;
      const geheel = toegestaanVolume(t, t.ingangsdatum, tot)!;
      if (som.volume + p.volume > geheel && !codes.includes('9321')) codes.push('9322');
    }
    if (t.budgetCent !== null && som.bedragCent + p.bedragCent > t.budgetCent) codes.push('9369');
    if (codes.length) return { toegekend: false, retourcodes: codes };
    totaal.set(p.toewijzingNummer, { volume: som.volume + p.volume, bedragCent: som.bedragCent + p.bedragCent, tot: laatste });
    referenties.set(p.referentieNummer, { volume: p.volume, bedragCent: p.bedragCent, toewijzingNummer: p.toewijzingNummer, gecrediteerd: false });
    gebruikt.add(p.referentieNummer);
    return { toegekend: true, retourcodes: [] };
  });
}

/** The totals of a judged declaratie: asked (debet less credit), granted, and its status. */
export function declaratieUitkomst(prestaties: readonly Pick<DeclaratiePrestatieIn, 'bedragCent' | 'debet'>[], oordelen: readonly PrestatieOordeel[]) {
  const netto = (p: Pick<DeclaratiePrestatieIn, 'bedragCent' | 'debet'>) => (p.debet ? p.bedragCent : -p.bedragCent);
  const ingediendCent = prestaties.reduce((s, p) => s + netto(p), 0);
  const toegekendCent = prestaties.reduce((s, p, i) => s + (oordelen[i].toegekend ? netto(p) : 0), 0);
  const alle = oordelen.every((o) => o.toegekend);
  const geen = oordelen.every((o) => !o.toegekend);
  return { ingediendCent, toegekendCent, status: alle ? ('TOEGEKEND' as const) : geen ? ('AFGEWEZEN' as const) : ('DEELS_TOEGEKEND' as const) };
}
