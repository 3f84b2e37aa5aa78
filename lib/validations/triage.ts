import { z } from 'zod';
import { TRIAGE_UITKOMST_VALUES, URGENTIE_VALUES, VEILIGHEID_VALUES } from '@/lib/domain/enums';
import { MELDING_LIMITS } from '@/lib/domain/melding';
import { TRIAGE_ROUTES } from '@/lib/domain/triage';

// Form input of the triage (DOMAIN.md §2). The rules that tie fields together (route fits uitkomst, indicatie,
// voorziening, safety) live in lib/domain/triage.ts planTriage, so that the use case and the tests share them.

const optionalText = (max: number) =>
  z.string().trim().max(max, `Gebruik maximaal ${max} tekens.`).optional().transform((v) => (v ? v : null));

export const triageSchema = z.object({
  meldingId: z.uuid('Melding ontbreekt.'),
  version: z.coerce.number().int().min(1),
  uitkomst: z.enum(TRIAGE_UITKOMST_VALUES, 'Kies de uitkomst van de triage.'),
  metIndicatie: z
    .enum(['ja', 'nee'])
    .optional()
    .or(z.literal('').transform(() => undefined))
    .transform((v) => (v === 'ja' ? true : v === 'nee' ? false : null)),
  urgentie: z.enum(URGENTIE_VALUES, 'Kies de urgentie.'),
  veiligheid: z.enum(VEILIGHEID_VALUES, 'Geef aan of er zorgen zijn over de veiligheid.'),
  veiligheidToelichting: optionalText(MELDING_LIMITS.toelichting),
  leefgebieden: z.array(z.uuid('Kies een leefgebied uit de lijst.')).min(1, 'Kies minstens één leefgebied.').max(30, 'Kies hoogstens 30 leefgebieden.'),
  alleLedenBekend: z.enum(['ja', 'nee'], 'Geef aan of alle leden van het huishouden in beeld zijn.').transform((v) => v === 'ja'),
  route: z.enum(TRIAGE_ROUTES, 'Kies de route.'),
  voorzieningId: z.uuid('Kies een voorziening uit de lijst.').optional().or(z.literal('').transform(() => undefined)),
  toelichting: optionalText(MELDING_LIMITS.toelichting),
});

export type TriageInput = z.infer<typeof triageSchema>;
