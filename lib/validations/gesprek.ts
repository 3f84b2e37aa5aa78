import { z } from 'zod';
import { parseDutchDate, toIsoDate } from '@/lib/domain/dates';
import { BELASTING_VALUES, NETWERK_SOORT_VALUES, SIGNAAL_VALUES, ZRM_DOMEIN_VALUES, type Belasting, type NetwerkSoort, type Signaal, type ZrmDomein } from '@/lib/domain/enums';
import { DEELNEMER_ROLLEN, SCREENING_ONDERWERPEN, type DeelnemerRol, type ScreeningOnderwerp } from '@/lib/domain/gesprek';
import { isUuid } from '@/lib/domain/ids';

// The gesprek form is long and flat: one field per name, so that every typed value goes back to the form after a
// validation error and the browser can keep a copy (autosave). The names are built here, once, for the form, the
// parser and the mapping from a saved gesprek back to values.

export const LEEFGEBIED_VELDEN = ['situatie', 'gaatGoed', 'zorgen', 'eigenKracht', 'wens'] as const;
export type LeefgebiedVeld = (typeof LEEFGEBIED_VELDEN)[number];
export const KIND_VELDEN = ['situatie', 'zorgen', 'wens'] as const;
export type KindVeld = (typeof KIND_VELDEN)[number];
export const MANTELZORG_VELDEN = ['naam', 'relatie', 'belasting', 'ondersteuningsbehoefte'] as const;
export const NETWERK_VELDEN = ['soort', 'naam', 'relatie', 'bijdrage', 'telefoon'] as const;
export const ANDERE_DEELNEMER_VELDEN = ['naam', 'rol'] as const;

export const gesprekKeys = {
  leefgebied: (leefgebiedId: string, veld: LeefgebiedVeld) => `lg.${leefgebiedId}.${veld}`,
  kind: (leefgebiedId: string, persoonId: string, veld: KindVeld) => `lg.${leefgebiedId}.kind.${persoonId}.${veld}`,
  mantelzorg: (index: number, veld: (typeof MANTELZORG_VELDEN)[number]) => `mantelzorg.${index}.${veld}`,
  netwerk: (index: number, veld: (typeof NETWERK_VELDEN)[number]) => `netwerk.${index}.${veld}`,
  andere: (index: number, veld: (typeof ANDERE_DEELNEMER_VELDEN)[number]) => `anderen.${index}.${veld}`,
  screening: (onderwerp: ScreeningOnderwerp) => `screening.${onderwerp}`,
  zrmScore: (persoonId: string, domein: ZrmDomein) => `zrm.${persoonId}.${domein}.score`,
  zrmNotitie: (persoonId: string, domein: ZrmDomein) => `zrm.${persoonId}.${domein}.notitie`,
};

/** More rows than any household needs; a higher index in the form is tampering and is refused (issue 10). */
export const MAX_GESPREK_RIJEN = 50;

/**
 * How many rows of a repeated group the values hold (the highest index + 1), at most MAX_GESPREK_RIJEN + 1: a
 * posted `anderen.99999999.naam` must not make the parser or the form loop a hundred million times.
 */
export const rowCount = (values: Record<string, string>, group: 'mantelzorg' | 'netwerk' | 'anderen') => {
  const pattern = new RegExp(`^${group}\\.(\\d+)\\.`);
  let count = 0;
  for (const key of Object.keys(values)) {
    const match = pattern.exec(key);
    if (match) count = Math.max(count, Math.min(Number(match[1]) + 1, MAX_GESPREK_RIJEN + 1));
  }
  return count;
};

/** The rows to parse of a group; a message at the first row too many when the form holds more than allowed. */
function rowsToParse(values: Record<string, string>, group: 'mantelzorg' | 'netwerk' | 'anderen', add: (key: string, message: string) => void) {
  const count = rowCount(values, group);
  if (count > MAX_GESPREK_RIJEN) add(`${group}.${MAX_GESPREK_RIJEN}.naam`, `Gebruik hooguit ${MAX_GESPREK_RIJEN} regels.`);
  return Math.min(count, MAX_GESPREK_RIJEN);
}

export const splitList = (value: string | undefined) => (value ?? '').split(',').map((v) => v.trim()).filter(Boolean);

const text = (max: number) => z.string().trim().max(max, `Maximaal ${max} tekens.`);
const LONG = 10_000;

const baseSchema = z.object({
  huishoudenId: z.uuid('Huishouden ontbreekt.'),
  gesprekId: z.union([z.uuid(), z.literal('')]).optional().transform((v) => v || null),
  version: z.coerce.number().int().min(0).default(0),
  intent: z.enum(['concept', 'afronden']).default('concept'),
  datum: z.string().trim().optional().transform((value, ctx) => {
    if (!value) return null;
    const date = parseDutchDate(value);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: 'Vul een geldige datum in, bijvoorbeeld 22-11-2026.' });
      return z.NEVER;
    }
    return date;
  }),
  plaats: text(200).default(''),
  clientondersteuningAangeboden: z.enum(['ja', 'nee', '']).default('').transform((v) => (v === '' ? null : v === 'ja')),
  clientondersteunerNaam: text(200).default(''),
  screeningToelichting: text(LONG).default(''),
  samenvatting: text(LONG).default(''),
  afspraken: text(LONG).default(''),
  vervolg: text(LONG).default(''),
});

export type GesprekLeefgebiedInput = {
  leefgebiedId: string;
  persoonId: string | null;
  situatie: string | null;
  gaatGoed: string | null;
  zorgen: string | null;
  eigenKracht: string | null;
  wens: string | null;
};

export type SaveGesprekInput = z.infer<typeof baseSchema> & {
  deelnemerPersoonIds: string[];
  andereDeelnemers: { naam: string; rol: DeelnemerRol }[];
  leefgebiedIds: string[];
  leefgebieden: GesprekLeefgebiedInput[];
  mantelzorg: { naam: string; relatie: string; belasting: Belasting; ondersteuningsbehoefte: string | null }[];
  netwerk: { soort: NetwerkSoort; naam: string; relatie: string; bijdrage: string | null; telefoon: string | null }[];
  screening: Record<ScreeningOnderwerp, Signaal>;
  zrm: { persoonId: string; domein: ZrmDomein; score: number; notitie: string | null }[];
};

export type ParseResult = { success: true; data: SaveGesprekInput } | { success: false; fieldErrors: Record<string, string[]> };

const orNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);
const tooLong = (value: string | undefined, max: number) => (value ?? '').trim().length > max;

/**
 * Parses the flat form values. Rows that are wholly empty are skipped; a half-filled row gets a message at the
 * field that is missing. Which leefgebieden and persons exist is checked by the use case.
 */
export function parseGesprekForm(values: Record<string, string>): ParseResult {
  const errors: Record<string, string[]> = {};
  const add = (key: string, message: string) => (errors[key] = [...(errors[key] ?? []), message]);

  const base = baseSchema.safeParse(values);
  if (!base.success) {
    for (const issue of base.error.issues) add(String(issue.path[0] ?? 'form'), issue.message);
  }

  const deelnemerPersoonIds = splitList(values.deelnemers).filter(isUuid);
  const leefgebiedIds = splitList(values.leefgebieden).filter(isUuid);

  const leefgebieden: GesprekLeefgebiedInput[] = [];
  for (const leefgebiedId of leefgebiedIds) {
    const row: GesprekLeefgebiedInput = { leefgebiedId, persoonId: null, situatie: null, gaatGoed: null, zorgen: null, eigenKracht: null, wens: null };
    for (const veld of LEEFGEBIED_VELDEN) {
      const key = gesprekKeys.leefgebied(leefgebiedId, veld);
      if (tooLong(values[key], LONG)) add(key, `Maximaal ${LONG} tekens.`);
      row[veld] = orNull(values[key]);
    }
    leefgebieden.push(row);
    // Children's own view: lg.<leefgebiedId>.kind.<persoonId>.<veld>
    const kindIds = new Set(
      Object.keys(values)
        .map((key) => new RegExp(`^lg\\.${leefgebiedId}\\.kind\\.([0-9a-f-]{36})\\.`).exec(key)?.[1])
        .filter((id): id is string => Boolean(id)),
    );
    for (const persoonId of kindIds) {
      const kind: GesprekLeefgebiedInput = { leefgebiedId, persoonId, situatie: null, gaatGoed: null, zorgen: null, eigenKracht: null, wens: null };
      for (const veld of KIND_VELDEN) kind[veld] = orNull(values[gesprekKeys.kind(leefgebiedId, persoonId, veld)]);
      if (kind.situatie || kind.zorgen || kind.wens) leefgebieden.push(kind);
    }
  }

  const andereDeelnemers: SaveGesprekInput['andereDeelnemers'] = [];
  const andereRijen = rowsToParse(values, 'anderen', add);
  for (let i = 0; i < andereRijen; i++) {
    const naam = orNull(values[gesprekKeys.andere(i, 'naam')]);
    const rol = values[gesprekKeys.andere(i, 'rol')] ?? '';
    if (!naam) continue;
    if (!(DEELNEMER_ROLLEN as readonly string[]).includes(rol)) add(gesprekKeys.andere(i, 'rol'), `Kies de rol van ${naam}.`);
    else andereDeelnemers.push({ naam, rol: rol as DeelnemerRol });
  }

  const mantelzorg: SaveGesprekInput['mantelzorg'] = [];
  const mantelzorgRijen = rowsToParse(values, 'mantelzorg', add);
  for (let i = 0; i < mantelzorgRijen; i++) {
    const naam = orNull(values[gesprekKeys.mantelzorg(i, 'naam')]);
    const relatie = orNull(values[gesprekKeys.mantelzorg(i, 'relatie')]);
    const belasting = values[gesprekKeys.mantelzorg(i, 'belasting')] ?? '';
    const ondersteuningsbehoefte = orNull(values[gesprekKeys.mantelzorg(i, 'ondersteuningsbehoefte')]);
    if (!naam && !relatie && !belasting && !ondersteuningsbehoefte) continue;
    if (!naam) add(gesprekKeys.mantelzorg(i, 'naam'), 'Vul de naam van de mantelzorger in.');
    if (!relatie) add(gesprekKeys.mantelzorg(i, 'relatie'), 'Vul de relatie met het huishouden in.');
    if (!(BELASTING_VALUES as readonly string[]).includes(belasting)) add(gesprekKeys.mantelzorg(i, 'belasting'), 'Kies hoe zwaar de zorg is.');
    if (naam && relatie && (BELASTING_VALUES as readonly string[]).includes(belasting)) {
      mantelzorg.push({ naam, relatie, belasting: belasting as Belasting, ondersteuningsbehoefte });
    }
  }

  const netwerk: SaveGesprekInput['netwerk'] = [];
  const netwerkRijen = rowsToParse(values, 'netwerk', add);
  for (let i = 0; i < netwerkRijen; i++) {
    const soort = values[gesprekKeys.netwerk(i, 'soort')] || 'PERSOON';
    const naam = orNull(values[gesprekKeys.netwerk(i, 'naam')]);
    const relatie = orNull(values[gesprekKeys.netwerk(i, 'relatie')]);
    const bijdrage = orNull(values[gesprekKeys.netwerk(i, 'bijdrage')]);
    const telefoon = orNull(values[gesprekKeys.netwerk(i, 'telefoon')]);
    if (!naam && !relatie && !bijdrage && !telefoon) continue;
    if (!naam) add(gesprekKeys.netwerk(i, 'naam'), 'Vul de naam in.');
    if (!relatie) add(gesprekKeys.netwerk(i, 'relatie'), 'Vul de relatie met het huishouden in.');
    if (!(NETWERK_SOORT_VALUES as readonly string[]).includes(soort)) add(gesprekKeys.netwerk(i, 'soort'), 'Kies persoon of organisatie.');
    if (telefoon && tooLong(telefoon, 30)) add(gesprekKeys.netwerk(i, 'telefoon'), 'Maximaal 30 tekens.');
    if (naam && relatie) netwerk.push({ soort: soort as NetwerkSoort, naam, relatie, bijdrage, telefoon });
  }

  const screening = {} as Record<ScreeningOnderwerp, Signaal>;
  for (const onderwerp of SCREENING_ONDERWERPEN) {
    const value = values[gesprekKeys.screening(onderwerp)] || 'NIET_BESPROKEN';
    if (!(SIGNAAL_VALUES as readonly string[]).includes(value)) add(gesprekKeys.screening(onderwerp), 'Kies een antwoord.');
    screening[onderwerp] = (SIGNAAL_VALUES as readonly string[]).includes(value) ? (value as Signaal) : 'NIET_BESPROKEN';
  }

  const zrm: SaveGesprekInput['zrm'] = [];
  for (const [key, raw] of Object.entries(values)) {
    const match = /^zrm\.([0-9a-f-]{36})\.([A-Z_]+)\.score$/.exec(key);
    if (!match || !raw?.trim()) continue;
    const [, persoonId, domein] = match;
    if (!(ZRM_DOMEIN_VALUES as readonly string[]).includes(domein)) continue;
    const score = Number(raw);
    if (!Number.isInteger(score) || score < 1 || score > 5) {
      add(key, 'Kies een score van 1 tot en met 5.');
      continue;
    }
    zrm.push({ persoonId, domein: domein as ZrmDomein, score, notitie: orNull(values[gesprekKeys.zrmNotitie(persoonId, domein as ZrmDomein)]) });
  }

  if (!base.success || Object.keys(errors).length) return { success: false, fieldErrors: errors };
  return {
    success: true,
    data: { ...base.data, deelnemerPersoonIds, andereDeelnemers, leefgebiedIds, leefgebieden, mantelzorg, netwerk, screening, zrm },
  };
}

export type SavedGesprek = {
  id: string;
  version: number;
  datum: Date;
  plaats: string;
  clientondersteuningAangeboden: boolean;
  clientondersteunerNaam: string | null;
  screening: Record<ScreeningOnderwerp, Signaal>;
  screeningToelichting: string | null;
  samenvatting: string | null;
  afspraken: string | null;
  vervolg: string | null;
  deelnemers: { persoonId: string | null; naam: string; rol: string }[];
  leefgebieden: GesprekLeefgebiedInput[];
  mantelzorg: { naam: string; relatie: string; belasting: Belasting; ondersteuningsbehoefte: string | null }[];
  netwerk: { soort: NetwerkSoort; naam: string; relatie: string; bijdrage: string | null; telefoon: string | null }[];
  zrm: { persoonId: string; domein: ZrmDomein; score: number; notitie: string | null }[];
  /** A concept that was saved before the client-support question was answered. */
  clientondersteuningBeantwoord: boolean;
};

/** A saved gesprek as the flat values the form shows. */
export function gesprekToValues(g: SavedGesprek): Record<string, string> {
  const values: Record<string, string> = {
    gesprekId: g.id,
    datum: toIsoDate(g.datum),
    plaats: g.plaats,
    clientondersteuningAangeboden: g.clientondersteuningBeantwoord ? (g.clientondersteuningAangeboden ? 'ja' : 'nee') : '',
    clientondersteunerNaam: g.clientondersteunerNaam ?? '',
    screeningToelichting: g.screeningToelichting ?? '',
    samenvatting: g.samenvatting ?? '',
    afspraken: g.afspraken ?? '',
    vervolg: g.vervolg ?? '',
    deelnemers: g.deelnemers.filter((d) => d.persoonId).map((d) => d.persoonId).join(','),
    leefgebieden: [...new Set(g.leefgebieden.map((l) => l.leefgebiedId))].join(','),
  };
  g.deelnemers
    .filter((d) => !d.persoonId)
    .forEach((d, i) => {
      values[gesprekKeys.andere(i, 'naam')] = d.naam;
      values[gesprekKeys.andere(i, 'rol')] = d.rol;
    });
  for (const l of g.leefgebieden) {
    if (l.persoonId) {
      for (const veld of KIND_VELDEN) if (l[veld]) values[gesprekKeys.kind(l.leefgebiedId, l.persoonId, veld)] = l[veld]!;
    } else {
      for (const veld of LEEFGEBIED_VELDEN) if (l[veld]) values[gesprekKeys.leefgebied(l.leefgebiedId, veld)] = l[veld]!;
    }
  }
  g.mantelzorg.forEach((m, i) => {
    values[gesprekKeys.mantelzorg(i, 'naam')] = m.naam;
    values[gesprekKeys.mantelzorg(i, 'relatie')] = m.relatie;
    values[gesprekKeys.mantelzorg(i, 'belasting')] = m.belasting;
    values[gesprekKeys.mantelzorg(i, 'ondersteuningsbehoefte')] = m.ondersteuningsbehoefte ?? '';
  });
  g.netwerk.forEach((n, i) => {
    values[gesprekKeys.netwerk(i, 'soort')] = n.soort;
    values[gesprekKeys.netwerk(i, 'naam')] = n.naam;
    values[gesprekKeys.netwerk(i, 'relatie')] = n.relatie;
    values[gesprekKeys.netwerk(i, 'bijdrage')] = n.bijdrage ?? '';
    values[gesprekKeys.netwerk(i, 'telefoon')] = n.telefoon ?? '';
  });
  for (const onderwerp of SCREENING_ONDERWERPEN) values[gesprekKeys.screening(onderwerp)] = g.screening[onderwerp];
  for (const z of g.zrm) {
    values[gesprekKeys.zrmScore(z.persoonId, z.domein)] = String(z.score);
    if (z.notitie) values[gesprekKeys.zrmNotitie(z.persoonId, z.domein)] = z.notitie;
  }
  return values;
}

export const markVerslagVerstuurdSchema = z.object({
  huishoudenId: z.uuid('Huishouden ontbreekt.'),
  gesprekId: z.uuid('Gesprek ontbreekt.'),
  version: z.coerce.number().int().min(1),
  verstuurdOp: z.string().trim().min(1, 'Vul de datum in waarop het verslag is verstuurd.').transform((value, ctx) => {
    const date = parseDutchDate(value);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: 'Vul een geldige datum in, bijvoorbeeld 22-11-2026.' });
      return z.NEVER;
    }
    return date;
  }),
});
export type MarkVerslagVerstuurdInput = z.infer<typeof markVerslagVerstuurdSchema>;
