import { addCalendarDays, toCalendarDay } from './dates';
import { daysLeft, termStatus, type BeschikkingTermSettings, type Suspension, type TermStatus } from './deadlines';
import type { Besluitdagen } from './termijnwet';
import type { ConsultSoort, Fase, PlanStatus, Regievorm, Wet } from './enums';
import { leidTakenAf, type AfgeleideTaak, type TaakFeiten } from './taken';

// Mijn werkvoorraad (DOMAIN.md §1 Wijkcoach): the wijkcoach's tasks and deadlines, derived from the records and not
// stored (ARCHITECTURE.md: "Tasks and deadlines are derived from dates on the records"); only hand-made tasks are
// Taak rows. Sorted by due date, overdue first. The tasks come from lib/domain/taken.ts (the one derivation, also
// of the dossier); this file chooses which are the wijkcoach's own.

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
  /** Who does it, when the record says (a plan action's wie). */
  wie?: string | null;
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
  /** Issue 22: the ketenpartner asked for advice (a partner consult), shown as who is expected to answer. */
  adviseur?: string | null;
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
  const feiten: TaakFeiten = { casus: { id: '', ...casus }, onderzoekTermijnDagen: termDays, evaluatieDatum: null, besluitdagen };
  const taak = leidTakenAf(feiten, today).find((t) => t.soort === 'ONDERZOEK');
  return taak ? { uiterlijk: taak.op, uitleg: taak.uitleg ?? '' } : null;
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
  // A task reached twice (the terms of a casus in which I hold two assignments, say) is listed once: by key, without a
  // scan of the list per task.
  const keys = new Set<string>();
  const add = (t: AfgeleideTaak, ref: { huishouden: HuishoudenRef; casusNummer: string | null }) => {
    if (keys.has(t.key)) return;
    if (!(TAAK_SOORTEN as readonly string[]).includes(t.soort)) return;
    const uiterlijkOp = toCalendarDay(t.op);
    keys.add(t.key);
    taken.push({
      key: t.key, soort: t.soort as TaakSoort, titel: t.titel, wie: t.wie, huishouden: ref.huishouden, casusId: t.casusId, casusNummer: ref.casusNummer,
      uiterlijkOp, status: termStatus(uiterlijkOp, today), dagen: daysLeft(uiterlijkOp, today), ...(t.uitleg ? { uitleg: t.uitleg } : {}),
    });
  };
  const afgeleid = (feiten: Omit<TaakFeiten, 'onderzoekTermijnDagen' | 'evaluatieDatum' | 'besluitdagen'> & { evaluatieDatum?: Date | null }) =>
    leidTakenAf({ onderzoekTermijnDagen: input.onderzoekTermijnDagen, beschikkingTermijnen: input.beschikkingTermijnen, besluitdagen: input.besluitdagen, evaluatieDatum: null, ...feiten }, today);

  const grens = actiesZichtbaarTot(today).getTime();
  for (const r of input.regie) {
    if (r.casus.fase === 'AFGESLOTEN') continue;
    const { planVersies, acties, nummer, aanvragen, ...casus } = r.casus;
    for (const t of afgeleid({
      casus,
      aanvragen: aanvragen ?? [],
      evaluatieDatum: evaluatieUiterlijk(planVersies),
      acties: (acties ?? []).filter((a) => toCalendarDay(a.uiterlijk).getTime() <= grens),
    })) add(t, { huishouden: r.huishouden, casusNummer: nummer });
  }
  for (const c of input.consulten) {
    const consulten = [{ id: c.id, soort: c.soort, uiterlijkOp: c.uiterlijkOp, wie: c.adviseur ?? null, casusId: c.casus.id }];
    for (const t of afgeleid({ casus: null, consulten })) add(t, { huishouden: c.huishouden, casusNummer: c.casus.nummer });
  }
  for (const w of input.waakvlam) {
    const op = waakvlamUiterlijk(w, input.me);
    if (!op) continue;
    for (const t of afgeleid({ casus: { id: w.casus.id, fase: w.casus.fase, waakvlamOp: op } })) add(t, { huishouden: w.huishouden, casusNummer: w.casus.nummer });
  }
  for (const t of input.taken) {
    const taak = [{ id: t.id, titel: t.titel, uiterlijkOp: t.uiterlijkOp, wie: null, casusId: t.casus?.id ?? null }];
    for (const a of afgeleid({ casus: null, taken: taak })) add(a, { huishouden: t.huishouden, casusNummer: t.casus?.nummer ?? null });
  }

  const gesorteerd = sorteerTaken(taken);
  // Each household's tasks in the sorted order, grouped in one pass rather than filtered per household.
  const perHuishouden = new Map<string, WerkvoorraadTaak[]>();
  for (const t of gesorteerd) {
    const eigen = perHuishouden.get(t.huishouden.id);
    if (eigen) eigen.push(t);
    else perHuishouden.set(t.huishouden.id, [t]);
  }
  const seen = new Set<string>();
  const huishoudens: WerkvoorraadHuishouden[] = [];
  for (const r of input.regie) {
    if (r.casus.fase === 'AFGESLOTEN' || seen.has(r.huishouden.id)) continue;
    seen.add(r.huishouden.id);
    const eigen = perHuishouden.get(r.huishouden.id) ?? [];
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
