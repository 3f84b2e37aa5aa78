import { toCalendarDay } from './dates';
import type { ToestemmingSoort, WettelijkeGrond } from './enums';

// DOMAIN.md §3 rule 5: no discussion in the team and no sharing with a party without a valid toestemming, or a
// recorded legal ground (a safety concern under the meldcode). A toestemming is given by a household member (or
// their legal representative) for one soort: to be discussed in the team, or to share with a named party for a
// stated purpose; it has a date, an optional expiry and can be withdrawn. All dates are calendar days.

export type ToestemmingFacts = {
  soort: ToestemmingSoort;
  partij: string | null;
  doel: string | null;
  gegevenOp: Date;
  geldigTot: Date | null;
  ingetrokkenOp: Date | null;
};

export type ConsentStatus = 'GELDIG' | 'NOG_NIET_GELDIG' | 'VERLOPEN' | 'INGETROKKEN';

export const CONSENT_STATUS_LABELS: Record<ConsentStatus, string> = {
  GELDIG: 'Geldig',
  NOG_NIET_GELDIG: 'Nog niet geldig',
  VERLOPEN: 'Verlopen',
  INGETROKKEN: 'Ingetrokken',
};

const day = (date: Date) => toCalendarDay(date).getTime();

/**
 * The status of a toestemming on a day. Withdrawal counts from the day it was withdrawn (that day is no longer
 * valid); the expiry day itself is still valid (geldig tot en met).
 */
export const consentStatus = (t: Pick<ToestemmingFacts, 'gegevenOp' | 'geldigTot' | 'ingetrokkenOp'>, op: Date): ConsentStatus => {
  const today = day(op);
  if (t.ingetrokkenOp && day(t.ingetrokkenOp) <= today) return 'INGETROKKEN';
  if (day(t.gegevenOp) > today) return 'NOG_NIET_GELDIG';
  if (t.geldigTot && day(t.geldigTot) < today) return 'VERLOPEN';
  return 'GELDIG';
};

export const isConsentValid = (t: Pick<ToestemmingFacts, 'gegevenOp' | 'geldigTot' | 'ingetrokkenOp'>, op: Date) =>
  consentStatus(t, op) === 'GELDIG';

/** Party names and purposes are typed by people: compare without case, accents or extra spaces. */
export const normalizeText = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('nl')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export type SharingRequest = { partij: string; doel: string };

/** Does this toestemming cover sharing with this party for this purpose (regardless of dates)? */
export const coversSharing = (t: ToestemmingFacts, request: SharingRequest) =>
  t.soort === 'DELEN_MET_PARTIJ' &&
  t.partij !== null &&
  t.doel !== null &&
  normalizeText(t.partij) === normalizeText(request.partij) &&
  normalizeText(t.doel) === normalizeText(request.doel);

/** The first toestemming that is valid on `op` and covers the request, or null. */
export const findValidConsent = <T extends ToestemmingFacts>(toestemmingen: T[], request: SharingRequest, op: Date): T | null =>
  toestemmingen.find((t) => coversSharing(t, request) && isConsentValid(t, op)) ?? null;

export type SharingGround =
  | { kind: 'TOESTEMMING' }
  | { kind: 'WETTELIJK'; wettelijkeGrond: WettelijkeGrond | null; toelichting: string | null };

export const SHARING_REASONS = {
  noConsentForParty: (partij: string) =>
    `Er is geen toestemming om gegevens te delen met ${partij}. Leg eerst de toestemming van de inwoner vast, of kies een wettelijke grond met toelichting.`,
  otherPurpose: (partij: string, doelen: string[]) =>
    `De toestemming voor ${partij} geldt voor een ander doel (${doelen.join('; ')}). Vraag toestemming voor dit doel, of kies een wettelijke grond met toelichting.`,
  consentNotValid: (partij: string, status: ConsentStatus) =>
    `De toestemming om te delen met ${partij} is ${CONSENT_STATUS_LABELS[status].toLowerCase()}. Vraag opnieuw toestemming, of kies een wettelijke grond met toelichting.`,
  noGround: 'Kies een wettelijke grond.',
  noToelichting: 'Licht toe waarom je zonder toestemming deelt (bijvoorbeeld welke stap van de meldcode).',
} as const;

/**
 * Why sharing with a party is refused, or null when it may go ahead. With TOESTEMMING it needs a valid toestemming
 * that covers the party and the purpose; with a legal ground it needs the ground and a written toelichting.
 * The reasons tell the caseworker what to do next, and why (an expired or withdrawn consent, another purpose).
 */
export const sharingRefusal = (toestemmingen: ToestemmingFacts[], request: SharingRequest, ground: SharingGround, op: Date): string | null => {
  if (ground.kind === 'WETTELIJK') {
    if (!ground.wettelijkeGrond) return SHARING_REASONS.noGround;
    if (!ground.toelichting?.trim()) return SHARING_REASONS.noToelichting;
    return null;
  }
  if (findValidConsent(toestemmingen, request, op)) return null;
  const forParty = toestemmingen.filter(
    (t) => t.soort === 'DELEN_MET_PARTIJ' && t.partij !== null && normalizeText(t.partij) === normalizeText(request.partij),
  );
  if (forParty.length === 0) return SHARING_REASONS.noConsentForParty(request.partij);
  const samePurpose = forParty.filter((t) => coversSharing(t, request));
  if (samePurpose.length === 0) return SHARING_REASONS.otherPurpose(request.partij, [...new Set(forParty.map((t) => t.doel ?? ''))]);
  // The most recent one tells why: withdrawn, expired or not yet valid.
  const latest = [...samePurpose].sort((a, b) => b.gegevenOp.getTime() - a.gegevenOp.getTime())[0];
  return SHARING_REASONS.consentNotValid(request.partij, consentStatus(latest, op));
};

export type TeamConsentStatus = 'GELDIG' | 'VERLOPEN' | 'INGETROKKEN' | 'ONTBREEKT';

export const TEAM_CONSENT_LABELS: Record<TeamConsentStatus, string> = {
  GELDIG: 'Toestemming voor teambespreking',
  VERLOPEN: 'Toestemming voor teambespreking verlopen',
  INGETROKKEN: 'Toestemming voor teambespreking ingetrokken',
  ONTBREEKT: 'Geen toestemming voor teambespreking',
};

/**
 * The household's consent to be discussed in the team, at a glance: GELDIG when any member (or their
 * representative) has a valid one; otherwise what happened to the most recent one; ONTBREEKT when none was given.
 */
export const teamConsentStatus = (toestemmingen: ToestemmingFacts[], op: Date): TeamConsentStatus => {
  const team = toestemmingen.filter((t) => t.soort === 'BESPREKEN_IN_TEAM');
  if (team.some((t) => isConsentValid(t, op))) return 'GELDIG';
  const given = team.filter((t) => day(t.gegevenOp) <= day(op));
  if (given.length === 0) return 'ONTBREEKT';
  const latest = [...given].sort((a, b) => b.gegevenOp.getTime() - a.gegevenOp.getTime())[0];
  const status = consentStatus(latest, op);
  return status === 'INGETROKKEN' ? 'INGETROKKEN' : 'VERLOPEN';
};

export type ConsentSummary = {
  besprekenInTeam: TeamConsentStatus;
  /** Valid toestemmingen to share with a party today. */
  delen: number;
  /** Parties with a valid toestemming today, for the dossier header. */
  partijen: string[];
};

export const consentSummary = (toestemmingen: ToestemmingFacts[], op: Date): ConsentSummary => {
  const delen = toestemmingen.filter((t) => t.soort === 'DELEN_MET_PARTIJ' && isConsentValid(t, op));
  return {
    besprekenInTeam: teamConsentStatus(toestemmingen, op),
    delen: delen.length,
    partijen: [...new Set(delen.map((t) => t.partij!.trim()))].sort((a, b) => a.localeCompare(b, 'nl')),
  };
};
