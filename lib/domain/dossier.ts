import { toCalendarDay } from './dates';
import { termStatus, type TermStatus } from './deadlines';
import type { Veiligheid } from './enums';
import { EINDE_VOORZIENING_VENSTER_DAGEN, leidTakenAf, type AfgeleideTaak, type AfgeleideTaakSoort, type TaakFeiten } from './taken';

// What the dossier shows at a glance (issue 11): safety, and the deadlines and open tasks of a household.
// Tasks and deadlines are derived from dates on the records (ARCHITECTURE.md), never stored twice; only the tasks
// someone set by hand are Taak rows. Consent at a glance is consentSummary in toestemming.ts.

// ───────────── Safety ─────────────

export type VeiligheidsSignaal = { niveau: Veiligheid; consultOpen: boolean; tekst: string };

const ZORG: Veiligheid[] = ['TWIJFEL', 'RISICO', 'ACUUT'];

/**
 * The banner over the dossier (DOMAIN.md §2: safety is an overlay on every stage): when the casus has a safety
 * concern or a VEILIGHEID consult is open. Null when there is nothing to warn about.
 */
export const veiligheidsSignaal = (veiligheid: Veiligheid | null, openVeiligheidsconsulten: number): VeiligheidsSignaal | null => {
  const zorg = veiligheid !== null && ZORG.includes(veiligheid);
  const consultOpen = openVeiligheidsconsulten > 0;
  if (!zorg && !consultOpen) return null;
  const niveau: Veiligheid = zorg ? veiligheid! : 'TWIJFEL';
  const tekst = {
    ACUUT: 'Acuut onveilig. Veiligheid gaat voor alles: handel volgens de meldcode.',
    RISICO: 'Er is een veiligheidsrisico. Sluiten kan alleen met akkoord van de teamleider.',
    TWIJFEL: 'Er is twijfel over de veiligheid.',
    GEEN_ZORGEN: '',
  }[niveau];
  return { niveau, consultOpen, tekst: consultOpen ? `${tekst} Er loopt een veiligheidsconsult met een gedragswetenschapper.`.trim() : tekst };
};

// ───────────── Deadlines and open tasks ─────────────

// Derived in lib/domain/taken.ts, the one derivation the werkvoorraad uses too; here: all of one household, with
// the status of each term, sorted.

export type DossierTaakSoort = AfgeleideTaakSoort;

export type DossierTaak = Omit<AfgeleideTaak, 'casusId'> & { status: TermStatus };

export type DossierTaakInput = TaakFeiten;

export { EINDE_VOORZIENING_VENSTER_DAGEN };

export const dossierTaken = (input: DossierTaakInput, today: Date): DossierTaak[] => {
  const taken: DossierTaak[] = leidTakenAf(input, today).map(({ casusId: _casusId, ...t }) => ({ ...t, status: termStatus(t.op, today) }));
  const rank: Record<TermStatus, number> = { OVERDUE: 0, DUE_SOON: 1, ON_TRACK: 2 };
  return taken.sort((a, b) => a.op.getTime() - b.op.getTime() || rank[a.status] - rank[b.status] || a.key.localeCompare(b.key));
};

/** Active on `today`: started (or no start yet recorded) and not yet past its last day. */
export const loopt = (van: Date | null, tot: Date | null, today: Date): boolean => {
  const day = toCalendarDay(today).getTime();
  if (van && toCalendarDay(van).getTime() > day) return false;
  return tot === null || toCalendarDay(tot).getTime() >= day;
};

/** Not yet past its last day (it may still have to start). */
export const nietAfgelopen = (tot: Date | null, today: Date): boolean =>
  tot === null || toCalendarDay(tot).getTime() >= toCalendarDay(today).getTime();

// ───────────── Break the glass ─────────────

/** How long access lasts after breaking the glass. */
export const BTG_GELDIG_UREN = 4;
export const BTG_REDEN_MIN = 10;
export const BTG_REDEN_MAX = 500;
export const BTG_REDEN_TE_KORT = `Beschrijf waarom je dit dossier nu nodig hebt, in minstens ${BTG_REDEN_MIN} tekens.`;
