import { z } from 'zod';
import { optionalDate } from '@/lib/validations/common';
import { parseDutchDate } from '@/lib/domain/dates';
import { TOESTEMMING_SOORT_VALUES, WETTELIJKE_GROND_VALUES, WIJZE_VALUES } from '@/lib/domain/enums';

// Form input for toestemming and gegevensdeling (DOMAIN.md §3 rule 5). Dutch messages at the field.

const requiredDate = (message: string) =>
  z.string().trim().min(1, message).transform((value, ctx) => {
    const date = parseDutchDate(value);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: 'Vul een geldige datum in, bijvoorbeeld 22-11-2026.' });
      return z.NEVER;
    }
    return date;
  });

const optionalText = (max: number) =>
  z.string().trim().max(max, `Maximaal ${max} tekens.`).optional().transform((v) => (v ? v : null));

export const recordToestemmingSchema = z
  .object({
    huishoudenId: z.uuid('Huishouden ontbreekt.'),
    persoonId: z.uuid('Kies wie toestemming geeft.'),
    gegevenDoor: optionalText(200),
    soort: z.enum(TOESTEMMING_SOORT_VALUES, 'Kies waarvoor de toestemming is.'),
    partij: optionalText(200),
    doel: optionalText(500),
    wijze: z.enum(WIJZE_VALUES, 'Kies hoe de toestemming is gegeven.'),
    gegevenOp: requiredDate('Vul de datum in waarop de toestemming is gegeven.'),
    geldigTot: optionalDate,
    // Issue 22: a registered ketenpartner (its users then see the household's part for the purpose), and whether the
    // person's contact details may be shared with it.
    partnerOrganisatieId: z.union([z.literal(''), z.uuid('Kies een ketenpartner uit de lijst.')]).optional().transform((v) => v || null),
    deeltContactgegevens: z.union([z.literal('on'), z.literal('true'), z.literal('')]).optional().transform((v) => v === 'on' || v === 'true'),
  })
  .superRefine((value, ctx) => {
    if (value.soort === 'DELEN_MET_PARTIJ') {
      if (!value.partij && !value.partnerOrganisatieId) ctx.addIssue({ code: 'custom', path: ['partij'], message: 'Vul in met welke partij gegevens gedeeld mogen worden.' });
      if (!value.doel) ctx.addIssue({ code: 'custom', path: ['doel'], message: 'Vul in waarvoor de gegevens gedeeld mogen worden.' });
    }
    if (value.geldigTot && value.geldigTot.getTime() < value.gegevenOp.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['geldigTot'], message: 'De einddatum ligt voor de datum waarop de toestemming is gegeven.' });
    }
  });
// The partner fields (issue 22) are optional for callers that record a consent without a registered partner.
export type RecordToestemmingInput = Omit<z.infer<typeof recordToestemmingSchema>, 'partnerOrganisatieId' | 'deeltContactgegevens'>
  & Partial<Pick<z.infer<typeof recordToestemmingSchema>, 'partnerOrganisatieId' | 'deeltContactgegevens'>>;

export const withdrawToestemmingSchema = z.object({
  toestemmingId: z.uuid('Toestemming ontbreekt.'),
  ingetrokkenOp: requiredDate('Vul de datum in waarop de toestemming is ingetrokken.'),
});
export type WithdrawToestemmingInput = z.infer<typeof withdrawToestemmingSchema>;

export const shareWithPartySchema = z
  .object({
    huishoudenId: z.uuid('Huishouden ontbreekt.'),
    partij: z.string().trim().min(1, 'Vul in met welke partij je gegevens deelt of wie je raadpleegt.').max(200, 'Maximaal 200 tekens.'),
    doel: z.string().trim().min(1, 'Vul in waarvoor je de gegevens deelt.').max(500, 'Maximaal 500 tekens.'),
    grondslag: z.enum(['TOESTEMMING', 'WETTELIJK'], 'Kies op welke grond je deelt.'),
    wettelijkeGrond: z.enum(WETTELIJKE_GROND_VALUES).optional().or(z.literal('').transform(() => undefined)),
    grondToelichting: optionalText(2000),
  })
  .superRefine((value, ctx) => {
    if (value.grondslag !== 'WETTELIJK') return;
    if (!value.wettelijkeGrond) ctx.addIssue({ code: 'custom', path: ['wettelijkeGrond'], message: 'Kies een wettelijke grond.' });
    if (!value.grondToelichting)
      ctx.addIssue({ code: 'custom', path: ['grondToelichting'], message: 'Licht toe waarom je zonder toestemming deelt (bijvoorbeeld welke stap van de meldcode).' });
  });
export type ShareWithPartyInput = z.infer<typeof shareWithPartySchema>;
