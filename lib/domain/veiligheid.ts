import { addCalendarDays, toCalendarDay } from './dates';
import { VEILIGHEID_VALUES, type Veiligheid } from './enums';

// The veiligheidsanalyse: the gemeente's default checklist, leading to a risk level (DOMAIN.md §2 vraagverheldering,
// §3 rule 6). It follows common Dutch practice around the Meldcode huiselijk geweld en kindermishandeling (stap 1:
// signalen in kaart brengen; stap 2: collegiale consultatie) and the questions of a veiligheidstaxatie: is anyone in
// acute danger, is there violence, abuse or neglect of a child or a dependent adult, which risk factors stack up, and
// the professional's own niet-pluisgevoel. The list is the gemeente's default; it is not a validated instrument and
// does not replace professional judgement: the caseworker may raise the level, never lower it.
//
// Scoring (documented so a gedragswetenschapper can check it):
// - every item says what a "ja" and a "weet ik niet" mean; "nee" never raises the level;
// - the level is the highest level any answer points to;
// - stapeling: three or more "ja" answers on risk factors (twijfel- and context-items) raise the level to RISICO;
// - context items (stress in the household) raise nothing on their own, they only count for stapeling.

export const ANTWOORD_VALUES = ['JA', 'NEE', 'WEET_NIET'] as const;
export type Antwoord = (typeof ANTWOORD_VALUES)[number];

export const ANTWOORD_LABELS: Record<Antwoord, string> = {
  JA: 'Ja',
  NEE: 'Nee',
  WEET_NIET: 'Weet ik niet',
};

export type ChecklistItem = {
  code: string;
  groep: string;
  vraag: string;
  hint?: string;
  /** The level a "ja" points to; null for a context item that only counts for stapeling. */
  bijJa: Veiligheid | null;
  /** The level a "weet ik niet" points to. */
  bijWeetNiet: Veiligheid;
};

export const VEILIGHEID_CHECKLIST: ChecklistItem[] = [
  {
    code: 'ACUUT_GEVAAR',
    groep: 'Acute onveiligheid',
    vraag: 'Is iemand in het huishouden nu of in de komende dagen in direct gevaar?',
    hint: 'Bijvoorbeeld ernstig letsel, een kind zonder toezicht, iemand die niet veilig thuis kan slapen.',
    bijJa: 'ACUUT',
    bijWeetNiet: 'RISICO',
  },
  {
    code: 'DREIGING_LEVEN',
    groep: 'Acute onveiligheid',
    vraag: 'Is er gedreigd met doden of met een wapen, of is iemand gewurgd?',
    bijJa: 'ACUUT',
    bijWeetNiet: 'RISICO',
  },
  {
    code: 'HUISELIJK_GEWELD',
    groep: 'Geweld, mishandeling en verwaarlozing',
    vraag: 'Zijn er signalen van huiselijk geweld tussen volwassenen (lichamelijk, psychisch of seksueel)?',
    bijJa: 'RISICO',
    bijWeetNiet: 'TWIJFEL',
  },
  {
    code: 'KINDERMISHANDELING',
    groep: 'Geweld, mishandeling en verwaarlozing',
    vraag: 'Zijn er signalen dat een kind wordt mishandeld of misbruikt, of getuige is van geweld?',
    bijJa: 'RISICO',
    bijWeetNiet: 'TWIJFEL',
  },
  {
    code: 'OUDERENMISHANDELING',
    groep: 'Geweld, mishandeling en verwaarlozing',
    vraag: 'Zijn er signalen dat een afhankelijke volwassene (oudere, iemand met een beperking) wordt mishandeld of uitgebuit?',
    hint: 'Ook financieel misbruik of ontspoorde mantelzorg.',
    bijJa: 'RISICO',
    bijWeetNiet: 'TWIJFEL',
  },
  {
    code: 'VERWAARLOZING',
    groep: 'Geweld, mishandeling en verwaarlozing',
    vraag: 'Zijn er signalen van verwaarlozing, van een kind, van een afhankelijke volwassene of van iemand zelf?',
    bijJa: 'RISICO',
    bijWeetNiet: 'TWIJFEL',
  },
  {
    code: 'EERDER_GEWELD',
    groep: 'Risicofactoren',
    vraag: 'Is er eerder geweld geweest, of een melding bij Veilig Thuis of de politie?',
    bijJa: 'TWIJFEL',
    bijWeetNiet: 'GEEN_ZORGEN',
  },
  {
    code: 'ZORGMIJDING',
    groep: 'Risicofactoren',
    vraag: 'Houdt het huishouden hulp buiten de deur, of mijdt het contact met school, huisarts of consultatiebureau?',
    bijJa: 'TWIJFEL',
    bijWeetNiet: 'GEEN_ZORGEN',
  },
  {
    code: 'SPANNING',
    groep: 'Risicofactoren',
    vraag: 'Zijn er omstandigheden die de spanning thuis flink verhogen?',
    hint: 'Bijvoorbeeld schulden, verslaving, psychische problemen, een scheiding of dreigende huisuitzetting.',
    bijJa: null,
    bijWeetNiet: 'GEEN_ZORGEN',
  },
  {
    code: 'NIET_PLUIS',
    groep: 'Eigen inschatting',
    vraag: 'Heb je een niet-pluisgevoel over de veiligheid in dit huishouden?',
    bijJa: 'TWIJFEL',
    bijWeetNiet: 'TWIJFEL',
  },
];

/** Three or more risk factors answered "ja" together make a risk (stapeling van risicofactoren). */
export const STAPELING_DREMPEL = 3;

export const VEILIGHEID_REASONS = {
  stapeling: (n: number) => `Stapeling: ${n} risicofactoren tegelijk.`,
  eigenOordeel: 'Hoger ingeschat door de medewerker.',
} as const;

const rank = (niveau: Veiligheid) => VEILIGHEID_VALUES.indexOf(niveau);
export const maxNiveau = (...levels: Veiligheid[]): Veiligheid =>
  levels.reduce((highest, level) => (rank(level) > rank(highest) ? level : highest), 'GEEN_ZORGEN' as Veiligheid);

export type Antwoorden = Record<string, Antwoord>;

export type Assessment = {
  niveau: Veiligheid;
  /** The questions behind the level, in checklist order: what the gedragswetenschapper reads first. */
  redenen: string[];
  onbeantwoord: string[];
};

/** The level the checklist answers point to. Unanswered items are listed; they raise nothing. */
export const assessVeiligheid = (antwoorden: Antwoorden): Assessment => {
  let niveau: Veiligheid = 'GEEN_ZORGEN';
  const redenen: string[] = [];
  const onbeantwoord: string[] = [];
  let risicofactoren = 0;
  for (const item of VEILIGHEID_CHECKLIST) {
    const antwoord = antwoorden[item.code];
    if (!antwoord) {
      onbeantwoord.push(item.code);
      continue;
    }
    if (antwoord === 'NEE') continue;
    const level = antwoord === 'JA' ? (item.bijJa ?? 'GEEN_ZORGEN') : item.bijWeetNiet;
    if (antwoord === 'JA' && (item.bijJa === null || item.bijJa === 'TWIJFEL')) risicofactoren += 1;
    if (level !== 'GEEN_ZORGEN') redenen.push(`${item.vraag} ${ANTWOORD_LABELS[antwoord]}.`);
    niveau = maxNiveau(niveau, level);
  }
  if (risicofactoren >= STAPELING_DREMPEL && rank(niveau) < rank('RISICO')) {
    niveau = 'RISICO';
    redenen.push(VEILIGHEID_REASONS.stapeling(risicofactoren));
  }
  return { niveau, redenen, onbeantwoord };
};

/** The professional may raise the level the checklist gives, never lower it. */
export const finalNiveau = (berekend: Veiligheid, eigenOordeel: Veiligheid | null | undefined): Veiligheid =>
  eigenOordeel ? maxNiveau(berekend, eigenOordeel) : berekend;

/** DOMAIN.md §3 rule 6: doubt, risk or acute danger raise a required consult with a gedragswetenschapper. */
export const needsConsult = (niveau: Veiligheid) => niveau !== 'GEEN_ZORGEN';

/**
 * The day the consult must be answered: the same day when someone is in acute danger, otherwise the gemeente's
 * consult term (Gemeente.consultTermijnDagen) in calendar days.
 */
export const consultDueDate = (today: Date, niveau: Veiligheid, termijnDagen: number): Date =>
  niveau === 'ACUUT' ? toCalendarDay(today) : addCalendarDays(today, termijnDagen);

export const VEILIGHEID_ADVIES: Record<Veiligheid, string> = {
  GEEN_ZORGEN: 'Geen zorgen over de veiligheid op dit moment. Blijf alert en doe de analyse opnieuw bij nieuwe signalen.',
  TWIJFEL: 'Twijfel: overleg met de gedragswetenschapper (collegiale consultatie, meldcode stap 2).',
  RISICO: 'Risico: consult met de gedragswetenschapper en bespreek veiligheidsafspraken met het huishouden.',
  ACUUT: 'Acuut onveilig: zorg vandaag voor veiligheid. Bel bij direct gevaar 112, en overleg met Veilig Thuis (0800-2000).',
};

/**
 * The outcome the checklist shows while it is being filled in (issue 16 item 13): "geen zorgen" only once every
 * question is answered, so an empty or half-filled list on a casus at twijfel never shows a green all-clear; signals
 * already found (or a raised own judgement) show at once. null: nothing to conclude yet.
 */
export const voorlopigeUitkomst = (assessment: Assessment, eigenOordeel: Veiligheid | null | undefined): Veiligheid | null => {
  const niveau = finalNiveau(assessment.niveau, eigenOordeel);
  return niveau === 'GEEN_ZORGEN' && assessment.onbeantwoord.length > 0 ? null : niveau;
};

/** The message above a refused checklist names what is missing: the questions, the toelichting, or both. */
export const veiligheidFormFout = (ontbreekt: { vragen: boolean; toelichting: boolean }): string => {
  if (ontbreekt.vragen && ontbreekt.toelichting) return 'Beantwoord de gemarkeerde vragen en vul de toelichting in.';
  if (ontbreekt.vragen) return 'Controleer de gemarkeerde vragen.';
  if (ontbreekt.toelichting) return 'Vul de toelichting in: bij twijfel, risico of acuut is die verplicht.';
  return 'Controleer de gemarkeerde velden.';
};
