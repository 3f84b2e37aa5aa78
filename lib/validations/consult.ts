import { z } from 'zod';
import { CONSULT_SOORT_VALUES } from '@/lib/domain/enums';

export const answerConsultSchema = z.object({
  consultId: z.uuid('Consult ontbreekt.'),
  version: z.coerce.number().int().min(1),
  advies: z.string().trim().min(1, 'Schrijf je advies op.').max(10_000, 'Maximaal 10000 tekens.'),
});
export type AnswerConsultInput = z.infer<typeof answerConsultSchema>;

export const takeConsultSchema = z.object({
  consultId: z.uuid('Consult ontbreekt.'),
  version: z.coerce.number().int().min(1),
});
export type TakeConsultInput = z.infer<typeof takeConsultSchema>;

// A wijkcoach may also ask for a consult without a checklist result: niet-pluis or meedenken.
export const requestConsultSchema = z.object({
  huishoudenId: z.uuid('Huishouden ontbreekt.'),
  soort: z.enum(CONSULT_SOORT_VALUES, 'Kies de soort consult.'),
  vraag: z.string().trim().min(1, 'Schrijf je vraag aan de gedragswetenschapper op.').max(5000, 'Maximaal 5000 tekens.'),
});
export type RequestConsultInput = z.infer<typeof requestConsultSchema>;
