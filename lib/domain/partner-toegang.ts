import { calendarDaysBetween, toCalendarDay } from './dates';
import { isConsentValid, type ToestemmingFacts } from './toestemming';
import { PARTNER_VOORSTEL_STATUS_LABELS } from './labels';

// Issue 22, need-to-know for ketenpartners (DOMAIN.md §3 rule 5, ARCHITECTURE.md "Three audiences"): a partner
// organisation's users see a household only while
//   (a) a consent of that household for that organisation and the purpose PARTNER_DOEL is in force, or a recorded
//       legal ground: a running toewijzing of a current member to the organisation (an aanbieder), and
//   (b) the organisation is involved: an action in the plan in force, a running toewijzing, or a consult asked of it
//       (open, or answered less than PARTNER_CONSULT_DAGEN days ago). A consult is never a ground by itself.
// Within it they see the goals their actions serve, their own actions and the actions other partners marked as
// shared, and the contact details of the persons whose consent says so; nothing else. This file decides for one
// household from its facts; lib/server/access/partner-access.ts states the same as SQL for lists (tested equal).

/** The purpose a household consents to when it lets a partner into its plan. */
export const PARTNER_DOEL = 'Afstemming zorg';

export type PartnerToestemmingFacts = Pick<ToestemmingFacts, 'soort' | 'doel' | 'gegevenOp' | 'geldigTot' | 'ingetrokkenOp'> & {
  partnerOrganisatieId: string | null;
};

export type PartnerGrond = 'TOESTEMMING' | 'TOEWIJZING';
export type PartnerBetrokkenheid = 'ACTIE' | 'TOEWIJZING' | 'CONSULT';

export const PARTNER_GROND_LABELS: Record<PartnerGrond, string> = {
  TOESTEMMING: `toestemming van het huishouden (${PARTNER_DOEL.toLowerCase()})`,
  TOEWIJZING: 'toewijzing aan de aanbieder (wettelijke grond)',
};

export const PARTNER_BETROKKENHEID_LABELS: Record<PartnerBetrokkenheid, string> = {
  ACTIE: 'actie in het plan',
  TOEWIJZING: 'toewijzing',
  CONSULT: 'een consult',
};

/**
 * How long an answered consult keeps the organisation involved: its users can read the question and their answer back
 * (and the regisseur's follow-up) for 30 days; after that, with no action or toewijzing, the household is gone.
 */
export const PARTNER_CONSULT_DAGEN = 30;

/** The moment from which an answer still counts: the same instant the list's SQL compares with. */
export const consultGrens = (op: Date) => new Date(op.getTime() - PARTNER_CONSULT_DAGEN * 24 * 3600 * 1000);

/** Does this consult of the organisation make it involved on `op`: still open, or answered within the term. */
export const isConsultBetrokken = (consult: { status: string; afgerondOp: Date | null }, op: Date) =>
  consult.status !== 'AFGEROND' || (consult.afgerondOp !== null && consult.afgerondOp.getTime() > consultGrens(op).getTime());

export type PartnerToegangFacts = {
  organisatieId: string;
  toestemmingen: PartnerToestemmingFacts[];
  /** Running toewijzingen of the household's current members to this organisation (as aanbieder). */
  lopendeToewijzingen: number;
  /** Actions of this organisation in the household's plan in force. */
  acties: number;
  /** Consults asked of this organisation that count (isConsultBetrokken). */
  consulten?: number;
};

export type PartnerToegang = { gronden: PartnerGrond[]; betrokkenheid: PartnerBetrokkenheid[] };

/**
 * A purpose as compared: lower case, every run of anything but a-z and 0-9 one space, trimmed. The list's SQL
 * (lib/server/access/partner-access.ts) compares with exactly this, regexp_replace(lower(doel), '[^a-z0-9]+', ' ').
 */
export const doelSleutel = (doel: string) => doel.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Does this consent let this organisation into the plan (regardless of dates)? */
export const coversPartner = (t: PartnerToestemmingFacts, organisatieId: string) =>
  t.soort === 'DELEN_MET_PARTIJ' && t.partnerOrganisatieId === organisatieId && t.doel !== null && doelSleutel(t.doel) === doelSleutel(PARTNER_DOEL);

/** Why the organisation may see the household on `op`, or null: then it sees nothing (not even that it exists). */
export function partnerToegang(facts: PartnerToegangFacts, op: Date): PartnerToegang | null {
  const gronden: PartnerGrond[] = [];
  if (facts.toestemmingen.some((t) => coversPartner(t, facts.organisatieId) && isConsentValid(t, op))) gronden.push('TOESTEMMING');
  if (facts.lopendeToewijzingen > 0) gronden.push('TOEWIJZING');
  const betrokkenheid: PartnerBetrokkenheid[] = [];
  if (facts.acties > 0) betrokkenheid.push('ACTIE');
  if (facts.lopendeToewijzingen > 0) betrokkenheid.push('TOEWIJZING');
  if ((facts.consulten ?? 0) > 0) betrokkenheid.push('CONSULT');
  return gronden.length && betrokkenheid.length ? { gronden, betrokkenheid } : null;
}

/** A toewijzing runs until its end date (inclusive) unless it was withdrawn; one not started yet runs too. */
export const isToewijzingLopend = (t: { status: string; einddatum: Date | null }, op: Date) =>
  t.status !== 'INGETROKKEN' && (t.einddatum === null || toCalendarDay(t.einddatum).getTime() >= toCalendarDay(op).getTime());

/** Which actions of the plan a partner sees: its own, and those another partner marked as shared. */
export const partnerZietActie = (actie: { partnerOrganisatieId: string | null; gedeeld: boolean }, organisatieId: string) =>
  actie.partnerOrganisatieId === organisatieId || (actie.gedeeld && actie.partnerOrganisatieId !== null);

/** The goals a partner sees: those its own actions serve. */
export const partnerDoelen = (acties: { doelId: string | null; partnerOrganisatieId: string | null }[], organisatieId: string) =>
  new Set(acties.filter((a) => a.partnerOrganisatieId === organisatieId && a.doelId).map((a) => a.doelId!));

/** May the partner see this person's contact details: a valid consent of that person for this organisation that says so. */
export const deeltContactgegevens = (
  toestemmingen: (PartnerToestemmingFacts & { persoonId: string; deeltContactgegevens: boolean })[],
  persoonId: string,
  organisatieId: string,
  op: Date,
) => toestemmingen.some((t) => t.persoonId === persoonId && t.deeltContactgegevens && coversPartner(t, organisatieId) && isConsentValid(t, op));

export type ActieTermijn = 'GEDAAN' | 'TE_LAAT' | 'BINNENKORT' | 'OPEN';

/** The partner's worklist groups its actions by this: done, late (past its date), due within 14 days, other. */
export function actieTermijn(actie: { status: string; uiterlijk: Date | null }, op: Date): ActieTermijn {
  if (actie.status === 'GEDAAN' || actie.status === 'VERVALLEN') return 'GEDAAN';
  if (!actie.uiterlijk) return 'OPEN';
  const dagen = calendarDaysBetween(op, actie.uiterlijk);
  if (dagen < 0) return 'TE_LAAT';
  return dagen <= 14 ? 'BINNENKORT' : 'OPEN';
}

export const ACTIE_TERMIJN_LABELS: Record<ActieTermijn, string> = {
  TE_LAAT: 'Te laat',
  BINNENKORT: 'Binnenkort',
  OPEN: 'Open',
  GEDAAN: 'Gedaan',
};

/**
 * A proposal's outcome as the partner and the regisseur read it: taken over into which version (a concept until the
 * regisseur vaststelt it), declined, or still open.
 */
export function voorstelUitkomst(
  voorstel: { status: 'OPEN' | 'OVERGENOMEN' | 'AFGEWEZEN' },
  opgenomenIn: { versienummer: number; status: string } | null | undefined,
): string {
  if (voorstel.status !== 'OVERGENOMEN' || !opgenomenIn) return PARTNER_VOORSTEL_STATUS_LABELS[voorstel.status];
  return opgenomenIn.status === 'CONCEPT' || opgenomenIn.status === 'TER_AKKOORD'
    ? `Opgenomen in het concept van versie ${opgenomenIn.versienummer}`
    : `Opgenomen in versie ${opgenomenIn.versienummer} van het plan`;
}
