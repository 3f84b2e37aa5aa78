// Issue 21: the resident's forms in Mijn plan. Plain Dutch messages (B1).
import { z } from 'zod';

const versie = z.coerce.number('Dit veld ontbreekt.').int().min(1);

export const planReactieSchema = z.discriminatedUnion('soort', [
  z.object({ soort: z.literal('AKKOORD'), versieId: z.uuid(), version: versie, opmerking: z.string().trim().max(2000, 'Schrijf hooguit 2000 tekens.').optional().transform((v) => v || null) }),
  z.object({
    soort: z.literal('WIJZIGING'),
    versieId: z.uuid(),
    version: versie,
    opmerking: z.string('Schrijf wat u anders wilt.').trim().min(1, 'Schrijf wat u anders wilt.').max(2000, 'Schrijf hooguit 2000 tekens.'),
  }),
], { error: () => 'Kies of u het eens bent met het plan.' });
export type PlanReactieInput = z.output<typeof planReactieSchema>;

export const SCHAAL_FOUT = 'Kies hoe het gaat: van 1 (niet goed) tot 5 (heel goed).';

export const doelVoortgangSchema = z.object({
  doelId: z.uuid(),
  schaal: z.coerce.number(SCHAAL_FOUT).int(SCHAAL_FOUT).min(1, SCHAAL_FOUT).max(5, SCHAAL_FOUT),
  tekst: z.string('Schrijf kort hoe het gaat.').trim().min(1, 'Schrijf kort hoe het gaat.').max(1000, 'Schrijf hooguit 1000 tekens.'),
});
export type DoelVoortgangInput = z.output<typeof doelVoortgangSchema>;

/** A message in the household's conversation (resident or regisseur). */
export const berichtSchema = z.object({
  tekst: z.string('Schrijf uw bericht.').trim().min(1, 'Schrijf uw bericht.').max(4000, 'Schrijf hooguit 4000 tekens.'),
});
export type BerichtInput = z.output<typeof berichtSchema>;

export const berichtMedewerkerSchema = berichtSchema.extend({ huishoudenId: z.uuid() });
export type BerichtMedewerkerInput = z.output<typeof berichtMedewerkerSchema>;
