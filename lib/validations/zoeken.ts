import { z } from 'zod';
import { parsePagina, parseZoekvraag, type Zoekvraag } from '@/lib/domain/zoeken';

// The staff search form (issue 11). The rules of what a search term means live in lib/domain/zoeken.ts; this turns
// the form into a Zoekvraag or Dutch messages per field.

const zoekFormSchema = z.object({
  zoekterm: z.string().optional().default(''),
  geboortedatum: z.string().optional().default(''),
  pagina: z.string().optional(),
});

export type ZoekInput = { vraag: Zoekvraag; pagina: number };

export function parseZoekForm(values: Record<string, string>, today = new Date()):
  | { success: true; data: ZoekInput }
  | { success: false; fieldErrors: Record<string, string[] | undefined> } {
  const form = zoekFormSchema.parse(values);
  const parsed = parseZoekvraag(form, today);
  if (!parsed.ok) return { success: false, fieldErrors: parsed.fieldErrors };
  return { success: true, data: { vraag: parsed.vraag, pagina: parsePagina(form.pagina) } };
}
