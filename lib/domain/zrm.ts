import { ZRM_DOMEIN_VALUES, type ZrmDomein } from './enums';

// Zelfredzaamheid-Matrix 2017 (DOMAIN.md §5): a score from 1 (acute problematiek) to 5 (volledig zelfredzaam) on
// 13 domains. The criteria texts per score are licensed, so only domain, score, date, assessor and note are kept.
// Score only the domains relevant to the question: the privacy regulator questioned scoring all of them.

export const ZRM_DOMEIN_LABELS: Record<ZrmDomein, string> = {
  FINANCIEN: 'Financiën',
  WERK_OPLEIDING: 'Werk en opleiding',
  TIJDSBESTEDING: 'Tijdsbesteding',
  HUISVESTING: 'Huisvesting',
  HUISELIJKE_RELATIES: 'Huiselijke relaties',
  GEESTELIJKE_GEZONDHEID: 'Geestelijke gezondheid',
  LICHAMELIJKE_GEZONDHEID: 'Lichamelijke gezondheid',
  MIDDELENGEBRUIK: 'Middelengebruik',
  BASALE_ADL: 'Basale ADL',
  INSTRUMENTELE_ADL: 'Instrumentele ADL',
  SOCIAAL_NETWERK: 'Sociaal netwerk',
  MAATSCHAPPELIJKE_PARTICIPATIE: 'Maatschappelijke participatie',
  JUSTITIE: 'Justitie',
};

export const ZRM_SCORES = [1, 2, 3, 4, 5] as const;
export type ZrmScore = (typeof ZRM_SCORES)[number];

export const ZRM_SCORE_LABELS: Record<ZrmScore, string> = {
  1: 'Acute problematiek',
  2: 'Niet zelfredzaam',
  3: 'Beperkt zelfredzaam',
  4: 'Voldoende zelfredzaam',
  5: 'Volledig zelfredzaam',
};

export const ZRM_SCORE_ERROR = 'Kies een score van 1 tot en met 5.';

export const isValidZrmScore = (value: unknown): value is ZrmScore =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;

export type LeefgebiedSeed = { code: string; naam: string; zrmDomein: ZrmDomein | null; volgorde: number };

// Leefgebieden differ per gemeente (DOMAIN.md §5), so they are a configurable list; this is its seed. The codes are
// stable keys (Voorziening.leefgebiedCodes refers to them); volgorde leaves gaps of 10 so a gemeente can insert.
// 'Opvoeding en ontwikkeling' has no ZRM domain, but almost every jeugd question touches it.
const SEED_ORDER: (ZrmDomein | 'OPVOEDING_ONTWIKKELING')[] = [
  'FINANCIEN',
  'WERK_OPLEIDING',
  'TIJDSBESTEDING',
  'HUISVESTING',
  'HUISELIJKE_RELATIES',
  'OPVOEDING_ONTWIKKELING',
  'GEESTELIJKE_GEZONDHEID',
  'LICHAMELIJKE_GEZONDHEID',
  'MIDDELENGEBRUIK',
  'BASALE_ADL',
  'INSTRUMENTELE_ADL',
  'SOCIAAL_NETWERK',
  'MAATSCHAPPELIJKE_PARTICIPATIE',
  'JUSTITIE',
];

export const DEFAULT_LEEFGEBIEDEN: LeefgebiedSeed[] = SEED_ORDER.map((code, index) =>
  code === 'OPVOEDING_ONTWIKKELING'
    ? { code, naam: 'Opvoeding en ontwikkeling', zrmDomein: null, volgorde: (index + 1) * 10 }
    : { code, naam: ZRM_DOMEIN_LABELS[code], zrmDomein: code, volgorde: (index + 1) * 10 },
);

export type ZrmMeting = { domein: ZrmDomein; score: number; datum: Date };

export type ZrmChange = {
  domein: ZrmDomein;
  first: ZrmScore;
  latest: ZrmScore;
  /** latest − first: positive is more zelfredzaam. */
  change: number;
  firstOn: Date;
  latestOn: Date;
  metingen: number;
};

/**
 * First and latest score per domain, for one person: pass one person's scores (the ZRM scores a person, not a
 * household). Scores on the same date keep their input order, so the later one in the list counts as latest.
 * Domains without scores are left out; the result follows the ZRM domain order.
 */
export const zrmChange = (history: ZrmMeting[]): ZrmChange[] => {
  const byDomein = new Map<ZrmDomein, ZrmMeting[]>();
  history.forEach((meting) => {
    if (!isValidZrmScore(meting.score)) throw new RangeError(`Invalid ZRM score ${meting.score}`);
    byDomein.set(meting.domein, [...(byDomein.get(meting.domein) ?? []), meting]);
  });
  return ZRM_DOMEIN_VALUES.filter((domein) => byDomein.has(domein)).map((domein) => {
    // Array.prototype.sort is stable, so equal dates keep their input order.
    const metingen = [...byDomein.get(domein)!].sort((a, b) => a.datum.getTime() - b.datum.getTime());
    const first = metingen[0];
    const latest = metingen[metingen.length - 1];
    return {
      domein,
      first: first.score as ZrmScore,
      latest: latest.score as ZrmScore,
      change: latest.score - first.score,
      firstOn: first.datum,
      latestOn: latest.datum,
      metingen: metingen.length,
    };
  });
};
