import { refusalReasons, FASE_LABELS, type CasusFacts } from './casus-transitions';
import type { Complexiteit, Fase, TriageUitkomst, TriageVervolg, Urgentie, Veiligheid } from './enums';

// Triage (DOMAIN.md §2): understand, route, escalate, by whoever has first contact. It records the outcome class
// (Den Helder counted exactly these), urgency, a safety check, the leefgebieden touched and whether all household
// members are in view, and chooses the route. The casus moves only along lib/domain/casus-transitions.

/**
 * The routes a triage can choose. Two of them end the melding at triage (vervolg AFGEHANDELD); the difference
 * between plain advice and a referral is the voorziening from the sociale kaart.
 */
export const TRIAGE_ROUTES = ['ADVIES', 'VOORLIGGEND', 'KORTDURENDE_HULP', 'VRAAGVERHELDERING', 'SPOED', 'LOPENDE_CASUS'] as const;
export type TriageRoute = (typeof TRIAGE_ROUTES)[number];

export const TRIAGE_ROUTE_LABELS: Record<TriageRoute, string> = {
  ADVIES: 'Afsluiten met informatie en advies',
  VOORLIGGEND: 'Verwijzen naar een voorliggende voorziening',
  KORTDURENDE_HULP: 'Kortdurende hulp door het team',
  VRAAGVERHELDERING: 'Brede vraagverheldering (naar de casusverdeling)',
  SPOED: 'Crisis: spoed, veiligheid eerst (direct naar de casusverdeling)',
  LOPENDE_CASUS: 'Toevoegen aan de lopende casus (de regisseur pakt de vraag op)',
};

export const TRIAGE_ROUTE_HINTS: Record<TriageRoute, string> = {
  ADVIES: 'Eigen kracht, netwerk of een vrij toegankelijke voorziening. De melding is daarmee afgehandeld.',
  VOORLIGGEND: 'De inwoner gaat naar een voorziening van de sociale kaart. De melding is daarmee afgehandeld.',
  KORTDURENDE_HULP: 'Een paar gesprekken door het team; daarna afsluiten of alsnog vraagverheldering.',
  VRAAGVERHELDERING: 'Een keukentafelgesprek over alle leefgebieden. De teamleider wijst iemand toe.',
  SPOED: 'Veiligheid eerst; de brede blik komt later. De teamleider wijst meteen een regisseur toe.',
  LOPENDE_CASUS: 'Het huishouden heeft al een casus die verder is dan triage. De melding komt in die casus.',
};

/** Which routes fit which outcome class. */
export const ROUTES_PER_UITKOMST: Record<TriageUitkomst, readonly TriageRoute[]> = {
  INFORMATIE_ADVIES: ['ADVIES', 'VOORLIGGEND'],
  ENKELVOUDIG: ['VOORLIGGEND', 'KORTDURENDE_HULP', 'VRAAGVERHELDERING', 'SPOED', 'LOPENDE_CASUS'],
  MEERVOUDIG: ['VRAAGVERHELDERING', 'SPOED', 'LOPENDE_CASUS'],
  CRISIS: ['SPOED', 'LOPENDE_CASUS'],
};

/** The fase a casus in TRIAGE moves to. LOPENDE_CASUS moves nothing. */
export const ROUTE_FASE: Record<Exclude<TriageRoute, 'LOPENDE_CASUS'>, Fase> = {
  ADVIES: 'AFGESLOTEN',
  VOORLIGGEND: 'AFGESLOTEN',
  KORTDURENDE_HULP: 'KORTDURENDE_HULP',
  VRAAGVERHELDERING: 'VRAAGVERHELDERING',
  SPOED: 'WACHT_OP_REGIE',
};

export const routeVervolg = (route: TriageRoute, uitkomst: TriageUitkomst): TriageVervolg => {
  switch (route) {
    case 'ADVIES':
    case 'VOORLIGGEND':
      return 'AFGEHANDELD';
    case 'KORTDURENDE_HULP':
      return 'KORTDURENDE_HULP';
    case 'VRAAGVERHELDERING':
      return 'VRAAGVERHELDERING';
    case 'SPOED':
      return 'SPOED';
    case 'LOPENDE_CASUS':
      return uitkomst === 'CRISIS' ? 'SPOED' : 'VRAAGVERHELDERING';
  }
};

/** Needs a plan with or without indicatie: asked for enkelvoudige and meervoudige vragen only. */
export const vraagtIndicatie = (uitkomst: TriageUitkomst): boolean => uitkomst === 'ENKELVOUDIG' || uitkomst === 'MEERVOUDIG';

// ── Safety ───────────────────────────────────────────────────────────────────────────────────────────────────────

export const TRIAGE_VEILIGHEID_LABELS: Record<Veiligheid, string> = {
  GEEN_ZORGEN: 'Nee, geen zorgen over de veiligheid',
  TWIJFEL: 'Twijfel',
  RISICO: 'Ja, er is een veiligheidsrisico',
  ACUUT: 'Ja, acuut onveilig',
};

/** DOMAIN.md §3 rule 6: yes or doubt raises a consult with a gedragswetenschapper. */
export const vraagtConsult = (veiligheid: Veiligheid): boolean => veiligheid !== 'GEEN_ZORGEN';

const VEILIGHEID_ORDER: Veiligheid[] = ['GEEN_ZORGEN', 'TWIJFEL', 'RISICO', 'ACUUT'];
const URGENTIE_ORDER: Urgentie[] = ['NORMAAL', 'HOOG', 'CRISIS'];
const COMPLEXITEIT_ORDER: Complexiteit[] = ['LAAG', 'MIDDEN', 'HOOG'];

const highest = <T>(order: T[], a: T, b: T): T => (order.indexOf(a) >= order.indexOf(b) ? a : b);

/** A new triage never lowers what the casus already knows: safety and urgency only go up here. */
export const hoogsteVeiligheid = (a: Veiligheid, b: Veiligheid) => highest(VEILIGHEID_ORDER, a, b);
export const hoogsteUrgentie = (a: Urgentie, b: Urgentie) => highest(URGENTIE_ORDER, a, b);
export const hoogsteComplexiteit = (a: Complexiteit, b: Complexiteit) => highest(COMPLEXITEIT_ORDER, a, b);

export const UITKOMST_COMPLEXITEIT: Record<TriageUitkomst, Complexiteit> = {
  INFORMATIE_ADVIES: 'LAAG',
  ENKELVOUDIG: 'LAAG',
  MEERVOUDIG: 'MIDDEN',
  CRISIS: 'HOOG',
};

// ── Where the melding stands ─────────────────────────────────────────────────────────────────────────────────────

/**
 * What the triage finds: no household yet (only advice can close such a melding), a casus still in triage (it
 * moves along the route table), or a casus that is already further (the melding joins it, nothing moves).
 */
export type TriageSituatie =
  | { soort: 'GEEN_CASUS' }
  | { soort: 'TRIAGE'; casus: CasusFacts; andereOpenMeldingen: number }
  | { soort: 'LOPEND'; casus: CasusFacts };

export type TriageKeuze = {
  uitkomst: TriageUitkomst;
  route: TriageRoute;
  urgentie: Urgentie;
  veiligheid: Veiligheid;
  metIndicatie?: boolean | null;
  voorzieningGekozen?: boolean;
  toelichting?: string | null;
};

export const REASONS = {
  routeNietBijUitkomst: (uitkomst: TriageUitkomst) => `Deze route past niet bij deze uitkomst. Kies een route die past bij ${UITKOMST_TEKST[uitkomst]}.`,
  geenHuishouden: 'Koppel de melding eerst aan een huishouden. Zonder huishouden kan de melding alleen worden afgehandeld met advies.',
  geenLopendeCasus: 'Er is geen lopende casus om de melding aan toe te voegen.',
  lopendeCasus: (fase: Fase) => `Het huishouden heeft al een casus in de fase ${FASE_LABELS[fase].toLowerCase()}. Voeg de melding toe aan die casus, of handel haar af met advies.`,
  acuutIsSpoed: 'Bij acuut gevaar is de route spoed.',
  spoedZonderReden: 'Spoed is voor een crisis of zorgen over de veiligheid. Kies urgentie hoog of crisis, of geef de zorg over de veiligheid aan; anders is de route vraagverheldering.',
  crisisIsCrisis: 'Bij een crisis is de urgentie ook crisis.',
  indicatie: 'Geef aan of er een indicatie nodig is.',
  voorziening: 'Kies de voorziening waarnaar je verwijst.',
  advies: 'Beschrijf kort welk advies je gaf, of kies een voorziening.',
  veiligheidZonderHuishouden: 'Bij (twijfel over) onveiligheid moet een gedragswetenschapper meekijken. Koppel de melding daarom eerst aan een huishouden.',
} as const;

const UITKOMST_TEKST: Record<TriageUitkomst, string> = {
  INFORMATIE_ADVIES: 'informatie en advies',
  ENKELVOUDIG: 'een enkelvoudige vraag',
  MEERVOUDIG: 'een meervoudige vraag',
  CRISIS: 'een crisis',
};

/** The facts the transition guards see once this triage is recorded (also what perform-triage gives the step). */
export const triageFacts = (casus: CasusFacts, keuze: Pick<TriageKeuze, 'route' | 'urgentie' | 'veiligheid'> & Partial<TriageKeuze>): CasusFacts => ({
  ...casus,
  veiligheid: hoogsteVeiligheid(casus.veiligheid, keuze.veiligheid),
  hasOpenVeiligheidsconsult: casus.hasOpenVeiligheidsconsult || vraagtConsult(keuze.veiligheid),
  spoed: keuze.route === 'SPOED' || keuze.urgentie === 'CRISIS',
  afsluitreden: keuze.route === 'ADVIES' || keuze.route === 'VOORLIGGEND' ? `Afgehandeld bij triage: ${TRIAGE_ROUTE_LABELS[keuze.route].toLowerCase()}` : casus.afsluitreden,
});

/**
 * Why this route cannot be chosen in this situation, whatever the rest of the form says: the reasons of the
 * transition table for a casus in triage, or the fixed rules for a melding without casus or with a running casus.
 */
export const routeRefusals = (situatie: TriageSituatie, keuze: Pick<TriageKeuze, 'route'> & Partial<TriageKeuze>): string[] => {
  const { route } = keuze;
  switch (situatie.soort) {
    case 'GEEN_CASUS':
      if (route === 'LOPENDE_CASUS') return [REASONS.geenLopendeCasus];
      return route === 'ADVIES' || route === 'VOORLIGGEND' ? [] : [REASONS.geenHuishouden];
    case 'LOPEND':
      return route === 'ADVIES' || route === 'VOORLIGGEND' || route === 'LOPENDE_CASUS' ? [] : [REASONS.lopendeCasus(situatie.casus.fase)];
    case 'TRIAGE': {
      if (route === 'LOPENDE_CASUS') return [REASONS.geenLopendeCasus];
      const naar = ROUTE_FASE[route];
      // Another melding of this household still waits for triage: advice for this one must not close the casus.
      if (naar === 'AFGESLOTEN' && situatie.andereOpenMeldingen > 0) return [];
      const facts = triageFacts(situatie.casus, {
        uitkomst: keuze.uitkomst ?? 'INFORMATIE_ADVIES',
        urgentie: keuze.urgentie ?? 'NORMAAL',
        veiligheid: keuze.veiligheid ?? 'GEEN_ZORGEN',
        route,
      });
      return refusalReasons(facts, naar);
    }
  }
};

export type TriageEffect = {
  vervolg: TriageVervolg;
  /** The fase the casus moves to, or null when it stays where it is. */
  naar: Fase | null;
  meldingStatus: 'AFGEHANDELD' | 'GEKOPPELD';
  consult: boolean;
  afsluitreden: string | null;
};

export type TriagePlan = { ok: true; effect: TriageEffect } | { ok: false; fieldErrors: Record<string, string[]> };

/** Checks a whole triage and says what it does: per field the Dutch reasons, or the effect on melding and casus. */
export const planTriage = (situatie: TriageSituatie, keuze: TriageKeuze): TriagePlan => {
  const fieldErrors: Record<string, string[]> = {};
  const add = (field: string, reason: string) => (fieldErrors[field] ??= []).push(reason);

  if (!ROUTES_PER_UITKOMST[keuze.uitkomst].includes(keuze.route)) add('route', REASONS.routeNietBijUitkomst(keuze.uitkomst));
  if (vraagtIndicatie(keuze.uitkomst) && (keuze.metIndicatie === null || keuze.metIndicatie === undefined)) add('metIndicatie', REASONS.indicatie);
  if (keuze.veiligheid === 'ACUUT' && keuze.route !== 'SPOED' && keuze.route !== 'LOPENDE_CASUS') add('route', REASONS.acuutIsSpoed);
  if (keuze.uitkomst === 'CRISIS' && keuze.urgentie !== 'CRISIS') add('urgentie', REASONS.crisisIsCrisis);
  // Issue 16 item 16: the spoed route skips the brede vraagverheldering; not for a normal question without concern.
  if (keuze.route === 'SPOED' && keuze.urgentie === 'NORMAAL' && keuze.veiligheid === 'GEEN_ZORGEN') add('route', REASONS.spoedZonderReden);
  if (keuze.route === 'VOORLIGGEND' && !keuze.voorzieningGekozen) add('voorzieningId', REASONS.voorziening);
  if (keuze.route === 'ADVIES' && !keuze.voorzieningGekozen && !keuze.toelichting?.trim()) add('toelichting', REASONS.advies);
  if (situatie.soort === 'GEEN_CASUS' && vraagtConsult(keuze.veiligheid)) add('veiligheid', REASONS.veiligheidZonderHuishouden);
  for (const reason of routeRefusals(situatie, keuze)) add('route', reason);
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };

  const afgehandeld = keuze.route === 'ADVIES' || keuze.route === 'VOORLIGGEND';
  let naar: Fase | null = null;
  let afsluitreden: string | null = null;
  if (situatie.soort === 'TRIAGE' && keuze.route !== 'LOPENDE_CASUS') {
    const target = ROUTE_FASE[keuze.route];
    if (!(target === 'AFGESLOTEN' && situatie.andereOpenMeldingen > 0)) {
      naar = target;
      if (target === 'AFGESLOTEN') afsluitreden = triageFacts(situatie.casus, keuze).afsluitreden;
    }
  }
  return {
    ok: true,
    effect: {
      vervolg: routeVervolg(keuze.route, keuze.uitkomst),
      naar,
      meldingStatus: afgehandeld ? 'AFGEHANDELD' : 'GEKOPPELD',
      consult: vraagtConsult(keuze.veiligheid),
      afsluitreden,
    },
  };
};

/** The routes to offer for this situation and outcome, each with the reasons it is blocked (empty: allowed). */
export const routeOptions = (situatie: TriageSituatie, keuze: Partial<TriageKeuze> = {}) =>
  TRIAGE_ROUTES.filter((route) => (situatie.soort === 'LOPEND' ? route !== 'KORTDURENDE_HULP' && route !== 'VRAAGVERHELDERING' && route !== 'SPOED' : route !== 'LOPENDE_CASUS'))
    .filter((route) => !keuze.uitkomst || ROUTES_PER_UITKOMST[keuze.uitkomst].includes(route))
    .map((route) => ({ route, label: TRIAGE_ROUTE_LABELS[route], hint: TRIAGE_ROUTE_HINTS[route], reasons: routeRefusals(situatie, { ...keuze, route }) }));
