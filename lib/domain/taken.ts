import { calendarDaysBetween, formatDatum, toCalendarDay } from './dates';
import { berekenTermijn, beschikkingTermDays, termijnUitleg, type BeschikkingTermSettings, type Suspension } from './deadlines';
import type { Besluitdagen } from './termijnwet';
import type { ConsultSoort, Fase, Wet } from './enums';
import { CONSULT_SOORT_LABELS } from './labels';

// The tasks and deadlines of a household, derived from dates on the records (ARCHITECTURE.md: never stored twice;
// only tasks someone set by hand are Taak rows). One derivation with one title and one key per kind, for the
// dossier (lib/domain/dossier.ts: everything of one household) and Mijn werkvoorraad (lib/domain/werkvoorraad.ts:
// what is the wijkcoach's own, over all their households).

export type AfgeleideTaakSoort = 'ONDERZOEK' | 'BESCHIKKING' | 'EVALUATIE' | 'CONSULT' | 'WAAKVLAM' | 'ACTIE' | 'TAAK' | 'ACHTTIEN' | 'EINDE_VOORZIENING';

/** One key format for every kind: `onderzoek:<casusId>`, `consult:<consultId>`, `einde:<key>` … */
export const taakKey = (soort: AfgeleideTaakSoort, id: string): string =>
  `${soort === 'EINDE_VOORZIENING' ? 'einde' : soort.toLowerCase()}:${id}`;

/** One title per kind. */
export const TAAK_TITELS = {
  ONDERZOEK: 'Onderzoek afronden en verslag naar de inwoner (Wmo, 6 weken)',
  BESCHIKKING: (nummer: string) => `Beschikking op aanvraag ${nummer}`,
  EVALUATIE: 'Plan evalueren met het huishouden',
  CONSULT: (soort: ConsultSoort) => `Consult ${CONSULT_SOORT_LABELS[soort].toLowerCase()}: advies verwacht`,
  WAAKVLAM: 'Waakvlam: contact opnemen om te horen hoe het gaat',
  ACTIE: (wat: string) => `Actie uit het plan: ${wat}`,
  ACHTTIEN: (naam: string, op: Date, al: boolean) => `${naam} ${al ? 'is' : 'wordt'} 18 op ${formatDatum(op)}: gezag eindigt, overgang van Jeugdwet naar Wmo bespreken`,
  EINDE_VOORZIENING: (titel: string) => `${titel} loopt af: evalueren of verlengen`,
} as const;

export type AfgeleideTaak = {
  key: string;
  soort: AfgeleideTaakSoort;
  titel: string;
  op: Date;
  /** Legal terms (onderzoek, beschikking) come from the law; the rest are the team's own dates. */
  wettelijk: boolean;
  wie: string | null;
  /** The casus the task belongs to, when it belongs to one. */
  casusId: string | null;
  /** For a legal term: how the date was reached (termijnUitleg, issue 17). */
  uitleg?: string;
};

export type TaakFeiten = {
  /** The household's casus; a closed one with its waakvlam date gives the waakvlam task. */
  casus: {
    id: string;
    fase: Fase;
    /** Absent: no onderzoek term to watch (the caller knows it is over). */
    meldingOntvangenOp?: Date;
    verslagVerstuurdOp?: Date | null;
    waakvlamOp?: Date | null;
    opschortingen?: Suspension[];
  } | null;
  onderzoekTermijnDagen: number;
  beschikkingTermijnen?: BeschikkingTermSettings;
  /** The evaluation date of the plan in force. */
  evaluatieDatum: Date | null;
  consulten?: { id: string; soort: ConsultSoort; uiterlijkOp: Date; wie: string | null; casusId?: string | null }[];
  taken?: { id: string; titel: string; uiterlijkOp: Date; wie: string | null; casusId?: string | null }[];
  acties?: { id: string; wat: string; uiterlijk: Date; wie: string | null }[];
  aanvragen?: { id: string; nummer: string; wet: Wet; ontvangenOp: Date; verdagingDagen: number | null; opschortingen: Suspension[] }[];
  achttien?: { persoonId: string; naam: string; op: Date }[];
  eindigend?: { key: string; titel: string; einddatum: Date }[];
  /** Atw art. 3 lid 3: the decree days beheer keeps (issue 17). */
  besluitdagen: Besluitdagen;
};

/** Voorzieningen that end within this many days show up as a task (time to evaluate or extend). */
export const EINDE_VOORZIENING_VENSTER_DAGEN = 56;

/** Every task the records give, unsorted and without status (the dossier and the werkvoorraad add those). */
export const leidTakenAf = (feiten: TaakFeiten, today: Date): AfgeleideTaak[] => {
  const taken: AfgeleideTaak[] = [];
  const { casus } = feiten;
  const casusId = casus?.id ?? null;
  const open = casus !== null && casus.fase !== 'AFGESLOTEN';

  if (open && casus.meldingOntvangenOp && !casus.verslagVerstuurdOp) {
    // Wmo 2015 art. 2.3.2: onderzoek and verslag within six weeks of the melding, paused by opschortingen.
    const termijn = { start: casus.meldingOntvangenOp, termDays: feiten.onderzoekTermijnDagen, suspensions: casus.opschortingen ?? [], today, besluitdagen: feiten.besluitdagen };
    const berekening = berekenTermijn(termijn);
    taken.push({
      key: taakKey('ONDERZOEK', casus.id), soort: 'ONDERZOEK', titel: TAAK_TITELS.ONDERZOEK, op: berekening.uiterlijk, wettelijk: true, wie: null, casusId,
      uitleg: termijnUitleg(berekening, { ...termijn, na: 'na de melding' }),
    });
  }
  for (const a of feiten.aanvragen ?? []) {
    // Wmo 2015 art. 2.3.5 / Awb 4:13: beschikking within the term, once extended (Awb 4:14), paused by opschortingen.
    const termijn = {
      start: a.ontvangenOp, termDays: beschikkingTermDays(a.wet, feiten.beschikkingTermijnen), suspensions: a.opschortingen,
      extensionDays: a.verdagingDagen ?? 0, today, besluitdagen: feiten.besluitdagen,
    };
    const berekening = berekenTermijn(termijn);
    taken.push({
      key: taakKey('BESCHIKKING', a.id), soort: 'BESCHIKKING', titel: TAAK_TITELS.BESCHIKKING(a.nummer), op: berekening.uiterlijk, wettelijk: true, wie: null, casusId,
      uitleg: termijnUitleg(berekening, { ...termijn, na: 'na ontvangst' }),
    });
  }
  if (open && feiten.evaluatieDatum) {
    taken.push({ key: taakKey('EVALUATIE', casus.id), soort: 'EVALUATIE', titel: TAAK_TITELS.EVALUATIE, op: toCalendarDay(feiten.evaluatieDatum), wettelijk: false, wie: null, casusId });
  }
  for (const c of feiten.consulten ?? []) {
    taken.push({ key: taakKey('CONSULT', c.id), soort: 'CONSULT', titel: TAAK_TITELS.CONSULT(c.soort), op: toCalendarDay(c.uiterlijkOp), wettelijk: false, wie: c.wie, casusId: c.casusId ?? casusId });
  }
  if (casus && casus.fase === 'AFGESLOTEN' && casus.waakvlamOp) {
    taken.push({ key: taakKey('WAAKVLAM', casus.id), soort: 'WAAKVLAM', titel: TAAK_TITELS.WAAKVLAM, op: toCalendarDay(casus.waakvlamOp), wettelijk: false, wie: null, casusId });
  }
  for (const a of feiten.acties ?? []) {
    taken.push({ key: taakKey('ACTIE', a.id), soort: 'ACTIE', titel: TAAK_TITELS.ACTIE(a.wat), op: toCalendarDay(a.uiterlijk), wettelijk: false, wie: a.wie, casusId });
  }
  for (const t of feiten.taken ?? []) {
    taken.push({ key: taakKey('TAAK', t.id), soort: 'TAAK', titel: t.titel, op: toCalendarDay(t.uiterlijkOp), wettelijk: false, wie: t.wie, casusId: t.casusId ?? casusId });
  }
  for (const a of feiten.achttien ?? []) {
    const al = calendarDaysBetween(today, a.op) <= 0;
    taken.push({ key: taakKey('ACHTTIEN', a.persoonId), soort: 'ACHTTIEN', titel: TAAK_TITELS.ACHTTIEN(a.naam, a.op, al), op: a.op, wettelijk: false, wie: null, casusId });
  }
  for (const e of feiten.eindigend ?? []) {
    const dagen = calendarDaysBetween(today, e.einddatum);
    if (dagen < 0 || dagen > EINDE_VOORZIENING_VENSTER_DAGEN) continue;
    taken.push({ key: taakKey('EINDE_VOORZIENING', e.key), soort: 'EINDE_VOORZIENING', titel: TAAK_TITELS.EINDE_VOORZIENING(e.titel), op: toCalendarDay(e.einddatum), wettelijk: false, wie: null, casusId });
  }
  return taken;
};
