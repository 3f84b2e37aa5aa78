import { z } from 'zod';
import { optionalDate as datum } from '@/lib/validations/common';
import { UUID_PATTERN } from '@/lib/domain/ids';
import { BREAK_THE_GLASS_UITKOMST_VALUES } from '@/lib/domain/enums';

// The filters of the access-log viewer (issue 8), read from the page's search params. Bad input never breaks the
// page: a wrong date or id gives a Dutch message at the field and the log unfiltered on that field.


export const toegangslogFilterSchema = z.object({
  van: datum,
  tot: datum,
  gebruiker: z.string().trim().regex(UUID_PATTERN, 'Kies een medewerker uit de lijst.').optional().or(z.literal('').transform(() => undefined)),
  id: z.string().trim().regex(UUID_PATTERN, 'Vul een volledig id in (36 tekens, zoals in de adresbalk van het dossier).').optional().or(z.literal('').transform(() => undefined)),
  actie: z.string().trim().max(60).optional().transform((v) => v || undefined),
  // Issue 16 item 18: a household by its name or a kenmerk (C-, M-, A-, B-nummer), not by an id from the address bar.
  huishouden: z.string().trim().max(120, 'Gebruik hooguit 120 tekens.').optional().transform((v) => v || undefined),
  btg: z.string().optional().transform((v) => v === 'on' || v === '1'),
  pagina: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type ToegangslogFilter = z.output<typeof toegangslogFilterSchema>;

/** Parses search params field by field: a field with bad input is dropped (and reported), the others still filter. */
export function parseToegangslogFilter(params: Record<string, string | string[] | undefined>) {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) if (typeof value === 'string') values[key] = value;
  const fieldErrors: Record<string, string[]> = {};
  const filter: ToegangslogFilter = { van: null, tot: null, actie: undefined, huishouden: undefined, btg: false, pagina: 1 };
  const shape = toegangslogFilterSchema.shape;
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    const parsed = shape[key].safeParse(values[key]);
    if (parsed.success) (filter as Record<string, unknown>)[key] = parsed.data;
    else fieldErrors[key] = parsed.error.issues.map((i) => i.message);
  }
  return { filter, values, fieldErrors };
}

/** The privacy officer's review of one break-the-glass access (issue 16 item 18). */
export const beoordeelBreakTheGlassSchema = z
  .object({
    breakTheGlassId: z.uuid('Deze toegang bestaat niet.'),
    uitkomst: z.enum(BREAK_THE_GLASS_UITKOMST_VALUES, 'Kies of de toegang gerechtvaardigd was.'),
    beoordeling: z.string().trim().max(2000, 'Gebruik hooguit 2000 tekens.').optional().default(''),
  })
  .superRefine((value, ctx) => {
    if (value.uitkomst === 'NIET_GERECHTVAARDIGD' && !value.beoordeling) {
      ctx.addIssue({ code: 'custom', path: ['beoordeling'], message: 'Schrijf op waarom de toegang niet gerechtvaardigd was en wat je ermee hebt gedaan.' });
    }
  });
export type BeoordeelBreakTheGlassInput = z.output<typeof beoordeelBreakTheGlassSchema>;
