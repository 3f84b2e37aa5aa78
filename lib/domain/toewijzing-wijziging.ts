import type { ToewijzingStatus } from './enums';
import { addCalendarDays, toCalendarDay } from './dates';
import type { RedenWijziging } from './labels';

// What may happen to a toewijzing once the aanbieder has it (DOMAIN.md §5, iWmo/iJw 3.2 bedrijfsregels):
// - OP257: a sent toewijzing is preferably adjusted in place when only its einddatum changes (intrekken or
//   oprekken), its budget changes, or its volume changes while the frequentie is 6 (totaal binnen de
//   geldigheidsduur). Any other change (product, aanbieder, ingangsdatum, eenheid, frequentie, or the volume of a
//   periodic omvang) ends the existing toewijzing and gives a new one with a new ToewijzingNummer.
// - RedenWijziging (codelijst WMO002 / JZ002): 04 verlenging and 05 verkorting after a herbeoordeling; 05 also when
//   the client gets another product or another omvang; 09 overstap naar een andere aanbieder; 02 overleden;
//   13 verwijderd: sent wrongly, einddatum = ingangsdatum, to be treated as never sent.
// - OP087: a toewijzingbericht holds, for one client and one aanbieder, every toewijzing valid on or after the day it
//   is made, plus every toewijzing changed since the previous message (such as withdrawals the aanbieder does not
//   know of yet). A verwijderde toewijzing (einddatum = ingangsdatum, reden 13) is not actueel.

export type ToewijzingInhoud = {
  productId: string;
  aanbiederId: string;
  ingangsdatum: Date;
  einddatum: Date | null;
  volume: number | null;
  eenheid: string | null;
  frequentie: string | null;
  budgetCent: number | null;
};

export type ToewijzingVeld = keyof ToewijzingInhoud;

export type ToewijzingWijziging =
  | { soort: 'GEEN' }
  | { soort: 'AANPASSEN'; velden: ToewijzingVeld[]; redenWijziging: RedenWijziging }
  | { soort: 'INTREKKEN_EN_NIEUW'; velden: ToewijzingVeld[]; redenWijziging: RedenWijziging };

const VELDEN: ToewijzingVeld[] = ['productId', 'aanbiederId', 'ingangsdatum', 'einddatum', 'volume', 'eenheid', 'frequentie', 'budgetCent'];

const dag = (d: Date | null) => (d ? toCalendarDay(d).getTime() : null);

const gelijk = (veld: ToewijzingVeld, a: ToewijzingInhoud, b: ToewijzingInhoud) =>
  veld === 'ingangsdatum' || veld === 'einddatum' ? dag(a[veld]) === dag(b[veld]) : a[veld] === b[veld];

/** Fields that may change on a sent toewijzing without a new number (OP257). */
export const inPlaatsToegestaan = (huidig: ToewijzingInhoud, gewenst: ToewijzingInhoud): ToewijzingVeld[] => [
  'einddatum',
  'budgetCent',
  ...(huidig.frequentie === '6' && gewenst.frequentie === '6' ? (['volume'] as const) : []),
];

/** Which change this is, and the RedenWijziging the aanbieder gets. */
export const toewijzingWijziging = (huidig: ToewijzingInhoud, gewenst: ToewijzingInhoud): ToewijzingWijziging => {
  const velden = VELDEN.filter((v) => !gelijk(v, huidig, gewenst));
  if (!velden.length) return { soort: 'GEEN' };
  const toegestaan = inPlaatsToegestaan(huidig, gewenst);
  if (velden.every((v) => toegestaan.includes(v))) return { soort: 'AANPASSEN', velden, redenWijziging: richting(huidig, gewenst, velden) };
  return { soort: 'INTREKKEN_EN_NIEUW', velden, redenWijziging: velden.includes('aanbiederId') ? '09' : '05' };
};

// Herbeoordeling: verlenging (04) when the toewijzing runs longer or gives more, verkorting (05) when less.
const richting = (huidig: ToewijzingInhoud, gewenst: ToewijzingInhoud, velden: ToewijzingVeld[]): RedenWijziging => {
  if (velden.includes('einddatum')) {
    const oud = dag(huidig.einddatum) ?? Infinity;
    const nieuw = dag(gewenst.einddatum) ?? Infinity;
    return nieuw > oud ? '04' : '05';
  }
  const meer = velden.includes('budgetCent') ? (gewenst.budgetCent ?? 0) > (huidig.budgetCent ?? 0) : (gewenst.volume ?? 0) > (huidig.volume ?? 0);
  return meer ? '04' : '05';
};

/**
 * Ending a toewijzing from `per` (the first day without delivery). One that has not started by then is verwijderd
 * (einddatum = ingangsdatum, reden 13); otherwise its einddatum becomes the day before `per`. Null when it already
 * ends before `per`: nothing to tell the aanbieder.
 */
export const intrekking = (
  huidig: { ingangsdatum: Date; einddatum: Date | null },
  per: Date,
  reden: RedenWijziging,
): { einddatum: Date; redenWijziging: RedenWijziging } | null => {
  const ingang = toCalendarDay(huidig.ingangsdatum);
  const perDag = toCalendarDay(per);
  if (perDag.getTime() <= ingang.getTime()) return { einddatum: ingang, redenWijziging: '13' };
  const laatsteDag = addCalendarDays(perDag, -1);
  if (huidig.einddatum && toCalendarDay(huidig.einddatum).getTime() <= laatsteDag.getTime()) return null;
  return { einddatum: laatsteDag, redenWijziging: reden };
};

/** OP087: a verwijderde toewijzing is not actueel. */
export const isVerwijderd = (t: { ingangsdatum: Date; einddatum: Date | null; redenWijziging: string | null }): boolean =>
  t.redenWijziging === '13' && t.einddatum !== null && dag(t.einddatum) === dag(t.ingangsdatum);

/** OP087: valid on or after `op` and not verwijderd. */
export const isActueel = (t: { ingangsdatum: Date; einddatum: Date | null; redenWijziging: string | null }, op: Date): boolean =>
  !isVerwijderd(t) && (t.einddatum === null || dag(t.einddatum)! >= dag(op)!);

/**
 * Whether the aanbieder still has to hear of this toewijzing: new or changed since it was sent, or withdrawn after
 * the last message about it. A withdrawal carries a RedenWijziging only when the aanbieder knew the toewijzing (a
 * toewijzing withdrawn before it was ever sent gets none and needs no message); one the aanbieder had from before
 * this system (no stored message) is told as well.
 */
export const moetVerzonden = (t: { status: ToewijzingStatus; toewijzingOp: Date; redenWijziging: string | null; laatsteBerichtOp: Date | null }): boolean => {
  if (t.status === 'NIEUW' || t.status === 'GEWIJZIGD') return true;
  if (t.status === 'INGETROKKEN') return t.redenWijziging !== null && (t.laatsteBerichtOp === null || t.laatsteBerichtOp.getTime() < t.toewijzingOp.getTime());
  return false;
};

/** OP087 for one client and aanbieder: changed since the last message, or actueel and known to the aanbieder. */
export const hoortInBericht = (
  t: { status: ToewijzingStatus; ingangsdatum: Date; einddatum: Date | null; redenWijziging: string | null },
  gewijzigd: boolean,
  op: Date,
): boolean => gewijzigd || (isActueel(t, op) && !(t.status === 'INGETROKKEN' && t.redenWijziging === null));

/** The status after a message about it went out. */
export const statusNaVerzenden = (status: ToewijzingStatus): ToewijzingStatus => (status === 'INGETROKKEN' ? 'INGETROKKEN' : 'VERZONDEN');
