import { z } from 'zod';
import { parseDutchDate } from '@/lib/domain/dates';
import { isUuid } from '@/lib/domain/ids';

// The filters of the rapportage (issue 8), from search params, for the dashboard and the CSV export alike.

const DATUM_FOUT = 'Vul een geldige datum in, bijvoorbeeld 22-11-2026.';

const velden = {
  van: z.string().trim().optional().transform((v, ctx) => {
    if (!v) return null;
    const d = parseDutchDate(v);
    if (!d) ctx.addIssue({ code: 'custom', message: DATUM_FOUT });
    return d;
  }),
  tot: z.string().trim().optional().transform((v, ctx) => {
    if (!v) return null;
    const d = parseDutchDate(v);
    if (!d) ctx.addIssue({ code: 'custom', message: DATUM_FOUT });
    return d;
  }),
  wijk: z.string().trim().optional().refine((v) => !v || isUuid(v), 'Kies een wijk uit de lijst.').transform((v) => v || undefined),
  team: z.string().trim().optional().refine((v) => !v || isUuid(v), 'Kies een team uit de lijst.').transform((v) => v || undefined),
};

/** Field by field: bad input is reported at its field and that filter is left out; the others still apply. */
export function parseRapportageFilter(params: Record<string, string | string[] | undefined>) {
  const values: Record<string, string> = {};
  for (const key of Object.keys(velden)) if (typeof params[key] === 'string') values[key] = params[key] as string;
  const fieldErrors: Record<string, string[]> = {};
  const read = <T>(key: keyof typeof velden, schema: z.ZodType<T>): T | undefined => {
    const parsed = schema.safeParse(values[key]);
    if (parsed.success) return parsed.data;
    fieldErrors[key] = parsed.error.issues.map((i) => i.message);
    return undefined;
  };
  const filter: { van: Date | null; tot: Date | null; wijkId?: string; teamId?: string } = {
    van: read('van', velden.van) ?? null,
    tot: read('tot', velden.tot) ?? null,
    wijkId: read('wijk', velden.wijk),
    teamId: read('team', velden.team),
  };
  if (filter.van && filter.tot && filter.tot < filter.van) fieldErrors.tot = ['De einddatum ligt voor de begindatum.'];
  return { filter, values, fieldErrors };
}
