import { ageOn } from './dates';
import type { HuishoudenRol, Signaal } from './enums';

// The keukentafelgesprek (DOMAIN.md §2 vraagverheldering): a concept may be saved half-way at any time; a gesprek
// is afgerond only when the conversation is recorded completely enough to write the verslag. The rules below say
// what "complete enough" is, per field, so the form can show the message where the caseworker has to act.

export const DEELNEMER_ROLLEN = ['HUISHOUDEN', 'NETWERK', 'CLIENTONDERSTEUNER', 'PROFESSIONAL', 'TOLK'] as const;
export type DeelnemerRol = (typeof DEELNEMER_ROLLEN)[number];

export const DEELNEMER_ROL_LABELS: Record<DeelnemerRol, string> = {
  HUISHOUDEN: 'Huishoudenslid',
  NETWERK: 'Netwerk (familie, buren, vrienden)',
  CLIENTONDERSTEUNER: 'Onafhankelijke cliëntondersteuner',
  PROFESSIONAL: 'Professional',
  TOLK: 'Tolk',
};

export const SCREENING_ONDERWERPEN = ['armoede', 'schulden', 'onveiligheid', 'participatie'] as const;
export type ScreeningOnderwerp = (typeof SCREENING_ONDERWERPEN)[number];

export const SCREENING_LABELS: Record<ScreeningOnderwerp, string> = {
  armoede: 'Armoede',
  schulden: 'Schulden',
  onveiligheid: 'Onveiligheid',
  participatie: 'Participatie (werk, school, meedoen)',
};

/** A child gets their own view in the gesprek: a member with the rol of a child, or anyone under 18. */
export const isKind = (lid: { rol: HuishoudenRol; geboortedatum: Date | null }, today: Date) =>
  lid.rol === 'KIND' || lid.rol === 'PLEEGKIND' || (lid.geboortedatum !== null && ageOn(lid.geboortedatum, today) < 18);

export type GesprekFacts = {
  datum: Date | null;
  plaats: string;
  deelnemerCount: number;
  /** Answered yes or no; null when the question was left open. */
  clientondersteuningAangeboden: boolean | null;
  screening: Record<ScreeningOnderwerp, Signaal>;
  screeningToelichting: string | null;
  /** Leefgebieden with at least one filled field. */
  leefgebiedenIngevuld: number;
  afspraken: string | null;
};

export const AFROND_REASONS = {
  datum: 'Vul de datum van het gesprek in.',
  plaats: 'Vul in waar het gesprek was.',
  deelnemers: 'Geef aan wie er bij het gesprek waren.',
  clientondersteuning: 'Geef aan of onafhankelijke cliëntondersteuning is aangeboden (Wmo 2015 art. 2.3.2 lid 6).',
  screening: 'Bespreek armoede, schulden, onveiligheid en participatie, of licht toe waarom niet.',
  leefgebieden: 'Beschrijf ten minste één leefgebied.',
  afspraken: 'Schrijf de afspraken op: die komen in het verslag voor de inwoner.',
} as const;

/** Field → Dutch reasons why the gesprek cannot be afgerond yet; empty when it can. */
export const afrondReasons = (g: GesprekFacts): Record<string, string[]> => {
  const reasons: Record<string, string[]> = {};
  const add = (field: string, reason: string) => (reasons[field] = [...(reasons[field] ?? []), reason]);
  if (!g.datum) add('datum', AFROND_REASONS.datum);
  if (!g.plaats.trim()) add('plaats', AFROND_REASONS.plaats);
  if (g.deelnemerCount === 0) add('deelnemers', AFROND_REASONS.deelnemers);
  if (g.clientondersteuningAangeboden === null) add('clientondersteuningAangeboden', AFROND_REASONS.clientondersteuning);
  const open = SCREENING_ONDERWERPEN.filter((s) => g.screening[s] === 'NIET_BESPROKEN');
  if (open.length && !g.screeningToelichting?.trim()) add('screeningToelichting', AFROND_REASONS.screening);
  if (g.leefgebiedenIngevuld === 0) add('leefgebieden', AFROND_REASONS.leefgebieden);
  if (!g.afspraken?.trim()) add('afspraken', AFROND_REASONS.afspraken);
  return reasons;
};

/** A screening signal on onveiligheid asks for the veiligheidsanalyse (DOMAIN.md §3 rule 6). */
export const screeningAsksForVeiligheidsanalyse = (screening: Record<ScreeningOnderwerp, Signaal>) =>
  screening.onveiligheid === 'SIGNAAL';

/** "Anna de Vries": volledigeNaam of lib/domain/naam.ts, under the name existing callers use. */
import { volledigeNaam as persoonNaam } from './naam';
export { persoonNaam };

const tijd = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' });
/** '14:05' in Amsterdam time, for "opgeslagen om". */
export const formatTijd = (instant: Date) => tijd.format(instant);

/** The browser-storage key of a gesprek's unsaved input (per household and gesprek; 'nieuw' before it exists). */
export const draftKey = (huishoudenId: string, gesprekId: string | null) => `wijkregie:gesprek:${huishoudenId}:${gesprekId ?? 'nieuw'}`;
