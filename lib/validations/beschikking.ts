// Input of the beschikking forms (issue 7). The concept form has a list of products whose fields are named
// `producten.<rij>.<veld>` (producten.0.volume); errors come back under the same names so each lands at its own field.
// This file checks form and format; the rules that need the catalogue (lib/domain/beschikking.ts
// productRegelProblemen) run in the use case and come back under the same names.
import { z } from 'zod';
import { formValues } from '@/lib/forms';
import { parseDutchDate } from '@/lib/domain/dates';
import { parseEuroBedrag, BEDRAG_ERROR } from '@/lib/domain/catalogus';
import { EENHEID_VALUES, FREQUENTIE_VALUES } from '@/lib/domain/labels';
import { LEVERINGSVORM_VALUES, VERVALREDEN_VALUES, type BesluitSoort, type Vervalreden } from '@/lib/domain/enums';
import type { ProductRegel } from '@/lib/domain/beschikking';
import { DATUM_FOUT, datumVeld, versieVeld } from './aanvraag';
import { normalizeKenmerk } from '@/lib/domain/nummering';

export type FieldErrors = Record<string, string[]>;

const MAX_PRODUCTEN = 12;
export const BESLUIT_KEUZES = ['TOEKENNING', 'GEDEELTELIJKE_TOEKENNING', 'AFWIJZING'] as const satisfies readonly BesluitSoort[];
/** A successor says why its predecessor vervalt: withdrawn by the gemeente or at the inwoner's request. */
export const INTREKKING_REDENEN = ['INGETROKKEN_OVERHEID', 'INGETROKKEN_BELANGHEBBENDE'] as const satisfies readonly Vervalreden[];

const tekst = (max: number, leeg: string) => z.string(leeg).trim().min(1, leeg).max(max, `Gebruik hooguit ${max} tekens.`);
const optioneleTekst = (max: number) => z.string().trim().max(max, `Gebruik hooguit ${max} tekens.`).optional().transform((v) => v || null);
const optioneleUuid = (bericht: string) => z.union([z.literal(''), z.uuid(bericht)]).optional().transform((v) => v || null);
const optioneleDatum = z.string().trim().optional().transform((v, ctx) => {
  if (!v) return null;
  const d = parseDutchDate(v);
  if (!d) {
    ctx.addIssue({ code: 'custom', message: DATUM_FOUT });
    return z.NEVER;
  }
  return d;
});
const optioneleCode = <T extends string>(values: readonly T[], bericht: string) =>
  z.union([z.literal(''), z.enum(values as unknown as [T, ...T[]], bericht)]).optional().transform((v) => (v ? v : null));

const productRijSchema = z.object({
  productId: optioneleUuid('Kies een product uit de catalogus.'),
  leveringsvorm: z.union([z.literal(''), z.enum(LEVERINGSVORM_VALUES, 'Kies zorg in natura of een persoonsgebonden budget.')]).optional().transform((v) => v || null),
  volume: z.string().trim().optional().transform((v, ctx) => {
    if (!v) return null;
    const n = Number(v.replace(',', '.'));
    if (!Number.isInteger(n) || n < 1 || n > 99_999_999) {
      ctx.addIssue({ code: 'custom', message: 'Vul een heel getal van 1 of meer in.' });
      return z.NEVER;
    }
    return n;
  }),
  eenheid: optioneleCode(EENHEID_VALUES, 'Kies een eenheid uit de lijst.'),
  frequentie: optioneleCode(FREQUENTIE_VALUES, 'Kies een frequentie uit de lijst.'),
  budget: z.string().trim().optional().transform((v, ctx) => {
    if (!v) return null;
    const cent = parseEuroBedrag(v);
    if (cent === null) {
      ctx.addIssue({ code: 'custom', message: BEDRAG_ERROR });
      return z.NEVER;
    }
    return cent;
  }),
  ingangsdatum: optioneleDatum,
  einddatum: optioneleDatum,
  aanbiederId: optioneleUuid('Kies een aanbieder uit de lijst.'),
  pgbMotivering: optioneleTekst(2000),
});

const kopSchema = z.object({
  beschikkingId: optioneleUuid('Beschikking ontbreekt.'),
  aanvraagId: optioneleUuid('Aanvraag ontbreekt.'),
  version: z.string().optional().transform((v, ctx) => {
    if (!v) return null;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) {
      ctx.addIssue({ code: 'custom', message: 'Versie ontbreekt.' });
      return z.NEVER;
    }
    return n;
  }),
  besluit: z.enum([...BESLUIT_KEUZES, 'INTREKKING'], 'Kies het besluit: toekenning, gedeeltelijke toekenning of afwijzing.'),
  wettelijkeGrondslag: tekst(2000, 'Vul de wettelijke grondslag in.'),
  motivering: tekst(8000, 'Vul de motivering in: waarom dit besluit?'),
  vervalredenVorig: z.union([z.literal(''), z.enum(VERVALREDEN_VALUES, 'Kies waarom het vorige besluit vervalt.')]).optional().transform((v) => (v ? v : null)),
  intrekkingPer: optioneleDatum,
});

export type BeschikkingConceptInput = {
  beschikkingId: string | null;
  aanvraagId: string | null;
  version: number | null;
  besluit: BesluitSoort;
  wettelijkeGrondslag: string;
  motivering: string;
  vervalredenVorig: Vervalreden | null;
  /** INTREKKING: the first day without effect of the withdrawn besluit. */
  intrekkingPer: Date | null;
  producten: ProductRegel[];
};

export type Parsed<T> = { values: Record<string, string>; data: T; fieldErrors?: undefined } | { values: Record<string, string>; data?: undefined; fieldErrors: FieldErrors };

/** `producten.<rij>.<veld>` values grouped per row, in row order. */
export function rijenVan(values: Record<string, string>, lijst: string): [string, Record<string, string>][] {
  const rijen = new Map<string, Record<string, string>>();
  const prefix = `${lijst}.`;
  for (const [key, value] of Object.entries(values)) {
    if (!key.startsWith(prefix)) continue;
    const [rij, veld] = key.slice(prefix.length).split('.');
    if (!rij || !veld) continue;
    rijen.set(rij, { ...rijen.get(rij), [veld]: value });
  }
  return [...rijen.entries()];
}

export function fieldErrorsByPath(error: z.ZodError, prefix = ''): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = `${prefix}${issue.path.join('.')}` || 'form';
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

const leegRij = (rij: Record<string, string>) => Object.entries(rij).every(([veld, v]) => !v.trim() || veld === 'eenheid' || veld === 'frequentie' || veld === 'leveringsvorm');

/** The concept form: the besluit, and for a toekenning its product lines (empty lines are skipped). */
export function parseBeschikkingConcept(formData: FormData): Parsed<BeschikkingConceptInput> {
  const values = formValues(formData);
  const errors: FieldErrors = {};
  const kop = kopSchema.safeParse(values);
  if (!kop.success) Object.assign(errors, fieldErrorsByPath(kop.error));
  const metProducten = !kop.success || kop.data.besluit === 'TOEKENNING' || kop.data.besluit === 'GEDEELTELIJKE_TOEKENNING';
  const producten: ProductRegel[] = [];
  if (metProducten) {
    const rijen = rijenVan(values, 'producten').filter(([, rij]) => !leegRij(rij));
    if (rijen.length > MAX_PRODUCTEN) (errors.producten ??= []).push(`Gebruik hooguit ${MAX_PRODUCTEN} producten.`);
    for (const [rij, velden] of rijen) {
      const parsed = productRijSchema.safeParse(velden);
      if (!parsed.success) {
        Object.assign(errors, fieldErrorsByPath(parsed.error, `producten.${rij}.`));
        continue;
      }
      const { budget, ...p } = parsed.data;
      producten.push({ ...p, budgetCent: budget, aanbiederId: p.leveringsvorm === 'PGB' ? null : p.aanbiederId, pgbMotivering: p.leveringsvorm === 'PGB' ? p.pgbMotivering : null });
    }
  }
  if (kop.success && kop.data.besluit === 'INTREKKING' && !kop.data.intrekkingPer) (errors.intrekkingPer ??= []).push('Vul in per wanneer het besluit wordt ingetrokken.');
  if (Object.keys(errors).length || !kop.success) return { values, fieldErrors: errors };
  return { values, data: { ...kop.data, producten } };
}

/** The row keys of the parsed products, in the order of the form (to put domain errors at the right row). */
export const productRijSleutels = (values: Record<string, string>): string[] =>
  rijenVan(values, 'producten').filter(([, rij]) => !leegRij(rij)).map(([rij]) => rij);

const beschikking = { beschikkingId: z.uuid('Beschikking ontbreekt.'), version: versieVeld };

export const beschikkingStapSchema = z.object(beschikking);
export type BeschikkingStapInput = z.infer<typeof beschikkingStapSchema>;

export const verzendenSchema = z.object({ ...beschikking, verzenddatum: datumVeld('Vul de verzenddatum in, bijvoorbeeld 22-11-2026.') });
export type VerzendenInput = z.infer<typeof verzendenSchema>;

/** Starts a wijziging: a new concept that replaces this besluit once vastgesteld. */
export const wijzigenSchema = z.object({
  ...beschikking,
  vervalredenVorig: z.enum(INTREKKING_REDENEN, 'Kies of de gemeente wijzigt of de inwoner erom vroeg.'),
});
export type WijzigenInput = z.infer<typeof wijzigenSchema>;

/** Starts an intrekking: a new besluit that withdraws this one from a day on. */
export const intrekkenSchema = z.object({
  ...beschikking,
  vervalredenVorig: z.enum(INTREKKING_REDENEN, 'Kies of de gemeente intrekt of de inwoner erom vroeg.'),
  intrekkingPer: datumVeld('Vul in per wanneer het besluit wordt ingetrokken, bijvoorbeeld 22-11-2026.'),
  motivering: tekst(8000, 'Leg uit waarom het besluit wordt ingetrokken.'),
});
export type IntrekkenInput = z.infer<typeof intrekkenSchema>;

export const toewijzingenVerzendenSchema = z.object({
  beschikkingId: z.uuid('Beschikking ontbreekt.'),
  // Issue 20: a client under BRP geheimhouding: how the aanbieder was told where to give the care (the message
  // carries the gemeente's correspondentieadres instead of the BRP address). Required then by the use case.
  geheimhoudingAfspraak: z.string().trim().max(500, 'Gebruik hoogstens 500 tekens.').optional().transform((v) => (v ? v : null)),
});

/**
 * The search box of the nog-versturen worklist (issue 16 item 2): a beschikking's B-kenmerk or an aanvraag's
 * A-kenmerk. What was typed stays in the box; anything else gets a message at the field.
 */
export function parseKenmerkZoek(params: Record<string, string | string[] | undefined>): { invoer: string; kenmerk: string | null; fout: string | null } {
  const raw = params.kenmerk;
  const invoer = String((Array.isArray(raw) ? raw[0] : raw) ?? '').slice(0, 200);
  if (!invoer.trim()) return { invoer: '', kenmerk: null, fout: null };
  const kenmerk = normalizeKenmerk(invoer);
  if (!kenmerk || !(kenmerk.startsWith('B-') || kenmerk.startsWith('A-'))) {
    return { invoer, kenmerk: null, fout: 'Vul een kenmerk in zoals B-2026-000123 (beschikking) of A-2026-000123 (aanvraag).' };
  }
  return { invoer, kenmerk, fout: null };
}
