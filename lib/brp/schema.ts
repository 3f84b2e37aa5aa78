// The shapes of the BRP API Personen 2.7.0 answers (../shared/standards/brp/openapi.yaml), as zod schemas: every
// answer is checked before the app uses it, so a BRP that answers something else is an error, never half-read data.
// Objects are loose (the spec allows fields we do not ask for); the patterns are the spec's own.
import { z } from 'zod';

const inOnderzoekVlaggen = z.looseObject({}).catchall(z.unknown());

export const waardetabelSchema = z.looseObject({
  code: z.string().optional(),
  omschrijving: z.string().optional(),
});

/** AbstractDatum with its four subtypes (discriminator `type`). */
export const datumSchema = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('Datum'), langFormaat: z.string(), datum: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  z.looseObject({ type: z.literal('DatumOnbekend'), langFormaat: z.string(), onbekend: z.boolean() }),
  z.looseObject({ type: z.literal('JaarDatum'), langFormaat: z.string(), jaar: z.number().int().min(1).max(9999) }),
  z.looseObject({ type: z.literal('JaarMaandDatum'), langFormaat: z.string(), jaar: z.number().int().min(1).max(9999), maand: z.number().int().min(1).max(12) }),
]);
export type BrpDatum = z.infer<typeof datumSchema>;

const bsnSchema = z.string().regex(/^[0-9]{9}$/);

export const naamSchema = z.looseObject({
  voornamen: z.string().optional(),
  voorvoegsel: z.string().optional(),
  geslachtsnaam: z.string().optional(),
  voorletters: z.string().optional(),
  volledigeNaam: z.string().optional(),
  adellijkeTitelPredicaat: z.looseObject({ code: z.string().optional(), omschrijving: z.string().optional(), soort: z.string().optional() }).optional(),
  aanduidingNaamgebruik: waardetabelSchema.optional(),
  inOnderzoek: inOnderzoekVlaggen.optional(),
});

export const geboorteSchema = z.looseObject({
  datum: datumSchema.optional(),
  land: waardetabelSchema.optional(),
  plaats: waardetabelSchema.optional(),
  inOnderzoek: inOnderzoekVlaggen.optional(),
});

export const overlijdenSchema = z.looseObject({
  datum: datumSchema.optional(),
  land: waardetabelSchema.optional(),
  plaats: waardetabelSchema.optional(),
  inOnderzoek: inOnderzoekVlaggen.optional(),
});

export const verblijfadresSchema = z.looseObject({
  officieleStraatnaam: z.string().optional(),
  korteStraatnaam: z.string().optional(),
  huisnummer: z.number().int().min(1).max(99999).optional(),
  huisletter: z.string().regex(/^[a-zA-Z]$/).optional(),
  huisnummertoevoeging: z.string().optional(),
  postcode: z.string().regex(/^[1-9][0-9]{3}[ ]?[A-Za-z]{2}$/).optional(),
  woonplaats: z.string().optional(),
  regel1: z.string().optional(),
  regel2: z.string().optional(),
  regel3: z.string().optional(),
  land: waardetabelSchema.optional(),
  locatiebeschrijving: z.string().optional(),
  inOnderzoek: inOnderzoekVlaggen.optional(),
});

/** AbstractVerblijfplaats: Adres, VerblijfplaatsBuitenland, VerblijfplaatsOnbekend or Locatie. */
export const verblijfplaatsSchema = z.looseObject({
  type: z.enum(['Adres', 'VerblijfplaatsBuitenland', 'VerblijfplaatsOnbekend', 'Locatie']),
  verblijfadres: verblijfadresSchema.optional(),
  functieAdres: waardetabelSchema.optional(),
  datumVan: datumSchema.optional(),
  datumIngangGeldigheid: datumSchema.optional(),
  adresseerbaarObjectIdentificatie: z.string().optional(),
  nummeraanduidingIdentificatie: z.string().optional(),
  inOnderzoek: inOnderzoekVlaggen.optional(),
});

const gezagPersoonSchema = z.looseObject({ burgerservicenummer: bsnSchema.optional(), naam: z.looseObject({ volledigeNaam: z.string().optional() }).optional() });
const derdeSchema = z.looseObject({ type: z.enum(['BekendeDerde', 'OnbekendeDerde']).optional() }).and(gezagPersoonSchema);

/** Gezagsrelatie with its six subtypes. */
export const gezagsrelatieSchema = z.looseObject({
  type: z.enum(['GezamenlijkOuderlijkGezag', 'EenhoofdigOuderlijkGezag', 'GezamenlijkGezag', 'Voogdij', 'TijdelijkGeenGezag', 'GezagNietTeBepalen']),
  minderjarige: z.looseObject({ burgerservicenummer: bsnSchema.optional(), naam: z.looseObject({ volledigeNaam: z.string().optional() }).optional(), leeftijd: z.number().int().optional() }).optional(),
  ouders: z.array(gezagPersoonSchema).optional(),
  ouder: gezagPersoonSchema.optional(),
  derde: derdeSchema.optional(),
  derden: z.array(gezagPersoonSchema).optional(),
  toelichting: z.string().optional(),
  inOnderzoek: z.boolean().optional(),
});
export type BrpGezagsrelatie = z.infer<typeof gezagsrelatieSchema>;

const gerelateerdeSchema = z.looseObject({
  burgerservicenummer: bsnSchema.optional(),
  naam: naamSchema.optional(),
  geboorte: geboorteSchema.optional(),
  geslacht: waardetabelSchema.optional(),
  ouderAanduiding: z.string().optional(),
  soortVerbintenis: waardetabelSchema.optional(),
  inOnderzoek: inOnderzoekVlaggen.optional(),
});

export const adresseringSchema = z.looseObject({
  adresregel1: z.string().optional(),
  adresregel2: z.string().optional(),
  adresregel3: z.string().optional(),
  land: waardetabelSchema.optional(),
  inOnderzoek: inOnderzoekVlaggen.optional(),
});

/** PersoonBeperkt (the Zoek… types): name, birth, adressering; no verblijfplaats, no relations. */
export const persoonBeperktSchema = z.looseObject({
  burgerservicenummer: bsnSchema.optional(),
  geheimhoudingPersoonsgegevens: z.boolean().optional(),
  geslacht: waardetabelSchema.optional(),
  leeftijd: z.number().int().optional(),
  naam: naamSchema.optional(),
  geboorte: geboorteSchema.optional(),
  adressering: adresseringSchema.optional(),
  inOnderzoek: inOnderzoekVlaggen.optional(),
  opschortingBijhouding: z.looseObject({ reden: waardetabelSchema.optional(), datum: datumSchema.optional() }).optional(),
});
export type BrpPersoonBeperkt = z.infer<typeof persoonBeperktSchema>;

/** Persoon (RaadpleegMetBurgerservicenummer): PersoonBeperkt and the rest, as far as the fields asked. */
export const persoonSchema = persoonBeperktSchema.extend({
  overlijden: overlijdenSchema.optional(),
  verblijfplaats: verblijfplaatsSchema.optional(),
  gemeenteVanInschrijving: waardetabelSchema.optional(),
  datumInschrijvingInGemeente: datumSchema.optional(),
  gezag: z.array(gezagsrelatieSchema).optional(),
  kinderen: z.array(gerelateerdeSchema).optional(),
  ouders: z.array(gerelateerdeSchema).optional(),
  partners: z.array(gerelateerdeSchema).optional(),
});
export type BrpPersoon = z.infer<typeof persoonSchema>;

export const raadpleegResponseSchema = z.looseObject({ type: z.literal('RaadpleegMetBurgerservicenummer'), personen: z.array(persoonSchema).default([]) });
export const zoekResponseSchema = z.looseObject({
  type: z.enum(['ZoekMetGeslachtsnaamEnGeboortedatum', 'ZoekMetPostcodeEnHuisnummer', 'ZoekMetNaamEnGemeenteVanInschrijving', 'ZoekMetStraatHuisnummerEnGemeenteVanInschrijving']),
  personen: z.array(persoonBeperktSchema).default([]),
});

/** Foutbericht (RFC 7807), with the invalidParams of a 400. */
export const foutberichtSchema = z.looseObject({
  type: z.string().optional(),
  title: z.string().optional(),
  status: z.number().int().optional(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  code: z.string().optional(),
  invalidParams: z.array(z.looseObject({ name: z.string().optional(), code: z.string().optional(), reason: z.string().optional() })).optional(),
});
export type BrpFoutbericht = z.infer<typeof foutberichtSchema>;
