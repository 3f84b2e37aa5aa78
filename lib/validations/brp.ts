import { z } from 'zod';
import { BSN_ERROR, isValidBsn } from '@/lib/domain/bsn';
import { GEZAG_GRONDEN } from '@/lib/domain/brp';
import { HUISHOUDEN_ROL_VALUES } from '@/lib/domain/enums';
import { requiredDate } from '@/lib/validations/common';

// Form input of the BRP parts of the desk (issue 20): registering a household from the BRP (the chosen members and
// their roles; everything else comes from the BRP) and taking a known person's data over from the BRP.

const bsn = z.string().trim().refine((v) => /^\d{9}$/.test(v) && isValidBsn(v), BSN_ERROR);
const LID_ROLLEN = HUISHOUDEN_ROL_VALUES.filter((r) => r !== 'HOOFDBEWONER') as [string, ...string[]];

export const registreerUitBrpSchema = z.object({
  meldingId: z.uuid('Melding ontbreekt.'),
  version: z.coerce.number().int().min(1),
  bsn,
  leden: z.array(z.object({ bsn, rol: z.enum(LID_ROLLEN, 'Kies een rol.') })).max(19, 'Kies hoogstens 19 leden.'),
  // Issue 20: the BRP has the person in another gemeente; registering anyway needs a reason (checked by the use case).
  redenAndereGemeente: z.string().trim().max(500, 'Gebruik hoogstens 500 tekens.').optional().transform((v) => (v ? v : null)),
});
export type RegistreerUitBrpInput = Omit<z.infer<typeof registreerUitBrpSchema>, 'leden' | 'redenAndereGemeente'> & {
  leden: { bsn: string; rol: Exclude<(typeof HUISHOUDEN_ROL_VALUES)[number], 'HOOFDBEWONER'> }[];
  redenAndereGemeente?: string | null;
};

/** The form sends one checkbox `lid` per chosen BSN and a select `rol-<bsn>` beside each. */
export function parseRegistreerUitBrp(values: Record<string, string>, gekozen: string[]) {
  const parsed = registreerUitBrpSchema.safeParse({
    meldingId: values.meldingId, version: values.version, bsn: values.bsn, redenAndereGemeente: values.redenAndereGemeente,
    leden: [...new Set(gekozen)].slice(0, 20).map((b) => ({ bsn: b, rol: values[`rol-${b}`] })),
  });
  return parsed.success ? { success: true as const, data: parsed.data as RegistreerUitBrpInput } : { success: false as const, error: parsed.error };
}

export const werkBijUitBrpSchema = z.object({
  huishoudenId: z.uuid('Huishouden ontbreekt.'),
  persoonId: z.uuid('Persoon ontbreekt.'),
  version: z.coerce.number().int().min(1),
});
export type WerkBijUitBrpInput = z.infer<typeof werkBijUitBrpSchema>;

const optionalText = (max: number) => z.string().trim().max(max, `Gebruik hoogstens ${max} tekens.`).optional().transform((v) => (v ? v : null));

/**
 * A staff member's gezag decision over a minor (issue 20): holders chosen from the household (`houderIds`) and/or one
 * named outside it (a voogd-instelling, a parent living elsewhere), the document it rests on with its date.
 */
export const stelGezagVastSchema = z.object({
  huishoudenId: z.uuid('Huishouden ontbreekt.'),
  persoonId: z.uuid('Persoon ontbreekt.'),
  version: z.coerce.number('Versie ontbreekt.').int().min(1, 'Versie ontbreekt.'),
  soort: z.enum(['GEZAG', 'VOOGD'], 'Kies gezag of voogdij.'),
  houderIds: z.array(z.uuid('Kies iemand uit de lijst.')).max(2, 'Gezag ligt bij hoogstens twee personen.').default([]),
  andereHouder: optionalText(200),
  grond: z.enum(GEZAG_GRONDEN, 'Kies het document waarop het besluit rust.'),
  grondDatum: requiredDate('Vul de datum van het document in.').refine((d) => d.getTime() <= Date.now(), 'De datum van het document kan niet in de toekomst liggen.'),
  grondKenmerk: optionalText(100),
  toelichting: optionalText(1000),
}).superRefine((v, ctx) => {
  // Also when other fields fail (`when` below): every missing answer shows at once. The values may be unparsed then.
  const houders = Array.isArray(v.houderIds) ? new Set(v.houderIds).size : 0;
  const aantal = houders + (typeof v.andereHouder === 'string' && v.andereHouder.trim() ? 1 : 0);
  if (aantal === 0) ctx.addIssue({ code: 'custom', path: ['houderIds'], message: 'Kies wie het gezag heeft, of vul een naam in.' });
  if (aantal > 2) ctx.addIssue({ code: 'custom', path: ['andereHouder'], message: 'Gezag ligt bij hoogstens twee personen.' });
  if (v.grond === 'ANDER_DOCUMENT' && !(typeof v.toelichting === 'string' && v.toelichting.trim())) {
    ctx.addIssue({ code: 'custom', path: ['toelichting'], message: 'Beschrijf het document waarop het besluit rust.' });
  }
}, { when: (payload) => typeof payload.value === 'object' && payload.value !== null });
export type StelGezagVastInput = z.infer<typeof stelGezagVastSchema>;

export const neemBrpTaakOpSchema = z.object({ taakId: z.uuid('Taak ontbreekt.') });
