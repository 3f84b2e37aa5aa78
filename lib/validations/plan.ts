// Input of the ondersteuningsplan forms (issue 6). The concept form has lists (vragen, doelen, acties, arrangement)
// whose fields are named `<lijst>.<rij>.<veld>` (doelen.n1.omschrijving, with a stable token per row); errors come
// back under the same names so each lands at its own field. A row whose text fields are all empty is an unused row
// and is skipped.
import { z } from 'zod';
import { formValues } from '@/lib/forms';
import { parseDutchDate } from '@/lib/domain/dates';
import { HEROPEN_FASEN } from '@/lib/domain/casus-transitions';
import {
  ACTIE_STATUS_VALUES,
  ARRANGEMENT_SOORT_VALUES,
  DOEL_RESULTAAT_VALUES,
  EVALUATIE_BESLUIT_VALUES,
  HORIZON_VALUES,
  LEVERINGSVORM_VALUES,
  UITVOERDER_VALUES,
  WIJZE_VALUES,
  ZRM_DOMEIN_VALUES,
} from '@/lib/domain/enums';

const MAX_RIJEN = 40;

const tekst = (max: number, leeg: string) => z.string(leeg).trim().min(1, leeg).max(max, `Gebruik hooguit ${max} tekens.`);
const optioneleTekst = (max: number) =>
  z.string().trim().max(max, `Gebruik hooguit ${max} tekens.`).optional().transform((v) => v || null);
const optioneleUuid = (bericht: string) =>
  z.union([z.literal(''), z.uuid(bericht)]).optional().transform((v) => v || null);
const datum = (bericht: string) =>
  z.string(bericht).trim().min(1, bericht).transform((v, ctx) => {
    const d = parseDutchDate(v);
    if (!d) {
      ctx.addIssue({ code: 'custom', message: bericht });
      return z.NEVER;
    }
    return d;
  });
const optioneleDatum = (bericht: string) =>
  z.string().trim().optional().transform((v, ctx) => {
    if (!v) return null;
    const d = parseDutchDate(v);
    if (!d) {
      ctx.addIssue({ code: 'custom', message: bericht });
      return z.NEVER;
    }
    return d;
  });
const vinkje = z.string().optional().transform((v) => v === 'on' || v === 'true');
const versie = z.coerce.number('Laad de pagina opnieuw.').int().min(1);

export const DATUM_FOUT = 'Vul een datum in, bijvoorbeeld 22-11-2026.';

// ───────────── The concept ─────────────

export const planVraagSchema = z.object({
  leefgebiedId: z.uuid('Kies een leefgebied.'),
  tekst: tekst(2000, 'Schrijf de vraag of zorg op.'),
});

export const doelSchema = z.object({
  sleutel: z.string().trim().min(1).max(64),
  leefgebiedId: z.uuid('Kies een leefgebied.'),
  persoonId: optioneleUuid('Kies een lid van het huishouden.'),
  omschrijving: tekst(1000, 'Schrijf het doel op in de woorden van het huishouden.'),
  horizon: z.enum(HORIZON_VALUES, 'Kies wanneer het doel bereikt moet zijn.'),
  zichtbaarAan: tekst(1000, 'Schrijf op waaraan jullie zien dat het doel bereikt is.'),
});

export const actieSchema = z.object({
  doel: z.string().max(64).optional().transform((v) => v || null),
  wie: z.enum(UITVOERDER_VALUES, 'Kies wie het doet.'),
  wieNaam: optioneleTekst(200),
  wat: tekst(1000, 'Schrijf op wat er gebeurt.'),
  uiterlijk: optioneleDatum(DATUM_FOUT),
  status: z.enum(ACTIE_STATUS_VALUES, 'Kies een status.').default('OPEN'),
  // Issue 22: the ketenpartner that carries it out (sees it and reports on it), and whether other partners see it.
  partnerOrganisatieId: optioneleUuid('Kies een ketenpartner uit de lijst.').optional(),
  gedeeld: z.string().optional().transform((v) => v === 'on' || v === 'true').optional(),
});

export const OVERWOGEN_FOUT =
  'Maatwerk kan pas als eigen kracht, netwerk en algemene voorzieningen zijn overwogen (Wmo 2015 art. 2.3.2 lid 4). Vink aan wat jullie hebben overwogen.';

export const arrangementSchema = z
  .object({
    soort: z.enum(ARRANGEMENT_SOORT_VALUES, 'Kies de soort hulp.'),
    omschrijving: tekst(1000, 'Beschrijf de hulp.'),
    persoonId: optioneleUuid('Kies een lid van het huishouden.'),
    voorzieningId: optioneleUuid('Kies een voorziening van de sociale kaart.'),
    productId: optioneleUuid('Kies een product uit de productcatalogus.'),
    leveringsvorm: z.union([z.literal(''), z.enum(LEVERINGSVORM_VALUES)]).optional().transform((v) => v || null),
    eigenKrachtOverwogen: vinkje,
    netwerkOverwogen: vinkje,
    algemeneVoorzieningOverwogen: vinkje,
    overwegingToelichting: optioneleTekst(2000),
  })
  .superRefine((item, ctx) => {
    const fout = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (item.soort === 'ALGEMENE_VOORZIENING' && !item.voorzieningId) fout('voorzieningId', 'Kies een voorziening van de sociale kaart.');
    if (item.soort === 'MAATWERK') {
      if (!item.productId) fout('productId', 'Kies een product uit de productcatalogus.');
      if (!item.persoonId) fout('persoonId', 'Kies voor wie de voorziening is.');
      if (!item.leveringsvorm) fout('leveringsvorm', 'Kies zorg in natura of een pgb.');
      // DOMAIN.md §3 rule 4: voorliggend before maatwerk.
      if (!(item.eigenKrachtOverwogen && item.netwerkOverwogen && item.algemeneVoorzieningOverwogen)) fout('overwogen', OVERWOGEN_FOUT);
    }
  })
  .transform((item) => ({
    ...item,
    // Only what belongs to the soort is kept: a voorziening for an algemene voorziening, product and the
    // considerations for maatwerk.
    voorzieningId: item.soort === 'ALGEMENE_VOORZIENING' ? item.voorzieningId : null,
    productId: item.soort === 'MAATWERK' ? item.productId : null,
    leveringsvorm: item.soort === 'MAATWERK' ? item.leveringsvorm : null,
  }));

export const planKopSchema = z.object({
  huishoudenId: z.uuid(),
  versieId: z.uuid(),
  version: versie,
  watGaatGoed: optioneleTekst(4000),
  monitorDoorId: optioneleUuid('Kies wie het plan bewaakt.'),
  contactpersoonId: optioneleUuid('Kies een contactpersoon.'),
  evaluatieDatum: optioneleDatum(DATUM_FOUT),
});

export type PlanVraagInput = z.output<typeof planVraagSchema>;
export type DoelInput = z.output<typeof doelSchema>;
export type ActieInput = z.output<typeof actieSchema>;
export type ArrangementInput = z.output<typeof arrangementSchema>;
/** `rij` is the row's token in the form, so that a problem found later lands at the right field. */
type Rij = { rij?: string };
export type PlanConceptInput = z.output<typeof planKopSchema> & {
  vragen: (PlanVraagInput & Rij)[];
  doelen: (DoelInput & Rij)[];
  acties: (ActieInput & Rij)[];
  arrangement: (ArrangementInput & Rij)[];
};

type FieldErrors = Record<string, string[]>;
export type Parsed<T> = { values: Record<string, string>; data: T; fieldErrors?: undefined } | { values: Record<string, string>; data?: undefined; fieldErrors: FieldErrors };

const LIJSTEN = {
  vragen: { schema: planVraagSchema, leeg: (r: Record<string, string>) => !r.tekst?.trim() },
  doelen: { schema: doelSchema, leeg: (r: Record<string, string>) => !r.omschrijving?.trim() && !r.zichtbaarAan?.trim() },
  acties: { schema: actieSchema, leeg: (r: Record<string, string>) => !r.wat?.trim() && !r.wieNaam?.trim() },
  arrangement: { schema: arrangementSchema, leeg: (r: Record<string, string>) => !r.omschrijving?.trim() && !r.voorzieningId && !r.productId },
} as const;

const RIJ = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The rows of one list in the flat values, in form order: `doelen.<rij>.<veld>`, where <rij> is a stable token of
 * the row (a number, an id, a key the browser made), so values and errors stay with their row when rows are added or
 * removed.
 */
export function rijenVan(values: Record<string, string>, lijst: string): [string, Record<string, string>][] {
  const rijen = new Map<string, Record<string, string>>();
  const prefix = `${lijst}.`;
  for (const [key, value] of Object.entries(values)) {
    if (!key.startsWith(prefix)) continue;
    const [rij, veld, ...rest] = key.slice(prefix.length).split('.');
    if (!RIJ.test(rij) || !veld || rest.length) continue;
    rijen.set(rij, { ...rijen.get(rij), [veld]: value });
  }
  return [...rijen.entries()];
}

const addIssues = (errors: FieldErrors, prefix: string, error: z.ZodError) => {
  for (const issue of error.issues) {
    const key = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || 'form';
    const messages = (errors[key] ??= []);
    if (!messages.includes(issue.message)) messages.push(issue.message);
  }
};

/** The concept form: its header fields and its lists, with every error under the name of its field. */
export function parsePlanConcept(formData: FormData): Parsed<PlanConceptInput> {
  const values = formValues(formData);
  const errors: FieldErrors = {};
  const kop = planKopSchema.safeParse(values);
  if (!kop.success) addIssues(errors, '', kop.error);

  const lijsten: Record<string, unknown[]> = {};
  for (const [lijst, { schema, leeg }] of Object.entries(LIJSTEN)) {
    const rijen = rijenVan(values, lijst).filter(([, rij]) => !leeg(rij));
    if (rijen.length > MAX_RIJEN) (errors[lijst] ??= []).push(`Gebruik hooguit ${MAX_RIJEN} regels.`);
    lijsten[lijst] = [];
    for (const [index, rij] of rijen) {
      // A goal row is known by its token: the actions point at it with that token.
      const result = (schema as z.ZodType).safeParse(lijst === 'doelen' ? { sleutel: index, ...rij } : rij);
      if (result.success) lijsten[lijst].push({ ...(result.data as object), rij: index });
      else addIssues(errors, `${lijst}.${index}`, result.error);
    }
  }
  if (Object.keys(errors).length || !kop.success) return { values, fieldErrors: errors };

  const doelen = lijsten.doelen as DoelInput[];
  const sleutels = new Set(doelen.map((d) => d.sleutel));
  const acties = (lijsten.acties as ActieInput[]).map((a) => ({ ...a, doel: a.doel && sleutels.has(a.doel) ? a.doel : null }));
  return {
    values,
    data: { ...kop.data, vragen: lijsten.vragen as PlanVraagInput[], doelen, acties, arrangement: lijsten.arrangement as ArrangementInput[] },
  };
}

// ───────────── Lifecycle steps ─────────────

export const startPlanSchema = z.object({ huishoudenId: z.uuid() });

export const planStapSchema = z.object({ huishoudenId: z.uuid(), versieId: z.uuid(), version: versie });
export type PlanStapInput = z.output<typeof planStapSchema>;

export const akkoordSchema = planStapSchema.extend({
  akkoordInwonerOp: datum('Vul de datum in waarop het huishouden akkoord gaf, bijvoorbeeld 22-11-2026.'),
  akkoordWijze: z.enum(WIJZE_VALUES, 'Kies hoe het huishouden akkoord gaf.'),
});
export type AkkoordInput = z.output<typeof akkoordSchema>;

export const actieStatusSchema = z.object({
  huishoudenId: z.uuid(),
  actieId: z.uuid(),
  vorigeStatus: z.enum(ACTIE_STATUS_VALUES),
  status: z.enum(ACTIE_STATUS_VALUES, 'Kies een status.'),
});
export type ActieStatusInput = z.output<typeof actieStatusSchema>;

// ───────────── Evaluation, afsluiten, heropenen ─────────────

export const AFSLUITREDEN_FOUT = 'Geef de reden om de casus af te sluiten.';

const zrmRijSchema = z.object({
  persoonId: z.uuid('Kies voor wie de score is.'),
  domein: z.enum(ZRM_DOMEIN_VALUES, 'Kies een domein.'),
  score: z.coerce.number('Kies een score van 1 tot en met 5.').int().min(1, 'Kies een score van 1 tot en met 5.').max(5, 'Kies een score van 1 tot en met 5.'),
});

export const evaluatieKopSchema = planStapSchema
  .extend({
    datum: datum(DATUM_FOUT),
    besluit: z.enum(EVALUATIE_BESLUIT_VALUES, 'Kies wat jullie besluiten.'),
    toelichting: optioneleTekst(4000),
    volgendeEvaluatie: optioneleDatum(DATUM_FOUT),
    afsluitreden: optioneleTekst(1000),
    waakvlamOp: optioneleDatum(DATUM_FOUT),
  })
  .superRefine((e, ctx) => {
    const blijft = e.besluit === 'VOORTZETTEN' || e.besluit === 'OPSCHALEN' || e.besluit === 'AFSCHALEN';
    if (blijft && !e.volgendeEvaluatie) ctx.addIssue({ code: 'custom', path: ['volgendeEvaluatie'], message: 'Kies wanneer jullie het plan opnieuw evalueren.' });
    if (e.besluit === 'AFSLUITEN' && !e.afsluitreden) ctx.addIssue({ code: 'custom', path: ['afsluitreden'], message: AFSLUITREDEN_FOUT });
  });

export type EvaluatieInput = z.output<typeof evaluatieKopSchema> & {
  doelen: { doelId: string; resultaat: (typeof DOEL_RESULTAAT_VALUES)[number]; toelichting: string | null }[];
  zrm: z.output<typeof zrmRijSchema>[];
};

const doelResultaatSchema = z.object({
  doelId: z.uuid(),
  resultaat: z.enum(DOEL_RESULTAAT_VALUES, 'Kies of het doel is behaald.'),
  toelichting: optioneleTekst(2000),
});

/** The evaluation form: per goal `doelen.<n>.doelId/resultaat/toelichting`, optional ZRM rows `zrm.<n>.*`. */
export function parseEvaluatie(formData: FormData): Parsed<EvaluatieInput> {
  const values = formValues(formData);
  const errors: FieldErrors = {};
  const kop = evaluatieKopSchema.safeParse(values);
  if (!kop.success) addIssues(errors, '', kop.error);
  const doelen: EvaluatieInput['doelen'] = [];
  for (const [index, rij] of rijenVan(values, 'doelen')) {
    const result = doelResultaatSchema.safeParse(rij);
    if (result.success) doelen.push(result.data);
    else addIssues(errors, `doelen.${index}`, result.error);
  }
  const zrm: EvaluatieInput['zrm'] = [];
  for (const [index, rij] of rijenVan(values, 'zrm')) {
    if (!rij.persoonId && !rij.domein && !rij.score) continue; // an unused row
    const result = zrmRijSchema.safeParse(rij);
    if (result.success) zrm.push(result.data);
    else addIssues(errors, `zrm.${index}`, result.error);
  }
  if (Object.keys(errors).length || !kop.success) return { values, fieldErrors: errors };
  return { values, data: { ...kop.data, doelen, zrm } };
}

export const afsluitenSchema = z.object({
  huishoudenId: z.uuid(),
  casusId: z.uuid(),
  version: versie,
  afsluitreden: tekst(1000, AFSLUITREDEN_FOUT),
  waakvlamOp: optioneleDatum(DATUM_FOUT),
});
export type AfsluitenInput = z.output<typeof afsluitenSchema>;

/** Where a closed casus can go on: declared beside the casus route table. */
export { HEROPEN_FASEN };

export const heropenenSchema = z.object({
  huishoudenId: z.uuid(),
  casusId: z.uuid(),
  version: versie,
  naar: z.enum(HEROPEN_FASEN, 'Kies waar de casus verdergaat.'),
  reden: tekst(1000, 'Geef de reden om de casus te heropenen.'),
});
export type HeropenenInput = z.output<typeof heropenenSchema>;

/** Errors of a flat schema under their field names (the lists use their own dotted names). */
export function fieldErrorsByPath(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  addIssues(errors, '', error);
  return errors;
}
