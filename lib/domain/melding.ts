import { calendarDaysBetween, formatDatum } from './dates';
import { berekenTermijn, ONDERZOEK_TERM_DAYS, onderzoekDeadline, persoonlijkPlanDeadline, termijnUitleg } from './deadlines';
import type { Besluitdagen } from './termijnwet';
import { MELDING_STATUS_VALUES, type Kanaal, type MeldingStatus } from './enums';
import { defineMachine, type TransitionTable } from './state-machine';

// The melding: the front door of the route (DOMAIN.md §2). Pure rules for the online form, the desk and the
// worklist; no I/O.

/** Size limits on every field of a melding: what a person can reasonably type, and no more (zod max). */
export const MELDING_LIMITS = {
  naam: 200,
  relatie: 100,
  organisatie: 200,
  telefoon: 30,
  email: 254,
  vraag: 4000,
  toelichting: 2000,
  huisnummer: 12,
  postcode: 10,
} as const;

// ── The safety question ──────────────────────────────────────────────────────────────────────────────────────────

/**
 * The resident's answer to "Is iemand op dit moment niet veilig?". Doubt also points to danger: the resident gets
 * the help numbers at once, and the front office sees the melding among the urgent ones (better once too often).
 */
export const VEILIGHEID_ANTWOORDEN = ['nee', 'twijfel', 'ja'] as const;
export type VeiligheidAntwoord = (typeof VEILIGHEID_ANTWOORDEN)[number];

export const VEILIGHEID_ANTWOORD_LABELS: Record<VeiligheidAntwoord, string> = {
  nee: 'Nee',
  twijfel: 'Ik weet het niet zeker',
  ja: 'Ja',
};

export const wijstOpGevaar = (antwoord: string | null | undefined): boolean => antwoord === 'ja' || antwoord === 'twijfel';

/** Where to get help now. Shown on the form at once and again on the confirmation. */
export const HULP_NU = {
  spoed: { naam: 'Bij direct gevaar', nummer: '112', href: 'tel:112' },
  veiligThuis: { naam: 'Veilig Thuis', nummer: '0800-2000', href: 'tel:08002000', toelichting: 'gratis en dag en nacht bereikbaar' },
} as const;

export type MeldingUrgentieInput = { veiligheidsantwoord?: string | null; kanaal?: Kanaal };

/** A melding is urgent when the safety answer points to danger, or when Veilig Thuis reports it. */
export const isUrgent = ({ veiligheidsantwoord, kanaal }: MeldingUrgentieInput): boolean =>
  wijstOpGevaar(veiligheidsantwoord) || kanaal === 'VEILIG_THUIS';

// ── Status and the worklist ──────────────────────────────────────────────────────────────────────────────────────

/** Not yet triaged: the front office's work. */
export const OPEN_MELDING_STATUSES = ['NIEUW', 'IN_TRIAGE'] as const satisfies readonly MeldingStatus[];
export const isOpen = (status: MeldingStatus): boolean => (OPEN_MELDING_STATUSES as readonly string[]).includes(status);

/**
 * The melding's status as a machine of the one engine (lib/domain/state-machine.ts): it comes in as NIEUW, is
 * attached to a household (IN_TRIAGE; attaching it again to another household keeps it there), and triage ends it:
 * AFGEHANDELD (advice, voorliggend) or GEKOPPELD (it is part of a casus now). The triage rules themselves are in
 * lib/domain/triage.ts; this table says which status follows which.
 */
export const MELDING_TRANSITIONS = {
  NIEUW: { IN_TRIAGE: [], AFGEHANDELD: [], GEKOPPELD: [] },
  IN_TRIAGE: { AFGEHANDELD: [], GEKOPPELD: [] },
  AFGEHANDELD: {},
  GEKOPPELD: {},
} satisfies TransitionTable<MeldingStatus, MeldingFeiten>;

/** No guard of the melding table needs facts: triage checks its choices (planTriage) before the step. */
export type MeldingFeiten = Record<string, never>;

export const MELDING_MACHINE = defineMachine<MeldingStatus, MeldingFeiten>({
  states: MELDING_STATUS_VALUES,
  table: MELDING_TRANSITIONS,
  initial: ['NIEUW'],
  blijft: ['IN_TRIAGE'],
  kanNiet: (van) => (isOpen(van) ? 'Deze melding kan zo niet verder.' : 'Deze melding is al getrieerd.'),
});

export type MeldingTermijn = {
  /** Whole calendar days since the melding came in. */
  dagenOud: number;
  /** Wmo 2015 art. 2.3.2: the onderzoek is due six weeks after the melding. */
  onderzoekUiterlijk: Date;
  /** Days left until that date; negative when overdue. */
  dagenOver: number;
  /** How that date was reached (termijnUitleg). */
  uitleg: string;
};

export const meldingTermijn = (ontvangenOp: Date, today: Date, besluitdagen: Besluitdagen, termDays = ONDERZOEK_TERM_DAYS): MeldingTermijn => {
  const termijn = { start: ontvangenOp, termDays, suspensions: [], today, besluitdagen };
  const berekening = berekenTermijn(termijn);
  return {
    dagenOud: calendarDaysBetween(ontvangenOp, today),
    onderzoekUiterlijk: berekening.uiterlijk,
    dagenOver: calendarDaysBetween(today, berekening.uiterlijk),
    uitleg: termijnUitleg(berekening, { ...termijn, na: 'na de melding' }),
  };
};

/**
 * Orders meldingen as the worklist shows them: untriaged before triaged, urgent before the rest, then oldest first.
 * The database does the same with its indexes; this is the rule, for tests and for small in-memory lists.
 */
export const compareWorklist = (
  a: { status: MeldingStatus; urgent: boolean; ontvangenOp: Date },
  b: { status: MeldingStatus; urgent: boolean; ontvangenOp: Date },
): number => {
  const open = Number(isOpen(b.status)) - Number(isOpen(a.status));
  if (open !== 0) return open;
  const urgent = Number(b.urgent) - Number(a.urgent);
  if (urgent !== 0) return urgent;
  return a.ontvangenOp.getTime() - b.ontvangenOp.getTime();
};

/** Pages of a list: 1-based, clamped to what exists. */
export const pagination = (total: number, requestedPage: number, pageSize: number) => {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Number.isFinite(requestedPage) ? Math.floor(requestedPage) : 1), pages);
  return { page, pages, skip: (page - 1) * pageSize, take: pageSize };
};

// ── The desk ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** Channels where someone other than the inwoner reports: who reported is then required. */
export const KANALEN_MET_MELDER: readonly Kanaal[] = ['PARTNER', 'VERWIJZER', 'VEILIG_THUIS'];

export const melderVereist = (kanaal: Kanaal, overZichzelf: boolean): boolean =>
  !overZichzelf || KANALEN_MET_MELDER.includes(kanaal);

// ── Plain language for residents ─────────────────────────────────────────────────────────────────────────────────

/**
 * How the online form names the leefgebieden. The gemeente's list (seeded from the ZRM) uses professional terms
 * such as "Basale ADL"; a resident reads these. A code not listed here shows the gemeente's own name.
 */
export const LEEFGEBIED_VOOR_INWONER: Record<string, string> = {
  FINANCIEN: 'Geld, schulden of rekeningen',
  WERK_OPLEIDING: 'Werk, school of opleiding',
  TIJDSBESTEDING: 'Dagbesteding of vrije tijd',
  HUISVESTING: 'Wonen of huisvesting',
  HUISELIJKE_RELATIES: 'Relaties in het gezin',
  OPVOEDING_ONTWIKKELING: 'Opvoeding of de ontwikkeling van een kind',
  GEESTELIJKE_GEZONDHEID: 'Psychische gezondheid',
  LICHAMELIJKE_GEZONDHEID: 'Lichamelijke gezondheid',
  MIDDELENGEBRUIK: 'Alcohol, drugs of medicijnen',
  BASALE_ADL: 'Zelfzorg, zoals wassen en aankleden',
  INSTRUMENTELE_ADL: 'Het huishouden, zoals boodschappen en schoonmaken',
  SOCIAAL_NETWERK: 'Contact met familie, vrienden of buren',
  MAATSCHAPPELIJKE_PARTICIPATIE: 'Meedoen in de buurt of de samenleving',
  JUSTITIE: 'Politie of justitie',
};

export const leefgebiedVoorInwoner = (leefgebied: { code: string; naam: string }): string =>
  LEEFGEBIED_VOOR_INWONER[leefgebied.code] ?? leefgebied.naam;

// ── The confirmation ─────────────────────────────────────────────────────────────────────────────────────────────

/** The resident hears from the gemeente within this many working days (a service promise, not a legal term). */
export const CONTACT_BINNEN_WERKDAGEN = 5;

/** What the confirmation page promises: contact soon, the onderzoek within six weeks (Wmo 2015 art. 2.3.2). */
export const bevestigingTermijnen = (ontvangenOp: Date, besluitdagen: Besluitdagen, termDays?: number) => ({
  onderzoekUiterlijk: onderzoekDeadline(ontvangenOp, besluitdagen, termDays),
  // Wmo 2015 art. 2.3.2 lid 2: the inwoner may hand in a persoonlijk plan within seven days.
  persoonlijkPlanUiterlijk: persoonlijkPlanDeadline(ontvangenOp, besluitdagen),
});

/** The situation of an online melding that the confirmation is written for. */
export type BevestigingSituatie = { urgent: boolean; overAnder: boolean; ontvangenOp: Date; termijnDagen?: number; besluitdagen: Besluitdagen };

export type BevestigingTekst = {
  /** Under the where-to-get-help-now box of an urgent melding (it has been sent: no "you can still send it"). */
  hulpNuSlot: string | null;
  /** The numbered steps of "Wat gebeurt er nu?". */
  stappen: string[];
  /** The persoonlijk plan (Wmo 2015 art. 2.3.2 lid 2) is the resident's own right: only told to the resident. */
  eigenPlan: string | null;
};

/**
 * The confirmation of an online melding, written per situation (issue 16 item 10): urgent or not, about the
 * resident or about someone else. Someone reporting about another person is not the one we visit, whose plan we
 * receive or who gets the verslag.
 */
export const bevestigingTekst = ({ urgent, overAnder, ontvangenOp, termijnDagen, besluitdagen }: BevestigingSituatie): BevestigingTekst => {
  const { onderzoekUiterlijk, persoonlijkPlanUiterlijk } = bevestigingTermijnen(ontvangenOp, besluitdagen, termijnDagen);
  const contact = urgent
    ? overAnder
      ? 'Omdat u zorgen heeft over iemands veiligheid, gaan wij vandaag nog na wat er nodig is. Heeft u uw telefoonnummer of e-mailadres gegeven? Dan nemen wij zo snel mogelijk contact met u op.'
      : 'Omdat u zorgen heeft over iemands veiligheid, nemen wij zo snel mogelijk contact met u op.'
    : overAnder
      ? `Heeft u uw telefoonnummer of e-mailadres gegeven? Dan nemen wij binnen ${CONTACT_BINNEN_WERKDAGEN} werkdagen contact met u op, om te horen wat u ziet.`
      : `Wij nemen binnen ${CONTACT_BINNEN_WERKDAGEN} werkdagen contact met u op, met de telefoon of per e-mail.`;
  const stappen = overAnder
    ? [
        'Een medewerker van het sociaal wijkteam leest uw melding.',
        contact,
        'Daarna nemen wij contact op met de persoon over wie u zich zorgen maakt. Samen met hem of haar kijken wij welke hulp past.',
        'Wat wij met die persoon bespreken, is van hem of haar. Daarom vertellen wij u daar niet alles over.',
      ]
    : [
        'Een medewerker van het sociaal wijkteam leest uw melding.',
        contact,
        'Samen met u kijken wij wat er aan de hand is en welke hulp past. Vaak is dat een gesprek bij u thuis.',
        `Wij ronden dit onderzoek af uiterlijk op ${formatDatum(onderzoekUiterlijk)}: binnen 6 weken na uw melding, zo staat het in de Wet maatschappelijke ondersteuning. U krijgt daarna een verslag van het gesprek.`,
      ];
  return {
    hulpNuSlot: urgent ? 'Uw melding is verstuurd. Wij behandelen haar met voorrang. Maar wacht niet op ons als iemand nu in gevaar is.' : null,
    stappen,
    eigenPlan: overAnder ? null : `Wilt u zelf opschrijven welke hulp u nodig heeft? Dat mag: stuur ons dan uw eigen plan uiterlijk op ${formatDatum(persoonlijkPlanUiterlijk)}.`,
  };
};

// ── Attaching to a household ─────────────────────────────────────────────────────────────────────────────────────

const TEAM_VOORKEUR = ['WIJKTEAM', 'JEUGDTEAM', 'WMO_TEAM'] as const;

/**
 * The team a new casus goes to: the wijkteam of the household's wijk (a jeugd- or Wmo-team when the wijk has no
 * wijkteam). Never a backoffice or front office team; null when the wijk has no team, and the casus waits unassigned.
 */
export const kiesTeamVoorCasus = (teams: { id: string; naam: string; soort: string; actief: boolean }[]): string | null => {
  for (const soort of TEAM_VOORKEUR) {
    const team = teams.filter((t) => t.actief && t.soort === soort).sort((a, b) => a.naam.localeCompare(b.naam, 'nl'))[0];
    if (team) return team.id;
  }
  return null;
};

export const NIEUW_HUISHOUDEN_REASONS = {
  bevestig: (naam: string, huishouden: string) =>
    `${naam} hoort al bij ${huishouden}. Koppel de melding aan dat huishouden, of kies bewust voor een nieuw huishouden en geef de reden.`,
  reden: 'Geef de reden waarom deze persoon een nieuw huishouden krijgt.',
} as const;

/**
 * DOMAIN.md §3 rule 1: a person is in at most one current household. A new household for someone who already has
 * one is an explicit choice with a reason; the old membership then ends. Returns the field errors, or null.
 */
export const nieuwHuishoudenRefusal = (
  huidig: { persoonNaam: string; huishoudenNaam: string } | null,
  keuze: { bevestigd: boolean; reden: string | null | undefined },
): Record<string, string[]> | null => {
  if (!huidig) return null;
  if (!keuze.bevestigd) return { bevestigNieuw: [NIEUW_HUISHOUDEN_REASONS.bevestig(huidig.persoonNaam, huidig.huishoudenNaam)] };
  if (!keuze.reden?.trim()) return { reden: [NIEUW_HUISHOUDEN_REASONS.reden] };
  return null;
};

/** 'Jan de Vries': lib/domain/naam.ts (re-exported here for existing callers). */
import { volledigeNaam } from './naam';
export { volledigeNaam };

/**
 * Whether a person matches a typed name: every word typed appears in the person's full name (case and accents
 * ignored), so 'jan vries', 'Vries' and 'Jan de Vries' all find Jan de Vries.
 */
export const naamPast = (typed: string, persoon: { voornamen: string; tussenvoegsel?: string | null; achternaam: string }): boolean => {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
  const full = fold(volledigeNaam(persoon));
  const words = fold(typed).split(/[\s,]+/).filter(Boolean);
  return words.length > 0 && words.every((word) => full.includes(word));
};

/** 'Den Helder' → 'Gemeente Den Helder'; a name that already says so stays as it is. */
export const gemeenteTitel = (naam: string): string => (/^gemeente\s/i.test(naam.trim()) ? naam.trim() : `Gemeente ${naam.trim()}`);
