import { z } from 'zod';
import { optionalDate, requiredDate } from '@/lib/validations/common';
import { BSN_ERROR, isValidBsn, normalizeBsn } from '@/lib/domain/bsn';
import { BTG_REDEN_MAX, BTG_REDEN_MIN, BTG_REDEN_TE_KORT } from '@/lib/domain/dossier';
import { CONTACT_SOORT_VALUES, HUISHOUDEN_ROL_VALUES } from '@/lib/domain/enums';
import { JOURNAAL_MAX_DUUR_MINUTEN, JOURNAAL_NOTITIE_MAX, parseTijd } from '@/lib/domain/journaal';
import { HUISNUMMER_ERROR, normalizePostcode, parseHuisnummer, POSTCODE_ERROR } from '@/lib/domain/postcode';

// Form input of the household dossier (issue 11): break the glass, the journaal, betrokkenen, members and uploads.

const requiredText = (message: string, max: number) => z.string(message).trim().min(1, message).max(max, `Gebruik hoogstens ${max} tekens.`);
const optionalText = (max: number) =>
  z.string().trim().max(max, `Gebruik hoogstens ${max} tekens.`).optional().transform((v) => (v ? v : null));

const optionalEmail = z
  .string()
  .trim()
  .max(200, 'Gebruik hoogstens 200 tekens.')
  .optional()
  .refine((v) => !v || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.')
  .transform((v) => (v ? v : null));

const optionalTelefoon = z
  .string()
  .trim()
  .max(30, 'Gebruik hoogstens 30 tekens.')
  .optional()
  .refine((v) => !v || /^[+\d][\d\s()-]{5,}$/.test(v), 'Vul een geldig telefoonnummer in, bijvoorbeeld 0223 123 456.')
  .transform((v) => (v ? v : null));

const versie = z.coerce.number('Versie ontbreekt.').int().min(1, 'Versie ontbreekt.');

// ───────────── Break the glass ─────────────

export const breakTheGlassSchema = z.object({
  huishoudenId: z.uuid('Huishouden ontbreekt.'),
  reden: z.string(BTG_REDEN_TE_KORT).trim().min(BTG_REDEN_MIN, BTG_REDEN_TE_KORT).max(BTG_REDEN_MAX, `Gebruik hoogstens ${BTG_REDEN_MAX} tekens.`),
});
export type BreakTheGlassInput = z.infer<typeof breakTheGlassSchema>;

// ───────────── Journaal ─────────────

const contactmomentVelden = {
  soort: z.enum(CONTACT_SOORT_VALUES, 'Kies wat voor contact het was.'),
  datum: requiredDate('Vul de datum van het contact in.'),
  tijd: z
    .string('Vul de tijd in, bijvoorbeeld 14:30.')
    .trim()
    .min(1, 'Vul de tijd in, bijvoorbeeld 14:30.')
    .transform((value, ctx) => {
      const minuten = parseTijd(value);
      if (minuten === null) {
        ctx.addIssue({ code: 'custom', message: 'Vul een geldige tijd in, bijvoorbeeld 14:30.' });
        return z.NEVER;
      }
      return minuten;
    }),
  duurMinuten: z.coerce
    .number('Vul de duur in minuten in.')
    .int('Vul een heel aantal minuten in.')
    .min(1, 'De duur is minstens 1 minuut.')
    .max(JOURNAAL_MAX_DUUR_MINUTEN, `De duur is hoogstens ${JOURNAAL_MAX_DUUR_MINUTEN} minuten (12 uur).`),
  metWie: requiredText('Vul in met wie het contact was.', 200),
  notitie: requiredText('Schrijf een korte notitie.', JOURNAAL_NOTITIE_MAX),
};

export const createContactmomentSchema = z.object({ huishoudenId: z.uuid('Huishouden ontbreekt.'), ...contactmomentVelden });
export type CreateContactmomentInput = z.infer<typeof createContactmomentSchema>;

export const updateContactmomentSchema = z.object({ contactmomentId: z.uuid('Contactmoment ontbreekt.'), version: versie, ...contactmomentVelden });
export type UpdateContactmomentInput = z.infer<typeof updateContactmomentSchema>;

// ───────────── Betrokkenen ─────────────

export const addBetrokkeneSchema = z.object({
  huishoudenId: z.uuid('Huishouden ontbreekt.'),
  naam: requiredText('Vul de naam in.', 200),
  organisatie: optionalText(200),
  rol: requiredText('Vul de rol in, bijvoorbeeld huisarts of mentor op school.', 100),
  telefoon: optionalTelefoon,
  email: optionalEmail,
  vanaf: requiredDate('Vul in sinds wanneer.'),
});
export type AddBetrokkeneInput = z.infer<typeof addBetrokkeneSchema>;

export const endBetrokkeneSchema = z.object({
  betrokkeneId: z.uuid('Betrokkene ontbreekt.'),
  tot: requiredDate('Vul de datum in tot wanneer.'),
});
export type EndBetrokkeneInput = z.infer<typeof endBetrokkeneSchema>;

// ───────────── Members ─────────────

const bsnVeld = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const bsn = normalizeBsn(value);
    if (!bsn || !isValidBsn(bsn)) {
      ctx.addIssue({ code: 'custom', message: BSN_ERROR });
      return z.NEVER;
    }
    return bsn;
  });

const rolVeld = z.enum(HUISHOUDEN_ROL_VALUES, 'Kies de rol in het huishouden.');

/** A person joins: someone we know (by BSN, they move from their current household) or someone new. */
export const addLidSchema = z
  .object({
    huishoudenId: z.uuid('Huishouden ontbreekt.'),
    version: versie,
    wie: z.enum(['BEKEND', 'NIEUW'], 'Kies of deze persoon al bij ons bekend is.'),
    bsn: bsnVeld,
    voornamen: optionalText(200),
    tussenvoegsel: optionalText(20),
    achternaam: optionalText(200),
    geboortedatum: optionalDate,
    rol: rolVeld,
    datum: requiredDate('Vul de datum in waarop deze persoon bij het huishouden kwam.'),
    reden: optionalText(500),
  })
  .superRefine((value, ctx) => {
    if (value.wie === 'BEKEND' && !value.bsn) ctx.addIssue({ code: 'custom', path: ['bsn'], message: 'Vul het BSN in van de persoon die erbij komt.' });
    if (value.wie === 'NIEUW') {
      if (!value.voornamen) ctx.addIssue({ code: 'custom', path: ['voornamen'], message: 'Vul de voornamen in.' });
      if (!value.achternaam) ctx.addIssue({ code: 'custom', path: ['achternaam'], message: 'Vul de achternaam in.' });
    }
  });
export type AddLidInput = z.infer<typeof addLidSchema>;

export const endLidSchema = z.object({
  huishoudenId: z.uuid('Huishouden ontbreekt.'),
  version: versie,
  lidmaatschapId: z.uuid('Kies wie vertrekt.'),
  datum: requiredDate('Vul de datum van vertrek in.'),
  reden: requiredText('Vul de reden in, bijvoorbeeld verhuisd buiten de gemeente of overleden.', 500),
});
export type EndLidInput = z.infer<typeof endLidSchema>;

export const splitHuishoudenSchema = z
  .object({
    huishoudenId: z.uuid('Huishouden ontbreekt.'),
    version: versie,
    persoonIds: z.array(z.uuid()).min(1, 'Kies wie er naar het nieuwe huishouden gaan.'),
    naam: requiredText('Vul de naam van het nieuwe huishouden in, bijvoorbeeld Huishouden Jansen.', 200),
    straat: requiredText('Vul de straat in.', 200),
    huisnummer: z.string('Vul het huisnummer in.').trim().min(1, 'Vul het huisnummer in.'),
    postcode: z.string('Vul de postcode in.').trim().min(1, 'Vul de postcode in.'),
    woonplaats: requiredText('Vul de woonplaats in.', 100),
    datum: requiredDate('Vul de datum van de verhuizing in.'),
    reden: requiredText('Vul de reden in, bijvoorbeeld scheiding.', 500),
  })
  .transform((value, ctx) => {
    const postcode = normalizePostcode(value.postcode);
    const nummer = parseHuisnummer(value.huisnummer);
    if (!postcode) ctx.addIssue({ code: 'custom', path: ['postcode'], message: POSTCODE_ERROR });
    if (!nummer) ctx.addIssue({ code: 'custom', path: ['huisnummer'], message: HUISNUMMER_ERROR });
    if (!postcode || !nummer) return z.NEVER;
    return { ...value, postcode, huisnummer: nummer.huisnummer, huisnummerToevoeging: nummer.toevoeging };
  });
export type SplitHuishoudenInput = z.infer<typeof splitHuishoudenSchema>;

// ───────────── Documents ─────────────

export const uploadDocumentSchema = z.object({
  huishoudenId: z.uuid('Huishouden ontbreekt.'),
  titel: requiredText('Geef het document een titel, bijvoorbeeld Brief van school.', 120),
});
export type UploadDocumentInput = z.infer<typeof uploadDocumentSchema>;

/** Issue 16 item 19: show one member's BSN, logged. */
export const toonBsnSchema = z.object({ huishoudenId: z.uuid('Huishouden ontbreekt.'), persoonId: z.uuid('Persoon ontbreekt.') });
