import { z } from 'zod';
import { BSN_ERROR, isValidBsn, normalizeBsn } from '@/lib/domain/bsn';
import { parseDutchDate, toCalendarDay } from '@/lib/domain/dates';
import { KANAAL_VALUES, VERWIJZER_SOORT_VALUES } from '@/lib/domain/enums';
import { MELDING_LIMITS, VEILIGHEID_ANTWOORDEN, melderVereist } from '@/lib/domain/melding';
import { HUISNUMMER_ERROR, POSTCODE_ERROR, normalizePostcode, parseHuisnummer } from '@/lib/domain/postcode';

// Form input of the melding: the resident's online form (u-form), the desk (je-form), finding a household and
// attaching the melding to it. Every field has a size limit; every message is Dutch and sits at its field.
// Cross-field rules are checked on the raw values beside the schema, so that all messages show in one round.

export type ParseResult<T> = { success: true; data: T } | { success: false; fieldErrors: Record<string, string[]> };

const LEEG = (v: string | undefined) => !v || !v.trim();

const requiredText = (max: number, required: string) => z.string(required).trim().min(1, required).max(max, `Gebruik maximaal ${max} tekens.`);
const text = (max: number) =>
  z.string().trim().max(max, `Gebruik maximaal ${max} tekens.`).optional().transform((v) => (v ? v : null));

const longText = (max: number, required: string) =>
  z
    .string(required)
    .trim()
    .min(1, required)
    .superRefine((value, ctx) => {
      if (value.length > max) {
        ctx.addIssue({ code: 'custom', message: `Gebruik maximaal ${max} tekens. U heeft er nu ${value.length}.` });
      }
    });

const postcode = (required?: string) =>
  z
    .string()
    .trim()
    .max(MELDING_LIMITS.postcode, POSTCODE_ERROR)
    .optional()
    .transform((value, ctx) => {
      if (!value) {
        if (required) ctx.addIssue({ code: 'custom', message: required });
        return null;
      }
      const normalized = normalizePostcode(value);
      if (!normalized) ctx.addIssue({ code: 'custom', message: POSTCODE_ERROR });
      return normalized;
    });

const huisnummer = (required?: string) =>
  z
    .string()
    .trim()
    .max(MELDING_LIMITS.huisnummer, HUISNUMMER_ERROR)
    .optional()
    .transform((value, ctx) => {
      if (!value) {
        if (required) ctx.addIssue({ code: 'custom', message: required });
        return null;
      }
      const parsed = parseHuisnummer(value);
      if (!parsed) ctx.addIssue({ code: 'custom', message: HUISNUMMER_ERROR });
      return parsed;
    });

const TELEFOON = /^\+?[0-9 ()-]{10,20}$/;
const telefoon = z
  .string()
  .trim()
  .max(MELDING_LIMITS.telefoon, 'Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678.')
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    if (!TELEFOON.test(value) || value.replace(/\D/g, '').length < 10) {
      ctx.addIssue({ code: 'custom', message: 'Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678.' });
    }
    return value;
  });

const email = z
  .string()
  .trim()
  .max(MELDING_LIMITS.email, 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.')
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    if (!z.email().safeParse(value).success) ctx.addIssue({ code: 'custom', message: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.' });
    return value.toLowerCase();
  });

const leefgebieden = z.array(z.uuid('Kies een leefgebied uit de lijst.')).max(30, 'Kies hoogstens 30 leefgebieden.').default([]);

const notInFuture = (date: Date, today: Date) => toCalendarDay(date).getTime() <= toCalendarDay(today).getTime();

/** Day, month and year in three boxes (GOV.UK date input): all empty is no date. */
export function parseDrieDelen(dag: string | undefined, maand: string | undefined, jaar: string | undefined, today = new Date()): { date: Date | null; error?: string } {
  if (LEEG(dag) && LEEG(maand) && LEEG(jaar)) return { date: null };
  const parts = [dag, maand, jaar].map((p) => (p ?? '').trim());
  if (parts.some((p) => !/^\d{1,4}$/.test(p)) || parts[2].length !== 4) {
    return { date: null, error: 'Vul een geldige geboortedatum in, bijvoorbeeld 27 3 1985.' };
  }
  const date = parseDutchDate(`${parts[0]}-${parts[1]}-${parts[2]}`);
  if (!date || date.getUTCFullYear() < 1900) return { date: null, error: 'Vul een geldige geboortedatum in, bijvoorbeeld 27 3 1985.' };
  if (!notInFuture(date, today)) return { date: null, error: 'De geboortedatum moet in het verleden liggen.' };
  return { date };
}

const optionalDutchDate = (message = 'Vul een geldige datum in, bijvoorbeeld 27-03-1985.') =>
  z
    .string()
    .trim()
    .max(20, message)
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      const date = parseDutchDate(value);
      if (!date || date.getUTCFullYear() < 1900) {
        ctx.addIssue({ code: 'custom', message });
        return null;
      }
      if (!notInFuture(date, new Date())) ctx.addIssue({ code: 'custom', message: 'De geboortedatum moet in het verleden liggen.' });
      return date;
    });

function merge(result: { success: boolean; error?: z.ZodError }, extra: Record<string, string[]>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (!result.success && result.error) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '_');
      (errors[key] ??= []).push(issue.message);
    }
  }
  for (const [key, messages] of Object.entries(extra)) (errors[key] ??= []).push(...messages.filter((m) => !errors[key]?.includes(m)));
  return errors;
}

// ── The resident's online form ───────────────────────────────────────────────────────────────────────────────────

const publicMeldingObject = z.object({
  overWie: z.enum(['mijzelf', 'ander'], 'Kies over wie de melding gaat.'),
  melderNaam: text(MELDING_LIMITS.naam),
  melderRelatie: text(MELDING_LIMITS.relatie),
  inwonerWeetErVan: z.enum(['ja', 'nee', 'onbekend']).optional(),
  naam: requiredText(MELDING_LIMITS.naam, 'Vul de naam in.'),
  postcode: postcode('Vul de postcode in.'),
  huisnummer: huisnummer('Vul het huisnummer in.'),
  telefoon,
  email,
  vraag: longText(MELDING_LIMITS.vraag, 'Beschrijf waar u hulp bij wilt.'),
  leefgebieden,
  veiligheid: z.enum(VEILIGHEID_ANTWOORDEN, 'Geef antwoord op de vraag over veiligheid.'),
  website: z.string().max(2000).optional(), // the honeypot: people never see it, bots fill it in
});

export type PublicMeldingInput = Omit<z.infer<typeof publicMeldingObject>, 'website'> & {
  geboortedatum: Date | null;
  honeypot: boolean;
};

/** Values from the form as strings (checkbox groups as arrays). */
export type RawValues = Record<string, string | string[] | undefined>;

const str = (values: RawValues, key: string) => {
  const v = values[key];
  return Array.isArray(v) ? v.join(',') : v;
};

export function parsePublicMelding(values: RawValues, today = new Date()): ParseResult<PublicMeldingInput> {
  const raw = { ...values };
  const result = publicMeldingObject.safeParse(raw);
  const extra: Record<string, string[]> = {};
  const geboorte = parseDrieDelen(str(values, 'geboortedag'), str(values, 'geboortemaand'), str(values, 'geboortejaar'), today);
  if (geboorte.error) extra.geboortedatum = [geboorte.error];
  if (str(values, 'overWie') === 'ander') {
    if (LEEG(str(values, 'melderNaam'))) extra.melderNaam = ['Vul uw eigen naam in.'];
    if (LEEG(str(values, 'inwonerWeetErVan'))) extra.inwonerWeetErVan = ['Geef aan of de persoon weet dat u deze melding doet.'];
  }
  if (LEEG(str(values, 'telefoon')) && LEEG(str(values, 'email'))) {
    extra.telefoon = ['Vul een telefoonnummer of e-mailadres in, zodat wij contact met u kunnen opnemen.'];
  }
  const fieldErrors = merge(result, extra);
  if (!result.success || Object.keys(fieldErrors).length) return { success: false, fieldErrors };
  const { website, ...data } = result.data;
  return { success: true, data: { ...data, geboortedatum: geboorte.date, honeypot: Boolean(website?.trim()) } };
}

// ── Registering a melding at the desk ────────────────────────────────────────────────────────────────────────────

const deskMeldingObject = z.object({
  kanaal: z.enum(KANAAL_VALUES, 'Kies hoe de melding binnenkwam.'),
  verwijzerSoort: z.enum(VERWIJZER_SOORT_VALUES, 'Kies de soort verwijzer.').optional().or(z.literal('').transform(() => undefined)),
  overZichzelf: z.enum(['ja', 'nee'], 'Geef aan of de melder het over zichzelf heeft.'),
  melderNaam: text(MELDING_LIMITS.naam),
  melderOrganisatie: text(MELDING_LIMITS.organisatie),
  melderRelatie: text(MELDING_LIMITS.relatie),
  melderTelefoon: telefoon,
  melderEmail: email,
  inwonerWeetErVan: z.enum(['ja', 'nee', 'onbekend']).optional().or(z.literal('').transform(() => undefined)),
  naam: requiredText(MELDING_LIMITS.naam, 'Vul de naam in van de persoon om wie het gaat.'),
  geboortedatum: optionalDutchDate(),
  postcode: postcode(),
  huisnummer: huisnummer(),
  telefoon,
  email,
  vraag: longText(MELDING_LIMITS.vraag, 'Beschrijf de vraag of zorg.'),
  leefgebieden,
  veiligheid: z.enum(VEILIGHEID_ANTWOORDEN, 'Geef antwoord op de vraag over veiligheid.'),
});

export type DeskMeldingInput = Omit<z.infer<typeof deskMeldingObject>, 'overZichzelf' | 'inwonerWeetErVan' | 'verwijzerSoort'> & {
  overZichzelf: boolean;
  inwonerWeetErVan: boolean | null;
  verwijzerSoort: (typeof VERWIJZER_SOORT_VALUES)[number] | null;
};

export function parseDeskMelding(values: RawValues): ParseResult<DeskMeldingInput> {
  const result = deskMeldingObject.safeParse(values);
  const extra: Record<string, string[]> = {};
  const kanaal = str(values, 'kanaal');
  const overZichzelf = str(values, 'overZichzelf') !== 'nee';
  if (kanaal === 'VERWIJZER' && LEEG(str(values, 'verwijzerSoort'))) extra.verwijzerSoort = ['Kies de soort verwijzer.'];
  if ((KANAAL_VALUES as readonly string[]).includes(kanaal ?? '') && melderVereist(kanaal as (typeof KANAAL_VALUES)[number], overZichzelf)) {
    if (LEEG(str(values, 'melderNaam')) && LEEG(str(values, 'melderOrganisatie'))) {
      extra.melderNaam = ['Vul in wie de melding doet: een naam of een organisatie.'];
    }
    if (!overZichzelf && LEEG(str(values, 'inwonerWeetErVan'))) extra.inwonerWeetErVan = ['Geef aan of de inwoner van de melding weet.'];
  }
  if (!LEEG(str(values, 'postcode')) && LEEG(str(values, 'huisnummer'))) extra.huisnummer = ['Vul ook het huisnummer in.'];
  const fieldErrors = merge(result, extra);
  if (!result.success || Object.keys(fieldErrors).length) return { success: false, fieldErrors };
  const d = result.data;
  return {
    success: true,
    data: {
      ...d,
      overZichzelf: d.overZichzelf === 'ja',
      inwonerWeetErVan: d.inwonerWeetErVan === 'ja' ? true : d.inwonerWeetErVan === 'nee' ? false : d.overZichzelf === 'ja' ? true : null,
      verwijzerSoort: d.kanaal === 'VERWIJZER' ? (d.verwijzerSoort ?? null) : null,
    },
  };
}

// ── Finding a household ──────────────────────────────────────────────────────────────────────────────────────────

export const ZOEKWIJZEN = ['bsn', 'naam', 'adres'] as const;
export type Zoekwijze = (typeof ZOEKWIJZEN)[number];

export type ZoekHuishoudenInput =
  | { zoekwijze: 'bsn'; bsn: string }
  // Name with a date of birth, a postcode, or both (issue 16 item 17: an online melding often has no date of birth).
  | { zoekwijze: 'naam'; naam: string; geboortedatum: Date | null; postcode?: string | null }
  | { zoekwijze: 'adres'; postcode: string; huisnummer: number; toevoeging: string | null };

export function parseZoekHuishouden(values: RawValues): ParseResult<ZoekHuishoudenInput> {
  const zoekwijze = str(values, 'zoekwijze');
  if (zoekwijze === 'bsn') {
    const input = (str(values, 'zoekbsn') ?? '').trim();
    if (!input) return { success: false, fieldErrors: { zoekbsn: ['Vul een BSN in.'] } };
    const bsn = input.length <= 20 ? normalizeBsn(input) : null;
    if (!bsn || !isValidBsn(bsn)) return { success: false, fieldErrors: { zoekbsn: [BSN_ERROR] } };
    return { success: true, data: { zoekwijze, bsn } };
  }
  if (zoekwijze === 'naam') {
    const errors: Record<string, string[]> = {};
    const naam = (str(values, 'zoeknaam') ?? '').trim();
    if (naam.length < 2) errors.zoeknaam = ['Vul een naam in van minstens twee letters.'];
    else if (naam.length > MELDING_LIMITS.naam) errors.zoeknaam = [`Gebruik maximaal ${MELDING_LIMITS.naam} tekens.`];
    const datum = (str(values, 'zoekgeboortedatum') ?? '').trim();
    const geboortedatum = datum && datum.length <= 20 ? parseDutchDate(datum) : null;
    const pc = (str(values, 'zoeknaampostcode') ?? '').trim();
    const postcodeValue = pc && pc.length <= MELDING_LIMITS.postcode ? normalizePostcode(pc) : null;
    if (!datum && !pc) errors.zoekgeboortedatum = ['Vul de geboortedatum of de postcode in.'];
    if (datum && !geboortedatum) errors.zoekgeboortedatum = ['Vul een geldige datum in, bijvoorbeeld 27-03-1985.'];
    if (pc && !postcodeValue) errors.zoeknaampostcode = [POSTCODE_ERROR];
    if (Object.keys(errors).length || (!geboortedatum && !postcodeValue)) return { success: false, fieldErrors: errors };
    return { success: true, data: { zoekwijze, naam, geboortedatum, postcode: postcodeValue } };
  }
  if (zoekwijze === 'adres') {
    const errors: Record<string, string[]> = {};
    const pc = (str(values, 'zoekpostcode') ?? '').trim();
    const hn = (str(values, 'zoekhuisnummer') ?? '').trim();
    const postcodeValue = pc.length <= MELDING_LIMITS.postcode ? normalizePostcode(pc) : null;
    const huisnummerValue = hn.length <= MELDING_LIMITS.huisnummer ? parseHuisnummer(hn) : null;
    if (!pc) errors.zoekpostcode = ['Vul de postcode in.'];
    else if (!postcodeValue) errors.zoekpostcode = [POSTCODE_ERROR];
    if (!hn) errors.zoekhuisnummer = ['Vul het huisnummer in.'];
    else if (!huisnummerValue) errors.zoekhuisnummer = [HUISNUMMER_ERROR];
    if (!postcodeValue || !huisnummerValue) return { success: false, fieldErrors: errors };
    return { success: true, data: { zoekwijze, postcode: postcodeValue, huisnummer: huisnummerValue.huisnummer, toevoeging: huisnummerValue.toevoeging } };
  }
  return { success: false, fieldErrors: { zoekwijze: ['Kies hoe je wilt zoeken.'] } };
}

// ── Attaching the melding ────────────────────────────────────────────────────────────────────────────────────────

export const koppelMeldingSchema = z.object({
  meldingId: z.uuid('Melding ontbreekt.'),
  version: z.coerce.number().int().min(1),
  huishoudenId: z.uuid('Kies een huishouden.'),
});
export type KoppelMeldingInput = z.infer<typeof koppelMeldingSchema>;

const nieuwHuishoudenObject = z.object({
  meldingId: z.uuid('Melding ontbreekt.'),
  version: z.coerce.number().int().min(1),
  persoonId: z.uuid().optional().or(z.literal('').transform(() => undefined)),
  voornamen: text(MELDING_LIMITS.naam),
  tussenvoegsel: text(20),
  achternaam: text(MELDING_LIMITS.naam),
  geboortedatum: optionalDutchDate(),
  bsn: z
    .string()
    .trim()
    .max(20, BSN_ERROR)
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      const bsn = normalizeBsn(value);
      if (!bsn || !isValidBsn(bsn)) ctx.addIssue({ code: 'custom', message: BSN_ERROR });
      return bsn;
    }),
  straat: requiredText(MELDING_LIMITS.naam, 'Vul de straat in.'),
  huisnummer: huisnummer('Vul het huisnummer in.'),
  postcode: postcode('Vul de postcode in.'),
  woonplaats: requiredText(100, 'Vul de woonplaats in.'),
  bevestigNieuw: z.enum(['ja']).optional().or(z.literal('').transform(() => undefined)),
  reden: text(500),
});

export type NieuwHuishoudenInput = Omit<z.infer<typeof nieuwHuishoudenObject>, 'bevestigNieuw' | 'huisnummer' | 'postcode'> & {
  bevestigNieuw: boolean;
  huisnummer: { huisnummer: number; toevoeging: string | null };
  postcode: string;
};

export function parseNieuwHuishouden(values: RawValues): ParseResult<NieuwHuishoudenInput> {
  const result = nieuwHuishoudenObject.safeParse(values);
  const extra: Record<string, string[]> = {};
  if (LEEG(str(values, 'persoonId'))) {
    if (LEEG(str(values, 'voornamen'))) extra.voornamen = ['Vul de voornaam in.'];
    if (LEEG(str(values, 'achternaam'))) extra.achternaam = ['Vul de achternaam in.'];
  }
  if (str(values, 'bevestigNieuw') === 'ja' && LEEG(str(values, 'reden'))) {
    extra.reden = ['Geef de reden waarom deze persoon een nieuw huishouden krijgt.'];
  }
  const fieldErrors = merge(result, extra);
  if (!result.success || Object.keys(fieldErrors).length) return { success: false, fieldErrors };
  const d = result.data;
  return { success: true, data: { ...d, bevestigNieuw: d.bevestigNieuw === 'ja', huisnummer: d.huisnummer!, postcode: d.postcode! } };
}
