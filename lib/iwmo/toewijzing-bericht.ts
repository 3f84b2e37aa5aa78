import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { BerichtCode, Geslacht } from '@/lib/domain/enums';
import { isValidBsn } from '@/lib/domain/bsn';
import { toCalendarDay, toIsoDate } from '@/lib/domain/dates';
import { isEenheid, isFrequentie, isRedenWijziging } from '@/lib/domain/labels';
import {
  ADRES_SOORT_BRP,
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
  telefoon: string | null;
  email: string | null;
};

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
    telefoon: persoon.telefoon?.replace(/[^0-9]/g, '') || null,
    email: persoon.email,
  };
}

/** One toegewezen product of a message from a Toewijzing row with its product. */
export const productUitToewijzing = (t: {
  toewijzingNummer: number; toewijzingOp: Date; ingangsdatum: Date; einddatum: Date | null; redenWijziging: string | null;
  volume: number | null; eenheid: string | null; frequentie: string | null; budgetCent: number | null; commentaar: string | null;
  product: { categorie: string; code: string };
}): ToegewezenProduct => ({
  toewijzingNummer: t.toewijzingNummer,
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

  const header = m(root, 'Header');
  m(header, 'BerichtCode', spec.berichtCode);
  m(header, 'BerichtVersie', BERICHT_VERSIE);
  m(header, 'BerichtSubversie', BERICHT_SUBVERSIE);
  m(header, 'Afzender', bericht.afzender);
  m(header, 'Ontvanger', bericht.ontvanger);
  const identificatie = m(header, 'BerichtIdentificatie');
  b(identificatie, 'Identificatie', bericht.identificatie);
  b(identificatie, 'Dagtekening', datum(bericht.dagtekening));
  const xsd = m(header, 'XsdVersie');
  b(xsd, 'BasisschemaXsdVersie', XSD_VERSIE.basisschema);
  b(xsd, 'BerichtXsdVersie', XSD_VERSIE.bericht);

  const { client } = bericht;
  const c = m(root, 'Client');
  m(c, 'Bsn', client.bsn);
  b(m(c, 'Geboortedatum'), 'Datum', datum(client.geboortedatum));
  m(c, 'Geslacht', GESLACHT_CODE[client.geslacht]);
  const naam = m(c, 'Naam');
  const geslachtsnaam = b(naam, 'Geslachtsnaam');
  b(geslachtsnaam, 'Achternaam', client.naam.achternaam);
  if (client.naam.voorvoegsel) b(geslachtsnaam, 'Voorvoegsel', client.naam.voorvoegsel);
  if (client.naam.voornamen) b(naam, 'Voornamen', client.naam.voornamen);
  b(naam, 'Voorletters', client.naam.voorletters);
  b(naam, 'NaamGebruik', NAAMGEBRUIK_EIGEN);

  const contact = m(m(c, 'Contactgegevens'), 'Contact');
  m(contact, 'Soort', ADRES_SOORT_BRP);
  const adres = m(contact, 'Adres');
  const huis = b(adres, 'Huis');
  b(huis, 'Huisnummer', client.adres.huisnummer);
  if (client.adres.huisletter) b(huis, 'Huisletter', client.adres.huisletter);
  if (client.adres.huisnummerToevoeging) b(huis, 'HuisnummerToevoeging', client.adres.huisnummerToevoeging);
  b(adres, 'Postcode', client.adres.postcode);
  b(adres, 'Straatnaam', client.adres.straatnaam);
  b(adres, 'Plaatsnaam', client.adres.plaatsnaam);
  if (client.telefoon) b(b(m(contact, 'Telefoon'), 'Telefoon01'), 'Telefoonnummer', client.telefoon);
  if (client.email) m(contact, 'Emailadres', client.email);

  const producten = m(c, 'ToegewezenProducten');
  for (const p of bericht.producten) {
    const tp = m(producten, 'ToegewezenProduct');
    m(tp, 'ToewijzingNummer', p.toewijzingNummer);
    const product = m(tp, 'Product');
    b(product, 'Categorie', p.categorie);
    b(product, 'Code', p.code);
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
    if (p.budgetCent !== null) m(tp, 'Budget', p.budgetCent);
    if (p.commentaar) m(tp, 'Commentaar', p.commentaar);
  }
  return doc.end({ prettyPrint: true, newline: '\r\n' });
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
      telefoon: telefoon ? r.basisText(r.basis(telefoon, 'Telefoon01')!, 'Telefoonnummer') : null,
      email: r.optText(contact, 'Emailadres'),
    },
    producten: r.all(r.one(client, 'ToegewezenProducten'), 'ToegewezenProduct').map((tp) => {
      const product = r.one(tp, 'Product');
      const omvang = r.opt(tp, 'Omvang');
      const budget = r.optText(tp, 'Budget');
      const einddatum = r.optText(tp, 'Einddatum');
      return {
        toewijzingNummer: Number(r.text(tp, 'ToewijzingNummer')),
        categorie: r.basisText(product, 'Categorie')!,
        code: r.basisText(product, 'Code')!,
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

/**
 * What keeps this message from being sent, in Dutch (empty when it may go). The checks of the specification that
 * our data can break: formats of the header, the client's BSN (OP079: the BSN is required), the code lists, and
 * omvang or budget per product.
 */
export function toewijzingBerichtProblemen(bericht: ToewijzingBericht): string[] {
  const problemen: string[] = [];
  if (!/^\d{4}$/.test(bericht.afzender)) problemen.push('De gemeentecode (afzender) moet 4 cijfers zijn. Vul haar in bij de instellingen van de gemeente.');
  if (!/^\d{8}$/.test(bericht.ontvanger)) problemen.push('De AGB-code van de aanbieder (ontvanger) moet 8 cijfers zijn.');
  if (!bericht.identificatie || bericht.identificatie.length > 12) problemen.push('De berichtidentificatie is leeg of langer dan 12 tekens.');
  if (!isValidBsn(bericht.client.bsn)) problemen.push('Het BSN van de cliënt ontbreekt of is ongeldig. Een toewijzing gaat alleen met een geldig BSN (iWmo/iJw OP079).');
  if (!bericht.client.naam.achternaam.trim()) problemen.push('De achternaam van de cliënt ontbreekt.');
  if (!/^[1-9][0-9]{3}[A-Z]{2}$/.test(bericht.client.adres.postcode)) problemen.push('De postcode van de cliënt is ongeldig.');
  if (!bericht.producten.length) problemen.push('Het bericht heeft geen toegewezen producten.');
  for (const p of bericht.producten) {
    const wie = `Toewijzing ${p.toewijzingNummer}`;
    if (!Number.isInteger(p.toewijzingNummer) || p.toewijzingNummer < 1) problemen.push(`${wie}: het toewijzingnummer is ongeldig.`);
    if (!/^[0-9]{2}$/.test(p.categorie) || !p.code.startsWith(p.categorie) || !/^[0-9]{2}[A-Z0-9]{3}$/.test(p.code)) {
      problemen.push(`${wie}: productcategorie en productcode passen niet bij elkaar.`);
    }
    if (p.einddatum && toCalendarDay(p.einddatum).getTime() < toCalendarDay(p.ingangsdatum).getTime()) problemen.push(`${wie}: de einddatum ligt vóór de ingangsdatum.`);
    if (p.redenWijziging !== null && !isRedenWijziging(p.redenWijziging)) problemen.push(`${wie}: onbekende reden wijziging ${p.redenWijziging}.`);
    if (!p.omvang && p.budgetCent === null) problemen.push(`${wie}: een omvang of een budget is nodig.`);
    if (p.omvang) {
      if (!Number.isInteger(p.omvang.volume) || p.omvang.volume < 1 || p.omvang.volume > 99_999_999) problemen.push(`${wie}: het volume moet een heel getal van 1 of meer zijn.`);
      if (!isEenheid(p.omvang.eenheid)) problemen.push(`${wie}: onbekende eenheid ${p.omvang.eenheid}.`);
      if (!isFrequentie(p.omvang.frequentie)) problemen.push(`${wie}: onbekende frequentie ${p.omvang.frequentie}.`);
      if (p.omvang.frequentie === '6' && !p.einddatum) problemen.push(`${wie}: een totaal binnen de geldigheidsduur heeft een einddatum nodig.`);
    }
    if (p.budgetCent !== null && (!Number.isInteger(p.budgetCent) || p.budgetCent < 0)) problemen.push(`${wie}: het budget moet een heel aantal eurocent zijn.`);
    if (p.commentaar && p.commentaar.length > 1000) problemen.push(`${wie}: het commentaar is langer dan 1000 tekens.`);
  }
  return problemen;
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
    .filter(Boolean)
    .map((n) => n[0]!.toUpperCase())
    .join('');
