import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { BerichtCode, Geslacht } from '@/lib/domain/enums';
import { isValidBsn } from '@/lib/domain/bsn';
import { toCalendarDay, toIsoDate } from '@/lib/domain/dates';
import { isEenheid, isFrequentie, isRedenWijziging } from '@/lib/domain/labels';
import { omvangProbleem } from '@/lib/domain/omvang-regels';

import {
  ADRES_SOORT_BRP,
  ADRES_SOORT_CORRESPONDENTIE,
  BERICHT_SPECS,
  BERICHT_SUBVERSIE,
  BERICHT_VERSIE,
  GESLACHT_CODE,
  NAAMGEBRUIK_EIGEN,
  XSD_VERSIE,
  type BerichtSpec,
} from './codes';

// Builds and reads the toewijzingbericht WMO301 / JW301 of iWmo/iJw 3.2 (element names: see ./codes.ts). Pure:
// data in, XML text out, and back. OP192: UTF-8 without byte-order mark, CR/LF line ends. Dates without a time
// zone (YYYY-MM-DD); Toewijzingsdatum and -tijd in Dutch local time.

export type ToegewezenProduct = {
  toewijzingNummer: number;
  /** TR379: the ReferentieAanbieder of the verzoek this toewijzing honours; null otherwise. */
  referentieAanbieder?: string | null;
  categorie: string;
  code: string;
  /** Toewijzingsdatum and Toewijzingstijd: when the gemeente fixed the toewijzing (or its latest change). */
  toewijzingOp: Date;
  ingangsdatum: Date;
  einddatum: Date | null;
  /** Empty on a first toewijzing. */
  redenWijziging: string | null;
  omvang: { volume: number; eenheid: string; frequentie: string } | null;
  /** In eurocent. */
  budgetCent: number | null;
  commentaar: string | null;
};

export type ToewijzingClient = {
  bsn: string;
  geboortedatum: Date;
  geslacht: Geslacht;
  naam: { achternaam: string; voorvoegsel: string | null; voornamen: string | null; voorletters: string };
  adres: { straatnaam: string; huisnummer: number; huisletter: string | null; huisnummerToevoeging: string | null; postcode: string; plaatsnaam: string };
  /**
   * LDT_AdresSoort of that address: 01 the BRP address; 02 a correspondentieadres — for a client under BRP
   * geheimhouding the gemeente's own postal address (issue 20), so the BRP address never leaves in the message.
   * TR061 asks one contact of soort 01, 02 or 03; CD034 asks a postcode only with 01 and 03.
   */
  adresSoort?: typeof ADRES_SOORT_BRP | typeof ADRES_SOORT_CORRESPONDENTIE;
  /** CDT_Telefoon: the number as dialled within its country and the Landnummer ('0031' for the Netherlands). */
  telefoon: Telefoon | null;
  email: string | null;
};

export type Telefoon = { nummer: string; landnummer: string };

export type ToewijzingBericht = {
  code: BerichtCode;
  /** Gemeentecode (CBS, 4 digits). */
  afzender: string;
  /** AGB code of the aanbieder (8 digits). */
  ontvanger: string;
  identificatie: string;
  dagtekening: Date;
  client: ToewijzingClient;
  producten: ToegewezenProduct[];
};

// ───────────── Dutch local time ─────────────

const amsterdam = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

const lokaleDelen = (instant: Date) => {
  const parts = Object.fromEntries(amsterdam.formatToParts(instant).map((p) => [p.type, p.value]));
  return { datum: `${parts.year}-${parts.month}-${parts.day}`, tijd: `${parts.hour}:${parts.minute}:${parts.second}` };
};

/** The instant of a Dutch local date and time ('2026-11-22', '16:05:00'). */
const lokaalNaarInstant = (datum: string, tijd: string): Date => {
  const [y, m, d] = datum.split('-').map(Number);
  const [h, mi, s] = tijd.split(':').map(Number);
  const alsUtc = Date.UTC(y, m - 1, d, h, mi, s);
  let gok = alsUtc;
  // Two rounds find the offset (+1 or +2 hours) that maps back to the same local time.
  for (let i = 0; i < 2; i++) {
    const { datum: ld, tijd: lt } = lokaleDelen(new Date(gok));
    const [ly, lm, lday] = ld.split('-').map(Number);
    const [lh, lmi, ls] = lt.split(':').map(Number);
    gok += alsUtc - Date.UTC(ly, lm - 1, lday, lh, lmi, ls);
  }
  return new Date(gok);
};

const datum = (d: Date) => toIsoDate(d);
const leesDatum = (text: string): Date => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new Error(`Geen datum: ${text}`);
  return new Date(`${text}T00:00:00Z`);
};

// ───────────── Building ─────────────

// ───────────── from the records ─────────────

/** The client of a message from the person and the household's address, as the records hold them. */
export function clientUitGegevens(
  persoon: { bsn: string | null; geboortedatum: Date; geslacht: Geslacht; voornamen: string; tussenvoegsel: string | null; achternaam: string; telefoon: string | null; email: string | null },
  adres: { straat: string; huisnummer: number; huisnummerToevoeging: string | null; postcode: string; woonplaats: string },
): ToewijzingClient {
  return {
    bsn: persoon.bsn ?? '',
    geboortedatum: persoon.geboortedatum,
    geslacht: persoon.geslacht,
    naam: { achternaam: persoon.achternaam, voorvoegsel: persoon.tussenvoegsel, voornamen: persoon.voornamen, voorletters: voorlettersVan(persoon.voornamen) },
    adres: { straatnaam: adres.straat, huisnummer: adres.huisnummer, ...splitToevoeging(adres.huisnummerToevoeging), postcode: adres.postcode, plaatsnaam: adres.woonplaats },
    telefoon: telefoonVoorBericht(persoon.telefoon),
    // LDT_Emailadres: at most 80 characters; a longer one is left out rather than cut.
    email: persoon.email && persoon.email.trim().length <= 80 ? persoon.email.trim() : null,
  };
}

/**
 * The gemeente's postal address as a message address (issue 20: the correspondentieadres for a client under BRP
 * geheimhouding): "Postbus 2" / "1780 AA Den Helder" → Straatnaam Postbus, Huisnummer 2. Null when the gemeente's
 * settings hold no address of that shape.
 */
export function correspondentieAdresVanGemeente(postadres: string, postcodePlaats: string): ToewijzingClient['adres'] | null {
  const straat = postadres.trim().match(/^(.*\S)\s+(\d{1,5})\s*([A-Za-z])?(?:\s*-?\s*(\S{1,4}))?$/);
  const plaats = postcodePlaats.trim().match(/^([1-9][0-9]{3})\s?([A-Za-z]{2})\s+(.+)$/);
  if (!straat || !plaats) return null;
  return {
    straatnaam: straat[1], huisnummer: Number(straat[2]), huisletter: straat[3]?.toUpperCase() ?? null, huisnummerToevoeging: straat[4] ?? null,
    postcode: `${plaats[1]}${plaats[2].toUpperCase()}`, plaatsnaam: plaats[3],
  };
}

/** One toegewezen product of a message from a Toewijzing row with its product. */
export const productUitToewijzing = (t: {
  toewijzingNummer: number; toewijzingOp: Date; ingangsdatum: Date; einddatum: Date | null; redenWijziging: string | null;
  volume: number | null; eenheid: string | null; frequentie: string | null; budgetCent: number | null; commentaar: string | null;
  product: { categorie: string; code: string }; referentieAanbieder?: string | null;
}): ToegewezenProduct => ({
  toewijzingNummer: t.toewijzingNummer,
  ...(t.referentieAanbieder ? { referentieAanbieder: t.referentieAanbieder } : {}),
  categorie: t.product.categorie,
  code: t.product.code,
  toewijzingOp: t.toewijzingOp,
  ingangsdatum: t.ingangsdatum,
  einddatum: t.einddatum,
  redenWijziging: t.redenWijziging,
  omvang: t.volume !== null && t.eenheid && t.frequentie ? { volume: t.volume, eenheid: t.eenheid, frequentie: t.frequentie } : null,
  budgetCent: t.budgetCent,
  commentaar: t.commentaar,
});

/** The XML text of a toewijzingbericht. Call toewijzingBerichtProblemen first: this only writes. */
export function buildToewijzingBericht(bericht: ToewijzingBericht): string {
  const spec = BERICHT_SPECS[bericht.code];
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc.ele(spec.namespace, `${spec.prefix}:Bericht`).att('http://www.w3.org/2000/xmlns/', `xmlns:${spec.basisPrefix}`, spec.basisNamespace);
  const m = (parent: XMLBuilder, name: string, text?: string | number) => {
    const el = parent.ele(spec.namespace, `${spec.prefix}:${name}`);
    if (text !== undefined) el.txt(String(text));
    return el;
  };
  const b = (parent: XMLBuilder, name: string, text?: string | number) => {
    const el = parent.ele(spec.basisNamespace, `${spec.basisPrefix}:${name}`);
    if (text !== undefined) el.txt(String(text));
    return el;
  };

  schrijfHeader(m, b, root, { berichtCode: spec.berichtCode, ...bericht });

  const { client } = bericht;
  const c = m(root, 'Client');
  m(c, 'Bsn', client.bsn);
  b(m(c, 'Geboortedatum'), 'Datum', datum(client.geboortedatum));
  m(c, 'Geslacht', GESLACHT_CODE[client.geslacht]);
  const naam = m(c, 'Naam');
  const geslachtsnaam = b(naam, 'Geslachtsnaam');
  b(geslachtsnaam, 'Achternaam', client.naam.achternaam.trim());
  if (client.naam.voorvoegsel?.trim()) b(geslachtsnaam, 'Voorvoegsel', client.naam.voorvoegsel.trim());
  if (client.naam.voornamen?.trim()) b(naam, 'Voornamen', client.naam.voornamen.trim());
  if (client.naam.voorletters) b(naam, 'Voorletters', client.naam.voorletters);
  b(naam, 'NaamGebruik', NAAMGEBRUIK_EIGEN);

  const contact = m(m(c, 'Contactgegevens'), 'Contact');
  m(contact, 'Soort', client.adresSoort ?? ADRES_SOORT_BRP);
  const adres = m(contact, 'Adres');
  const huis = b(adres, 'Huis');
  b(huis, 'Huisnummer', client.adres.huisnummer);
  if (client.adres.huisletter) b(huis, 'Huisletter', client.adres.huisletter);
  if (client.adres.huisnummerToevoeging) b(huis, 'HuisnummerToevoeging', client.adres.huisnummerToevoeging);
  b(adres, 'Postcode', client.adres.postcode);
  b(adres, 'Straatnaam', straatnaamVoorBericht(client.adres.straatnaam));
  b(adres, 'Plaatsnaam', client.adres.plaatsnaam);
  // CD005: a Postcode goes with its LandCode (the BRP address of a client of a Dutch gemeente is in the Netherlands).
  b(adres, 'LandCode', LANDCODE_NEDERLAND);
  if (client.telefoon) {
    const telefoon01 = b(m(contact, 'Telefoon'), 'Telefoon01');
    b(telefoon01, 'Telefoonnummer', client.telefoon.nummer);
    b(telefoon01, 'Landnummer', client.telefoon.landnummer);
  }
  if (client.email) m(contact, 'Emailadres', client.email);

  const producten = m(c, 'ToegewezenProducten');
  for (const p of bericht.producten) {
    const tp = m(producten, 'ToegewezenProduct');
    m(tp, 'ToewijzingNummer', p.toewijzingNummer);
    if (p.referentieAanbieder) m(tp, 'ReferentieAanbieder', p.referentieAanbieder);
    // CD041/CD080: a product code goes with an Omvang and the other way round; a toewijzing on budget names only
    // its categorie (CD077/CD078: Omvang and Budget exclude each other, so an omvang wins when the records hold both).
    const product = m(tp, 'Product');
    b(product, 'Categorie', p.categorie);
    if (p.omvang) b(product, 'Code', p.code);
    const lokaal = lokaleDelen(p.toewijzingOp);
    m(tp, 'Toewijzingsdatum', lokaal.datum);
    m(tp, 'Toewijzingstijd', lokaal.tijd);
    m(tp, 'Ingangsdatum', datum(p.ingangsdatum));
    if (p.einddatum) m(tp, 'Einddatum', datum(p.einddatum));
    if (p.redenWijziging) m(tp, 'RedenWijziging', p.redenWijziging);
    if (p.omvang) {
      const omvang = m(tp, 'Omvang');
      b(omvang, 'Volume', p.omvang.volume);
      b(omvang, 'Eenheid', p.omvang.eenheid);
      b(omvang, 'Frequentie', p.omvang.frequentie);
    }
    if (!p.omvang && p.budgetCent !== null) m(tp, 'Budget', p.budgetCent);
    if (p.commentaar) m(tp, 'Commentaar', p.commentaar);
  }
  return doc.end({ prettyPrint: true, newline: '\r\n' });
}

type Schrijver = (parent: XMLBuilder, name: string, text?: string | number) => XMLBuilder;

/** The Header the gemeente's messages share (301, 319): code, release 3.2, afzender and ontvanger, identificatie, XSD versions. */
export function schrijfHeader(m: Schrijver, b: Schrijver, root: XMLBuilder, h: { berichtCode: string; afzender: string; ontvanger: string; identificatie: string; dagtekening: Date }) {
  const header = m(root, 'Header');
  m(header, 'BerichtCode', h.berichtCode);
  m(header, 'BerichtVersie', BERICHT_VERSIE);
  m(header, 'BerichtSubversie', BERICHT_SUBVERSIE);
  m(header, 'Afzender', h.afzender);
  m(header, 'Ontvanger', h.ontvanger);
  const identificatie = m(header, 'BerichtIdentificatie');
  b(identificatie, 'Identificatie', h.identificatie);
  b(identificatie, 'Dagtekening', datum(h.dagtekening));
  const xsd = m(header, 'XsdVersie');
  b(xsd, 'BasisschemaXsdVersie', XSD_VERSIE.basisschema);
  b(xsd, 'BerichtXsdVersie', XSD_VERSIE.bericht);
  return header;
}

// ───────────── Reading ─────────────

type El = { nodeType: number; localName: string | null; namespaceURI: string | null; textContent: string | null; childNodes: ArrayLike<El> };

/** Reads a toewijzingbericht back (namespace-aware; the prefixes may differ). Throws on anything else. */
export function parseToewijzingBericht(xml: string): ToewijzingBericht {
  const root = create(xml).root().node as unknown as El;
  const spec = Object.values(BERICHT_SPECS).find((s) => s.namespace === root.namespaceURI);
  if (!spec || root.localName !== 'Bericht') throw new Error('Dit is geen WMO301- of JW301-bericht.');
  const r = reader(spec);
  const header = r.one(root, 'Header');
  const berichtCode = r.text(header, 'BerichtCode');
  if (berichtCode !== spec.berichtCode) throw new Error(`BerichtCode ${berichtCode} hoort niet bij ${spec.code}.`);
  const identificatie = r.one(header, 'BerichtIdentificatie');
  const client = r.one(root, 'Client');
  const naam = r.one(client, 'Naam');
  const geslachtsnaam = r.basis(naam, 'Geslachtsnaam')!;
  const contact = r.one(r.one(client, 'Contactgegevens'), 'Contact');
  const adres = r.one(contact, 'Adres');
  const huis = r.basis(adres, 'Huis')!;
  const telefoon = r.opt(contact, 'Telefoon');
  const adresSoort = r.text(contact, 'Soort');
  const geslachtCode = r.text(client, 'Geslacht');
  const geslacht = (Object.entries(GESLACHT_CODE).find(([, code]) => code === geslachtCode)?.[0] ?? 'ONBEKEND') as Geslacht;

  return {
    code: spec.code,
    afzender: r.text(header, 'Afzender'),
    ontvanger: r.text(header, 'Ontvanger'),
    identificatie: r.basisText(identificatie, 'Identificatie')!,
    dagtekening: leesDatum(r.basisText(identificatie, 'Dagtekening')!),
    client: {
      bsn: r.text(client, 'Bsn'),
      geboortedatum: leesDatum(r.basisText(r.one(client, 'Geboortedatum'), 'Datum')!),
      geslacht,
      naam: {
        achternaam: r.basisText(geslachtsnaam, 'Achternaam')!,
        voorvoegsel: r.basisText(geslachtsnaam, 'Voorvoegsel'),
        voornamen: r.basisText(naam, 'Voornamen'),
        voorletters: r.basisText(naam, 'Voorletters') ?? '',
      },
      adres: {
        straatnaam: r.basisText(adres, 'Straatnaam')!,
        huisnummer: Number(r.basisText(huis, 'Huisnummer')),
        huisletter: r.basisText(huis, 'Huisletter'),
        huisnummerToevoeging: r.basisText(huis, 'HuisnummerToevoeging'),
        postcode: r.basisText(adres, 'Postcode')!,
        plaatsnaam: r.basisText(adres, 'Plaatsnaam')!,
      },
      ...(adresSoort === ADRES_SOORT_CORRESPONDENTIE ? { adresSoort } : {}),
      telefoon: telefoon
        ? { nummer: r.basisText(r.basis(telefoon, 'Telefoon01')!, 'Telefoonnummer') ?? '', landnummer: r.basisText(r.basis(telefoon, 'Telefoon01')!, 'Landnummer') ?? '' }
        : null,
      email: r.optText(contact, 'Emailadres'),
    },
    producten: r.all(r.one(client, 'ToegewezenProducten'), 'ToegewezenProduct').map((tp) => {
      const product = r.one(tp, 'Product');
      const omvang = r.opt(tp, 'Omvang');
      const budget = r.optText(tp, 'Budget');
      const einddatum = r.optText(tp, 'Einddatum');
      return {
        toewijzingNummer: Number(r.text(tp, 'ToewijzingNummer')),
        ...(r.optText(tp, 'ReferentieAanbieder') ? { referentieAanbieder: r.optText(tp, 'ReferentieAanbieder') } : {}),
        categorie: r.basisText(product, 'Categorie')!,
        code: r.basisText(product, 'Code') ?? '',
        toewijzingOp: lokaalNaarInstant(r.text(tp, 'Toewijzingsdatum'), r.text(tp, 'Toewijzingstijd')),
        ingangsdatum: leesDatum(r.text(tp, 'Ingangsdatum')),
        einddatum: einddatum ? leesDatum(einddatum) : null,
        redenWijziging: r.optText(tp, 'RedenWijziging'),
        omvang: omvang
          ? { volume: Number(r.basisText(omvang, 'Volume')), eenheid: r.basisText(omvang, 'Eenheid')!, frequentie: r.basisText(omvang, 'Frequentie')! }
          : null,
        budgetCent: budget === null ? null : Number(budget),
        commentaar: r.optText(tp, 'Commentaar'),
      };
    }),
  };
}

function reader(spec: BerichtSpec) {
  const elements = (parent: El, ns: string, name: string) =>
    Array.from(parent.childNodes).filter((n) => n.nodeType === 1 && n.localName === name && n.namespaceURI === ns);
  const opt = (parent: El, name: string) => elements(parent, spec.namespace, name)[0] ?? null;
  const one = (parent: El, name: string) => {
    const el = opt(parent, name);
    if (!el) throw new Error(`Element ${name} ontbreekt.`);
    return el;
  };
  const basis = (parent: El, name: string) => elements(parent, spec.basisNamespace, name)[0] ?? null;
  return {
    opt,
    one,
    basis,
    all: (parent: El, name: string) => elements(parent, spec.namespace, name),
    text: (parent: El, name: string) => (one(parent, name).textContent ?? '').trim(),
    optText: (parent: El, name: string) => {
      const el = opt(parent, name);
      return el ? (el.textContent ?? '').trim() : null;
    },
    basisText: (parent: El, name: string) => {
      const el = basis(parent, name);
      return el ? (el.textContent ?? '').trim() : null;
    },
  };
}

// ───────────── Checks before sending ─────────────

const HULPMIDDELEN = ['11', '12', '13', '14'];

const PRODUCTCATEGORIE: Record<BerichtCode, RegExp> = {
  // LDT_ProductCategorie of each basisschema: iWmo 01–18, iJw 31–38 and 40–55.
  WMO301: /^(0[1-9]|1[0-8])$/,
  JW301: /^(3[1-8]|4[0-9]|5[0-5])$/,
};

/**
 * What keeps this message from being sent, in Dutch (empty when it may go). Every check of the 3.2 XSD and of the
 * standard's TR/CD/CS rules that our data can break and the builder does not mend by itself: formats of the header,
 * the client's BSN (OP079: the BSN is required), names and address, the code lists, omvang or budget per product
 * (CD041/CD075–CD080), CS338 (eenheid and frequentie), CS335 (reden 13), TR002 (age), TR134 (no toewijzing after
 * the dagtekening) and TR302 (one product twice only in periods that do not overlap).
 */
export function toewijzingBerichtProblemen(bericht: ToewijzingBericht): string[] {
  const problemen: string[] = [];
  if (!/^\d{4}$/.test(bericht.afzender)) problemen.push('De gemeentecode (afzender) moet 4 cijfers zijn. Vul haar in bij de instellingen van de gemeente.');
  if (!/^\d{8}$/.test(bericht.ontvanger)) problemen.push('De AGB-code van de aanbieder (ontvanger) moet 8 cijfers zijn.');
  if (!bericht.identificatie.trim() || bericht.identificatie.length > 12) problemen.push('De berichtidentificatie is leeg of langer dan 12 tekens.');
  const { client } = bericht;
  if (!isValidBsn(client.bsn)) problemen.push('Het BSN van de cliënt ontbreekt of is ongeldig. Een toewijzing gaat alleen met een geldig BSN (iWmo/iJw OP079).');
  if (!client.naam.achternaam.trim()) problemen.push('De achternaam van de cliënt ontbreekt.');
  if (client.naam.achternaam.length > 200 || (client.naam.voornamen?.length ?? 0) > 200) problemen.push('De naam van de cliënt is langer dan 200 tekens.');
  if (client.naam.voorvoegsel && client.naam.voorvoegsel.trim().length > 10) problemen.push('Het tussenvoegsel van de cliënt is langer dan 10 tekens.');
  if (client.naam.voorletters && !/^[a-zA-ZÀ-ỳ]{1,6}$/.test(client.naam.voorletters)) problemen.push('De voorletters van de cliënt zijn ongeldig (ten hoogste 6 letters).');
  const dagtekening = toCalendarDay(bericht.dagtekening).getTime();
  const geboorte = toCalendarDay(client.geboortedatum);
  if (geboorte.getTime() > dagtekening) problemen.push('De geboortedatum van de cliënt ligt in de toekomst.');
  else if (geboorte.getTime() < Date.UTC(new Date(dagtekening).getUTCFullYear() - 120, new Date(dagtekening).getUTCMonth(), new Date(dagtekening).getUTCDate())) {
    problemen.push('De geboortedatum van de cliënt ligt meer dan 120 jaar terug (iWmo/iJw TR002). Controleer haar.');
  }
  if (!/^[1-9][0-9]{3}[A-Z]{2}$/.test(client.adres.postcode)) problemen.push('De postcode van de cliënt is ongeldig.');
  if (!Number.isInteger(client.adres.huisnummer) || client.adres.huisnummer < 0 || client.adres.huisnummer > 99_999) problemen.push('Het huisnummer van de cliënt is ongeldig.');
  if (!client.adres.straatnaam.trim() || !client.adres.plaatsnaam.trim() || client.adres.plaatsnaam.length > 80) problemen.push('De straat of de woonplaats van de cliënt ontbreekt of is te lang.');
  if (client.telefoon && !(/^[0-9]{1,15}$/.test(client.telefoon.nummer) && /^(00[1-9][0-9]?|\+[1-9][0-9]{2})$/.test(client.telefoon.landnummer))) problemen.push('Het telefoonnummer van de cliënt is ongeldig.');
  if (!bericht.producten.length) problemen.push('Het bericht heeft geen toegewezen producten.');
  for (const p of bericht.producten) {
    const wie = `Toewijzing ${p.toewijzingNummer}`;
    if (!Number.isInteger(p.toewijzingNummer) || p.toewijzingNummer < 1 || p.toewijzingNummer > 999_999_999) problemen.push(`${wie}: het toewijzingnummer is ongeldig.`);
    if (!PRODUCTCATEGORIE[bericht.code].test(p.categorie) || (p.omvang && (!p.code.startsWith(p.categorie) || !/^[0-9]{2}[A-Z0-9]{3}$/.test(p.code)))) {
      problemen.push(`${wie}: productcategorie en productcode passen niet bij elkaar of niet bij de wet van dit bericht.`);
    }
    if (lokaleDelen(p.toewijzingOp).datum > datum(bericht.dagtekening)) problemen.push(`${wie}: de toewijzingsdatum ligt na de dagtekening van het bericht (TR134).`);
    if (p.einddatum && toCalendarDay(p.einddatum).getTime() < toCalendarDay(p.ingangsdatum).getTime()) problemen.push(`${wie}: de einddatum ligt vóór de ingangsdatum.`);
    if (p.redenWijziging !== null && !isRedenWijziging(p.redenWijziging)) problemen.push(`${wie}: onbekende reden wijziging ${p.redenWijziging}.`);
    if (p.redenWijziging === '13' && (!p.einddatum || datum(p.einddatum) !== datum(p.ingangsdatum))) problemen.push(`${wie}: reden 13 (verwijderd) kan alleen als de einddatum gelijk is aan de ingangsdatum (CS335).`);
    if (!p.omvang && p.budgetCent === null) problemen.push(`${wie}: een omvang of een budget is nodig.`);
    if (p.omvang) {
      if (!Number.isInteger(p.omvang.volume) || p.omvang.volume < 1 || p.omvang.volume > 99_999_999) problemen.push(`${wie}: het volume moet een heel getal van 1 of meer zijn.`);
      if (!isEenheid(p.omvang.eenheid)) problemen.push(`${wie}: onbekende eenheid ${p.omvang.eenheid}.`);
      if (!isFrequentie(p.omvang.frequentie)) problemen.push(`${wie}: onbekende frequentie ${p.omvang.frequentie}.`);
      else if (omvangProbleem(p.omvang.eenheid, p.omvang.frequentie, p.einddatum)) problemen.push(`${wie}: ${omvangProbleem(p.omvang.eenheid, p.omvang.frequentie, p.einddatum)}`);
    } else if (p.budgetCent !== null && !p.einddatum) {
      problemen.push(`${wie}: een toewijzing op budget heeft een einddatum nodig (CD075).`);
    }
    if (p.budgetCent !== null && (!Number.isInteger(p.budgetCent) || p.budgetCent < 0 || p.budgetCent > 99_999_999)) problemen.push(`${wie}: het budget moet een heel aantal eurocent zijn (ten hoogste € 999.999,99).`);
    if (p.commentaar && p.commentaar.length > 1000) problemen.push(`${wie}: het commentaar is langer dan 1000 tekens.`);
  }
  // TR302: one product (or, for a toewijzing on budget, one categorie) more than once only in periods that do not
  // overlap; hulpmiddelen (categorie 11–14) and verwijderde toewijzingen (reden 13) aside.
  const telt = bericht.producten.filter((p) => !(p.redenWijziging === '13' && p.einddatum && datum(p.einddatum) === datum(p.ingangsdatum)) && !HULPMIDDELEN.includes(p.categorie));
  for (const [i, a] of telt.entries()) {
    for (const b of telt.slice(i + 1)) {
      const zelfde = a.categorie === b.categorie && (!a.omvang || !b.omvang || a.code === b.code);
      const overlapt = toCalendarDay(a.ingangsdatum).getTime() <= (b.einddatum ? toCalendarDay(b.einddatum).getTime() : Infinity)
        && toCalendarDay(b.ingangsdatum).getTime() <= (a.einddatum ? toCalendarDay(a.einddatum).getTime() : Infinity);
      if (zelfde && overlapt) problemen.push(`Toewijzing ${a.toewijzingNummer} en ${b.toewijzingNummer}: hetzelfde product in perioden die elkaar overlappen (TR302).`);
    }
  }
  return problemen;
}

// ───────────── Parts the builder writes in the standard's form ─────────────

export const LANDCODE_NEDERLAND = 'NL';

/** LDT_Straatnaam holds 24 characters, as the BAG's short street name (NEN 5825) does: a longer name is shortened. */
export const straatnaamVoorBericht = (straat: string): string => straat.trim().slice(0, 24).trim();

// ITU-T E.164: country calling codes 1 and 7 have one digit, these two, every other one three.
const LANDNUMMERS_TWEE = new Set(['20', '27', '30', '31', '32', '33', '34', '36', '39', '40', '41', '43', '44', '45', '46', '47', '48', '49', '51', '52', '53', '54', '55', '56', '57', '58', '60', '61', '62', '63', '64', '65', '66', '81', '82', '84', '86', '90', '91', '92', '93', '94', '95', '98']);

/**
 * A phone number as the records hold it ('0223-123456', '06 12345678', '+32 470 12 34 56', '0049 30 1234567') as
 * CDT_Telefoon: the number within its country (a Dutch one with its leading 0) and the Landnummer ('0031'). Null when
 * it is not a phone number: the message then goes without one (Telefoon is optional; the address is there).
 */
export function telefoonVoorBericht(tekst: string | null): Telefoon | null {
  if (!tekst) return null;
  const plus = tekst.trim().startsWith('+');
  const cijfers = tekst.replace(/[^0-9]/g, '');
  let internationaal: string | null = null;
  if (plus) internationaal = cijfers;
  else if (cijfers.startsWith('00')) internationaal = cijfers.slice(2);
  if (internationaal === null) {
    // Dutch: 0 and nine digits.
    return /^0[1-9][0-9]{8}$/.test(cijfers) ? { nummer: cijfers, landnummer: '0031' } : null;
  }
  const landLengte = /^[17]/.test(internationaal) ? 1 : LANDNUMMERS_TWEE.has(internationaal.slice(0, 2)) ? 2 : 3;
  const land = internationaal.slice(0, landLengte);
  let nummer = internationaal.slice(landLengte);
  if (land === '31') {
    nummer = `0${nummer.replace(/^0/, '')}`;
    return /^0[1-9][0-9]{8}$/.test(nummer) ? { nummer, landnummer: '0031' } : null;
  }
  // LDT_Landnummer holds at most 4 characters: '00' and a one- or two-digit code ('0032'), or '+' and a three-digit one ('+212').
  const landnummer = land.length === 3 ? `+${land}` : `00${land}`;
  return nummer.length >= 4 && nummer.length <= 15 && /^[1-9]/.test(land) ? { nummer, landnummer } : null;
}

/** 'A' → huisletter, '2', 'bis', '3hg' → toevoeging (at most 4 characters), as the iWmo Huis splits them. */
export const splitToevoeging = (toevoeging: string | null): { huisletter: string | null; huisnummerToevoeging: string | null } => {
  const t = toevoeging?.trim() ?? '';
  if (!t) return { huisletter: null, huisnummerToevoeging: null };
  if (/^[A-Za-z]$/.test(t)) return { huisletter: t.toUpperCase(), huisnummerToevoeging: null };
  return { huisletter: null, huisnummerToevoeging: t.slice(0, 4) };
};

/** 'Anna Maria' → 'AM' (iWmo Voorletters: the initials without dots). */
export const voorlettersVan = (voornamen: string): string =>
  voornamen
    .split(/[\s-]+/)
    .map((n) => n.match(/[a-zA-ZÀ-ỳ]/)?.[0] ?? '')
    .filter(Boolean)
    .map((l) => l.toUpperCase())
    .join('')
    // LDT_Voorletters: at most 6 letters.
    .slice(0, 6);
