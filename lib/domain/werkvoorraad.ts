import { addCalendarDays, toCalendarDay } from './dates';
import { berekenTermijn, beschikkingTermDays, daysLeft, termijnUitleg, termStatus, type BeschikkingTermSettings, type Suspension, type TermStatus } from './deadlines';
import type { Besluitdagen } from './termijnwet';
import type { ConsultSoort, Fase, PlanStatus, Regievorm, Wet } from './enums';
import { CONSULT_SOORT_LABELS } from './labels';

// Mijn werkvoorraad (DOMAIN.md §1 Wijkcoach): the wijkcoach's tasks and deadlines, derived from the records and not
// stored (ARCHITECTURE.md: "Tasks and deadlines are derived from dates on the records"); only hand-made tasks are
// Taak rows. Sorted by due date, overdue first.

export const TAAK_SOORTEN = ['ONDERZOEK', 'BESCHIKKING', 'EVALUATIE', 'CONSULT', 'WAAKVLAM', 'ACTIE', 'TAAK'] as const;
export type TaakSoort = (typeof TAAK_SOORTEN)[number];

export const TAAK_SOORT_LABELS: Record<TaakSoort, string> = {
  ONDERZOEK: 'Onderzoekstermijn',
  BESCHIKKING: 'Beslistermijn',
  EVALUATIE: 'Evaluatie plan',
  CONSULT: 'Consult',
  WAAKVLAM: 'Waakvlam',
  ACTIE: 'Actie uit het plan',
  TAAK: 'Taak',
};

/**
 * An open action of the plan in force (someone in the household, the network or an aanbieder does it; the regisseur
 * keeps an eye on it) shows in the werkvoorraad from this many days before its date, and stays while it is late.
 */
export const ACTIE_VOORUIT_DAGEN = 7;

/** The last date an open plan action may have to show in the werkvoorraad today. */
export const actiesZichtbaarTot = (today: Date): Date => addCalendarDays(toCalendarDay(today), ACTIE_VOORUIT_DAGEN);

export type HuishoudenRef = { id: string; naam: string; wijk: string | null };

export type WerkvoorraadTaak = {
  key: string;
  soort: TaakSoort;
  titel: string;
  huishouden: HuishoudenRef;
  casusId: string | null;
  casusNummer: string | null;
  uiterlijkOp: Date;
  status: TermStatus;
  /** Calendar days until the due date; negative when overdue. */
  dagen: number;
  /** For a legal term: how the date was reached (termijnUitleg). */
  uitleg?: string;
};

export type PlanVersieFacts = { versienummer: number; status: PlanStatus; evaluatieDatum: Date | null };

export type RegieFacts = {
  vorm: Regievorm;
  lead: boolean;
  huishouden: HuishoudenRef;
  casus: {
    id: string;
    nummer: string;
    fase: Fase;
    meldingOntvangenOp: Date;
    verslagVerstuurdOp: Date | null;
    opschortingen: Suspension[];
    /** Versions of the household's current (actueel) plan. */
    planVersies: PlanVersieFacts[];
    /** Open actions (OPEN, BEZIG) with a date of the plan version in force; absent: none. */
    acties?: { id: string; wat: string; uiterlijk: Date; wie: string | null }[];
    /** Open aanvragen of the casus (the beschikking's legal term); absent: none. */
    aanvragen?: { id: string; nummer: string; wet: Wet; ontvangenOp: Date; verdagingDagen: number | null; opschortingen: Suspension[] }[];
  };
};

export type ConsultFacts = {
  id: string;
  soort: ConsultSoort;
  uiterlijkOp: Date;
  huishouden: HuishoudenRef;
  casus: { id: string; nummer: string };
};

export type WaakvlamFacts = {
  huishouden: HuishoudenRef;
  casus: { id: string; nummer: string; fase: Fase; waakvlamOp: Date | null };
  /** The casus's lead assignments, ended or not. */
  leads: { regisseurId: string | null; vanaf: Date; tot: Date | null }[];
};

export type TaakFacts = {
  id: string;
  titel: string;
  uiterlijkOp: Date;
  huishouden: HuishoudenRef;
  casus: { id: string; nummer: string } | null;
};

export type WerkvoorraadInput = {
  me: string;
  today: Date;
  /** Gemeente.onderzoekTermijnDagen (Wmo 2015 art. 2.3.2: 42). */
  onderzoekTermijnDagen: number;
  /** The gemeente's beslistermijnen (Wmo and Awb). */
  beschikkingTermijnen?: BeschikkingTermSettings;
  /** Atw art. 3 lid 3: the decree days beheer keeps. */
  besluitdagen: Besluitdagen;
  regie: RegieFacts[];
  consulten: ConsultFacts[];
  waakvlam: WaakvlamFacts[];
  taken: TaakFacts[];
};

/**
 * Wmo 2015 art. 2.3.2: onderzoek done and verslag to the inwoner within six weeks of the melding, moved by
 * opschortingen. Null once the verslag is sent or the casus is closed.
 */
export const onderzoekUiterlijk = (
  casus: Pick<RegieFacts['casus'], 'fase' | 'meldingOntvangenOp' | 'verslagVerstuurdOp' | 'opschortingen'>,
  termDays: number,
  today: Date,
  besluitdagen: Besluitdagen,
): { uiterlijk: Date; uitleg: string } | null => {
  if (casus.verslagVerstuurdOp || casus.fase === 'AFGESLOTEN') return null;
  const termijn = { start: casus.meldingOntvangenOp, termDays, suspensions: casus.opschortingen, today, besluitdagen };
  const berekening = berekenTermijn(termijn);
  return { uiterlijk: berekening.uiterlijk, uitleg: termijnUitleg(berekening, { ...termijn, na: 'na de melding' }) };
};

const GELDEND_PLAN: PlanStatus[] = ['VASTGESTELD', 'IN_UITVOERING'];

/** The evaluation date of the current plan: that of its latest vastgesteld or in-uitvoering version. */
export const evaluatieUiterlijk = (versies: PlanVersieFacts[]): Date | null => {
  const geldend = versies
    .filter((v) => GELDEND_PLAN.includes(v.status))
    .sort((a, b) => b.versienummer - a.versienummer)[0];
  return geldend?.evaluatieDatum ?? null;
};

/** The regisseur who led the casus last: the lead assignment that ended last (or is still running). */
export const laatsteRegisseur = (leads: WaakvlamFacts['leads']): string | null => {
  const end = (l: WaakvlamFacts['leads'][number]) => l.tot?.getTime() ?? Number.POSITIVE_INFINITY;
  const last = [...leads].sort((a, b) => end(b) - end(a) || b.vanaf.getTime() - a.vanaf.getTime())[0];
  return last?.regisseurId ?? null;
};

/** A closed casus's waakvlam check belongs to its last regisseur. */
export const waakvlamUiterlijk = (facts: WaakvlamFacts, me: string): Date | null => {
  if (facts.casus.fase !== 'AFGESLOTEN' || !facts.casus.waakvlamOp) return null;
  return laatsteRegisseur(facts.leads) === me ? facts.casus.waakvlamOp : null;
};

const SOORT_ORDER = Object.fromEntries(TAAK_SOORTEN.map((s, i) => [s, i])) as Record<TaakSoort, number>;

/** Overdue first, then by due date; on the same day the legal term before the rest, then by household. */
export const sorteerTaken = (taken: WerkvoorraadTaak[]): WerkvoorraadTaak[] =>
  [...taken].sort(
    (a, b) =>
      Number(b.status === 'OVERDUE') - Number(a.status === 'OVERDUE') ||
      a.uiterlijkOp.getTime() - b.uiterlijkOp.getTime() ||
      SOORT_ORDER[a.soort] - SOORT_ORDER[b.soort] ||
      a.huishouden.naam.localeCompare(b.huishouden.naam, 'nl'),
  );

export type WerkvoorraadHuishouden = {
  huishouden: HuishoudenRef;
  casusId: string;
  casusNummer: string;
  fase: Fase;
  vorm: Regievorm;
  lead: boolean;
  volgende: WerkvoorraadTaak | null;
  aantalTaken: number;
  teLaat: number;
};

export type Werkvoorraad = { taken: WerkvoorraadTaak[]; huishoudens: WerkvoorraadHuishouden[] };

export const bouwWerkvoorraad = (input: WerkvoorraadInput): Werkvoorraad => {
  const { today } = input;
  const taken: WerkvoorraadTaak[] = [];
  const add = (t: Omit<WerkvoorraadTaak, 'status' | 'dagen' | 'uiterlijkOp'> & { uiterlijkOp: Date; uitleg?: string }) => {
    if (taken.some((bestaand) => bestaand.key === t.key)) return;
    const uiterlijkOp = toCalendarDay(t.uiterlijkOp);
    taken.push({ ...t, uiterlijkOp, status: termStatus(uiterlijkOp, today), dagen: daysLeft(uiterlijkOp, today) });
  };

  for (const r of input.regie) {
    if (r.casus.fase === 'AFGESLOTEN') continue;
    const ref = { huishouden: r.huishouden, casusId: r.casus.id, casusNummer: r.casus.nummer };
    const onderzoek = onderzoekUiterlijk(r.casus, input.onderzoekTermijnDagen, today, input.besluitdagen);
    if (onderzoek) {
      add({ key: `onderzoek-${r.casus.id}`, soort: 'ONDERZOEK', titel: 'Onderzoek afronden en verslag sturen', uiterlijkOp: onderzoek.uiterlijk, uitleg: onderzoek.uitleg, ...ref });
    }
    for (const a of r.casus.aanvragen ?? []) {
      // Wmo 2015 art. 2.3.5 / Awb 4:13: the beschikking on an aanvraag of my casus, as the queue and the dossier count it.
      const termijn = {
        start: a.ontvangenOp, termDays: beschikkingTermDays(a.wet, input.beschikkingTermijnen), suspensions: a.opschortingen,
        extensionDays: a.verdagingDagen ?? 0, today, besluitdagen: input.besluitdagen,
      };
      const berekening = berekenTermijn(termijn);
      add({
        key: `aanvraag-${a.id}`, soort: 'BESCHIKKING', titel: `Beschikking op aanvraag ${a.nummer}`, uiterlijkOp: berekening.uiterlijk,
        uitleg: termijnUitleg(berekening, { ...termijn, na: 'na ontvangst' }), ...ref,
      });
    }
    const evaluatie = evaluatieUiterlijk(r.casus.planVersies);
    if (evaluatie) add({ key: `evaluatie-${r.casus.id}`, soort: 'EVALUATIE', titel: 'Plan evalueren met het huishouden', uiterlijkOp: evaluatie, ...ref });
    const grens = actiesZichtbaarTot(today).getTime();
    for (const a of r.casus.acties ?? []) {
      if (toCalendarDay(a.uiterlijk).getTime() > grens) continue;
      add({ key: `actie-${a.id}`, soort: 'ACTIE', titel: a.wie ? `${a.wat} (${a.wie})` : a.wat, uiterlijkOp: a.uiterlijk, ...ref });
    }
  }
  for (const c of input.consulten) {
    add({
      key: `consult-${c.id}`,
      soort: 'CONSULT',
      titel: `Consult ${CONSULT_SOORT_LABELS[c.soort].toLowerCase()}: advies verwacht`,
      uiterlijkOp: c.uiterlijkOp,
      huishouden: c.huishouden,
      casusId: c.casus.id,
      casusNummer: c.casus.nummer,
    });
  }
  for (const w of input.waakvlam) {
    const op = waakvlamUiterlijk(w, input.me);
    if (op) {
      add({ key: `waakvlam-${w.casus.id}`, soort: 'WAAKVLAM', titel: 'Waakvlam: contact opnemen met het huishouden', uiterlijkOp: op, huishouden: w.huishouden, casusId: w.casus.id, casusNummer: w.casus.nummer });
    }
  }
  for (const t of input.taken) {
    add({ key: `taak-${t.id}`, soort: 'TAAK', titel: t.titel, uiterlijkOp: t.uiterlijkOp, huishouden: t.huishouden, casusId: t.casus?.id ?? null, casusNummer: t.casus?.nummer ?? null });
  }

  const gesorteerd = sorteerTaken(taken);
  const seen = new Set<string>();
  const huishoudens: WerkvoorraadHuishouden[] = [];
  for (const r of input.regie) {
    if (r.casus.fase === 'AFGESLOTEN' || seen.has(r.huishouden.id)) continue;
    seen.add(r.huishouden.id);
    const eigen = gesorteerd.filter((t) => t.huishouden.id === r.huishouden.id);
    huishoudens.push({
      huishouden: r.huishouden,
      casusId: r.casus.id,
      casusNummer: r.casus.nummer,
      fase: r.casus.fase,
      vorm: r.vorm,
      lead: r.lead,
      volgende: eigen[0] ?? null,
      aantalTaken: eigen.length,
      teLaat: eigen.filter((t) => t.status === 'OVERDUE').length,
    });
  }
  const end = (h: WerkvoorraadHuishouden) => h.volgende?.uiterlijkOp.getTime() ?? Number.POSITIVE_INFINITY;
  huishoudens.sort(
    (a, b) =>
      Number(b.teLaat > 0) - Number(a.teLaat > 0) || end(a) - end(b) || a.huishouden.naam.localeCompare(b.huishouden.naam, 'nl'),
  );
  return { taken: gesorteerd, huishoudens };
};
