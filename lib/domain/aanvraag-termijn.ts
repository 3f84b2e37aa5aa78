import { AANVRAAG_STATUS_VALUES, type AanvraagStatus, type Wet } from './enums';
import { AANVRAAG_STATUS_LABELS } from './labels';
import { defineMachine, type TransitionTable } from './state-machine';
import { formatDatum, toCalendarDay } from './dates';
import {
  berekenTermijn,
  beschikkingTermDays,
  canExtend,
  daysLeft,
  termijnUitleg,
  termStatus,
  type BeschikkingTermSettings,
  type Suspension,
  type TermStatus,
} from './deadlines';
import type { Besluitdagen } from './termijnwet';

// The beslistermijn of an aanvraag (DOMAIN.md §4): Wmo 2015 art. 2.3.5 two weeks, Jeugdwet and Participatiewet
// Awb 4:13 at most eight weeks (the gemeente's own terms from its settings), moved by opschortingen (Awb 4:15: the
// days the aanvraag waits for the inwoner do not count) and extended once by a verdaging with notice (Awb 4:14).
// Dates in, dates out; `today` is passed in.

export const OPEN_AANVRAAG_STATUSSEN = ['ONTVANGEN', 'IN_BEHANDELING', 'OPGESCHORT'] as const satisfies readonly AanvraagStatus[];

export const isOpenAanvraag = (status: AanvraagStatus): boolean => (OPEN_AANVRAAG_STATUSSEN as readonly string[]).includes(status);

/**
 * The aanvraag's status as a machine of the one engine (lib/domain/state-machine.ts). It is ONTVANGEN when it is made
 * (from a vastgesteld plan, or registered on paper), IN_BEHANDELING once someone drafts a besluit, OPGESCHORT while
 * the term is suspended (hervatten goes back to where it was), BESCHIKT when its besluit is vastgesteld, and
 * INGETROKKEN when the resident withdraws it. The term rules (opschortenProblem, verdagenProblem …) are below; they
 * give their reason at the field before the step is taken.
 */
export const AANVRAAG_TRANSITIONS = {
  ONTVANGEN: { IN_BEHANDELING: [], OPGESCHORT: [], BESCHIKT: [], INGETROKKEN: [] },
  IN_BEHANDELING: { OPGESCHORT: [], BESCHIKT: [], INGETROKKEN: [] },
  OPGESCHORT: { ONTVANGEN: [], IN_BEHANDELING: [], BESCHIKT: [], INGETROKKEN: [] },
  BESCHIKT: {},
  INGETROKKEN: {},
} satisfies TransitionTable<AanvraagStatus, AanvraagFeiten>;

/** No guard of the aanvraag table needs facts. */
export type AanvraagFeiten = Record<string, never>;

export const AANVRAAG_MACHINE = defineMachine<AanvraagStatus, AanvraagFeiten>({
  states: AANVRAAG_STATUS_VALUES,
  table: AANVRAAG_TRANSITIONS,
  initial: ['ONTVANGEN'],
  kanNiet: (van, naar) =>
    isOpenAanvraag(van) ? `Een aanvraag die ${AANVRAAG_STATUS_LABELS[van].toLowerCase()} is, gaat niet naar ${AANVRAAG_STATUS_LABELS[naar].toLowerCase()}.` : 'Deze aanvraag is al afgehandeld.',
});

export type AanvraagTermijnFeiten = {
  wet: Wet;
  ontvangenOp: Date;
  opschortingen: readonly Suspension[];
  verdagingDagen: number | null;
};

export type AanvraagTermijn = {
  /** The last day a beschikking is on time. */
  uiterlijk: Date;
  /** 0 on the last day, negative when overdue. */
  dagenOver: number;
  status: TermStatus;
  /** The term is paused now (an opschorting without an end). */
  opgeschort: boolean;
  /** Days paused so far (an open opschorting counts until today). */
  dagenOpgeschort: number;
  /** How the due date was reached, for a person to check (termijnUitleg). */
  uitleg: string;
};

export const aanvraagTermijn = (
  feiten: AanvraagTermijnFeiten,
  settings: BeschikkingTermSettings,
  today: Date,
  besluitdagen: Besluitdagen,
): AanvraagTermijn => {
  const input = {
    start: feiten.ontvangenOp,
    termDays: beschikkingTermDays(feiten.wet, settings),
    suspensions: [...feiten.opschortingen],
    extensionDays: feiten.verdagingDagen ?? 0,
    today,
    besluitdagen,
  };
  const berekening = berekenTermijn(input);
  const { uiterlijk } = berekening;
  return {
    uiterlijk,
    dagenOver: daysLeft(uiterlijk, today),
    status: termStatus(uiterlijk, today),
    opgeschort: feiten.opschortingen.some((o) => o.tot === null),
    dagenOpgeschort: berekening.dagenOpgeschort,
    uitleg: termijnUitleg(berekening, { ...input, na: 'na ontvangst' }),
  };
};

/** "nog 3 dagen", "vandaag de laatste dag", "2 dagen te laat". */
export const dagenOverTekst = (dagenOver: number): string => {
  if (dagenOver === 0) return 'vandaag de laatste dag';
  if (dagenOver === 1) return 'nog 1 dag';
  if (dagenOver > 1) return `nog ${dagenOver} dagen`;
  return dagenOver === -1 ? '1 dag te laat' : `${-dagenOver} dagen te laat`;
};

/** The queue order: the earliest legal due date first, so overdue aanvragen lead; then the oldest aanvraag. */
export const vergelijkWachtrij = (
  a: { uiterlijk: Date; ontvangenOp: Date; nummer: string },
  b: { uiterlijk: Date; ontvangenOp: Date; nummer: string },
): number =>
  a.uiterlijk.getTime() - b.uiterlijk.getTime() ||
  a.ontvangenOp.getTime() - b.ontvangenOp.getTime() ||
  // Nummers are ASCII with a fixed layout (A-2026-000123): code-unit order is their order, without ICU's cost.
  (a.nummer < b.nummer ? -1 : a.nummer > b.nummer ? 1 : 0);

// ───────────── Opschorten, hervatten, verdagen ─────────────

export const REDENEN = {
  nietOpen: 'Deze aanvraag is al afgehandeld. Opschorten of verdagen kan alleen bij een open aanvraag.',
  alOpgeschort: 'De termijn is al opgeschort. Hervat de termijn eerst.',
  nietOpgeschort: 'De termijn is niet opgeschort.',
  vanVoorOntvangst: 'De opschorting kan niet beginnen vóór de datum waarop de aanvraag binnenkwam.',
  vanInToekomst: 'De opschorting begint vandaag of eerder: leg haar vast als het zover is.',
  termijnVerlopen: 'De beslistermijn was op die dag al verstreken. Opschorten kan alleen binnen de termijn.',
  totVoorVan: 'De termijn kan niet hervatten vóór de dag waarop de opschorting begon.',
  totInToekomst: 'De termijn hervat vandaag of eerder.',
  verdagingDagen: 'Verdaag met 1 tot en met 56 dagen (Awb 4:14: een redelijke termijn).',
} as const;

export type OpschortFeiten = {
  status: AanvraagStatus;
  ontvangenOp: Date;
  opschortingen: readonly Suspension[];
  /** The due date as it stood before this opschorting. */
  uiterlijk: Date;
  today: Date;
};

/** Awb 4:15: the term is suspended (for example while the inwoner supplies information). Null if allowed. */
export const opschortenProblem = (feiten: OpschortFeiten, van: Date): string | null => {
  if (!isOpenAanvraag(feiten.status)) return REDENEN.nietOpen;
  if (feiten.status === 'OPGESCHORT' || feiten.opschortingen.some((o) => o.tot === null)) return REDENEN.alOpgeschort;
  const dag = toCalendarDay(van);
  if (dag.getTime() < toCalendarDay(feiten.ontvangenOp).getTime()) return REDENEN.vanVoorOntvangst;
  if (dag.getTime() > toCalendarDay(feiten.today).getTime()) return REDENEN.vanInToekomst;
  if (dag.getTime() > toCalendarDay(feiten.uiterlijk).getTime()) return REDENEN.termijnVerlopen;
  return null;
};

/** The term runs again from `tot` (the opschorting covers van up to but not including tot). Null if allowed. */
export const hervattenProblem = (open: { van: Date } | null, tot: Date, today: Date): string | null => {
  if (!open) return REDENEN.nietOpgeschort;
  if (toCalendarDay(tot).getTime() < toCalendarDay(open.van).getTime()) return REDENEN.totVoorVan;
  if (toCalendarDay(tot).getTime() > toCalendarDay(today).getTime()) return REDENEN.totInToekomst;
  return null;
};

export const MAX_VERDAGING_DAGEN = 56;

/**
 * Awb 4:14: once, with notice to the inwoner before the term has run out, for a reasonable number of days.
 * Returns a Dutch reason or null.
 */
export const verdagenProblem = (
  feiten: { status: AanvraagStatus; verdaagdOp: Date | null; uiterlijk: Date; today: Date },
  dagen: number,
): string | null => {
  if (!isOpenAanvraag(feiten.status)) return REDENEN.nietOpen;
  const reden = canExtend(feiten.verdaagdOp, { due: feiten.uiterlijk, today: feiten.today });
  if (reden) return reden;
  if (!Number.isInteger(dagen) || dagen < 1 || dagen > MAX_VERDAGING_DAGEN) return REDENEN.verdagingDagen;
  return null;
};

/** The sentence for the inwoner's notice of a verdaging (u-form). */
export const verdagingTekst = (oudUiterlijk: Date, dagen: number, nieuwUiterlijk: Date): string =>
  `Wij beslissen uiterlijk op ${formatDatum(nieuwUiterlijk)} in plaats van op ${formatDatum(oudUiterlijk)}. De termijn wordt eenmalig met ${dagen} ${dagen === 1 ? 'dag' : 'dagen'} verlengd.`;
