import { BESCHIKKING_STATUS_VALUES, type BeschikkingStatus, type BesluitSoort, type Leveringsvorm, type Vervalreden, type Wet } from './enums';
import { defineMachine, weigeringen, type Guard as GuardOf } from './state-machine';
import { omvangProbleem } from './omvang-regels';
import { addCalendarDays, toCalendarDay } from './dates';
import { bezwaarDeadline } from './deadlines';
import type { Besluitdagen } from './termijnwet';
import { isActiefOp, periodesOverlappen } from './catalogus';
import { EENHEID_LABELS, FREQUENTIE_LABELS, isEenheid, isFrequentie, WET_LABELS } from './labels';
import { heeftMandaat, type MandaatFeit } from './mandaat';

// The beschikking as a ZGW Besluit (DOMAIN.md §2, §3 rule 7, §5): a concept is drafted by the backoffice, a second
// backoffice user with the BESCHIKKING_VASTSTELLEN mandate for the law (and product) stelt it vast (four eyes), then
// it is sent on a date, which starts the bezwaar term (Awb 6:7, the uiterlijke reactiedatum). Changing or
// withdrawing it makes a new besluit that refers to the old one; when that one is vastgesteld, the old one vervalt
// with a vervalreden. The lifecycle is a table; a guard returns a Dutch reason, or null.

// ───────────── Content ─────────────

export const TOEKENNENDE_BESLUITEN = ['TOEKENNING', 'GEDEELTELIJKE_TOEKENNING'] as const satisfies readonly BesluitSoort[];
export const isToekenning = (besluit: BesluitSoort) => (TOEKENNENDE_BESLUITEN as readonly string[]).includes(besluit);

/** Wettelijke grondslag proposed for a new concept (the drafter may change it). */
export const STANDAARD_GRONDSLAG: Record<Wet, string> = {
  WMO: 'Wet maatschappelijke ondersteuning 2015, artikelen 2.3.2 en 2.3.5; Verordening maatschappelijke ondersteuning',
  JEUGDWET: 'Jeugdwet, artikelen 2.3 en 2.9; Verordening jeugdhulp',
  PARTICIPATIEWET: 'Participatiewet; Verordening Participatiewet',
};

export type ProductRegel = {
  productId: string | null;
  leveringsvorm: Leveringsvorm | null;
  volume: number | null;
  eenheid: string | null;
  frequentie: string | null;
  budgetCent: number | null;
  ingangsdatum: Date | null;
  einddatum: Date | null;
  aanbiederId: string | null;
  pgbMotivering: string | null;
};

/** What the catalogue says of the chosen product (null when it does not exist in this gemeente). */
export type ProductInfo = { wet: Wet; leveringsvormen: readonly Leveringsvorm[]; actiefVan: Date; actiefTot: Date | null };

export const PRODUCT_FOUTEN = {
  product: 'Kies een product uit de catalogus.',
  leveringsvorm: 'Kies zorg in natura of een persoonsgebonden budget.',
  omvang: 'Vul een omvang in (volume, eenheid en frequentie) of een budget.',
  eenheid: 'Kies de eenheid van het volume.',
  frequentie: 'Kies de frequentie van het volume.',
  ingangsdatum: 'Vul de ingangsdatum in.',
  einddatum: 'De einddatum ligt vóór de ingangsdatum.',
  totaalZonderEinddatum: 'Een totaal binnen de geldigheidsduur (frequentie 6) heeft een einddatum nodig.',
  // iWmo/iJw 3.2: what the aanbieder's toewijzing (zorg in natura) must carry; see lib/domain/omvang-regels.
  eenheidPerDag: 'Deze eenheid kan in een toewijzing alleen per week, per maand of als totaal (iWmo/iJw CS338). Kies een andere frequentie.',
  perWeekZonderEinddatum: 'Een omvang per week heeft in een toewijzing een einddatum nodig (iWmo/iJw CD076).',
  budgetZonderEinddatum: 'Een toewijzing op budget heeft een einddatum nodig (iWmo/iJw CD075).',
  aanbieder: 'Kies de aanbieder die de zorg in natura levert.',
  pgbMotivering: 'Een pgb vraagt om een motivering: waarom past een persoonsgebonden budget hier?',
  nietActief: 'Dit product is op de ingangsdatum niet actief in de catalogus.',
} as const;

/** Problems of one product line, per field (the field names of ProductRegel). Empty when it is in order. */
export const productRegelProblemen = (regel: ProductRegel, ctx: { wet: Wet; product: ProductInfo | null }): Partial<Record<keyof ProductRegel, string>> => {
  const fouten: Partial<Record<keyof ProductRegel, string>> = {};
  const { product } = ctx;
  if (!regel.productId || !product) fouten.productId = PRODUCT_FOUTEN.product;
  else if (product.wet !== ctx.wet) fouten.productId = `Dit product hoort bij de ${WET_LABELS[product.wet]}; deze beschikking bij de ${WET_LABELS[ctx.wet]}.`;
  else if (regel.ingangsdatum && !isActiefOp({ van: product.actiefVan, tot: product.actiefTot }, regel.ingangsdatum)) fouten.productId = PRODUCT_FOUTEN.nietActief;

  if (!regel.leveringsvorm) fouten.leveringsvorm = PRODUCT_FOUTEN.leveringsvorm;
  else if (product && !product.leveringsvormen.includes(regel.leveringsvorm)) {
    fouten.leveringsvorm = regel.leveringsvorm === 'PGB' ? 'Dit product kan niet als persoonsgebonden budget worden verstrekt.' : 'Dit product kan niet in natura worden geleverd.';
  }

  if (regel.volume === null && regel.budgetCent === null) fouten.volume = PRODUCT_FOUTEN.omvang;
  if (regel.volume !== null) {
    if (!regel.eenheid || !isEenheid(regel.eenheid)) fouten.eenheid = PRODUCT_FOUTEN.eenheid;
    if (!regel.frequentie || !isFrequentie(regel.frequentie)) fouten.frequentie = PRODUCT_FOUTEN.frequentie;
  }

  if (!regel.ingangsdatum) fouten.ingangsdatum = PRODUCT_FOUTEN.ingangsdatum;
  else if (regel.einddatum && toCalendarDay(regel.einddatum).getTime() < toCalendarDay(regel.ingangsdatum).getTime()) fouten.einddatum = PRODUCT_FOUTEN.einddatum;
  if (regel.volume !== null && regel.frequentie === '6' && !regel.einddatum && !fouten.einddatum) fouten.einddatum = PRODUCT_FOUTEN.totaalZonderEinddatum;
  // Zorg in natura becomes a toewijzing: only what a WMO301/JW301 can carry.
  if (regel.leveringsvorm === 'ZIN' && regel.volume !== null && regel.eenheid && regel.frequentie && !fouten.frequentie) {
    if (omvangProbleem(regel.eenheid, regel.frequentie, new Date(0))) fouten.frequentie = PRODUCT_FOUTEN.eenheidPerDag;
    else if (regel.frequentie === '2' && !regel.einddatum && !fouten.einddatum) fouten.einddatum = PRODUCT_FOUTEN.perWeekZonderEinddatum;
  }
  if (regel.leveringsvorm === 'ZIN' && regel.volume === null && regel.budgetCent !== null && !regel.einddatum && !fouten.einddatum) fouten.einddatum = PRODUCT_FOUTEN.budgetZonderEinddatum;

  if (regel.leveringsvorm === 'ZIN' && !regel.aanbiederId) fouten.aanbiederId = PRODUCT_FOUTEN.aanbieder;
  if (regel.leveringsvorm === 'PGB' && !regel.pgbMotivering?.trim()) fouten.pgbMotivering = PRODUCT_FOUTEN.pgbMotivering;
  return fouten;
};

export type BeschikkingInhoud = {
  besluit: BesluitSoort;
  wettelijkeGrondslag: string;
  motivering: string;
  vorigBesluitId: string | null;
  producten: readonly (ProductRegel & { productId: string | null })[];
};

export const INHOUD_FOUTEN = {
  grondslag: 'Vul de wettelijke grondslag in.',
  motivering: 'Vul de motivering in: waarom dit besluit?',
  geenProducten: 'Een toekenning kent minstens één product toe.',
  afwijzingMetProducten: 'Een afwijzing kent geen producten toe. Haal de producten weg of kies een (gedeeltelijke) toekenning.',
  intrekkingMetProducten: 'Een intrekking kent geen producten toe.',
  intrekkingZonderVorig: 'Een intrekking hoort bij een eerder besluit.',
  // iWmo/iJw OP259: a product is not assigned twice for (part of) the same period.
  gestapeld: 'Hetzelfde product staat twee keer in deze beschikking voor (een deel van) dezelfde periode. Dat mag niet (iWmo/iJw OP259: niet stapelen).',
} as const;

/** Problems of the besluit as a whole (not per product line). Empty when it can be vastgesteld. */
export const beschikkingInhoudProblemen = (inhoud: BeschikkingInhoud): string[] => {
  const problemen: string[] = [];
  if (!inhoud.wettelijkeGrondslag.trim()) problemen.push(INHOUD_FOUTEN.grondslag);
  if (!inhoud.motivering.trim()) problemen.push(INHOUD_FOUTEN.motivering);
  if (isToekenning(inhoud.besluit) && inhoud.producten.length === 0) problemen.push(INHOUD_FOUTEN.geenProducten);
  if (inhoud.besluit === 'AFWIJZING' && inhoud.producten.length > 0) problemen.push(INHOUD_FOUTEN.afwijzingMetProducten);
  if (inhoud.besluit === 'INTREKKING') {
    if (inhoud.producten.length > 0) problemen.push(INHOUD_FOUTEN.intrekkingMetProducten);
    if (!inhoud.vorigBesluitId) problemen.push(INHOUD_FOUTEN.intrekkingZonderVorig);
  }
  if (isGestapeld(inhoud.producten)) problemen.push(INHOUD_FOUTEN.gestapeld);
  return problemen;
};

const isGestapeld = (producten: readonly ProductRegel[]): boolean =>
  producten.some((a, i) =>
    producten.some(
      (b, j) =>
        j > i &&
        a.productId !== null &&
        a.productId === b.productId &&
        a.ingangsdatum !== null &&
        b.ingangsdatum !== null &&
        periodesOverlappen({ van: a.ingangsdatum, tot: a.einddatum }, { van: b.ingangsdatum, tot: b.einddatum }),
    ),
  );

// ───────────── Lifecycle ─────────────

export type BeschikkingFeiten = {
  status: BeschikkingStatus;
  opgesteldDoorId: string;
  /** Who wants to take the step. */
  actorId: string;
  /** Whether the actor holds the BESCHIKKING_VASTSTELLEN mandate for the law and every product (mandaatProblem). */
  mandaatProbleem: string | null;
  inhoudProblemen: readonly string[];
  datum: Date | null;
  verzenddatum: Date | null;
  vervalreden: Vervalreden | null;
  today: Date;
};

type Guard = GuardOf<BeschikkingFeiten>;

export const REDENEN = {
  // DOMAIN.md §3 rule 7; the database refuses it as well (Beschikking_vier_ogen).
  vierOgen: 'Je hebt deze beschikking zelf opgesteld. Een tweede medewerker met mandaat stelt haar vast (vier ogen).',
  geenMandaat: 'Je hebt geen mandaat om beschikkingen voor deze wet vast te stellen.',
  geenMandaatProduct: (naam: string) => `Je hebt geen mandaat om een beschikking voor ${naam} vast te stellen.`,
  verzenddatumOntbreekt: 'Vul de verzenddatum in.',
  verzenddatumVoorDatum: 'De verzenddatum ligt vóór de dag van vaststellen.',
  verzenddatumToekomst: 'De verzenddatum ligt in de toekomst. Leg de verzending vast op of na de dag dat de brief de deur uitgaat.',
  vervalredenOntbreekt: 'Een besluit vervalt alleen met een vervalreden.',
  kanNiet: (van: BeschikkingStatus, naar: BeschikkingStatus) => `Een beschikking gaat niet van ${STATUS_TEKST[van]} naar ${STATUS_TEKST[naar]}.`,
} as const;

const STATUS_TEKST: Record<BeschikkingStatus, string> = {
  CONCEPT: 'concept',
  VASTGESTELD: 'vastgesteld',
  VERZONDEN: 'verzonden',
  VERVALLEN: 'vervallen',
};

const inhoudCompleet: Guard = (f) => (f.inhoudProblemen.length ? f.inhoudProblemen.join(' ') : null);
const vierOgen: Guard = (f) => (f.actorId === f.opgesteldDoorId ? REDENEN.vierOgen : null);
const mandaat: Guard = (f) => f.mandaatProbleem;
const verzenddatumGeldig: Guard = (f) => {
  if (!f.verzenddatum) return REDENEN.verzenddatumOntbreekt;
  const dag = toCalendarDay(f.verzenddatum).getTime();
  if (f.datum && dag < toCalendarDay(f.datum).getTime()) return REDENEN.verzenddatumVoorDatum;
  if (dag > toCalendarDay(f.today).getTime()) return REDENEN.verzenddatumToekomst;
  return null;
};
const heeftVervalreden: Guard = (f) => (f.vervalreden ? null : REDENEN.vervalredenOntbreekt);

export const BESCHIKKING_TRANSITIONS = {
  CONCEPT: { VASTGESTELD: [inhoudCompleet, vierOgen, mandaat] },
  VASTGESTELD: { VERZONDEN: [verzenddatumGeldig], VERVALLEN: [heeftVervalreden] },
  VERZONDEN: { VERVALLEN: [heeftVervalreden] },
  VERVALLEN: {},
} satisfies Record<BeschikkingStatus, Partial<Record<BeschikkingStatus, Guard[]>>>;

/** The beschikking's lifecycle as a machine of the one engine (lib/domain/state-machine.ts). A besluit starts as concept. */
export const BESCHIKKING_MACHINE = defineMachine<BeschikkingStatus, BeschikkingFeiten>({
  states: BESCHIKKING_STATUS_VALUES,
  table: BESCHIKKING_TRANSITIONS,
  initial: ['CONCEPT'],
  kanNiet: (van, naar) => REDENEN.kanNiet(van, naar),
});

/** Why this step cannot be taken (Dutch), or an empty list. */
export const beschikkingRefusalReasons = (feiten: BeschikkingFeiten, naar: BeschikkingStatus): string[] =>
  weigeringen(BESCHIKKING_MACHINE, feiten.status, naar, feiten);

/**
 * DOMAIN.md §3 rule 7: the mandate for the law, and for every product when a mandate names one. `producten` are the
 * products the besluit is about (for an afwijzing or intrekking: those of the aanvraag or the earlier besluit).
 */
export const mandaatProblem = (
  mandaten: readonly MandaatFeit[],
  vraag: { wet: Wet; producten: readonly { id: string; naam: string }[]; op: Date },
): string | null => {
  const voorDeWet = mandaten.filter((m) => m.soort === 'BESCHIKKING_VASTSTELLEN' && (m.wet === null || m.wet === vraag.wet));
  if (!vraag.producten.length) {
    return heeftMandaat(voorDeWet, { soort: 'BESCHIKKING_VASTSTELLEN', wet: vraag.wet, productId: null, op: vraag.op }) ? null : REDENEN.geenMandaat;
  }
  for (const product of vraag.producten) {
    if (heeftMandaat(voorDeWet, { soort: 'BESCHIKKING_VASTSTELLEN', wet: vraag.wet, productId: product.id, op: vraag.op })) continue;
    // Someone with a mandate for other products of this law hears which product is missing.
    return voorDeWet.length ? REDENEN.geenMandaatProduct(product.naam) : REDENEN.geenMandaat;
  }
  return null;
};

// ───────────── Dates of the besluit ─────────────

/** Awb 6:7 and the Atw: the uiterlijke reactiedatum (bezwaar deadline) of a besluit sent on this day. */
export const uiterlijkeReactiedatum = (verzenddatum: Date, bezwaarTermijnDagen: number, besluitdagen: Besluitdagen): Date =>
  bezwaarDeadline(verzenddatum, besluitdagen, bezwaarTermijnDagen);

/**
 * ZGW ingangsdatum and vervaldatum of a toekenning: it takes effect on its first product's ingangsdatum and, when
 * every product ends, vervalt after the last one (vervalreden TIJDELIJK). Vervaldatum is the first day without
 * effect, so the day after the last einddatum.
 */
export const looptijd = (producten: readonly { ingangsdatum: Date; einddatum: Date | null }[]): { ingangsdatum: Date | null; vervaldatum: Date | null } => {
  if (!producten.length) return { ingangsdatum: null, vervaldatum: null };
  const ingangsdatum = new Date(Math.min(...producten.map((p) => toCalendarDay(p.ingangsdatum).getTime())));
  const eindes = producten.map((p) => p.einddatum);
  if (eindes.some((e) => e === null)) return { ingangsdatum, vervaldatum: null };
  const laatste = new Date(Math.max(...eindes.map((e) => toCalendarDay(e!).getTime())));
  return { ingangsdatum, vervaldatum: addCalendarDays(laatste, 1) };
};

// ───────────── Wijzigen en intrekken ─────────────

/** Whether a new besluit may change this one (VASTGESTELD or VERZONDEN, no successor yet, not an intrekking). */
export const wijzigenProblem = (b: { status: BeschikkingStatus; besluit: BesluitSoort; heeftOpvolger: boolean }): string | null => {
  if (b.status !== 'VASTGESTELD' && b.status !== 'VERZONDEN') return 'Alleen een vastgestelde of verzonden beschikking kan worden gewijzigd of ingetrokken.';
  if (b.besluit === 'INTREKKING') return 'Een intrekking wijzig je niet; neem zo nodig een nieuw besluit op de aanvraag.';
  if (b.heeftOpvolger) return 'Er is al een nieuw besluit in de maak dat deze beschikking wijzigt of intrekt. Werk dat besluit af.';
  return null;
};

export const intrekkenProblem = (b: { status: BeschikkingStatus; besluit: BesluitSoort; heeftOpvolger: boolean }): string | null => {
  const probleem = wijzigenProblem(b);
  if (probleem) return probleem;
  if (!isToekenning(b.besluit)) return 'Alleen een toekenning kan worden ingetrokken.';
  return null;
};

// ───────────── Text ─────────────

const ENKELVOUD: Record<string, [string, string]> = {
  '01': ['minuut', 'minuten'],
  '04': ['uur', 'uur'],
  '14': ['etmaal', 'etmalen'],
  '16': ['dagdeel', 'dagdelen'],
  '82': ['stuk', 'stuks'],
  '83': ['euro', 'euro'],
  '84': ['stuk', 'stuks'],
};

/** '6 dagdelen (4 uur) per week', '1 uur per dag', '40 uur in totaal'. */
export const omvangTekst = (o: { volume: number | null; eenheid: string | null; frequentie: string | null }): string | null => {
  if (o.volume === null || !o.eenheid || !o.frequentie) return null;
  const woorden = ENKELVOUD[o.eenheid];
  const eenheid = woorden ? woorden[o.volume === 1 ? 0 : 1] : isEenheid(o.eenheid) ? EENHEID_LABELS[o.eenheid].toLowerCase() : o.eenheid;
  const toevoeging = o.eenheid === '16' ? ' (4 uur)' : '';
  const frequentie = o.frequentie === '6' ? 'in totaal' : isFrequentie(o.frequentie) ? FREQUENTIE_LABELS[o.frequentie].toLowerCase() : o.frequentie;
  return `${o.volume} ${eenheid}${toevoeging} ${frequentie}`;
};
