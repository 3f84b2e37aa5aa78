// What an aanbieder's software sends the gemeente (for the demo seed, the tests and a later partner portal):
// a 302 retour on a stored 301, 305 start, 307 stop, 315 verzoek om toewijzing, 317 verzoek om wijziging, 323 declaratie. Every one
// is valid against the standard's XSD and rules (tests/integration/berichten-inbox.test.ts checks that first).
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';

type Wet = 'WMO' | 'JEUGDWET';
const CODES: Record<Wet, Record<string, string>> = {
  WMO: { '305': '418', '307': '420', '315': '444', '317': '480', '323': '484' },
  JEUGDWET: { '305': '438', '307': '440', '315': '446', '317': '486', '323': '490' },
};

export type Kop = { wet?: Wet; agb: string; gemeentecode: string; identificatie: string; dagtekening: string };
export type ClientKop = { bsn: string; geboortedatum: string; achternaam: string };

function bericht(soort: string, kop: Kop, body: (m: (p: XMLBuilder, n: string, t?: string) => XMLBuilder, b: (p: XMLBuilder, n: string, t?: string) => XMLBuilder, root: XMLBuilder) => void): string {
  const wet = kop.wet ?? 'WMO';
  const std = wet === 'WMO' ? 'iwmo' : 'ijw';
  const naam = `${wet === 'WMO' ? 'wmo' : 'jw'}${soort}`;
  const ns = `http://www.istandaarden.nl/${std}/3_2/${naam}/schema`;
  const basis = `http://www.istandaarden.nl/${std}/3_2/basisschema/schema`;
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc.ele(ns, `${naam}:Bericht`).att('http://www.w3.org/2000/xmlns/', `xmlns:${std}`, basis);
  const m = (p: XMLBuilder, n: string, t?: string) => {
    const el = p.ele(ns, `${naam}:${n}`);
    if (t !== undefined) el.txt(t);
    return el;
  };
  const b = (p: XMLBuilder, n: string, t?: string) => {
    const el = p.ele(basis, `${std}:${n}`);
    if (t !== undefined) el.txt(t);
    return el;
  };
  const header = m(root, 'Header');
  m(header, 'BerichtCode', CODES[wet][soort]);
  m(header, 'BerichtVersie', '3');
  m(header, 'BerichtSubversie', '2');
  m(header, 'Afzender', kop.agb);
  m(header, 'Ontvanger', kop.gemeentecode);
  const id = m(header, 'BerichtIdentificatie');
  b(id, 'Identificatie', kop.identificatie);
  b(id, 'Dagtekening', kop.dagtekening);
  const xsd = m(header, 'XsdVersie');
  b(xsd, 'BasisschemaXsdVersie', '1.0.0');
  b(xsd, 'BerichtXsdVersie', '1.0.0');
  body(m, b, root);
  return doc.end({ prettyPrint: true, newline: '\r\n' });
}

function client(m: (p: XMLBuilder, n: string, t?: string) => XMLBuilder, b: (p: XMLBuilder, n: string, t?: string) => XMLBuilder, root: XMLBuilder, c: ClientKop) {
  const el = m(root, 'Client');
  m(el, 'Bsn', c.bsn);
  b(m(el, 'Geboortedatum'), 'Datum', c.geboortedatum);
  m(el, 'Geslacht', '0');
  const naam = m(el, 'Naam');
  b(b(naam, 'Geslachtsnaam'), 'Achternaam', c.achternaam);
  return el;
}

export type StartStop = { toewijzingNummer: number; categorie: string; code: string; toewijzingIngangsdatum: string; begindatum: string; status?: '1' | '3' };

/** StartProduct or StopProduct: the sleutel of the start (toewijzing, product, begindatum), and for a stop its end. */
function zorgProduct(m: (p: XMLBuilder, n: string, t?: string) => XMLBuilder, b: (p: XMLBuilder, n: string, t?: string) => XMLBuilder, lijst: XMLBuilder, naam: string, p: StartStop & { einddatum?: string; reden?: string }) {
  const sp = m(lijst, naam);
  m(sp, 'ToewijzingNummer', String(p.toewijzingNummer));
  const product = m(sp, 'Product');
  b(product, 'Categorie', p.categorie);
  b(product, 'Code', p.code);
  m(sp, 'ToewijzingIngangsdatum', p.toewijzingIngangsdatum);
  m(sp, 'Begindatum', p.begindatum);
  if (p.reden !== undefined) m(sp, 'RedenBeeindiging', p.reden);
  if (p.einddatum !== undefined) m(sp, 'Einddatum', p.einddatum);
  m(sp, 'StatusAanlevering', p.status ?? '1');
}

/** 305 start zorg. */
export const startBericht = (kop: Kop, c: ClientKop, producten: StartStop[]) =>
  bericht('305', kop, (m, b, root) => {
    const lijst = m(client(m, b, root, c), 'StartProducten');
    for (const p of producten) zorgProduct(m, b, lijst, 'StartProduct', p);
  });

/** 307 stop zorg. */
export const stopBericht = (kop: Kop, c: ClientKop, producten: (StartStop & { einddatum: string; reden: string })[]) =>
  bericht('307', kop, (m, b, root) => {
    const lijst = m(client(m, b, root, c), 'StopProducten');
    for (const p of producten) zorgProduct(m, b, lijst, 'StopProduct', p);
  });

export type Aangevraagd = { referentie: string; categorie: string; code: string; ingangsdatum: string; einddatum: string; volume: number; eenheid: string; frequentie: string };

/** 315 verzoek om toewijzing (verwezen door de gemeente: Verwijzer type 01). */
export const verzoekOmToewijzing = (kop: Kop, c: ClientKop, producten: Aangevraagd[]) =>
  bericht('315', kop, (m, b, root) => {
    const lijst = m(client(m, b, root, c), 'AangevraagdeProducten');
    for (const p of producten) {
      const ap = m(lijst, 'AangevraagdProduct');
      m(ap, 'ReferentieAanbieder', p.referentie);
      const product = m(ap, 'Product');
      b(product, 'Categorie', p.categorie);
      b(product, 'Code', p.code);
      m(ap, 'ToewijzingIngangsdatum', p.ingangsdatum);
      m(ap, 'ToewijzingEinddatum', p.einddatum);
      const omvang = m(ap, 'Omvang');
      b(omvang, 'Volume', String(p.volume));
      b(omvang, 'Eenheid', p.eenheid);
      b(omvang, 'Frequentie', p.frequentie);
      b(m(ap, 'Verwijzer'), 'Type', '01');
    }
  });

export type Gedeclareerd = {
  bsn: string;
  referentie: string;
  toewijzingNummer: number;
  categorie: string;
  code: string;
  begindatum: string;
  einddatum: string;
  volume: number;
  eenheid: string;
  tariefCent?: number;
  bedragCent: number;
  /** A credit: VorigReferentieNummer names the debet it takes back. */
  credit?: { vorigReferentie: string };
};

/** 323 declaratie: prestaties per client over one DeclaratiePeriode, the total as TR358 asks (debet less credit). */
export const declaratieBericht = (kop: Kop, d: { nummer: string; periodeBegin: string; periodeEind: string; prestaties: Gedeclareerd[] }) =>
  bericht('323', kop, (m, b, root) => {
    const declaratie = m(root, 'Declaratie');
    m(declaratie, 'DeclaratieNummer', d.nummer);
    const periode = m(declaratie, 'DeclaratiePeriode');
    b(periode, 'Begindatum', d.periodeBegin);
    b(periode, 'Einddatum', d.periodeEind);
    m(declaratie, 'DeclaratieDagtekening', kop.dagtekening);
    const netto = d.prestaties.reduce((s, p) => s + (p.credit ? -p.bedragCent : p.bedragCent), 0);
    const totaal = m(declaratie, 'TotaalIngediendBedrag');
    b(totaal, 'TotaalBedrag', String(Math.abs(netto)));
    b(totaal, 'DebetCredit', netto < 0 ? 'C' : 'D');
    const clienten = m(declaratie, 'Clienten');
    for (const bsn of [...new Set(d.prestaties.map((p) => p.bsn))]) {
      const client = m(clienten, 'Client');
      m(client, 'Bsn', bsn);
      const lijst = m(client, 'Prestaties');
      for (const p of d.prestaties.filter((x) => x.bsn === bsn)) {
        const el = m(lijst, 'Prestatie');
        const ref = m(el, 'ProductReferentie');
        b(ref, 'ReferentieNummer', p.referentie);
        if (p.credit) b(ref, 'VorigReferentieNummer', p.credit.vorigReferentie);
        m(el, 'ToewijzingNummer', String(p.toewijzingNummer));
        m(el, 'ProductCategorie', p.categorie);
        m(el, 'ProductCode', p.code);
        const pp = m(el, 'ProductPeriode');
        b(pp, 'Begindatum', p.begindatum);
        b(pp, 'Einddatum', p.einddatum);
        m(el, 'GeleverdVolume', String(p.volume));
        m(el, 'Eenheid', p.eenheid);
        if (p.tariefCent !== undefined) m(el, 'ProductTarief', String(p.tariefCent));
        const bedrag = m(el, 'IngediendBedrag');
        b(bedrag, 'Bedrag', String(p.bedragCent));
        b(bedrag, 'DebetCredit', p.credit ? 'C' : 'D');
      }
    }
  });

/**
 * A 302 retour on a stored 301: the heenbericht returned with its header kept, IdentificatieRetour and
 * DagtekeningRetour of the retour itself, and RetourCodes on the header, the client, each contact and product.
 */
export function retourOp(xml301: string, opties: { identificatieRetour: string; dagtekeningRetour: string; codes?: string[] }): string {
  const codes = opties.codes ?? ['0200'];
  const p = /<(\w+):Bericht /.exec(xml301)![1]; // wmo301 or jw301
  const nieuw = p.replace('301', '302');
  const basis = p.startsWith('wmo') ? 'iwmo' : 'ijw';
  const retourcodes = `<${nieuw}:RetourCodes>${codes.map((c) => `<${nieuw}:RetourCode>${c}</${nieuw}:RetourCode>`).join('')}</${nieuw}:RetourCodes>`;
  const dezeCode = `<${nieuw}:RetourCodes><${nieuw}:RetourCode>0200</${nieuw}:RetourCode></${nieuw}:RetourCodes>`;
  return xml301
    .replaceAll(`${p}:`, `${nieuw}:`)
    .replaceAll(`xmlns:${p}=`, `xmlns:${nieuw}=`)
    .replace(`/${p}/schema`, `/${nieuw}/schema`)
    .replace(/<(\w+):BerichtCode>414</, '<$1:BerichtCode>415<')
    .replace(/<(\w+):BerichtCode>436</, '<$1:BerichtCode>437<')
    .replace(
      `</${nieuw}:XsdVersie>`,
      `</${nieuw}:XsdVersie><${nieuw}:IdentificatieRetour>${opties.identificatieRetour}</${nieuw}:IdentificatieRetour>` +
        `<${nieuw}:DagtekeningRetour>${opties.dagtekeningRetour}</${nieuw}:DagtekeningRetour>` +
        `<${nieuw}:XsdVersieRetour><${basis}:BasisschemaXsdVersie>1.0.0</${basis}:BasisschemaXsdVersie><${basis}:BerichtXsdVersie>1.0.0</${basis}:BerichtXsdVersie></${nieuw}:XsdVersieRetour>` +
        retourcodes,
    )
    .replaceAll(`</${nieuw}:Contact>`, `${dezeCode}</${nieuw}:Contact>`)
    .replaceAll(`</${nieuw}:ToegewezenProduct>`, `${codes.includes('0200') ? dezeCode : retourcodes}</${nieuw}:ToegewezenProduct>`)
    .replace(`</${nieuw}:Client>`, `${dezeCode}</${nieuw}:Client>`);
}
