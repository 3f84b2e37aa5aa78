import { z } from 'zod';
import { BSN_ERROR, isValidBsn } from '@/lib/domain/bsn';
import { HUISHOUDEN_ROL_VALUES } from '@/lib/domain/enums';

// Form input of the BRP parts of the desk (issue 20): registering a household from the BRP (the chosen members and
// their roles; everything else comes from the BRP) and taking a known person's data over from the BRP.

const bsn = z.string().trim().refine((v) => /^\d{9}$/.test(v) && isValidBsn(v), BSN_ERROR);
const LID_ROLLEN = HUISHOUDEN_ROL_VALUES.filter((r) => r !== 'HOOFDBEWONER') as [string, ...string[]];

export const registreerUitBrpSchema = z.object({
  meldingId: z.uuid('Melding ontbreekt.'),
  version: z.coerce.number().int().min(1),
  bsn,
  leden: z.array(z.object({ bsn, rol: z.enum(LID_ROLLEN, 'Kies een rol.') })).max(19, 'Kies hoogstens 19 leden.'),
});
export type RegistreerUitBrpInput = Omit<z.infer<typeof registreerUitBrpSchema>, 'leden'> & {
  leden: { bsn: string; rol: Exclude<(typeof HUISHOUDEN_ROL_VALUES)[number], 'HOOFDBEWONER'> }[];
};

/** The form sends one checkbox `lid` per chosen BSN and a select `rol-<bsn>` beside each. */
export function parseRegistreerUitBrp(values: Record<string, string>, gekozen: string[]) {
  const parsed = registreerUitBrpSchema.safeParse({
    meldingId: values.meldingId, version: values.version, bsn: values.bsn,
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
