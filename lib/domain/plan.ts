import { addCalendarDays, calendarDaysBetween, toCalendarDay } from './dates';
import { PLAN_STATUS_VALUES, type DoelResultaat, type EvaluatieBesluit, type Fase, type GebeurtenisSoort, type Leveringsvorm, type PlanStatus, type Wet, type Wijze } from './enums';
import { isActiefOp } from './catalogus';
import { heeftMandaat, type MandaatFeit } from './mandaat';
import { PLAN_STATUS_LABELS, WET_LABELS } from './labels';
import { defineMachine, isStap, weigeringen, type Guard as GuardOf } from './state-machine';

// The ondersteuningsplan (DOMAIN.md §2, §3 rules 2, 4 and 7). A household has one current plan with versions; a
// version goes concept → ter akkoord (the household reads it) → vastgesteld (by a professional with the mandate,
// with the resident's akkoord recorded) → in uitvoering → geëvalueerd, and is vervangen when a newer version is
// vastgesteld. A vastgesteld version never changes (the database refuses it too: migration
// 20261122800000_plan_vastgesteld_onveranderlijk); a change makes a new version.

export type MaatwerkFeit = {
  omschrijving: string;
  productId: string | null;
  productNaam: string | null;
  wet: Wet | null;
  persoonId: string | null;
  leveringsvorm: Leveringsvorm | null;
  /** The product's active period, to check it still exists on the day of vaststellen. */
  productActief: { van: Date; tot: Date | null } | null;
  /** The leveringsvormen the gemeente allows for the product. */
  productLeveringsvormen: readonly Leveringsvorm[];
};

export type PlanFacts = {
  status: PlanStatus;
  aantalDoelen: number;
  evaluatieDatum: Date | null;
  monitorDoorId: string | null;
  akkoordInwonerOp: Date | null;
  akkoordWijze: Wijze | null;
  maatwerk: MaatwerkFeit[];
  /** The Mandaat rows of the person who acts. */
  mandaten: readonly MandaatFeit[];
  today: Date;
};

type Guard = GuardOf<PlanFacts>;

export const PLAN_REASONS = {
  geenDoel: 'Schrijf minstens één doel op, in de woorden van het huishouden.',
  geenEvaluatieDatum: 'Kies wanneer jullie het plan evalueren.',
  evaluatieDatumVoorbij: 'De evaluatiedatum ligt in het verleden. Kies een datum vanaf vandaag.',
  geenMonitor: 'Kies wie het plan bewaakt.',
  geenAkkoord: 'Leg eerst vast wanneer en hoe het huishouden akkoord gaf.',
  geenMandaat: 'Je hebt geen mandaat om een plan vast te stellen. Vraag een collega met mandaat.',
} as const;

const heeftDoel: Guard = (p) => (p.aantalDoelen > 0 ? null : PLAN_REASONS.geenDoel);
const heeftMonitor: Guard = (p) => (p.monitorDoorId ? null : PLAN_REASONS.geenMonitor);
const heeftEvaluatieDatum: Guard = (p) => {
  if (!p.evaluatieDatum) return PLAN_REASONS.geenEvaluatieDatum;
  return calendarDaysBetween(p.today, p.evaluatieDatum) < 0 ? PLAN_REASONS.evaluatieDatumVoorbij : null;
};
const akkoordVastgelegd: Guard = (p) => (p.akkoordInwonerOp && p.akkoordWijze ? null : PLAN_REASONS.geenAkkoord);

/** Why a maatwerk item cannot become an aanvraag (DOMAIN.md §3 rule 4 lives in the database check as well). */
export const maatwerkProblem = (item: MaatwerkFeit, today: Date): string | null => {
  const naam = `Maatwerk "${item.omschrijving}"`;
  if (!item.productId || !item.wet) return `${naam}: kies een product uit de productcatalogus.`;
  if (!item.persoonId) return `${naam}: kies voor wie de voorziening is.`;
  if (!item.leveringsvorm) return `${naam}: kies zorg in natura of pgb.`;
  if (item.productActief && !isActiefOp(item.productActief, today)) {
    return `${naam}: ${item.productNaam ? `het product ${item.productNaam}` : 'dit product'} is niet meer in de catalogus. Kies een ander product.`;
  }
  if (!item.productLeveringsvormen.includes(item.leveringsvorm)) return `${naam}: deze leveringsvorm is voor dit product niet mogelijk.`;
  return null;
};

const maatwerkCompleet: Guard = (p) => p.maatwerk.map((m) => maatwerkProblem(m, p.today)).find((r) => r !== null) ?? null;

/**
 * DOMAIN.md §3 rule 7: only someone with the PLAN_VASTSTELLEN mandate for the law (and product) of every maatwerk
 * item may vaststellen the plan. A plan without maatwerk needs a PLAN_VASTSTELLEN mandate for some law.
 */
export const planMandaatProblem = (mandaten: readonly MandaatFeit[], maatwerk: readonly Pick<MaatwerkFeit, 'wet' | 'productId'>[], op: Date): string | null => {
  const gedekt = (wet: Wet, productId: string | null) => heeftMandaat(mandaten, { soort: 'PLAN_VASTSTELLEN', wet, productId, op });
  if (maatwerk.length === 0) {
    return mandaten.some((m) => m.soort === 'PLAN_VASTSTELLEN' && isActiefOp({ van: m.vanaf, tot: m.tot }, op)) ? null : PLAN_REASONS.geenMandaat;
  }
  const zonder = [...new Set(maatwerk.filter((m) => m.wet && !gedekt(m.wet, m.productId)).map((m) => m.wet as Wet))];
  if (zonder.length === 0) return null;
  return `Je hebt geen mandaat om een plan met maatwerk onder de ${zonder.map((w) => WET_LABELS[w]).join(' en de ')} vast te stellen. Vraag een collega met mandaat.`;
};

const heeftMandaatVoorPlan: Guard = (p) => planMandaatProblem(p.mandaten, p.maatwerk, p.today);

// From status → to status → guards. A move not in the table is refused.
export const PLAN_TRANSITIONS = {
  CONCEPT: { TER_AKKOORD: [heeftDoel, heeftMonitor, heeftEvaluatieDatum, maatwerkCompleet] },
  // Back to concept to change it; the akkoord given on the old text no longer counts.
  TER_AKKOORD: {
    CONCEPT: [],
    VASTGESTELD: [akkoordVastgelegd, heeftDoel, heeftMonitor, heeftEvaluatieDatum, maatwerkCompleet, heeftMandaatVoorPlan],
  },
  VASTGESTELD: { IN_UITVOERING: [], GEEVALUEERD: [], VERVANGEN: [] },
  IN_UITVOERING: { GEEVALUEERD: [], VERVANGEN: [] },
  GEEVALUEERD: { VERVANGEN: [] },
  VERVANGEN: {},
} satisfies Record<PlanStatus, Partial<Record<PlanStatus, Guard[]>>>;

/** The plan version's lifecycle as a machine of the one engine (lib/domain/state-machine.ts). A version starts as concept. */
export const PLAN_MACHINE = defineMachine<PlanStatus, PlanFacts>({
  states: PLAN_STATUS_VALUES,
  table: PLAN_TRANSITIONS,
  initial: ['CONCEPT'],
  // Evaluated and carried on (voortzetten, op- or afschalen): the version stays in uitvoering.
  blijft: ['IN_UITVOERING'],
  kanNiet: (van, naar) => `Een plan met status ${PLAN_STATUS_LABELS[van].toLowerCase()} kan niet naar ${PLAN_STATUS_LABELS[naar].toLowerCase()}.`,
});

export const isPlanStap = (from: PlanStatus, to: PlanStatus): boolean => isStap(PLAN_MACHINE, from, to);

/** Dutch reasons why the version cannot move to `to`; empty when it can. */
export const planRefusalReasons = (facts: PlanFacts, to: PlanStatus): string[] => weigeringen(PLAN_MACHINE, facts.status, to, facts);

/** Statuses whose content is fixed: the version was vastgesteld. */
export const BEVROREN_STATUSSEN: readonly PlanStatus[] = ['VASTGESTELD', 'IN_UITVOERING', 'GEEVALUEERD', 'VERVANGEN'];
export const isBevroren = (status: PlanStatus): boolean => BEVROREN_STATUSSEN.includes(status);

/** Only a concept is edited; ter akkoord goes back to concept first, a vastgesteld version gets a successor. */
export const isBewerkbaar = (status: PlanStatus): boolean => status === 'CONCEPT';

/** A new version can follow a vastgesteld one that is still the latest (not vervangen). */
export const kanNieuweVersie = (status: PlanStatus): boolean => status === 'VASTGESTELD' || status === 'IN_UITVOERING' || status === 'GEEVALUEERD';

/** The version that binds the parties now: the latest vastgesteld one that is not vervangen. */
export const GELDENDE_STATUSSEN: readonly PlanStatus[] = ['VASTGESTELD', 'IN_UITVOERING', 'GEEVALUEERD'];

// ───────────── Aanvragen from a vastgesteld plan ─────────────

export type AanvraagFeit = { persoonId: string; productId: string; leveringsvorm: Leveringsvorm; lopend: boolean };

/**
 * Which maatwerk items become a new aanvraag (opdracht tot beschikking) on vaststellen. An item that a new version
 * copied from the previous one is already requested: a running (not ingetrokken) aanvraag for the same person,
 * product and leveringsvorm means no second one.
 */
export const teAanvragen = <T extends { persoonId: string; productId: string; leveringsvorm: Leveringsvorm }>(
  items: readonly T[],
  bestaand: readonly AanvraagFeit[],
): T[] => {
  const lopend = new Set(bestaand.filter((a) => a.lopend).map((a) => `${a.persoonId}|${a.productId}|${a.leveringsvorm}`));
  const gezien = new Set<string>();
  return items.filter((item) => {
    const key = `${item.persoonId}|${item.productId}|${item.leveringsvorm}`;
    if (lopend.has(key) || gezien.has(key)) return false;
    gezien.add(key);
    return true;
  });
};

// ───────────── Evaluation ─────────────

export type BesluitGevolg = {
  /** The evaluated version's status afterwards. */
  planStatus: PlanStatus;
  /** Where the casus goes from EVALUATIE. */
  casusNaar: Fase;
  /** A new concept version that copies the evaluated one. */
  nieuweVersie: boolean;
  /** The plan carries on: a next evaluation date is needed. */
  volgendeEvaluatie: boolean;
  gebeurtenis: GebeurtenisSoort | null;
};

// DOMAIN.md §2: evaluatie ─► bijstellen ↺ | opschalen | afschalen ─► afsluiten.
export const BESLUIT_GEVOLG: Record<EvaluatieBesluit, BesluitGevolg> = {
  VOORTZETTEN: { planStatus: 'IN_UITVOERING', casusNaar: 'UITVOERING', nieuweVersie: false, volgendeEvaluatie: true, gebeurtenis: null },
  OPSCHALEN: { planStatus: 'IN_UITVOERING', casusNaar: 'UITVOERING', nieuweVersie: false, volgendeEvaluatie: true, gebeurtenis: 'OPGESCHAALD' },
  AFSCHALEN: { planStatus: 'IN_UITVOERING', casusNaar: 'UITVOERING', nieuweVersie: false, volgendeEvaluatie: true, gebeurtenis: 'AFGESCHAALD' },
  BIJSTELLEN: { planStatus: 'GEEVALUEERD', casusNaar: 'PLAN', nieuweVersie: true, volgendeEvaluatie: false, gebeurtenis: null },
  AFSLUITEN: { planStatus: 'GEEVALUEERD', casusNaar: 'AFGESLOTEN', nieuweVersie: false, volgendeEvaluatie: false, gebeurtenis: 'AFGESLOTEN' },
};

/** A version can be evaluated while it is the binding one and still running. */
export const isEvalueerbaar = (status: PlanStatus): boolean => status === 'VASTGESTELD' || status === 'IN_UITVOERING';

/** The goals of the version that have no result yet: every goal gets one (behaald, deels, niet). */
export const doelenZonderResultaat = (doelIds: readonly string[], resultaten: Readonly<Record<string, DoelResultaat | undefined>>): string[] =>
  doelIds.filter((id) => !resultaten[id]);

/** The default waakvlam check after closing: Gemeente.waakvlamStandaardDagen from today. */
export const standaardWaakvlam = (today: Date, standaardDagen: number): Date => addCalendarDays(today, standaardDagen);

export const WAAKVLAM_REASONS = {
  verleden: 'De waakvlam ligt in het verleden. Kies een datum na vandaag.',
  teVer: 'Kies een waakvlam binnen twee jaar.',
} as const;

/** A waakvlam lies after today and within two years. */
export const waakvlamProblem = (waakvlamOp: Date, today: Date): string | null => {
  const dagen = calendarDaysBetween(today, waakvlamOp);
  if (dagen < 1) return WAAKVLAM_REASONS.verleden;
  if (dagen > 730) return WAAKVLAM_REASONS.teVer;
  return null;
};

/** An akkoord date lies on or before today. */
export const akkoordDatumProblem = (op: Date, today: Date): string | null =>
  toCalendarDay(op).getTime() > toCalendarDay(today).getTime() ? 'De datum van het akkoord ligt in de toekomst.' : null;

// ───────────── Conflicts ─────────────

/** What the access log says of a step on a plan version, as a sentence part after the name. */
export const PLAN_STAP_ZINNEN: Record<string, string> = {
  PLAN_CONCEPT_OPGESLAGEN: 'sloeg het concept op',
  PLAN_TER_AKKOORD: 'legde het plan voor aan het huishouden',
  PLAN_TERUG_NAAR_CONCEPT: 'zette het plan terug naar concept',
  PLAN_AKKOORD_INWONER: 'legde het akkoord van het huishouden vast',
  PLAN_VASTGESTELD: 'stelde het plan vast',
  PLAN_VOORSTEL_OPGENOMEN: 'nam een voorstel van een ketenpartner op in het concept',
};

export type PlanWijzigingFeit = { door: string; op: Date; actie: string; onderdelen: string[]; /** The one who now saves (another tab). */ zelf?: boolean };

const TIJD = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' });
const DAG_EN_TIJD = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/**
 * The message for the second of two people saving the same concept: who changed it since they opened it, when and
 * which parts, what differs between their input and what is stored now, and that nothing of theirs was saved.
 */
export const conflictMelding = (wijzigingen: readonly PlanWijzigingFeit[], verschillen: readonly string[], nu: Date): string[] => {
  const wanneer = (op: Date) => (toCalendarDay(op).getTime() === toCalendarDay(nu).getTime() ? `om ${TIJD.format(op)}` : `op ${DAG_EN_TIJD.format(op)}`);
  const regels = wijzigingen.map((w) => {
    const zin = PLAN_STAP_ZINNEN[w.actie] ?? 'wijzigde het plan';
    const wat = w.onderdelen.length ? ` (${w.onderdelen.join(', ')})` : '';
    return `${w.zelf ? 'Je' : w.door} ${zin} ${wanneer(w.op)}${wat}.`;
  });
  // Issue 16 item 11: the same user in another window or tab is not "iemand anders".
  const zelf = wijzigingen.length > 0 && wijzigingen.every((w) => w.zelf);
  return [
    zelf
      ? 'Je hebt dit plan in een ander venster of tabblad gewijzigd sinds je het hier opende. Je wijzigingen hier zijn niet opgeslagen; ze staan nog in het formulier.'
      : 'Iemand anders heeft dit plan gewijzigd sinds je het opende. Je wijzigingen zijn niet opgeslagen; ze staan nog in het formulier.',
    ...(regels.length ? regels : ['Het plan is intussen gewijzigd.']),
    ...(verschillen.length ? [`Verschil tussen jouw invoer en wat nu is opgeslagen: ${verschillen.join('; ')}.`] : []),
    'Open het plan opnieuw om de nieuwe inhoud te zien en breng je wijzigingen daarin aan.',
  ];
};
