import { z } from 'zod';
import { optionalDate, requiredDate } from '@/lib/validations/common';
import { normalizeAgbCode, AGB_ERROR } from '@/lib/domain/agb';
import {
  BEDRAG_ERROR,
  categorieVan,
  categorieWetProblem,
  LEVERINGSVORMEN_ERROR,
  normalizeProductcode,
  parseEuroBedrag,
  PERIODE_ERROR,
  PRODUCTCODE_ERROR,
} from '@/lib/domain/catalogus';
import { toCalendarDay } from '@/lib/domain/dates';
import {
  LEVERINGSVORM_VALUES,
  MANDAAT_SOORT_VALUES,
  ROL_VALUES,
  TEAM_SOORT_VALUES,
  VOORZIENING_SOORT_VALUES,
  WET_VALUES,
  ZRM_DOMEIN_VALUES,
  type Wet,
} from '@/lib/domain/enums';
import { bewaartermijnProblem, GEMEENTECODE_ERROR, isGemeentecode, termijnProblem, TERMIJNEN, type TermijnVeld } from '@/lib/domain/gemeente-instellingen';
import { EENHEID_VALUES, FREQUENTIE_VALUES } from '@/lib/domain/labels';
import { passwordProblems } from '@/lib/auth/password';

// Form input for beheer (issue 12): people, teams, wijken, leefgebieden, catalogue, aanbieders, sociale kaart and
// the gemeente's settings. Every message is Dutch and sits at its field; rules that need the database (unique
// e-mail, overlapping postcode ranges, a product code's other versions) are checked in the use case.

const requiredText = (message: string, max = 200) =>
  z.string(message).trim().min(1, message).max(max, `Gebruik hoogstens ${max} tekens.`);

const optionalText = (max = 200) =>
  z.string().trim().max(max, `Gebruik hoogstens ${max} tekens.`).optional().transform((v) => (v ? v : null));

/** Empty means today: the usual start of a membership or mandate. */
const dateOrToday = optionalDate.transform((date) => date ?? toCalendarDay(new Date()));

const checkbox = z.string().optional().transform((v) => v === 'on' || v === 'true' || v === '1');

const version = z.coerce.number('Versie ontbreekt.').int().min(1, 'Versie ontbreekt.');

const optionalId = (message: string) => z.union([z.literal(''), z.uuid(message)]).optional().transform((v) => v || null);

const optionalEmail = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v.toLowerCase() : null))
  .pipe(z.union([z.null(), z.email('Vul een geldig e-mailadres in, bijvoorbeeld naam@example.nl.')]));

const wholeNumber = (message: string, min: number, max: number) =>
  z
    .string(message)
    .trim()
    .min(1, message)
    .transform((value, ctx) => {
      const n = Number(value);
      if (!/^-?\d+$/.test(value) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `Vul een heel getal in van ${min} tot en met ${max}.` });
        return z.NEVER;
      }
      return n;
    });

const parseBedrag = (value: string, ctx: z.RefinementCtx) => {
  const cent = parseEuroBedrag(value);
  if (cent === null) {
    ctx.addIssue({ code: 'custom', message: BEDRAG_ERROR });
    return z.NEVER;
  }
  return cent;
};

const optionalBedrag = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx) => (value ? parseBedrag(value, ctx) : null));

const requiredBedrag = (message: string) => z.string(message).trim().min(1, message).transform(parseBedrag);

const periodeCheck =
  <T>(van: (v: T) => Date, tot: (v: T) => Date | null, path: string) =>
  (value: T, ctx: z.RefinementCtx) => {
    const end = tot(value);
    if (end && end.getTime() < van(value).getTime()) ctx.addIssue({ code: 'custom', path: [path], message: PERIODE_ERROR });
  };

// ───────────── Medewerkers ─────────────

const email = z
  .string('Vul het e-mailadres in.')
  .trim()
  .min(1, 'Vul het e-mailadres in.')
  .max(320, 'Gebruik hoogstens 320 tekens.')
  .transform((v) => v.toLowerCase())
  .pipe(z.email('Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.'));

const rollen = z.array(z.enum(ROL_VALUES, 'Kies een bestaande rol.')).min(1, 'Kies minstens één rol.');

export const wachtwoord = z.string('Vul een wachtwoord in.').superRefine((value, ctx) => {
  if (!value) {
    ctx.addIssue({ code: 'custom', message: 'Vul een wachtwoord in.' });
    return;
  }
  for (const problem of passwordProblems(value)) ctx.addIssue({ code: 'custom', message: problem });
});

export const createMedewerkerSchema = z.object({
  naam: requiredText('Vul de naam in.'),
  email,
  functie: optionalText(),
  telefoon: optionalText(40),
  rollen,
  wachtwoord,
  teamId: optionalId('Kies een team.'),
  isLead: checkbox,
  focuswijkIds: z.array(z.uuid('Kies een bestaande wijk.')).default([]),
});
export type CreateMedewerkerInput = z.output<typeof createMedewerkerSchema>;

export const updateMedewerkerSchema = z.object({
  userId: z.uuid('Medewerker ontbreekt.'),
  version,
  naam: requiredText('Vul de naam in.'),
  email,
  functie: optionalText(),
  telefoon: optionalText(40),
  rollen,
  beschikbaarheid: wholeNumber('Vul de beschikbaarheid in procenten in.', 0, 100),
  afwezigTot: optionalDate,
});
export type UpdateMedewerkerInput = z.output<typeof updateMedewerkerSchema>;

export const userVersionSchema = z.object({ userId: z.uuid('Medewerker ontbreekt.'), version });
export type UserVersionInput = z.output<typeof userVersionSchema>;

/** Deactivating an account needs an explicit confirmation (issue 16 item 20): the button sits beside others. */
export const deactivateMedewerkerSchema = userVersionSchema.extend({
  bevestig: z.literal('on', 'Vink aan dat je dit account wilt deactiveren.'),
});

export const resetWachtwoordSchema = z
  .object({ userId: z.uuid('Medewerker ontbreekt.'), version, wachtwoord, wachtwoordHerhaling: z.string().optional().default('') })
  .superRefine((value, ctx) => {
    if (value.wachtwoord && value.wachtwoord !== value.wachtwoordHerhaling) {
      ctx.addIssue({ code: 'custom', path: ['wachtwoordHerhaling'], message: 'De twee wachtwoorden zijn niet gelijk.' });
    }
  });
export type ResetWachtwoordInput = z.output<typeof resetWachtwoordSchema>;

export const setFocuswijkenSchema = z.object({
  userId: z.uuid('Medewerker ontbreekt.'),
  version,
  wijkIds: z.array(z.uuid('Kies een bestaande wijk.')).default([]),
});
export type SetFocuswijkenInput = z.output<typeof setFocuswijkenSchema>;

export const addTeamlidmaatschapSchema = z.object({
  userId: z.uuid('Medewerker ontbreekt.'),
  teamId: z.uuid('Kies een team.'),
  isLead: checkbox,
  vanaf: dateOrToday,
});
export type AddTeamlidmaatschapInput = z.output<typeof addTeamlidmaatschapSchema>;

// Ending is always as of today: other parts read a membership or mandate with tot = null as the current one.
export const endTeamlidmaatschapSchema = z.object({ lidmaatschapId: z.uuid('Lidmaatschap ontbreekt.') });
export type EndTeamlidmaatschapInput = z.output<typeof endTeamlidmaatschapSchema>;

export const addMandaatSchema = z
  .object({
    userId: z.uuid('Medewerker ontbreekt.'),
    soort: z.enum(MANDAAT_SOORT_VALUES, 'Kies het soort mandaat.'),
    wet: z.union([z.literal(''), z.enum(WET_VALUES, 'Kies een wet.')]).optional().transform((v) => v || null),
    productId: optionalId('Kies een product uit de catalogus.'),
    vanaf: dateOrToday,
    tot: optionalDate,
  })
  .superRefine(periodeCheck((v) => v.vanaf, (v) => v.tot, 'tot'));
export type AddMandaatInput = z.output<typeof addMandaatSchema>;

export const endMandaatSchema = z.object({ mandaatId: z.uuid('Mandaat ontbreekt.') });
export type EndMandaatInput = z.output<typeof endMandaatSchema>;

// ───────────── Teams and wijken ─────────────

const teamFields = {
  naam: requiredText('Vul de naam van het team in.', 120),
  soort: z.enum(TEAM_SOORT_VALUES, 'Kies het soort team.'),
  wijkIds: z.array(z.uuid('Kies een bestaande wijk.')).default([]),
};
export const createTeamSchema = z.object(teamFields);
export type CreateTeamInput = z.output<typeof createTeamSchema>;
export const updateTeamSchema = z.object({ ...teamFields, teamId: z.uuid('Team ontbreekt.'), version, actief: checkbox });
export type UpdateTeamInput = z.output<typeof updateTeamSchema>;

const wijkFields = {
  code: z
    .string('Vul een korte code in.')
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{1,10}$/, 'Vul een korte code in van hoogstens 10 letters of cijfers, bijvoorbeeld CEN.'),
  naam: requiredText('Vul de naam van de wijk in.', 120),
  inwoners: z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      const n = Number(value.replace(/\./g, ''));
      if (!Number.isInteger(n) || n < 0 || n > 10_000_000) {
        ctx.addIssue({ code: 'custom', message: 'Vul het aantal inwoners in als heel getal, of laat het leeg.' });
        return z.NEVER;
      }
      return n;
    }),
};
export const createWijkSchema = z.object(wijkFields);
export type CreateWijkInput = z.output<typeof createWijkSchema>;
export const updateWijkSchema = z.object({ ...wijkFields, wijkId: z.uuid('Wijk ontbreekt.'), actief: checkbox });
export type UpdateWijkInput = z.output<typeof updateWijkSchema>;

// The format of the postcodes is checked by lib/domain/postcode-gebieden with the other ranges at hand.
export const addPostcodeGebiedSchema = z.object({
  wijkId: z.uuid('Wijk ontbreekt.'),
  postcodeVan: z.string().trim().default(''),
  postcodeTot: z.string().trim().default(''),
});
export type AddPostcodeGebiedInput = z.output<typeof addPostcodeGebiedSchema>;

export const removePostcodeGebiedSchema = z.object({ postcodeGebiedId: z.uuid('Postcodegebied ontbreekt.') });

// ───────────── Leefgebieden ─────────────

const leefgebiedFields = {
  naam: requiredText('Vul de naam van het leefgebied in.', 120),
  volgorde: wholeNumber('Vul de volgorde in.', 0, 10_000),
  zrmDomein: z.union([z.literal(''), z.enum(ZRM_DOMEIN_VALUES, 'Kies een ZRM-domein.')]).optional().transform((v) => v || null),
};
export const createLeefgebiedSchema = z.object({
  ...leefgebiedFields,
  code: z
    .string('Vul een code in.')
    .trim()
    .toUpperCase()
    .regex(/^[A-Z][A-Z0-9_]{1,39}$/, 'Vul een code in van hoofdletters, cijfers en _, bijvoorbeeld MANTELZORG.'),
});
export type CreateLeefgebiedInput = z.output<typeof createLeefgebiedSchema>;
export const updateLeefgebiedSchema = z.object({ ...leefgebiedFields, leefgebiedId: z.uuid('Leefgebied ontbreekt.'), actief: checkbox });
export type UpdateLeefgebiedInput = z.output<typeof updateLeefgebiedSchema>;

// ───────────── Producten ─────────────

const productFields = {
  naam: requiredText('Vul de naam van het product in.'),
  eenheid: z.enum(EENHEID_VALUES, 'Kies de eenheid.'),
  standaardFrequentie: z.enum(FREQUENTIE_VALUES, 'Kies de standaardfrequentie.'),
  leveringsvormen: z.array(z.enum(LEVERINGSVORM_VALUES, LEVERINGSVORMEN_ERROR)).min(1, LEVERINGSVORMEN_ERROR),
  tariefCent: optionalBedrag,
  actiefVan: requiredDate('Vul in vanaf wanneer het product actief is.'),
  actiefTot: optionalDate,
};

export const createProductSchema = z
  .object({
    ...productFields,
    wet: z.enum(WET_VALUES, 'Kies de wet.'),
    code: z
      .string(PRODUCTCODE_ERROR)
      .transform((value, ctx) => {
        const code = normalizeProductcode(value);
        if (!code) {
          ctx.addIssue({ code: 'custom', message: PRODUCTCODE_ERROR });
          return z.NEVER;
        }
        return code;
      }),
  })
  .superRefine((value, ctx) => {
    const problem = categorieWetProblem(value.wet, value.code);
    if (problem) ctx.addIssue({ code: 'custom', path: ['code'], message: problem });
  })
  .superRefine(periodeCheck((v) => v.actiefVan, (v) => v.actiefTot, 'actiefTot'))
  .transform((value) => ({ ...value, categorie: categorieVan(value.code) }));
export type CreateProductInput = z.output<typeof createProductSchema>;

export const updateProductSchema = z
  .object({ ...productFields, productId: z.uuid('Product ontbreekt.'), version })
  .superRefine(periodeCheck((v) => v.actiefVan, (v) => v.actiefTot, 'actiefTot'));
export type UpdateProductInput = z.output<typeof updateProductSchema>;

// ───────────── Aanbieders ─────────────

const aanbiederFields = {
  naam: requiredText('Vul de naam van de aanbieder in.'),
  agbCode: z.string(AGB_ERROR).transform((value, ctx) => {
    const code = normalizeAgbCode(value);
    if (!code) {
      ctx.addIssue({ code: 'custom', message: AGB_ERROR });
      return z.NEVER;
    }
    return code;
  }),
  contactNaam: optionalText(),
  telefoon: optionalText(40),
  email: optionalEmail,
  adres: optionalText(300),
};
export const createAanbiederSchema = z.object(aanbiederFields);
export type CreateAanbiederInput = z.output<typeof createAanbiederSchema>;
export const updateAanbiederSchema = z.object({ ...aanbiederFields, aanbiederId: z.uuid('Aanbieder ontbreekt.'), version, actief: checkbox });
export type UpdateAanbiederInput = z.output<typeof updateAanbiederSchema>;

export const addContractSchema = z
  .object({
    aanbiederId: z.uuid('Aanbieder ontbreekt.'),
    productId: z.uuid('Kies een product.'),
    tariefCent: requiredBedrag('Vul het tarief in.'),
    van: requiredDate('Vul de begindatum van het contract in.'),
    tot: optionalDate,
  })
  .superRefine(periodeCheck((v) => v.van, (v) => v.tot, 'tot'));
export type AddContractInput = z.output<typeof addContractSchema>;

export const endContractSchema = z.object({ contractId: z.uuid('Contract ontbreekt.'), tot: dateOrToday });
export type EndContractInput = z.output<typeof endContractSchema>;

// ───────────── Sociale kaart ─────────────

const website = z
  .string()
  .trim()
  .max(300, 'Gebruik hoogstens 300 tekens.')
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const url = /^https?:\/\//i.test(value) ? value : `https://${value}`;
    try {
      const parsed = new URL(url);
      if (!parsed.hostname.includes('.')) throw new Error('no domain');
      return parsed.toString();
    } catch {
      ctx.addIssue({ code: 'custom', message: 'Vul een geldig webadres in, bijvoorbeeld www.voedselbank.nl.' });
      return z.NEVER;
    }
  });

const voorzieningFields = {
  naam: requiredText('Vul de naam van de voorziening in.'),
  soort: z.enum(VOORZIENING_SOORT_VALUES, 'Kies of het een algemene voorziening of een voorliggende partner is.'),
  aanbod: requiredText('Beschrijf wat de voorziening biedt.', 2000),
  doelgroep: requiredText('Beschrijf voor wie de voorziening is.', 1000),
  leefgebiedCodes: z.array(z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/, 'Kies een bestaand leefgebied.')).min(1, 'Kies minstens één leefgebied.'),
  wijkId: optionalId('Kies een bestaande wijk.'),
  contactNaam: optionalText(),
  telefoon: optionalText(40),
  email: optionalEmail,
  website,
  adres: optionalText(300),
  openingstijden: optionalText(500),
};
export const createVoorzieningSchema = z.object(voorzieningFields);
export type CreateVoorzieningInput = z.output<typeof createVoorzieningSchema>;
export const updateVoorzieningSchema = z.object({ ...voorzieningFields, voorzieningId: z.uuid('Voorziening ontbreekt.'), version, actief: checkbox });
export type UpdateVoorzieningInput = z.output<typeof updateVoorzieningSchema>;

/** The search form of the sociale kaart (GET parameters): lenient, anything odd is ignored rather than refused. */
export const zoekVoorzieningenSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined).transform((v) => v || null),
  leefgebied: z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/).optional().catch(undefined).transform((v) => v ?? null),
  wijkId: z.uuid().optional().catch(undefined).transform((v) => v ?? null),
  soort: z.enum(VOORZIENING_SOORT_VALUES).optional().catch(undefined).transform((v) => v ?? null),
});
export type ZoekVoorzieningenInput = z.output<typeof zoekVoorzieningenSchema>;

// ───────────── Gemeente ─────────────

const termijn = (veld: TermijnVeld) => {
  const t = TERMIJNEN.find((x) => x.veld === veld)!;
  return z
    .string('Vul het aantal dagen in.')
    .trim()
    .min(1, 'Vul het aantal dagen in.')
    .transform((value, ctx) => {
      const problem = /^\d+$/.test(value) ? termijnProblem(t, Number(value)) : 'Vul een heel aantal dagen in.';
      if (problem) {
        ctx.addIssue({ code: 'custom', message: problem });
        return z.NEVER;
      }
      return Number(value);
    });
};

export const updateGemeenteSchema = z.object({
  version,
  naam: requiredText('Vul de naam van de gemeente in.', 120),
  gemeentecode: z.string(GEMEENTECODE_ERROR).trim().refine(isGemeentecode, GEMEENTECODE_ERROR),
  postadres: requiredText('Vul het postadres in.'),
  postcodePlaats: requiredText('Vul postcode en plaats in.'),
  telefoon: requiredText('Vul het telefoonnummer in.', 40),
  website: requiredText('Vul de website in.', 300),
  email: email,
  briefhoofd: requiredText('Vul het briefhoofd in.', 1000),
  ondertekening: requiredText('Vul de ondertekening in.', 1000),
  onderzoekTermijnDagen: termijn('onderzoekTermijnDagen'),
  wmoBeschikkingTermijnDagen: termijn('wmoBeschikkingTermijnDagen'),
  awbBeschikkingTermijnDagen: termijn('awbBeschikkingTermijnDagen'),
  bezwaarTermijnDagen: termijn('bezwaarTermijnDagen'),
  consultTermijnDagen: termijn('consultTermijnDagen'),
  waakvlamStandaardDagen: termijn('waakvlamStandaardDagen'),
});
export type UpdateGemeenteInput = z.output<typeof updateGemeenteSchema>;

const bewaarJaren = (wet: Wet) =>
  z
    .string('Vul het aantal jaren in.')
    .trim()
    .min(1, 'Vul het aantal jaren in.')
    .transform((value, ctx) => {
      const problem = /^\d+$/.test(value) ? bewaartermijnProblem(wet, Number(value)) : 'Vul een heel aantal jaren in.';
      if (problem) {
        ctx.addIssue({ code: 'custom', message: problem });
        return z.NEVER;
      }
      return Number(value);
    });

// A law without a row yet has no version: the row is created on first save.
const optionalVersion = z.union([z.literal(''), z.coerce.number().int().min(1)]).optional().transform((v) => (v ? Number(v) : null));

export const updateBewaartermijnenSchema = z.object({
  WMO: bewaarJaren('WMO'),
  JEUGDWET: bewaarJaren('JEUGDWET'),
  PARTICIPATIEWET: bewaarJaren('PARTICIPATIEWET'),
  version_WMO: optionalVersion,
  version_JEUGDWET: optionalVersion,
  version_PARTICIPATIEWET: optionalVersion,
});
export type UpdateBewaartermijnenInput = z.output<typeof updateBewaartermijnenSchema>;

// ───────────── Besluitdagen (Algemene termijnenwet art. 3 lid 3, issue 17) ─────────────

export const addBesluitdagSchema = z.object({
  datum: requiredDate('Vul de dag in, bijvoorbeeld 15-05-2026.'),
  naam: z.string('Vul in welke dag het is.').trim().min(1, 'Vul in welke dag het is, bijvoorbeeld: Vrijdag na Hemelvaartsdag.').max(100, 'Gebruik hooguit 100 tekens.'),
  bron: z.string('Vul de bron in.').trim().min(1, 'Vul de bron in: het Koninklijk Besluit, met Staatsblad-nummer of link.').max(300, 'Gebruik hooguit 300 tekens.'),
});
export type AddBesluitdagInput = z.output<typeof addBesluitdagSchema>;
export const removeBesluitdagSchema = z.object({ besluitdagId: z.uuid('Dag ontbreekt.') });
