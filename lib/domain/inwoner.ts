// Issue 21: what a resident sees in Mijn plan (DOMAIN.md §5, the household's own part). Pure rules; the access module
// (lib/server/access/inwoner-access.ts) writes the same as SQL for lists and as a check for single reads.
import { gezagRijTelt } from './brp';
import { ageOn } from './dates';
import { vertegenwoordigingActueel, type Vertegenwoordiging } from './lidmaatschap';

/** From 16 a member decides on their own part and their own consent (WGBO art. 7:447) and may sign in themself. */
export const ZELFSTANDIG_VANAF = 16;

export const isZelfstandig = (geboortedatum: Date | null, today: Date): boolean =>
  geboortedatum !== null && ageOn(geboortedatum, today) >= ZELFSTANDIG_VANAF;

/** Why a signed-in BSN gets no Mijn plan (null: it does). */
export type Weigering = 'ONBEKEND' | 'GEEN_HUISHOUDEN' | 'TE_JONG' | 'OVERLEDEN';

export function portaalWeigering(persoon: { geboortedatum: Date | null; overledenOp: Date | null; huishoudenId: string | null } | null, today: Date): Weigering | null {
  if (!persoon) return 'ONBEKEND';
  if (persoon.overledenOp) return 'OVERLEDEN';
  if (!persoon.huishoudenId) return 'GEEN_HUISHOUDEN';
  if (!isZelfstandig(persoon.geboortedatum, today)) return 'TE_JONG';
  return null;
}

/**
 * Whether the resident sees another person's part (their aanvragen, beschikkingen, goals that are theirs): their own
 * always; a member of the same household under 16 only with current gezag or voogdij over them (from the child's
 * source of gezag: gezagRijTelt). Nobody else's: an
 * adult partner or a child of 16 or older has a part of their own.
 */
export function maySeePersoon(
  inwoner: { persoonId: string; huishoudenId: string },
  target: {
    persoonId: string; huishoudenId: string | null; geboortedatum: Date | null;
    gezagBron?: string | null; gezag: (Vertegenwoordiging & { vertegenwoordigerId: string | null; bron?: string | null })[];
  },
  today: Date,
): boolean {
  if (target.persoonId === inwoner.persoonId) return true;
  if (target.huishoudenId !== inwoner.huishoudenId || !target.geboortedatum) return false;
  if (isZelfstandig(target.geboortedatum, today)) return false;
  // Issue 20: only the gezag of the child's current source counts (the BRP's, or a staff member's decision where the
  // BRP names no one); while the BRP names no one and nobody has decided, no parent sees the child's part.
  return target.gezag.some((v) => v.vertegenwoordigerId === inwoner.persoonId && (v.soort === 'GEZAG' || v.soort === 'VOOGD')
    && gezagRijTelt(target.gezagBron ?? null, v.bron ?? null)
    && vertegenwoordigingActueel(v, target.geboortedatum, today));
}

// Statuses in plain words (B1) for the resident; the staff labels (lib/domain/labels.ts) are for professionals.
export const MELDING_STATUS_INWONER = {
  NIEUW: 'Ontvangen. Het wijkteam neemt contact met u op.',
  IN_TRIAGE: 'Het wijkteam bekijkt uw melding.',
  AFGEHANDELD: 'Afgehandeld.',
  GEKOPPELD: 'Het wijkteam werkt hieraan in uw plan.',
} as const;

export const AANVRAAG_STATUS_INWONER = {
  ONTVANGEN: 'Ontvangen',
  IN_BEHANDELING: 'De gemeente bekijkt uw aanvraag',
  OPGESCHORT: 'Wacht op gegevens van u',
  BESCHIKT: 'Besluit genomen',
  INGETROKKEN: 'Ingetrokken',
} as const;

export const BESLUIT_INWONER = {
  TOEKENNING: 'U krijgt wat u vroeg',
  GEDEELTELIJKE_TOEKENNING: 'U krijgt een deel van wat u vroeg',
  AFWIJZING: 'U krijgt het niet',
  INTREKKING: 'Een eerder besluit is ingetrokken',
} as const;

export const PLAN_STATUS_INWONER = {
  CONCEPT: 'Uw regisseur schrijft het plan nog.',
  TER_AKKOORD: 'Het plan is klaar. Lees het en zeg of u het eens bent.',
  VASTGESTELD: 'Het plan is vastgesteld.',
  IN_UITVOERING: 'Het plan loopt.',
  GEEVALUEERD: 'Het plan is besproken en geëvalueerd.',
  VERVANGEN: 'Er is een nieuwer plan.',
} as const;

/** The simple scale of the resident's own progress on a goal. */
export const VOORTGANG_SCHAAL: Record<number, string> = {
  1: 'Gaat niet goed',
  2: 'Gaat nog moeilijk',
  3: 'Gaat soms goed, soms niet',
  4: 'Gaat goed',
  5: 'Gaat heel goed',
};

/** How many changes a resident may make in an hour (messages, answers, progress): beyond this it is not a person. */
export const INWONER_RATE_LIMIT = { max: 30, windowMs: 60 * 60 * 1000 } as const;

export const UITVOERDER_INWONER = {
  INWONER: 'U zelf',
  NETWERK: 'Uw familie, vrienden of buren',
  VRIJWILLIGER: 'Een vrijwilliger',
  PROFESSIONAL: 'Het wijkteam',
  AANBIEDER: 'Een zorgaanbieder',
} as const;

export const ARRANGEMENT_INWONER = {
  EIGEN_KRACHT: 'Wat u zelf doet',
  NETWERK: 'Wat uw familie, vrienden of buren doen',
  ALGEMENE_VOORZIENING: 'Hulp in de wijk (zonder aanvraag)',
  MAATWERK: 'Hulp van de gemeente (met een besluit)',
} as const;

export const HORIZON_INWONER = { EERSTE_STAP: 'Eerste stap', DRIE_MAANDEN: 'Binnen 3 maanden', EEN_JAAR: 'Binnen een jaar' } as const;

/** How long a household's message has waited for an answer, in words: "3 uur", "2 dagen". */
export function wachttijd(sinds: Date, nu: Date): string {
  const uren = Math.max(0, Math.floor((nu.getTime() - sinds.getTime()) / 3_600_000));
  if (uren < 1) return 'minder dan een uur';
  if (uren < 24) return `${uren} uur`;
  const dagen = Math.floor(uren / 24);
  return `${dagen} ${dagen === 1 ? 'dag' : 'dagen'}`;
}
