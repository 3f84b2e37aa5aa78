import { FASE_VALUES, type Fase, type Veiligheid } from './enums';
import { defineMachine, type Guard as GuardOf, isStap, toegestaan, volgendeStappen, weigeringen } from './state-machine';

// The route of a casus (DOMAIN.md §2) as a table: from-fase → to-fase → guards. A move that is not in the table is
// refused; a move in the table is allowed when none of its guards returns a reason. Safety is an overlay on every
// fase, so it shows up as guards on closing rather than as a fase of its own.

export type CasusFacts = {
  fase: Fase;
  /** A current RegieToewijzing with lead = true (DOMAIN.md §3 rule 3). */
  hasLeadRegisseur: boolean;
  /** The current plan version is VASTGESTELD (or later). */
  planVastgesteld: boolean;
  /** A consult of soort VEILIGHEID that is not AFGEROND (DOMAIN.md §3 rule 6). */
  hasOpenVeiligheidsconsult: boolean;
  /** The current safety assessment of the casus. */
  veiligheid: Veiligheid;
  /** Triage chose spoed or urgentie is CRISIS: safety first, vraagverheldering later. */
  spoed: boolean;
  /** A teamlead approved closing this casus. */
  teamleadApprovedClosing: boolean;
  afsluitreden: string | null;
};

type Guard = GuardOf<CasusFacts>;

export const FASE_LABELS: Record<Fase, string> = {
  TRIAGE: 'Triage',
  KORTDURENDE_HULP: 'Kortdurende hulp',
  VRAAGVERHELDERING: 'Vraagverheldering',
  WACHT_OP_REGIE: 'Wacht op regie',
  PLAN: 'Plan',
  UITVOERING: 'Uitvoering',
  EVALUATIE: 'Evaluatie',
  AFGESLOTEN: 'Afgesloten',
};

export const REASONS = {
  noRegisseur: 'Wijs eerst een regisseur toe.',
  planNotVastgesteld: 'Het plan is nog niet vastgesteld.',
  noSpoed: 'Direct naar regie kan alleen bij spoed. Doe eerst de vraagverheldering.',
  openVeiligheidsconsult: 'Sluiten kan niet zolang er een veiligheidsconsult openstaat.',
  noAfsluitreden: 'Geef een reden om de casus af te sluiten.',
  riskNeedsTeamlead: 'Er is een blijvend veiligheidsrisico. Sluiten kan alleen met akkoord van de teamleider.',
} as const;

const LASTING_RISK: Veiligheid[] = ['RISICO', 'ACUUT'];

const hasLeadRegisseur: Guard = (c) => (c.hasLeadRegisseur ? null : REASONS.noRegisseur);
const planIsVastgesteld: Guard = (c) => (c.planVastgesteld ? null : REASONS.planNotVastgesteld);
const isSpoed: Guard = (c) => (c.spoed ? null : REASONS.noSpoed);
// DOMAIN.md §3 rule 6: a safety signal raises a consult, and an open consult blocks closing.
const noOpenVeiligheidsconsult: Guard = (c) => (c.hasOpenVeiligheidsconsult ? REASONS.openVeiligheidsconsult : null);
const hasAfsluitreden: Guard = (c) => (c.afsluitreden?.trim() ? null : REASONS.noAfsluitreden);
// DOMAIN.md §2 Afsluiten: a case with a lasting safety risk is not closed without the teamlead.
const teamleadApprovesRisk: Guard = (c) =>
  LASTING_RISK.includes(c.veiligheid) && !c.teamleadApprovedClosing ? REASONS.riskNeedsTeamlead : null;

const CLOSING: Guard[] = [noOpenVeiligheidsconsult, hasAfsluitreden, teamleadApprovesRisk];

export const CASUS_TRANSITIONS = {
  // Triage: afgehandeld (informatie & advies, voorliggend, "nee") closes at once.
  TRIAGE: {
    KORTDURENDE_HULP: [],
    VRAAGVERHELDERING: [],
    WACHT_OP_REGIE: [isSpoed],
    AFGESLOTEN: CLOSING,
  },
  KORTDURENDE_HULP: { VRAAGVERHELDERING: [], AFGESLOTEN: CLOSING },
  // The teamlead may give regie while the vraagverheldering is still going (the regisseur holds the
  // keukentafelgesprek); with a lead regisseur the casus goes straight on to the plan.
  VRAAGVERHELDERING: { WACHT_OP_REGIE: [], PLAN: [hasLeadRegisseur], AFGESLOTEN: CLOSING },
  // DOMAIN.md §3 rule 3: exactly one lead regisseur while the casus is in regie.
  WACHT_OP_REGIE: { PLAN: [hasLeadRegisseur] },
  // A vastgesteld plan is binding for all parties; only then does uitvoering start.
  PLAN: { UITVOERING: [planIsVastgesteld] },
  UITVOERING: { EVALUATIE: [] },
  // Evaluatie: voortzetten, bijstellen (a new plan version) or afsluiten.
  EVALUATIE: { UITVOERING: [planIsVastgesteld], PLAN: [hasLeadRegisseur], AFGESLOTEN: CLOSING },
  // Heropenen with the whole history (the waakvlam found a new question, or a new melding came in).
  AFGESLOTEN: { VRAAGVERHELDERING: [], WACHT_OP_REGIE: [], PLAN: [hasLeadRegisseur] },
} satisfies Record<Fase, Partial<Record<Fase, Guard[]>>>;

/** The casus route as a machine of the one engine (lib/domain/state-machine.ts). A new casus starts in TRIAGE. */
export const CASUS_MACHINE = defineMachine<Fase, CasusFacts>({
  states: FASE_VALUES,
  table: CASUS_TRANSITIONS,
  initial: ['TRIAGE'],
  kanNiet: (van, naar) => `Van ${FASE_LABELS[van]} kun je niet naar ${FASE_LABELS[naar]}.`,
});

export const isInRoute = (from: Fase, to: Fase): boolean => isStap(CASUS_MACHINE, from, to);

/** Dutch reasons why the casus cannot move to `to`; empty when it can. */
export const refusalReasons = (facts: CasusFacts, to: Fase): string[] => weigeringen(CASUS_MACHINE, facts.fase, to, facts);

export const canTransition = (facts: CasusFacts, to: Fase): boolean => refusalReasons(facts, to).length === 0;

/** The fases the casus can move to now, in route order. */
export const allowedNext = (facts: CasusFacts): Fase[] => toegestaan(CASUS_MACHINE, facts.fase, facts);

/** Every step in the route from the current fase, with the reasons it is blocked (for disabled buttons). */
export const nextSteps = (facts: CasusFacts): { to: Fase; reasons: string[] }[] => volgendeStappen(CASUS_MACHINE, facts.fase, facts);

// ───────────── Sets of fases, declared beside the table (tests/unit/state-machines.test.ts checks them against it) ─────────────

/** The fases of a casus that is not closed, in route order. */
export const OPEN_FASEN: readonly Fase[] = FASE_VALUES.filter((fase) => fase !== 'AFGESLOTEN');

/** Regie is belegd and the plan is made or carried out: the fases after WACHT_OP_REGIE → PLAN, before closing. */
export const FASEN_MET_PLAN = ['PLAN', 'UITVOERING', 'EVALUATIE'] as const satisfies readonly Fase[];
export const heeftPlanFase = (fase: Fase): boolean => (FASEN_MET_PLAN as readonly Fase[]).includes(fase);

/** Regie can be given from the vraagverheldering on (the regisseur then holds the keukentafelgesprek). */
export const REGIE_FASEN: readonly Fase[] = ['VRAAGVERHELDERING', 'WACHT_OP_REGIE', ...FASEN_MET_PLAN];

/** A plan can be started from the vraagverheldering (the casus moves on to PLAN) or in a fase with a plan. */
export const PLAN_START_FASEN: readonly Fase[] = ['VRAAGVERHELDERING', ...FASEN_MET_PLAN];

/** An evaluation is held while the plan runs: in UITVOERING (the casus then moves to EVALUATIE) or in EVALUATIE. */
export const EVALUATIE_FASEN = ['UITVOERING', 'EVALUATIE'] as const satisfies readonly Fase[];
export const isEvaluatieFase = (fase: Fase): boolean => (EVALUATIE_FASEN as readonly Fase[]).includes(fase);

/** Where a closed casus can be reopened: the AFGESLOTEN row of the table (a tuple, for the form's zod enum). */
export const HEROPEN_FASEN = ['VRAAGVERHELDERING', 'WACHT_OP_REGIE', 'PLAN'] as const satisfies readonly Fase[];
