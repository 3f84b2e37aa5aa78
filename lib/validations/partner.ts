// Issue 22: the forms of ketenpartners (the partner pages) and of beheer for partner organisations and their users.
// Staff and partners are professionals: je-form.
import { z } from 'zod';
import { optionalDate, requiredDate } from '@/lib/validations/common';
import { toetsLevering } from '@/lib/domain/aanbieder-verzoek';
import { ACTIE_STATUS_VALUES, PARTNER_SIGNAAL_SOORT_VALUES, PARTNER_SOORT_VALUES } from '@/lib/domain/enums';

const tekst = (leeg: string, max: number) => z.string(leeg).trim().min(1, leeg).max(max, `Schrijf hooguit ${max} tekens.`);

export const actieVoortgangSchema = z.object({
  actieId: z.uuid('Deze actie bestaat niet.'),
  /** The status the partner saw (an optimistic check: someone else may have reported in between). */
  vorigeStatus: z.enum(ACTIE_STATUS_VALUES, 'Deze actie bestaat niet.'),
  status: z.enum(ACTIE_STATUS_VALUES, 'Kies de stand van de actie.'),
  notitie: tekst('Schrijf kort wat er gebeurd is.', 1000),
  op: requiredDate('Vul de datum in.'),
});
export type ActieVoortgangInput = z.output<typeof actieVoortgangSchema>;

export const zorgsignaalSchema = z.object({
  huishoudenId: z.uuid('Dit huishouden bestaat niet.'),
  soort: z.enum(PARTNER_SIGNAAL_SOORT_VALUES, 'Kies wat voor signaal het is.'),
  toelichting: tekst('Schrijf wat je ziet of wat er gebeurd is.', 2000),
});
export type ZorgsignaalInput = z.output<typeof zorgsignaalSchema>;

export const planVoorstelSchema = z.object({
  huishoudenId: z.uuid('Dit huishouden bestaat niet.'),
  actieId: z.union([z.literal(''), z.uuid('Kies een actie uit de lijst.')]).optional().transform((v) => v || null),
  doelId: z.union([z.literal(''), z.uuid('Kies een doel uit de lijst.')]).optional().transform((v) => v || null),
  wat: tekst('Schrijf wat je voorstelt.', 500),
  uiterlijk: optionalDate,
  // `waarom`, not `toelichting`: the zorgsignaal form on the same page has a field toelichting (ids must be unique).
  waarom: tekst('Schrijf waarom.', 2000),
});
export type PlanVoorstelInput = z.output<typeof planVoorstelSchema>;

export const startZorgSchema = z.object({
  toewijzingId: z.uuid('Deze toewijzing bestaat niet.'),
  begindatum: requiredDate('Vul de datum in waarop de zorg begon.'),
});
export type StartZorgInput = z.output<typeof startZorgSchema>;

export const stopZorgSchema = z.object({
  toewijzingId: z.uuid('Deze toewijzing bestaat niet.'),
  begindatum: requiredDate('De begindatum van de zorg ontbreekt.'),
  einddatum: requiredDate('Vul de datum in waarop de zorg stopte.'),
  redenBeeindiging: z.string('Kies de reden.').trim().regex(/^\d{2}$/, 'Kies de reden.'),
});
export type StopZorgInput = z.output<typeof stopZorgSchema>;

export const partnerOrganisatieSchema = z.object({
  id: z.union([z.literal(''), z.uuid()]).optional().transform((v) => v || null),
  version: z.coerce.number().int().min(0).optional().transform((v) => v ?? 0),
  soort: z.enum(PARTNER_SOORT_VALUES, 'Kies de soort organisatie.'),
  naam: tekst('Vul de naam in.', 200),
  kvkNummer: z.string('Vul het KvK-nummer in.').trim().regex(/^\d{8}$/, 'Een KvK-nummer heeft 8 cijfers.'),
  aanbiederId: z.union([z.literal(''), z.uuid('Kies een aanbieder uit de lijst.')]).optional().transform((v) => v || null),
  actief: z.union([z.literal('on'), z.literal('true'), z.literal('')]).optional().transform((v) => v === 'on' || v === 'true'),
}).superRefine((value, ctx) => {
  if (value.soort === 'AANBIEDER' && !value.aanbiederId) ctx.addIssue({ code: 'custom', path: ['aanbiederId'], message: 'Kies welke aanbieder dit is.' });
  if (value.soort !== 'AANBIEDER' && value.aanbiederId) ctx.addIssue({ code: 'custom', path: ['aanbiederId'], message: 'Alleen een aanbieder hoort bij een aanbieder.' });
});
export type PartnerOrganisatieInput = z.output<typeof partnerOrganisatieSchema>;

/** Beheer switches a ketenpartner off (all its users lose access at once) or on again; version-checked. */
export const partnerOrganisatieActiefSchema = z.object({
  id: z.uuid('Deze ketenpartner bestaat niet.'),
  version: z.coerce.number('Dit veld ontbreekt.').int().min(1),
  actief: z.enum(['true', 'false'], 'Kies aan of uit.').transform((v) => v === 'true'),
});
export type PartnerOrganisatieActiefInput = z.output<typeof partnerOrganisatieActiefSchema>;

export const partnerGebruikerSchema = z.object({
  id: z.union([z.literal(''), z.uuid()]).optional().transform((v) => v || null),
  version: z.coerce.number().int().min(0).optional().transform((v) => v ?? 0),
  organisatieId: z.uuid('Kies de organisatie.'),
  naam: tekst('Vul de naam in.', 200),
  email: z.string('Vul een geldig e-mailadres in.').trim().toLowerCase().max(200, 'Schrijf hooguit 200 tekens.').pipe(z.email('Vul een geldig e-mailadres in.')),
  coordinator: z.union([z.literal('on'), z.literal('true'), z.literal('')]).optional().transform((v) => v === 'on' || v === 'true'),
  actief: z.union([z.literal('on'), z.literal('true'), z.literal('')]).optional().transform((v) => v === 'on' || v === 'true'),
});
export type PartnerGebruikerInput = z.output<typeof partnerGebruikerSchema>;

// The regisseur's side (issue 22 item 5).
export const signaalAfhandelenSchema = z.object({
  huishoudenId: z.uuid('Dit huishouden bestaat niet.'),
  signaalId: z.uuid('Dit signaal bestaat niet.'),
  version: z.coerce.number('Dit veld ontbreekt.').int().min(1),
});
export type SignaalAfhandelenInput = z.output<typeof signaalAfhandelenSchema>;

export const voorstelBeoordelenSchema = z.object({
  huishoudenId: z.uuid('Dit huishouden bestaat niet.'),
  voorstelId: z.uuid('Dit voorstel bestaat niet.'),
  version: z.coerce.number('Dit veld ontbreekt.').int().min(1),
  besluit: z.enum(['OVERGENOMEN', 'AFGEWEZEN'], 'Kies of je het voorstel overneemt.'),
});
export type VoorstelBeoordelenInput = z.output<typeof voorstelBeoordelenSchema>;

// Issue 22: a consult asked of a ketenpartner (the regisseur) and its answer (the partner).
export const partnerConsultVragenSchema = z.object({
  huishoudenId: z.uuid('Dit huishouden bestaat niet.'),
  partnerOrganisatieId: z.uuid('Kies de ketenpartner die je om advies vraagt.'),
  vraag: tekst('Schrijf je vraag aan de ketenpartner.', 2000),
});
export type PartnerConsultVragenInput = z.output<typeof partnerConsultVragenSchema>;

export const partnerConsultAntwoordSchema = z.object({
  consultId: z.uuid('Deze vraag bestaat niet.'),
  version: z.coerce.number('Dit veld ontbreekt.').int().min(1),
  advies: tekst('Schrijf je advies.', 4000),
  adviesOp: requiredDate('Vul de datum van je advies in.'),
});
export type PartnerConsultAntwoordInput = z.output<typeof partnerConsultAntwoordSchema>;
// Issue 22 item 4: an aanbieder asks by hand for a new or changed toewijzing (the 315/317 of a small aanbieder).
const volume = z.coerce.number('Vul het volume in.').int('Vul een heel getal in.').min(1, 'Vul een volume van 1 of meer in.').max(99999, 'Vul een kleiner volume in.');
const motivatie = tekst('Schrijf waarom je dit vraagt.', 2000);
/** The period rule of the verzoek (lib/domain/aanbieder-verzoek), shown at the einddatum field. */
const periodeLoopt = (v: { ingangsdatum: Date; einddatum: Date | null }, ctx: z.RefinementCtx) => {
  for (const b of toetsLevering({ ingangsdatum: v.ingangsdatum, einddatum: v.einddatum, omvang: null })) ctx.addIssue({ code: 'custom', path: ['einddatum'], message: b.reden });
};

export const verzoekWijzigingSchema = z.object({
  toewijzingId: z.uuid('Deze toewijzing bestaat niet.'),
  ingangsdatum: requiredDate('Vul de gewenste ingangsdatum in.'),
  einddatum: optionalDate,
  volume,
  motivatie,
}).superRefine(periodeLoopt);
export type VerzoekWijzigingInput = z.output<typeof verzoekWijzigingSchema>;

export const verzoekToewijzingSchema = z.object({
  bsn: z.string('Vul het BSN van de cliënt in.').trim().regex(/^\d{9}$/, 'Een BSN heeft 9 cijfers.'),
  productId: z.uuid('Kies een product uit de lijst.'),
  ingangsdatum: requiredDate('Vul de gewenste ingangsdatum in.'),
  einddatum: optionalDate,
  volume,
  motivatie,
}).superRefine(periodeLoopt);
export type VerzoekToewijzingInput = z.output<typeof verzoekToewijzingSchema>;
