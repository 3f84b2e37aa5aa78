import type { Regievorm } from './enums';

// One regisseur (DOMAIN.md §3 rule 3, §2 Regie). The current assignments of a household are its RegieToewijzing
// rows with tot = null. The rules this module applies:
//
// 1. Exactly one current assignment is lead. A procesregisseur leads whenever there is one; a casusregisseur beside
//    a procesregisseur is the normal set-up and is not lead (Woerden 2018 §5.3: the casusregisseur is one of the
//    parties under procesregie, the procesregisseur is in the lead). Note: DOMAIN.md §3 rule 3 lists "casus- beside
//    procesregie" as needing an exception; §2 ("the procesregisseur makes sure a casusregisseur exists") and the seed
//    say it is normal, and that is what this module does.
// 2. A new assignment of a form replaces the current one of that form: the old one ends. A second regisseur of the
//    same form beside it (`asSecond`, e.g. a split household) is an exception: it needs a recorded reason and
//    teamlead approval, ends nothing and is never lead.
// 3. A regisseur holds one form per household: giving procesregie to the casusregisseur (opschalen) ends their
//    casusregie, giving casusregie to the procesregisseur (afschalen) ends their procesregie.
// 4. Casusregie can be handed to an aanbieder (Den Helder 2014: e.g. the provider of long-term care), procesregie
//    cannot: doorzettingsmacht and the decisions on the plan stay with the team. The team keeps watch:
//    - beside a procesregisseur, the procesregisseur keeps watch and the team's casusregie ends;
//    - otherwise the team's casusregisseur stays on with lead = false ("monitoring": vinger aan de pols, plan changes
//      go through them) and the aanbieder's casusregisseur becomes lead.
//    With neither a procesregisseur nor a team casusregisseur, handing over is refused.

export type RegieAssignment = {
  id: string;
  vorm: Regievorm;
  lead: boolean;
  regisseurId: string | null;
  aanbiederId: string | null;
  /** Set on an exception (a second regisseur of the same form). */
  uitzonderingReden?: string | null;
};

export type RegieRequest = {
  vorm: Regievorm;
  regisseurId?: string | null;
  aanbiederId?: string | null;
  /** Beside the current regisseur of this form instead of replacing them. */
  asSecond?: boolean;
  uitzonderingReden?: string | null;
  approvedByTeamlead?: boolean;
};

export type LeadChange = { id: string; lead: boolean };

export type RegiePlan =
  | {
      ok: true;
      /** Current assignments to end (tot = now). */
      end: string[];
      /** Whether the new assignment is lead. */
      lead: boolean;
      /** Current assignments that stay, with their new lead flag. */
      leadChanges: LeadChange[];
      /** The new assignment is an exception: store uitzonderingReden and the approving teamlead. */
      exception: boolean;
      /** The assignment the new one takes over from (RegieToewijzing.vorigeId). */
      replaces: string | null;
    }
  | { ok: false; reasons: string[] };

export type EndingPlan = { ok: true; end: string[]; leadChanges: LeadChange[] } | { ok: false; reasons: string[] };

export const REGIE_REASONS = {
  chooseOne: 'Kies een regisseur of een aanbieder.',
  notBoth: 'Kies een regisseur of een aanbieder, niet allebei.',
  procesregieStaysWithTeam: 'Procesregie blijft bij het team. Je kunt alleen casusregie overdragen aan een aanbieder.',
  teamMustKeepWatch:
    'Het team houdt de vinger aan de pols als een aanbieder de casusregie voert. Wijs eerst een regisseur uit het team toe.',
  regisseurHasIt: 'Deze regisseur voert deze regie al.',
  aanbiederHasIt: 'Deze aanbieder voert de casusregie al.',
  noFirst: 'Er is nog geen regisseur in deze vorm. Wijs eerst de eerste toe.',
  secondNeedsReason: 'Geef de reden voor een tweede regisseur.',
  secondNeedsTeamlead: 'Een tweede regisseur kan alleen met akkoord van de teamleider.',
  notCurrent: 'Deze regietoewijzing is niet meer actueel.',
  lastTeamWatch:
    'Het team moet de vinger aan de pols houden zolang een aanbieder de casusregie voert. Neem eerst de regie terug of wijs een andere regisseur uit het team toe.',
} as const;

const isTeam = (a: RegieAssignment) => a.regisseurId !== null;
const isAanbieder = (a: RegieAssignment) => a.aanbiederId !== null;
const isException = (a: RegieAssignment) => Boolean(a.uitzonderingReden?.trim());
const isPrimary = (vorm: Regievorm) => (a: RegieAssignment) => a.vorm === vorm && !isException(a);

/** The lead assignment, or null. The database allows at most one (partial unique index). */
export const leadOf = (assignments: RegieAssignment[]): RegieAssignment | null =>
  assignments.find((a) => a.lead) ?? null;

/** The team's casusregisseur who keeps watch while an aanbieder leads the casusregie, or null. */
export const monitoringOf = (assignments: RegieAssignment[]): RegieAssignment | null => {
  const aanbiederLeads = assignments.some((a) => a.lead && isAanbieder(a) && a.vorm === 'CASUSREGIE');
  if (!aanbiederLeads) return null;
  return assignments.find((a) => isTeam(a) && a.vorm === 'CASUSREGIE' && !a.lead && !isException(a)) ?? null;
};

/** The procesregisseur makes sure a casusregisseur exists (DOMAIN.md §2 Regie). */
export const needsCasusregisseur = (assignments: RegieAssignment[]): boolean =>
  assignments.some((a) => a.vorm === 'PROCESREGIE') && !assignments.some((a) => a.vorm === 'CASUSREGIE');

// The lead after a change: a procesregisseur if any (DOMAIN.md §2), else an aanbieder's casusregie (the team
// watches), else the team's casusregie; primaries before exceptions.
const pickLead = (assignments: RegieAssignment[]): RegieAssignment | null => {
  const rank = (a: RegieAssignment) =>
    (a.vorm === 'PROCESREGIE' ? 0 : isAanbieder(a) ? 2 : 4) + (isException(a) ? 1 : 0);
  return [...assignments].sort((a, b) => rank(a) - rank(b))[0] ?? null;
};

const leadChangesTo = (remaining: RegieAssignment[], leadId: string | null): LeadChange[] =>
  remaining.filter((a) => a.lead !== (a.id === leadId)).map((a) => ({ id: a.id, lead: a.id === leadId }));

/** Decides what happens to the current assignments when a new regisseur is assigned, or why it cannot. */
export const planAssignment = (current: RegieAssignment[], request: RegieRequest): RegiePlan => {
  const regisseurId = request.regisseurId ?? null;
  const aanbiederId = request.aanbiederId ?? null;
  if (regisseurId && aanbiederId) return { ok: false, reasons: [REGIE_REASONS.notBoth] };
  if (!regisseurId && !aanbiederId) return { ok: false, reasons: [REGIE_REASONS.chooseOne] };
  if (aanbiederId && request.vorm === 'PROCESREGIE') {
    return { ok: false, reasons: [REGIE_REASONS.procesregieStaysWithTeam] };
  }

  const monitoring = monitoringOf(current);
  const sameHolder = current.find(
    (a) =>
      a.vorm === request.vorm &&
      a.id !== monitoring?.id && // the watching casusregisseur may take the regie back from the aanbieder
      (regisseurId ? a.regisseurId === regisseurId : a.aanbiederId === aanbiederId),
  );
  if (sameHolder) {
    return { ok: false, reasons: [regisseurId ? REGIE_REASONS.regisseurHasIt : REGIE_REASONS.aanbiederHasIt] };
  }

  if (request.asSecond) {
    const reasons: string[] = [];
    if (!current.some((a) => a.vorm === request.vorm)) reasons.push(REGIE_REASONS.noFirst);
    if (!request.uitzonderingReden?.trim()) reasons.push(REGIE_REASONS.secondNeedsReason);
    if (!request.approvedByTeamlead) reasons.push(REGIE_REASONS.secondNeedsTeamlead);
    if (reasons.length > 0) return { ok: false, reasons };
    return { ok: true, end: [], lead: false, leadChanges: [], exception: true, replaces: null };
  }

  const ending = new Set<string>();
  const replaced = current.filter(isPrimary(request.vorm));
  // Rule 3: the regisseur's assignment of the other form ends (opschalen / afschalen).
  const otherForm = regisseurId
    ? current.filter((a) => a.vorm !== request.vorm && a.regisseurId === regisseurId)
    : [];
  [...replaced, ...otherForm].forEach((a) => ending.add(a.id));

  if (aanbiederId) {
    // Rule 4: a procesregisseur keeps watch, or else the team's casusregisseur stays on as monitoring.
    const procesregisseurWatches = current.some((a) => a.vorm === 'PROCESREGIE');
    const teamCasusregie = replaced.filter(isTeam);
    if (!procesregisseurWatches) {
      if (teamCasusregie.length === 0) return { ok: false, reasons: [REGIE_REASONS.teamMustKeepWatch] };
      teamCasusregie.forEach((a) => ending.delete(a.id));
    }
  } else if (request.vorm === 'PROCESREGIE' && monitoring) {
    // The procesregisseur now keeps watch over the aanbieder; the watching casusregisseur steps back.
    ending.add(monitoring.id);
  }

  const remaining = current.filter((a) => !ending.has(a.id));
  const lead = request.vorm === 'PROCESREGIE' || !remaining.some((a) => a.vorm === 'PROCESREGIE');
  const leadChanges = lead
    ? leadChangesTo(remaining, null)
    : leadChangesTo(remaining, pickLead(remaining)?.id ?? null);
  const previous = replaced.find((a) => a.lead) ?? replaced.find((a) => isAanbieder(a)) ?? replaced[0];
  return { ok: true, end: [...ending], lead, leadChanges, exception: false, replaces: previous?.id ?? null };
};

/** Decides what happens when one current assignment ends while the casus stays open. */
export const planEnding = (current: RegieAssignment[], assignmentId: string): EndingPlan => {
  const ending = current.find((a) => a.id === assignmentId);
  if (!ending) return { ok: false, reasons: [REGIE_REASONS.notCurrent] };
  const remaining = current.filter((a) => a.id !== assignmentId);
  const aanbiederKeepsCasusregie = remaining.some((a) => isAanbieder(a) && a.vorm === 'CASUSREGIE');
  if (aanbiederKeepsCasusregie && !remaining.some(isTeam)) {
    return { ok: false, reasons: [REGIE_REASONS.lastTeamWatch] };
  }
  // Ending someone who is not lead leaves the lead where it is.
  const currentLead = leadOf(remaining);
  const newLead = ending.lead || !currentLead ? pickLead(remaining) : currentLead;
  return { ok: true, end: [assignmentId], leadChanges: leadChangesTo(remaining, newLead?.id ?? null) };
};

/** What is wrong with a set of current assignments; empty when it follows the rules above. */
export const regieProblems = (assignments: RegieAssignment[]): string[] => {
  if (assignments.length === 0) return [];
  const problems: string[] = [];
  const leads = assignments.filter((a) => a.lead);
  if (leads.length > 1) problems.push('Er is meer dan één regisseur in de lead.');
  if (leads.length === 0) problems.push('Er is geen regisseur in de lead.');
  const procesregie = assignments.filter((a) => a.vorm === 'PROCESREGIE');
  if (procesregie.length > 0 && !leads.every((a) => a.vorm === 'PROCESREGIE')) {
    problems.push('De procesregisseur hoort in de lead.');
  }
  if (procesregie.some(isAanbieder)) problems.push(REGIE_REASONS.procesregieStaysWithTeam);
  if (assignments.some(isAanbieder) && !assignments.some(isTeam)) problems.push(REGIE_REASONS.teamMustKeepWatch);
  return problems;
};

/**
 * Default caseload weights: procesregie coordinates many parties and weighs 2.5 casusregie. A default only; the
 * gemeente can pass its own weights. A team casusregisseur who keeps watch beside an aanbieder counts as casusregie.
 */
export const DEFAULT_CASELOAD_WEIGHTS: Record<Regievorm, number> = { CASUSREGIE: 1, PROCESREGIE: 2.5 };

export const caseloadWeight = (vorm: Regievorm, weights: Record<Regievorm, number> = DEFAULT_CASELOAD_WEIGHTS) =>
  weights[vorm];

export type Caseload = { count: number; weighted: number };

/** Caseload of the given assignments (pass one professional's current ones); aanbieders' assignments do not count. */
export const caseload = (
  assignments: Pick<RegieAssignment, 'vorm' | 'regisseurId'>[],
  weights: Record<Regievorm, number> = DEFAULT_CASELOAD_WEIGHTS,
): Caseload => {
  const own = assignments.filter((a) => a.regisseurId !== null);
  return {
    count: own.length,
    weighted: own.reduce((sum, a) => sum + caseloadWeight(a.vorm, weights), 0),
  };
};

// ───────────────────────────── Assigning from the casusverdeling and the regie tab ─────────────────────────────

/**
 * How the teamlead assigns:
 * - EERSTE: a casus waiting for regie gets its first regisseur. Refused when the household already has one, so that
 *   a second lead never slips in from a stale board (DOMAIN.md §3 rule 3).
 * - WIJZIGEN: reassign or add a form (planAssignment): the old assignment of that form ends with its history kept.
 * - TWEEDE: a second regisseur of a form beside the current one: the exception with a reason and teamlead approval.
 */
export const ASSIGN_MODES = ['EERSTE', 'WIJZIGEN', 'TWEEDE'] as const;
export type AssignMode = (typeof ASSIGN_MODES)[number];

export const ASSIGN_REASONS = {
  alreadyHasLead:
    'Dit huishouden heeft al een regisseur in de lead. Een tweede regisseur kan alleen als uitzondering, met een reden en akkoord van de teamleider.',
  procesregieNeedsMandaat: 'Procesregie kan alleen naar een teamlid met het mandaat voor procesregie.',
  notInTeam: 'Kies een regisseur uit het team van deze casus.',
  notInRegie: 'Regie toewijzen kan alleen bij een casus die wacht op regie of in regie is.',
  needsReason: 'Geef een reden voor deze toewijzing.',
} as const;

/** planAssignment in the teamlead's chosen mode. */
export const planRegieChange = (current: RegieAssignment[], request: RegieRequest, mode: AssignMode): RegiePlan => {
  if (mode === 'EERSTE' && current.length > 0) return { ok: false, reasons: [ASSIGN_REASONS.alreadyHasLead] };
  return planAssignment(current, { ...request, asSecond: mode === 'TWEEDE' });
};

/**
 * The household's contact person after an assignment (DOMAIN.md §2 Regie): the professional who did the intake stays
 * the contact person unless regie is reassigned. When the new assignment takes over the lead, or takes over from
 * the contact person, the new team regisseur becomes the contact person. Without an intake and a contact person,
 * the first team regisseur is.
 */
export const contactpersoonAfter = (input: {
  intakeDoorId: string | null;
  contactpersoonId: string | null;
  /** The assignment the new one replaces (RegieToewijzing.vorigeId), or null. */
  replaced: Pick<RegieAssignment, 'lead' | 'regisseurId'> | null;
  assigned: { regisseurId: string | null };
}): string | null => {
  const current = input.contactpersoonId ?? input.intakeDoorId;
  const { replaced, assigned } = input;
  const takesOver = replaced !== null && (replaced.lead || (replaced.regisseurId !== null && replaced.regisseurId === current));
  if (takesOver && assigned.regisseurId) return assigned.regisseurId;
  return current ?? assigned.regisseurId;
};
