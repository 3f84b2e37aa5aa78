import { create } from 'xmlbuilder2';
import { DECLARATIE_RETOURCODES, type DeclaratiePrestatieIn } from '@/lib/domain/declaratie';
import type { BerichtCode, Wet } from '@/lib/domain/enums';
import { schrijfHeader } from './toewijzing-bericht';

// The messages an aanbieder sends the gemeente in iWmo/iJw 3.2, read after they passed the XSD and the rules
// (lib/iwmo/validatie): 302 retour on a toewijzing, 305 start zorg, 307 stop zorg, 315 verzoek om toewijzing, 317
// verzoek om wijziging, 323 declaratie. Pure: XML text in, facts out. And the gemeente's 319 antwoordbericht.

export type InkomendeSoort = '302' | '305' | '307' | '315' | '317' | '323';
const SOORTEN: readonly InkomendeSoort[] = ['302', '305', '307', '315', '317', '323'];

/** 'WMO305' from the message's namespace http://www.istandaarden.nl/iwmo/3_2/wmo305/schema; null for anything else. */
export function herkenBericht(xml: string): { berichtSoort: string; soort: InkomendeSoort; wet: Wet } | null {
  const m = /<(?:[\w.-]+:)?Bericht\b[^>]*\bxmlns(?::[\w.-]+)?="http:\/\/www\.istandaarden\.nl\/(iwmo|ijw)\/3_2\/(wmo|jw)(\d{3})\/schema"/.exec(xml);
  if (!m || (m[1] === 'iwmo') !== (m[2] === 'wmo') || !SOORTEN.includes(m[3] as InkomendeSoort)) return null;
  return { berichtSoort: `${m[2].toUpperCase()}${m[3]}`, soort: m[3] as InkomendeSoort, wet: m[1] === 'iwmo' ? 'WMO' : 'JEUGDWET' };
}

type El = { nodeType: number; localName: string | null; textContent: string | null; childNodes: ArrayLike<El> };
const kinderen = (el: El, naam: string) => Array.from(el.childNodes).filter((n) => n.nodeType === 1 && n.localName === naam);
const kind = (el: El, naam: string): El | null => kinderen(el, naam)[0] ?? null;
const moet = (el: El, naam: string): El => {
  const k = kind(el, naam);
  if (!k) throw new Error(`Element ${naam} ontbreekt.`);
  return k;
};
const tekst = (el: El | null) => (el?.textContent ?? '').trim();
const optTekst = (el: El, naam: string) => {
  const k = kind(el, naam);
  return k ? tekst(k) : null;
};
const pad = (el: El, ...namen: string[]): El | null => namen.reduce<El | null>((e, n) => (e ? kind(e, n) : null), el);
const datum = (t: string | null): Date | null => (t && /^\d{4}-\d{2}-\d{2}$/.test(t) ? new Date(`${t}T00:00:00Z`) : null);
const moetDatum = (el: El, naam: string): Date => {
  const d = datum(optTekst(el, naam));
  if (!d) throw new Error(`${naam} is geen datum.`);
  return d;
};
const alleTekstVan = (el: El, naam: string): string[] => {
  const uit: string[] = [];
  const loop = (e: El) => {
    for (const k of Array.from(e.childNodes)) {
      if (k.nodeType !== 1) continue;
      if (k.localName === naam) uit.push(tekst(k));
      loop(k);
    }
  };
  loop(el);
  return uit;
};

export type Kop = { afzender: string; ontvanger: string; identificatie: string; dagtekening: Date };
export type Omvang = { volume: number; eenheid: string; frequentie: string };
const leesOmvang = (el: El): Omvang | null => {
  const o = kind(el, 'Omvang');
  return o ? { volume: Number(optTekst(o, 'Volume')), eenheid: optTekst(o, 'Eenheid') ?? '', frequentie: optTekst(o, 'Frequentie') ?? '' } : null;
};
const leesProduct = (el: El) => {
  const p = kind(el, 'Product');
  return p ? { categorie: optTekst(p, 'Categorie') ?? '', code: optTekst(p, 'Code') } : null;
};
const leesBudget = (el: El) => {
  const b = optTekst(el, 'Budget');
  return b === null ? null : Number(b);
};

export type StartProduct = { toewijzingNummer: number | null; product: { categorie: string; code: string | null } | null; begindatum: Date; statusAanlevering: string };
export type StopProduct = StartProduct & { einddatum: Date; redenBeeindiging: string };
export type AangevraagdProduct = {
  referentieAanbieder: string;
  product: { categorie: string; code: string | null } | null;
  ingangsdatum: Date;
  einddatum: Date | null;
  omvang: Omvang | null;
  budgetCent: number | null;
  commentaar: string | null;
};
export type WijzigingVerzoek = {
  referentieAanbieder: string;
  redenVerzoek: string;
  ongewijzigd: number[];
  teWijzigen: { toewijzingNummer: number; gewensteIngangsdatum: Date; einddatum: Date | null; omvang: Omvang | null; budgetCent: number | null }[];
  nieuw: { product: { categorie: string; code: string | null } | null; gewensteIngangsdatum: Date; einddatum: Date | null; omvang: Omvang | null; budgetCent: number | null }[];
};
/** A prestatie of a 323 as the message has it (the shape the declaratie rule judges). */
export type Prestatie = DeclaratiePrestatieIn;

export type InkomendBericht =
  | { soort: '302'; kop: Kop; identificatieRetour: string; retourcodes: string[] }
  | { soort: '305'; kop: Kop; bsn: string; producten: StartProduct[] }
  | { soort: '307'; kop: Kop; bsn: string; producten: StopProduct[] }
  | { soort: '315'; kop: Kop; bsn: string; producten: AangevraagdProduct[] }
  | { soort: '317'; kop: Kop; bsn: string; verzoek: WijzigingVerzoek }
  | { soort: '323'; kop: Kop; declaratieNummer: string; periode: { begindatum: Date; einddatum: Date }; prestaties: Prestatie[] };

/**
 * Reads a recognised message (herkenBericht). The XSD has been checked, so only what the rules of the exchange need is
 * taken; throws, in Dutch, when an element the processing needs is missing.
 */
export function leesInkomendBericht(xml: string, soort: InkomendeSoort): InkomendBericht {
  const root = create(xml).root().node as unknown as El;
  const header = moet(root, 'Header');
  const id = moet(header, 'BerichtIdentificatie');
  const kop: Kop = {
    afzender: optTekst(header, 'Afzender') ?? '',
    ontvanger: optTekst(header, 'Ontvanger') ?? '',
    identificatie: optTekst(id, 'Identificatie') ?? '',
    dagtekening: moetDatum(id, 'Dagtekening'),
  };
  if (soort === '302') {
    // A retour carries RetourCodes on every level: header, client, each contact and product.
    return { soort, kop, identificatieRetour: optTekst(header, 'IdentificatieRetour') ?? '', retourcodes: [...new Set(alleTekstVan(root, 'RetourCode'))] };
  }
  if (soort === '323') {
    const declaratie = moet(root, 'Declaratie');
    const periode = moet(declaratie, 'DeclaratiePeriode');
    const prestaties: Prestatie[] = [];
    for (const client of kinderen(moet(declaratie, 'Clienten'), 'Client')) {
      const bsn = optTekst(client, 'Bsn') ?? '';
      for (const p of kinderen(moet(client, 'Prestaties'), 'Prestatie')) {
        const productPeriode = moet(p, 'ProductPeriode');
        const bedrag = moet(p, 'IngediendBedrag');
        const referentie = moet(p, 'ProductReferentie');
        const tarief = optTekst(p, 'ProductTarief');
        prestaties.push({
          bsn,
          toewijzingNummer: Number(optTekst(p, 'ToewijzingNummer')),
          referentieNummer: optTekst(referentie, 'ReferentieNummer') ?? '',
          vorigReferentieNummer: optTekst(referentie, 'VorigReferentieNummer'),
          categorie: optTekst(p, 'ProductCategorie') ?? '',
          code: optTekst(p, 'ProductCode') ?? '',
          begindatum: moetDatum(productPeriode, 'Begindatum'),
          einddatum: moetDatum(productPeriode, 'Einddatum'),
          volume: Number(optTekst(p, 'GeleverdVolume')),
          eenheid: optTekst(p, 'Eenheid') ?? '',
          tariefCent: tarief === null ? null : Number(tarief),
          bedragCent: Number(optTekst(bedrag, 'Bedrag')),
          debet: optTekst(bedrag, 'DebetCredit') !== 'C',
        });
      }
    }
    return { soort, kop, declaratieNummer: optTekst(declaratie, 'DeclaratieNummer') ?? '', periode: { begindatum: moetDatum(periode, 'Begindatum'), einddatum: moetDatum(periode, 'Einddatum') }, prestaties };
  }
  const client = moet(root, 'Client');
  const bsn = optTekst(client, 'Bsn') ?? '';
  if (soort === '305' || soort === '307') {
    const lijst = moet(client, soort === '305' ? 'StartProducten' : 'StopProducten');
    const producten = kinderen(lijst, soort === '305' ? 'StartProduct' : 'StopProduct').map((p) => {
      const nummer = optTekst(p, 'ToewijzingNummer');
      return {
        toewijzingNummer: nummer === null ? null : Number(nummer),
        product: leesProduct(p),
        begindatum: moetDatum(p, 'Begindatum'),
        statusAanlevering: optTekst(p, 'StatusAanlevering') ?? '',
        ...(soort === '307' ? { einddatum: moetDatum(p, 'Einddatum'), redenBeeindiging: optTekst(p, 'RedenBeeindiging') ?? '' } : {}),
      };
    });
    return soort === '305' ? { soort, kop, bsn, producten } : { soort, kop, bsn, producten: producten as StopProduct[] };
  }
  if (soort === '315') {
    const producten = kinderen(moet(client, 'AangevraagdeProducten'), 'AangevraagdProduct').map((p) => ({
      referentieAanbieder: optTekst(p, 'ReferentieAanbieder') ?? '',
      product: leesProduct(p),
      ingangsdatum: moetDatum(p, 'ToewijzingIngangsdatum'),
      einddatum: datum(optTekst(p, 'ToewijzingEinddatum')),
      omvang: leesOmvang(p),
      budgetCent: leesBudget(p),
      commentaar: optTekst(p, 'Commentaar'),
    }));
    return { soort, kop, bsn, producten };
  }
  const v = moet(client, 'Verzoek');
  return {
    soort,
    kop,
    bsn,
    verzoek: {
      referentieAanbieder: optTekst(v, 'ReferentieAanbieder') ?? '',
      redenVerzoek: optTekst(v, 'RedenVerzoek') ?? '',
      ongewijzigd: (pad(v, 'OngewijzigdeProducten') ? kinderen(pad(v, 'OngewijzigdeProducten')!, 'OngewijzigdProduct') : []).map((p) => Number(optTekst(p, 'ToewijzingNummer'))),
      teWijzigen: (pad(v, 'TeWijzigenProducten') ? kinderen(pad(v, 'TeWijzigenProducten')!, 'TeWijzigenProduct') : []).map((p) => ({
        toewijzingNummer: Number(optTekst(p, 'ToewijzingNummer')),
        gewensteIngangsdatum: moetDatum(p, 'GewensteIngangsdatum'),
        einddatum: datum(optTekst(p, 'Einddatum')),
        omvang: leesOmvang(p),
        budgetCent: leesBudget(p),
      })),
      nieuw: (pad(v, 'NieuweProducten') ? kinderen(pad(v, 'NieuweProducten')!, 'NieuwProduct') : []).map((p) => ({
        product: leesProduct(p),
        gewensteIngangsdatum: moetDatum(p, 'GewensteIngangsdatum'),
        einddatum: datum(optTekst(p, 'Einddatum')),
        omvang: leesOmvang(p),
        budgetCent: leesBudget(p),
      })),
    },
  };
}

// ───────────── Code lists (release 3.2 basisschema) ─────────────

/** LDT_RetourCode: the codes Wijkregie uses and shows, in Dutch as the standard words them. */
export const RETOURCODE_LABELS: Record<string, string> = {
  ...DECLARATIE_RETOURCODES,
  '0001': 'Bericht is afgekeurd om technische redenen.',
  '0200': 'Geen opmerking: goedgekeurd.',
  '0233': 'Berichtklasse is niet beoordeeld.',
  '9019': 'Het bericht kan niet gekoppeld worden aan een toewijzing.',
  '9056': 'Identificatie moet per berichtsoort uniek zijn voor de verzendende partij.',
  '9063': 'Het bericht kan niet verwerkt worden omdat geen eerder bericht ontvangen is.',
  '9069': 'Er is geen actueel startbericht met dezelfde sleutel.',
  '9071': 'Het eerdere startbericht kan niet verwijderd worden omdat de zorg al beëindigd is.',
  '9074': 'Er is al een eerder bericht ontvangen met dezelfde sleutel.',
  '9326': 'De actuele levering is nog niet gestopt met een stopbericht.',
  '9347': 'ReferentieAanbieder is niet uniek voor de aanbieder binnen het wettelijk domein.',
  '9351': 'TeWijzigenProduct is niet gerelateerd aan een actuele toewijzing op basis van ToewijzingNummer.',
};

/** '0200' → 'Geen opmerking: goedgekeurd.'; an unknown code is shown as it is. */
export const retourcodeTekst = (code: string): string => RETOURCODE_LABELS[code] ? `${code}: ${RETOURCODE_LABELS[code]}` : code;

/** The retourcode of a rule of the standard's XSLT: TR056 → 9056 (the TR rules have one); others are technical. */
export const retourcodeVoorRegel = (regel: string): string => {
  const m = /^TR(\d{3})$/.exec(regel);
  return m ? `9${m[1]}` : '0001';
};

export const REDEN_BEEINDIGING_LABELS: Record<Wet, Record<string, string>> = {
  WMO: {
    '02': 'Overlijden', '19': 'Levering volgens plan beëindigd', '20': 'Levering is tijdelijk beëindigd', '21': 'Levering is eenzijdig door cliënt beëindigd',
    '22': 'Levering is eenzijdig door aanbieder beëindigd', '23': 'Levering is in overeenstemming voortijdig beëindigd', '31': 'Verhuizing naar een andere gemeente',
    '36': 'Geïnitieerd door de gemeente', '37': 'In verband met wijzigingsverzoek', '38': 'Overstap naar andere aanbieder', '39': 'Uitstroom naar ander domein',
  },
  JEUGDWET: {
    '02': 'Overlijden', '20': 'Levering is tijdelijk beëindigd', '31': 'Levering is volgens plan beëindigd', '32': 'Voortijdig afgesloten: eenzijdig door de cliënt',
    '33': 'Voortijdig afgesloten: eenzijdig door de aanbieder', '34': 'Voortijdig afgesloten: in overeenstemming', '35': 'Voortijdig afgesloten: wegens externe omstandigheden',
    '36': 'Geïnitieerd door de gemeente', '37': 'In verband met wijzigingsverzoek', '38': 'Overstap naar andere aanbieder', '39': 'Uitstroom naar ander domein',
  },
  PARTICIPATIEWET: {},
};

/** LDT_RedenAfwijzingVerzoek. */
export const REDEN_AFWIJZING_VERZOEK: Record<string, string> = {
  '1': 'Geen wijziging, maar nieuwe aanvraag',
  '2': 'Past niet binnen budget',
  '3': 'Geen contract',
  '4': 'Past niet binnen contract',
  '5': 'Andere gemeente',
  '6': 'Stapeling',
  '7': 'Zorginhoudelijke afkeur',
  '8': 'Woonplaatsbeginsel',
  '9': 'Leeftijdsgrens is bereikt',
};

// ───────────── The gemeente's 319 antwoordbericht ─────────────

type AntwoordSpec = { code: string; ns: string; prefix: string; basis: string; basisPrefix: string };

/** A message of the gemeente: the document, its root Bericht, and writers for its own and the basisschema's elements. */
function gemeenteBericht(spec: AntwoordSpec) {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc.ele(spec.ns, `${spec.prefix}:Bericht`).att('http://www.w3.org/2000/xmlns/', `xmlns:${spec.basisPrefix}`, spec.basis);
  const m = (parent: typeof root, naam: string, t?: string | number) => {
    const el = parent.ele(spec.ns, `${spec.prefix}:${naam}`);
    if (t !== undefined) el.txt(String(t));
    return el;
  };
  const b = (parent: typeof root, naam: string, t?: string | number) => {
    const el = parent.ele(spec.basis, `${spec.basisPrefix}:${naam}`);
    if (t !== undefined) el.txt(String(t));
    return el;
  };
  return { doc, root, m, b };
}

const ANTWOORD = {
  WMO: { code: '482', ns: 'http://www.istandaarden.nl/iwmo/3_2/wmo319/schema', prefix: 'wmo319', basis: 'http://www.istandaarden.nl/iwmo/3_2/basisschema/schema', basisPrefix: 'iwmo' },
  JEUGDWET: { code: '488', ns: 'http://www.istandaarden.nl/ijw/3_2/jw319/schema', prefix: 'jw319', basis: 'http://www.istandaarden.nl/ijw/3_2/basisschema/schema', basisPrefix: 'ijw' },
} as const;

export const antwoordSoort = (wet: Wet): string => (wet === 'WMO' ? 'WMO319' : 'JW319');

/** WMO319/JW319: the verzoek with this ReferentieAanbieder is afgewezen (VerzoekAntwoord 1) for the given reason. */
export function buildAfwijzing(input: { wet: Exclude<Wet, 'PARTICIPATIEWET'>; afzender: string; ontvanger: string; identificatie: string; dagtekening: Date; referentieAanbieder: string; reden: string }): string {
  const spec = ANTWOORD[input.wet];
  const { doc, root, m, b } = gemeenteBericht(spec);
  schrijfHeader(m, b, root, { berichtCode: spec.code, ...input });
  const antwoord = m(root, 'Antwoord');
  m(antwoord, 'ReferentieAanbieder', input.referentieAanbieder);
  m(antwoord, 'VerzoekAntwoord', '1');
  m(antwoord, 'RedenAfwijzingVerzoek', input.reden);
  return doc.end({ prettyPrint: true, newline: '\r\n' });
}

// ───────────── The gemeente's 325 declaratie-antwoordbericht ─────────────

const DECLARATIE_ANTWOORD = {
  WMO: { code: '485', ns: 'http://www.istandaarden.nl/iwmo/3_2/wmo325/schema', prefix: 'wmo325', basis: 'http://www.istandaarden.nl/iwmo/3_2/basisschema/schema', basisPrefix: 'iwmo' },
  JEUGDWET: { code: '491', ns: 'http://www.istandaarden.nl/ijw/3_2/jw325/schema', prefix: 'jw325', basis: 'http://www.istandaarden.nl/ijw/3_2/basisschema/schema', basisPrefix: 'ijw' },
} as const;

export const declaratieAntwoordSoort = (wet: Wet): 'WMO325' | 'JW325' => (wet === 'WMO' ? 'WMO325' : 'JW325');

const bedragMetDc = (cent: number) => ({ bedrag: String(Math.abs(cent)), dc: cent < 0 ? 'C' : 'D' });

/**
 * WMO325/JW325: the answer on a declaratie. The header names the declaratie it answers (DeclaratieIdentificatie,
 * XsdVersieDeclaratie); DeclaratieAntwoord carries the totals asked and granted, and only the rejected prestaties,
 * per client, each with its retourcodes (TR342: asked less granted is the sum of the prestaties named). RetourCode
 * 8001 on the whole when everything is granted, 0200 otherwise.
 */
export function buildDeclaratieAntwoord(input: {
  wet: Exclude<Wet, 'PARTICIPATIEWET'>;
  afzender: string;
  ontvanger: string;
  identificatie: string;
  dagtekening: Date;
  declaratie: { identificatie: string; dagtekening: Date; declaratieNummer: string };
  ingediendCent: number;
  toegekendCent: number;
  afgewezen: (Prestatie & { retourcodes: string[] })[];
}): string {
  const spec = DECLARATIE_ANTWOORD[input.wet];
  const { doc, root, m, b } = gemeenteBericht(spec);
  const codes = (parent: typeof root, lijst: string[]) => {
    const el = m(parent, 'RetourCodes');
    for (const c of lijst) m(el, 'RetourCode', c);
  };
  const header = schrijfHeader(m, b, root, { berichtCode: spec.code, afzender: input.afzender, ontvanger: input.ontvanger, identificatie: input.identificatie, dagtekening: input.dagtekening });
  const id = m(header, 'DeclaratieIdentificatie');
  b(id, 'Identificatie', input.declaratie.identificatie);
  b(id, 'Dagtekening', input.declaratie.dagtekening.toISOString().slice(0, 10));
  const xsd = m(header, 'XsdVersieDeclaratie');
  b(xsd, 'BasisschemaXsdVersie', '1.0.0');
  b(xsd, 'BerichtXsdVersie', '1.0.0');
  codes(header, ['0200']);
  const antwoord = m(root, 'DeclaratieAntwoord');
  m(antwoord, 'DeclaratieNummer', input.declaratie.declaratieNummer);
  const totaal = (naam: string, cent: number) => {
    const el = m(antwoord, naam);
    const { bedrag, dc } = bedragMetDc(cent);
    b(el, 'TotaalBedrag', bedrag);
    b(el, 'DebetCredit', dc);
  };
  totaal('TotaalIngediendBedrag', input.ingediendCent);
  totaal('TotaalToegekendBedrag', input.toegekendCent);
  if (input.afgewezen.length) {
    const clienten = m(antwoord, 'Clienten');
    for (const bsn of [...new Set(input.afgewezen.map((p) => p.bsn))]) {
      const client = m(clienten, 'Client');
      m(client, 'Bsn', bsn);
      const lijst = m(client, 'Prestaties');
      for (const p of input.afgewezen.filter((x) => x.bsn === bsn)) {
        const el = m(lijst, 'Prestatie');
        const ref = m(el, 'ProductReferentie');
        b(ref, 'ReferentieNummer', p.referentieNummer);
        if (p.vorigReferentieNummer) b(ref, 'VorigReferentieNummer', p.vorigReferentieNummer);
        m(el, 'ToewijzingNummer', p.toewijzingNummer);
        m(el, 'ProductCategorie', p.categorie);
        m(el, 'ProductCode', p.code);
        const periode = m(el, 'ProductPeriode');
        b(periode, 'Begindatum', p.begindatum.toISOString().slice(0, 10));
        b(periode, 'Einddatum', p.einddatum.toISOString().slice(0, 10));
        m(el, 'GeleverdVolume', p.volume);
        m(el, 'Eenheid', p.eenheid);
        if (p.tariefCent !== null) m(el, 'ProductTarief', p.tariefCent);
        const bedrag = m(el, 'IngediendBedrag');
        b(bedrag, 'Bedrag', p.bedragCent);
        b(bedrag, 'DebetCredit', p.debet ? 'D' : 'C');
        codes(el, p.retourcodes);
      }
      codes(client, ['0200']);
    }
  }
  codes(antwoord, [input.afgewezen.length ? '0200' : '8001']);
  return doc.end({ prettyPrint: true, newline: '\r\n' });
}

/** The toewijzingbericht code a 302 is the retour of. */
export const heenberichtCode = (wet: Wet): BerichtCode => (wet === 'WMO' ? 'WMO301' : 'JW301');
