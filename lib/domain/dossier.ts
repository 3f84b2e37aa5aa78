import { calendarDaysBetween, formatDatum, toCalendarDay } from './dates';
import { berekenTermijn, beschikkingTermDays, termijnUitleg, termStatus, type BeschikkingTermSettings, type Suspension, type TermStatus } from './deadlines';
import type { Besluitdagen } from './termijnwet';
import type { ConsultSoort, Fase, Veiligheid, Wet } from './enums';
import { CONSULT_SOORT_LABELS } from './labels';

// What the dossier shows at a glance (issue 11): safety, and the deadlines and open tasks of a household.
// Tasks and deadlines are derived from dates on the records (ARCHITECTURE.md), never stored twice; only the tasks
// someone set by hand are Taak rows. Consent at a glance is consentSummary in toestemming.ts.

// ───────────── Safety ─────────────

export type VeiligheidsSignaal = { niveau: Veiligheid; consultOpen: boolean; tekst: string };

const ZORG: Veiligheid[] = ['TWIJFEL', 'RISICO', 'ACUUT'];

/**
 * The banner over the dossier (DOMAIN.md §2: safety is an overlay on every stage): when the casus has a safety
 * concern or a VEILIGHEID consult is open. Null when there is nothing to warn about.
 */
export const veiligheidsSignaal = (veiligheid: Veiligheid | null, openVeiligheidsconsulten: number): VeiligheidsSignaal | null => {
  const zorg = veiligheid !== null && ZORG.includes(veiligheid);
  const consultOpen = openVeiligheidsconsulten > 0;
  if (!zorg && !consultOpen) return null;
  const niveau: Veiligheid = zorg ? veiligheid! : 'TWIJFEL';
  const tekst = {
    ACUUT: 'Acuut onveilig. Veiligheid gaat voor alles: handel volgens de meldcode.',
    RISICO: 'Er is een veiligheidsrisico. Sluiten kan alleen met akkoord van de teamleider.',
    TWIJFEL: 'Er is twijfel over de veiligheid.',
    GEEN_ZORGEN: '',
  }[niveau];
  return { niveau, consultOpen, tekst: consultOpen ? `${tekst} Er loopt een veiligheidsconsult met een gedragswetenschapper.`.trim() : tekst };
};

// ───────────── Deadlines and open tasks ─────────────

export type DossierTaakSoort = 'ONDERZOEK' | 'BESCHIKKING' | 'EVALUATIE' | 'CONSULT' | 'WAAKVLAM' | 'ACTIE' | 'TAAK' | 'ACHTTIEN' | 'EINDE_VOORZIENING';

export type DossierTaak = {
  key: string;
  soort: DossierTaakSoort;
  titel: string;
  op: Date;
  status: TermStatus;
  /** Legal terms (onderzoek, beschikking) come from the law; the rest are the team's own dates. */
  wettelijk: boolean;
  wie: string | null;
  /** For a legal term: how the date was reached (termijnUitleg). */
  uitleg?: string;
};

export type DossierTaakInput = {
  casus: {
    fase: Fase;
    meldingOntvangenOp: Date;
    verslagVerstuurdOp: Date | null;
    waakvlamOp: Date | null;
    opschortingen: Suspension[];
  } | null;
  onderzoekTermijnDagen: number;
  beschikkingTermijnen?: BeschikkingTermSettings;
  evaluatieDatum: Date | null;
  consulten: { id: string; soort: ConsultSoort; uiterlijkOp: Date; wie: string | null }[];
  taken: { id: string; titel: string; uiterlijkOp: Date; wie: string | null }[];
  acties: { id: string; wat: string; uiterlijk: Date; wie: string | null }[];
  aanvragen: { id: string; nummer: string; wet: Wet; ontvangenOp: Date; verdagingDagen: number | null; opschortingen: Suspension[] }[];
  achttien: { persoonId: string; naam: string; op: Date }[];
  eindigend: { key: string; titel: string; einddatum: Date }[];
  /** Atw art. 3 lid 3: the decree days beheer keeps. */
  besluitdagen: Besluitdagen;
};

/** Voorzieningen that end within this many days show up as a task (time to evaluate or extend). */
export const EINDE_VOORZIENING_VENSTER_DAGEN = 56;

export const dossierTaken = (input: DossierTaakInput, today: Date): DossierTaak[] => {
  const taken: DossierTaak[] = [];
  const add = (t: Omit<DossierTaak, 'status'>) => taken.push({ ...t, status: termStatus(t.op, today) });
  const { casus } = input;
  const open = casus !== null && casus.fase !== 'AFGESLOTEN';

  if (open && !casus.verslagVerstuurdOp) {
    // Wmo 2015 art. 2.3.2: onderzoek and verslag within six weeks of the melding, paused by opschortingen.
    const termijn = { start: casus.meldingOntvangenOp, termDays: input.onderzoekTermijnDagen, suspensions: casus.opschortingen, today, besluitdagen: input.besluitdagen };
    const berekening = berekenTermijn(termijn);
    add({
      key: 'onderzoek', soort: 'ONDERZOEK', titel: 'Onderzoek afronden en verslag naar de inwoner (Wmo, 6 weken)', op: berekening.uiterlijk, wettelijk: true, wie: null,
      uitleg: termijnUitleg(berekening, { ...termijn, na: 'na de melding' }),
    });
  }
  for (const a of input.aanvragen) {
    // Wmo 2015 art. 2.3.5 / Awb 4:13: beschikking within the term, once extended (Awb 4:14), paused by opschortingen.
    const termijn = {
      start: a.ontvangenOp, termDays: beschikkingTermDays(a.wet, input.beschikkingTermijnen), suspensions: a.opschortingen,
      extensionDays: a.verdagingDagen ?? 0, today, besluitdagen: input.besluitdagen,
    };
    const berekening = berekenTermijn(termijn);
    add({
      key: `aanvraag:${a.id}`, soort: 'BESCHIKKING', titel: `Beschikking op aanvraag ${a.nummer}`, op: berekening.uiterlijk, wettelijk: true, wie: null,
      uitleg: termijnUitleg(berekening, { ...termijn, na: 'na ontvangst' }),
    });
  }
  if (open && input.evaluatieDatum) {
    add({ key: 'evaluatie', soort: 'EVALUATIE', titel: 'Plan evalueren met het huishouden', op: toCalendarDay(input.evaluatieDatum), wettelijk: false, wie: null });
  }
  for (const c of input.consulten) {
    add({ key: `consult:${c.id}`, soort: 'CONSULT', titel: `Consult ${CONSULT_SOORT_LABELS[c.soort].toLowerCase()} beantwoorden`, op: toCalendarDay(c.uiterlijkOp), wettelijk: false, wie: c.wie });
  }
  if (casus && casus.fase === 'AFGESLOTEN' && casus.waakvlamOp) {
    add({ key: 'waakvlam', soort: 'WAAKVLAM', titel: 'Waakvlam: contact opnemen om te horen hoe het gaat', op: toCalendarDay(casus.waakvlamOp), wettelijk: false, wie: null });
  }
  for (const a of input.acties) {
    add({ key: `actie:${a.id}`, soort: 'ACTIE', titel: `Actie uit het plan: ${a.wat}`, op: toCalendarDay(a.uiterlijk), wettelijk: false, wie: a.wie });
  }
  for (const t of input.taken) {
    add({ key: `taak:${t.id}`, soort: 'TAAK', titel: t.titel, op: toCalendarDay(t.uiterlijkOp), wettelijk: false, wie: t.wie });
  }
  for (const a of input.achttien) {
    const al = calendarDaysBetween(today, a.op) <= 0;
    add({
      key: `achttien:${a.persoonId}`, soort: 'ACHTTIEN',
      titel: `${a.naam} ${al ? 'is' : 'wordt'} 18 op ${formatDatum(a.op)}: gezag eindigt, overgang van Jeugdwet naar Wmo bespreken`,
      op: a.op, wettelijk: false, wie: null,
    });
  }
  for (const e of input.eindigend) {
    const dagen = calendarDaysBetween(today, e.einddatum);
    if (dagen < 0 || dagen > EINDE_VOORZIENING_VENSTER_DAGEN) continue;
    add({ key: `einde:${e.key}`, soort: 'EINDE_VOORZIENING', titel: `${e.titel} loopt af: evalueren of verlengen`, op: toCalendarDay(e.einddatum), wettelijk: false, wie: null });
  }
  const rank: Record<TermStatus, number> = { OVERDUE: 0, DUE_SOON: 1, ON_TRACK: 2 };
  return taken.sort((a, b) => a.op.getTime() - b.op.getTime() || rank[a.status] - rank[b.status] || a.key.localeCompare(b.key));
};

/** Active on `today`: started (or no start yet recorded) and not yet past its last day. */
export const loopt = (van: Date | null, tot: Date | null, today: Date): boolean => {
  const day = toCalendarDay(today).getTime();
  if (van && toCalendarDay(van).getTime() > day) return false;
  return tot === null || toCalendarDay(tot).getTime() >= day;
};

/** Not yet past its last day (it may still have to start). */
export const nietAfgelopen = (tot: Date | null, today: Date): boolean =>
  tot === null || toCalendarDay(tot).getTime() >= toCalendarDay(today).getTime();

// ───────────── Break the glass ─────────────

/** How long access lasts after breaking the glass. */
export const BTG_GELDIG_UREN = 4;
export const BTG_REDEN_MIN = 10;
export const BTG_REDEN_MAX = 500;
export const BTG_REDEN_TE_KORT = `Beschrijf waarom je dit dossier nu nodig hebt, in minstens ${BTG_REDEN_MIN} tekens.`;
