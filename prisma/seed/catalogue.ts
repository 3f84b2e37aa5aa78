// The product catalogue (iWmo / iJw 3.2 productcategorieën and -codes), the aanbieders and their contracts.
//
// Categories are the national ones (Wmo: 01 hulp bij het huishouden … 07 dagbesteding … 15 beschermd wonen; Jeugdwet:
// 40 persoonlijke verzorging, 41 dagbehandeling, 43/44 verblijf, 45 jeugdhulp ambulant, 46 crisis). The codes 07A12
// and 45A04 are the ones DOMAIN.md names; every other code follows the scheme (categorie + three characters) but should
// be checked against the current standaardproductcodelijsten (WMO021 / JZ020) before it is used outside the demo.
// The Participatiewet has no iStandaard product list, so the catalogue holds no Participatiewet products.
import type { Leveringsvorm, Wet } from '@/lib/generated/prisma/enums';
import type { Clock } from './clock';
import type { Rng } from './random';
import { type Rows, uuid } from './rows';

export interface ProductDef {
  code: string;
  naam: string;
  wet: Wet;
  /** 01 minuut, 04 uur, 14 etmaal, 16 dagdeel, 82 stuks (output), 83 euro's, 84 stuks (inspanning) */
  eenheid: '01' | '04' | '14' | '16' | '82' | '83' | '84';
  /** 1 per dag, 2 per week, 4 per maand, 6 totaal binnen de geldigheidsduur */
  frequentie: '1' | '2' | '4' | '6';
  leveringsvormen: Leveringsvorm[];
  /** Tariff per eenheid, in eurocent (demo figures). */
  tariefCent: number;
  /** A typical volume per frequentie period, for plans and beschikkingen: [min, max]. */
  volume: [number, number];
}

export const PRODUCTEN: readonly ProductDef[] = [
  // Wmo 2015
  { code: '01A01', naam: 'Hulp bij het huishouden', wet: 'WMO', eenheid: '04', frequentie: '2', leveringsvormen: ['ZIN', 'PGB'], tariefCent: 3_250, volume: [2, 4] },
  { code: '02A01', naam: 'Begeleiding individueel', wet: 'WMO', eenheid: '04', frequentie: '2', leveringsvormen: ['ZIN', 'PGB'], tariefCent: 6_450, volume: [1, 4] },
  { code: '02A02', naam: 'Begeleiding individueel specialistisch', wet: 'WMO', eenheid: '04', frequentie: '2', leveringsvormen: ['ZIN'], tariefCent: 7_800, volume: [2, 5] },
  { code: '03A01', naam: 'Persoonlijke verzorging', wet: 'WMO', eenheid: '04', frequentie: '2', leveringsvormen: ['ZIN', 'PGB'], tariefCent: 5_900, volume: [2, 6] },
  { code: '04A01', naam: 'Kortdurend verblijf (logeeropvang)', wet: 'WMO', eenheid: '14', frequentie: '4', leveringsvormen: ['ZIN', 'PGB'], tariefCent: 14_500, volume: [2, 4] },
  { code: '07A12', naam: 'Dagbesteding', wet: 'WMO', eenheid: '16', frequentie: '2', leveringsvormen: ['ZIN', 'PGB'], tariefCent: 4_650, volume: [2, 6] },
  { code: '08A01', naam: 'Vervoer naar dagbesteding', wet: 'WMO', eenheid: '84', frequentie: '2', leveringsvormen: ['ZIN'], tariefCent: 1_450, volume: [4, 10] },
  { code: '13A01', naam: 'Woonvoorziening (woningaanpassing)', wet: 'WMO', eenheid: '83', frequentie: '6', leveringsvormen: ['PGB'], tariefCent: 100, volume: [3_500, 8_500] },
  { code: '15A01', naam: 'Beschermd wonen', wet: 'WMO', eenheid: '14', frequentie: '4', leveringsvormen: ['ZIN'], tariefCent: 12_800, volume: [31, 31] },
  // Jeugdwet
  { code: '40A01', naam: 'Persoonlijke verzorging jeugd', wet: 'JEUGDWET', eenheid: '04', frequentie: '2', leveringsvormen: ['ZIN', 'PGB'], tariefCent: 5_900, volume: [2, 5] },
  { code: '41A01', naam: 'Dagbehandeling jeugd', wet: 'JEUGDWET', eenheid: '16', frequentie: '2', leveringsvormen: ['ZIN'], tariefCent: 9_600, volume: [2, 6] },
  { code: '43A01', naam: 'Jeugdhulp verblijf inclusief behandeling', wet: 'JEUGDWET', eenheid: '14', frequentie: '4', leveringsvormen: ['ZIN'], tariefCent: 24_500, volume: [31, 31] },
  { code: '44A01', naam: 'Pleegzorg', wet: 'JEUGDWET', eenheid: '14', frequentie: '4', leveringsvormen: ['ZIN'], tariefCent: 3_300, volume: [30, 30] },
  { code: '45A04', naam: 'Jeugdhulp ambulant', wet: 'JEUGDWET', eenheid: '01', frequentie: '4', leveringsvormen: ['ZIN', 'PGB'], tariefCent: 148, volume: [240, 600] },
  { code: '45A05', naam: 'Jeugdhulp ambulant specialistisch', wet: 'JEUGDWET', eenheid: '01', frequentie: '4', leveringsvormen: ['ZIN'], tariefCent: 178, volume: [300, 720] },
  { code: '46A01', naam: 'Jeugdhulp crisis (ambulante crisisinterventie)', wet: 'JEUGDWET', eenheid: '82', frequentie: '6', leveringsvormen: ['ZIN'], tariefCent: 185_000, volume: [1, 1] },
];

interface AanbiederDef {
  key: string;
  naam: string;
  agbCode: string;
  contactNaam: string;
  adres: string;
  producten: string[];
}

// Invented providers; AGB codes are fictitious 8-digit numbers in the 98… range used for Wmo/Jeugd providers.
const AANBIEDERS: readonly AanbiederDef[] = [
  { key: 'thuiszorg', naam: 'Thuiszorg Kop van Noord', agbCode: '98100011', contactNaam: 'Marian Kuiper', adres: 'Zuidstraat 12, 1781 BC Den Helder', producten: ['01A01', '03A01', '40A01'] },
  { key: 'duinen', naam: 'Zorgcoöperatie De Helderse Duinen', agbCode: '98100028', contactNaam: 'Peter Kok', adres: 'Duinweg 4, 1785 AD Den Helder', producten: ['01A01', '02A01', '07A12', '04A01'] },
  { key: 'marsdiep', naam: 'Stichting Dagbesteding Marsdiep', agbCode: '98100035', contactNaam: 'Ilse Bos', adres: 'Werfweg 8, 1781 CD Den Helder', producten: ['07A12', '08A01', '04A01'] },
  { key: 'ggz', naam: 'GGZ Noordkop Ambulant', agbCode: '98100042', contactNaam: 'Rachid Bouzid', adres: 'Kanaalkade 30, 1782 EF Den Helder', producten: ['02A01', '02A02', '15A01'] },
  { key: 'jeugd', naam: 'Jeugdhulp Noordzee', agbCode: '98100059', contactNaam: 'Esther Groen', adres: 'Schoolweg 3, 1784 GH Den Helder', producten: ['45A04', '45A05', '41A01'] },
  { key: 'gezinshuis', naam: 'Gezinshuizen De Vuurtoren', agbCode: '98100066', contactNaam: 'Willem Prins', adres: 'Lichtwachterslaan 9, 1787 JK Julianadorp', producten: ['44A01', '43A01'] },
  { key: 'crisis', naam: 'Crisisdienst Jeugd Noord-Holland Noord', agbCode: '98100073', contactNaam: 'Meldpunt crisisdienst', adres: 'Postbus 77, 1780 AB Den Helder', producten: ['46A01', '45A05'] },
  { key: 'vervoer', naam: 'Kop Taxi Zorgvervoer', agbCode: '98100080', contactNaam: 'Bert Stuurman', adres: 'Industrieweg 21, 1786 LM Den Helder', producten: ['08A01'] },
];

export interface ProductRef extends ProductDef {
  id: string;
  categorie: string;
}

export interface AanbiederRef {
  id: string;
  key: string;
  naam: string;
  contactNaam: string;
}

export interface Catalogue {
  products: Map<string, ProductRef>;
  aanbieders: AanbiederRef[];
  /** Contracted aanbieders per product code (for ZIN). */
  aanbiedersVoor: Map<string, AanbiederRef[]>;
  /** The aanbieder to which casusregie can be handed (a provider of long-term care). */
  regiePartner: AanbiederRef;
}

export function buildCatalogue(rows: Rows, gemeenteId: string, clock: Clock, rng: Rng): Catalogue {
  // The demo catalogue runs from 1 January 2026 (a year earlier should the demo be dated before 2026).
  const actiefVan = new Date(Date.UTC(Math.min(2026, clock.today.getUTCFullYear()), 0, 1));
  const products = new Map<string, ProductRef>();
  for (const p of PRODUCTEN) {
    const id = uuid();
    const ref: ProductRef = { ...p, id, categorie: p.code.slice(0, 2) };
    products.set(p.code, ref);
    rows.product.push({
      id,
      gemeenteId,
      wet: p.wet,
      categorie: ref.categorie,
      code: p.code,
      naam: p.naam,
      eenheid: p.eenheid,
      standaardFrequentie: p.frequentie,
      leveringsvormen: p.leveringsvormen,
      tariefCent: p.tariefCent,
      actiefVan,
    });
  }

  const aanbieders: AanbiederRef[] = [];
  const aanbiedersVoor = new Map<string, AanbiederRef[]>();
  for (const a of AANBIEDERS) {
    const id = uuid();
    const ref: AanbiederRef = { id, key: a.key, naam: a.naam, contactNaam: a.contactNaam };
    aanbieders.push(ref);
    const domain = a.naam.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '').slice(0, 18);
    rows.aanbieder.push({
      id,
      gemeenteId,
      naam: a.naam,
      agbCode: a.agbCode,
      contactNaam: a.contactNaam,
      telefoon: `0223-${rng.digits(6)}`,
      email: `zorgtoewijzing@${domain}.example`,
      adres: a.adres,
    });
    for (const code of a.producten) {
      const product = products.get(code)!;
      // Contract tariffs sit a little around the reference tariff, as they do after a tender.
      const tariefCent = Math.round(product.tariefCent * (0.95 + rng.float() * 0.1));
      rows.contract.push({ id: uuid(), aanbiederId: id, productId: product.id, tariefCent, van: actiefVan });
      aanbiedersVoor.set(code, [...(aanbiedersVoor.get(code) ?? []), ref]);
    }
  }

  return { products, aanbieders, aanbiedersVoor, regiePartner: aanbieders.find((a) => a.key === 'ggz')! };
}
