import { z } from 'zod';
import { VEILIGHEID_VALUES } from '@/lib/domain/enums';
import { ANTWOORD_VALUES, VEILIGHEID_CHECKLIST, assessVeiligheid, finalNiveau, type Antwoorden } from '@/lib/domain/veiligheid';

// The veiligheidsanalyse form: one radio group per checklist item (name antwoord.<code>), an optional higher own
// judgement, and a toelichting whenever the level is above "geen zorgen" (what the gedragswetenschapper reads).

export const antwoordKey = (code: string) => `antwoord.${code}`;

export const recordVeiligheidsanalyseSchema = z
  .object({
    huishoudenId: z.uuid('Huishouden ontbreekt.'),
    eigenOordeel: z.enum(VEILIGHEID_VALUES).optional().or(z.literal('').transform(() => undefined)),
    toelichting: z.string().trim().max(5000, 'Maximaal 5000 tekens.').optional().transform((v) => (v ? v : null)),
    antwoorden: z.record(z.string(), z.enum(ANTWOORD_VALUES, 'Kies ja, nee of weet ik niet.')),
  })
  .superRefine((value, ctx) => {
    for (const item of VEILIGHEID_CHECKLIST) {
      if (!value.antwoorden[item.code]) ctx.addIssue({ code: 'custom', path: [antwoordKey(item.code)], message: 'Kies ja, nee of weet ik niet.' });
    }
    const niveau = finalNiveau(assessVeiligheid(value.antwoorden as Antwoorden).niveau, value.eigenOordeel);
    if (niveau !== 'GEEN_ZORGEN' && !value.toelichting) {
      ctx.addIssue({ code: 'custom', path: ['toelichting'], message: 'Beschrijf de signalen en je zorg: de gedragswetenschapper leest dit eerst.' });
    }
  });
export type RecordVeiligheidsanalyseInput = z.infer<typeof recordVeiligheidsanalyseSchema>;

/** The flat form values as the schema's input: antwoord.<code> fields become one record. */
export const veiligheidFormInput = (values: Record<string, string>) => ({
  huishoudenId: values.huishoudenId,
  eigenOordeel: values.eigenOordeel ?? '',
  toelichting: values.toelichting ?? '',
  antwoorden: Object.fromEntries(
    VEILIGHEID_CHECKLIST.map((item) => [item.code, values[antwoordKey(item.code)]]).filter(([, v]) => Boolean(v)),
  ) as Record<string, string>,
});
