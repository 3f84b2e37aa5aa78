import { describe, expect, it } from 'vitest';
import { create } from 'xmlbuilder2';
import { BERICHT_SPECS, berichtCodeVoor, GESLACHT_CODE } from '@/lib/iwmo/codes';
import {
  buildToewijzingBericht,
  parseToewijzingBericht,
  splitToevoeging,
  toewijzingBerichtProblemen,
  voorlettersVan,
  type ToewijzingBericht, correspondentieAdresVanGemeente } from '@/lib/iwmo/toewijzing-bericht';
import { EENHEID_VALUES, FREQUENTIE_VALUES, REDEN_WIJZIGING_VALUES } from '@/lib/domain/labels';
import { GESLACHT_VALUES } from '@/lib/domain/enums';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

// 999990019 is one of the official test BSNs (elfproef valid, never issued).
const bericht = (overrides: Partial<ToewijzingBericht> = {}): ToewijzingBericht => ({
  code: 'WMO301',
  afzender: '0400',
  ontvanger: '98100035',
  identificatie: '17',
  dagtekening: d('2026-07-11'),
  client: {
    bsn: '999990019',
    geboortedatum: d('1948-02-29'),
    geslacht: 'VROUW',
    naam: { achternaam: 'Berg', voorvoegsel: 'van den', voornamen: 'Anna Maria', voorletters: 'AM' },
    adres: { straatnaam: 'Spoorstraat', huisnummer: 12, huisletter: 'A', huisnummerToevoeging: null, postcode: '1781AB', plaatsnaam: 'Den Helder' },
    telefoon: { nummer: '0223123456', landnummer: '0031' },
    email: null,
  },
  producten: [
    {
      toewijzingNummer: 1042, categorie: '07', code: '07A12', toewijzingOp: new Date('2026-03-10T15:05:09Z'),
      ingangsdatum: d('2026-03-16'), einddatum: d('2027-03-15'), redenWijziging: null,
      omvang: { volume: 6, eenheid: '16', frequentie: '2' }, budgetCent: null, commentaar: null,
    },
    {
      toewijzingNummer: 998, categorie: '07', code: '07A01', toewijzingOp: new Date('2026-07-01T06:30:00Z'),
      ingangsdatum: d('2026-01-01'), einddatum: d('2026-03-15'), redenWijziging: '05',
      omvang: null, budgetCent: 125_000, commentaar: 'Vervangen door toewijzing 1042 & verder <geen>.',
    },
  ],
  ...overrides,
});

const W = BERICHT_SPECS.WMO301.namespace;
const B = BERICHT_SPECS.WMO301.basisNamespace;

/** The element at a path of local names, namespace-aware (m: message namespace, b: basisschema). */
function at(xml: string, path: string): string[] {
  type N = { nodeType: number; localName: string; namespaceURI: string; textContent: string; childNodes: ArrayLike<N> };
  let nodes: N[] = [create(xml).root().node as unknown as N];
  const [first, ...rest] = path.split('/');
  expect(`m:${nodes[0].localName}`).toBe(first);
  for (const step of rest) {
    const [ns, name] = step.split(':');
    nodes = nodes.flatMap((n) => Array.from(n.childNodes).filter((c) => c.nodeType === 1 && c.localName === name && c.namespaceURI === (ns === 'm' ? W : B)));
  }
  return nodes.map((n) => n.textContent.trim());
}

describe('buildToewijzingBericht: structure (iWmo 3.2 WMO301)', () => {
  const xml = buildToewijzingBericht(bericht());

  it('is UTF-8 XML without byte-order mark, with CR/LF line ends (OP192)', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\r\n')).toBe(true);
    expect(xml.charCodeAt(0)).not.toBe(0xfeff);
    expect(xml.split('\n').every((line, i, lines) => i === lines.length - 1 || line.endsWith('\r'))).toBe(true);
  });

  it('uses the WMO301 namespace for the message and the iWmo basisschema for composite parts', () => {
    expect(xml).toContain(`<wmo301:Bericht xmlns:wmo301="${W}" xmlns:iwmo="${B}">`);
  });

  it('writes the header: BerichtCode 414, version 3.2, gemeentecode, AGB code, identificatie and dagtekening, XSD versions', () => {
    expect(at(xml, 'm:Bericht/m:Header/m:BerichtCode')).toEqual(['414']);
    expect(at(xml, 'm:Bericht/m:Header/m:BerichtVersie')).toEqual(['3']);
    expect(at(xml, 'm:Bericht/m:Header/m:BerichtSubversie')).toEqual(['2']);
    expect(at(xml, 'm:Bericht/m:Header/m:Afzender')).toEqual(['0400']);
    expect(at(xml, 'm:Bericht/m:Header/m:Ontvanger')).toEqual(['98100035']);
    expect(at(xml, 'm:Bericht/m:Header/m:BerichtIdentificatie/b:Identificatie')).toEqual(['17']);
    expect(at(xml, 'm:Bericht/m:Header/m:BerichtIdentificatie/b:Dagtekening')).toEqual(['2026-07-11']);
    expect(at(xml, 'm:Bericht/m:Header/m:XsdVersie/b:BasisschemaXsdVersie')).toEqual(['1.0.0']);
    expect(at(xml, 'm:Bericht/m:Header/m:XsdVersie/b:BerichtXsdVersie')).toEqual(['1.0.0']);
  });

  it('writes the client: BSN, geboortedatum, geslacht code 2 for a woman, naam and BRP address', () => {
    expect(at(xml, 'm:Bericht/m:Client/m:Bsn')).toEqual(['999990019']);
    expect(at(xml, 'm:Bericht/m:Client/m:Geboortedatum/b:Datum')).toEqual(['1948-02-29']);
    expect(at(xml, 'm:Bericht/m:Client/m:Geslacht')).toEqual(['2']);
    expect(at(xml, 'm:Bericht/m:Client/m:Naam/b:Geslachtsnaam/b:Achternaam')).toEqual(['Berg']);
    expect(at(xml, 'm:Bericht/m:Client/m:Naam/b:Geslachtsnaam/b:Voorvoegsel')).toEqual(['van den']);
    expect(at(xml, 'm:Bericht/m:Client/m:Naam/b:Voorletters')).toEqual(['AM']);
    expect(at(xml, 'm:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Soort')).toEqual(['01']);
    expect(at(xml, 'm:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Adres/b:Huis/b:Huisnummer')).toEqual(['12']);
    expect(at(xml, 'm:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Adres/b:Huis/b:Huisletter')).toEqual(['A']);
    expect(at(xml, 'm:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Adres/b:Postcode')).toEqual(['1781AB']);
    // CD005: a Postcode goes with its LandCode; the XSD's CDT_Telefoon needs the Landnummer.
    expect(at(xml, 'm:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Adres/b:LandCode')).toEqual(['NL']);
    expect(at(xml, 'm:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Telefoon/b:Telefoon01/b:Telefoonnummer')).toEqual(['0223123456']);
    expect(at(xml, 'm:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Telefoon/b:Telefoon01/b:Landnummer')).toEqual(['0031']);
  });

  it('writes one ToegewezenProduct per toewijzing, in order, with the elements of the specification', () => {
    const p = 'm:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct';
    expect(at(xml, `${p}/m:ToewijzingNummer`)).toEqual(['1042', '998']);
    expect(at(xml, `${p}/m:Product/b:Categorie`)).toEqual(['07', '07']);
    // A toewijzing on budget names its categorie only (CD041/CD080: a product code goes with an Omvang).
    expect(at(xml, `${p}/m:Product/b:Code`)).toEqual(['07A12']);
    // Toewijzingsdatum and -tijd in Dutch time: 15:05 UTC in March is 16:05 CET; 06:30 UTC in July is 08:30 CEST.
    expect(at(xml, `${p}/m:Toewijzingsdatum`)).toEqual(['2026-03-10', '2026-07-01']);
    expect(at(xml, `${p}/m:Toewijzingstijd`)).toEqual(['16:05:09', '08:30:00']);
    expect(at(xml, `${p}/m:Ingangsdatum`)).toEqual(['2026-03-16', '2026-01-01']);
    expect(at(xml, `${p}/m:Einddatum`)).toEqual(['2027-03-15', '2026-03-15']);
    // RedenWijziging is left out on a first toewijzing.
    expect(at(xml, `${p}/m:RedenWijziging`)).toEqual(['05']);
    expect(at(xml, `${p}/m:Omvang/b:Volume`)).toEqual(['6']);
    expect(at(xml, `${p}/m:Omvang/b:Eenheid`)).toEqual(['16']);
    expect(at(xml, `${p}/m:Omvang/b:Frequentie`)).toEqual(['2']);
    expect(at(xml, `${p}/m:Budget`)).toEqual(['125000']);
    expect(at(xml, `${p}/m:Commentaar`)).toEqual(['Vervangen door toewijzing 1042 & verder <geen>.']);
  });

  it('keeps the order of the elements of a ToegewezenProduct as the XSD sequence has it', () => {
    const volgorde = ['ToewijzingNummer', 'Product', 'Toewijzingsdatum', 'Toewijzingstijd', 'Ingangsdatum', 'Einddatum', 'RedenWijziging', 'Omvang', 'Budget', 'Commentaar'];
    const tweede = xml.slice(xml.lastIndexOf('<wmo301:ToegewezenProduct>'));
    const posities = volgorde.map((naam) => tweede.indexOf(`<wmo301:${naam}>`)).filter((i) => i >= 0);
    expect(posities).toEqual([...posities].sort((a, b) => a - b));
    expect(posities.length).toBe(9); // the second product has no Omvang
  });

  it('writes a JW301 with BerichtCode 436 in the iJw namespaces', () => {
    const jw = buildToewijzingBericht(bericht({ code: 'JW301' }));
    expect(jw).toContain(`<jw301:Bericht xmlns:jw301="${BERICHT_SPECS.JW301.namespace}" xmlns:ijw="${BERICHT_SPECS.JW301.basisNamespace}">`);
    expect(jw).toContain('<jw301:BerichtCode>436</jw301:BerichtCode>');
    expect(jw).toContain('<ijw:Identificatie>17</ijw:Identificatie>');
  });
});

describe('code lists', () => {
  it('maps every Geslacht to LDT_Geslacht of 3.2 (0 onbekend, 1 man, 2 vrouw; niet gespecificeerd is 0 there)', () => {
    expect(GESLACHT_VALUES.map((g) => GESLACHT_CODE[g])).toEqual(['0', '1', '2', '0']);
  });

  it('has the eenheden, frequenties and redenen wijziging of DOMAIN.md §5', () => {
    expect([...EENHEID_VALUES]).toEqual(['01', '04', '14', '16', '82', '83', '84']);
    expect([...FREQUENTIE_VALUES]).toEqual(['1', '2', '4', '6']);
    expect([...REDEN_WIJZIGING_VALUES]).toEqual(['02', '04', '05', '07', '09', '13', '14']);
  });

  it('sends Wmo as WMO301, Jeugdwet as JW301 and nothing for the Participatiewet', () => {
    expect(berichtCodeVoor('WMO')).toBe('WMO301');
    expect(berichtCodeVoor('JEUGDWET')).toBe('JW301');
    expect(berichtCodeVoor('PARTICIPATIEWET')).toBeNull();
  });
});

describe('parseToewijzingBericht: round trip', () => {
  it('reads back exactly what was written, for WMO301 and JW301', () => {
    for (const code of ['WMO301', 'JW301'] as const) {
      const origineel = bericht({ code });
      const xml = buildToewijzingBericht(origineel);
      const gelezen = parseToewijzingBericht(xml);
      // A budget product carries no product code (see above).
      expect(gelezen).toEqual({ ...origineel, producten: origineel.producten.map((p) => (p.omvang ? p : { ...p, code: '' })) });
      expect(buildToewijzingBericht(gelezen)).toBe(xml);
    }
  });

  it('reads a message whose prefixes differ from ours (namespaces count, not prefixes)', () => {
    const xml = buildToewijzingBericht(bericht()).replaceAll('wmo301:', 'm:').replace('xmlns:wmo301=', 'xmlns:m=').replaceAll('iwmo:', 'b:').replace('xmlns:iwmo=', 'xmlns:b=');
    expect(parseToewijzingBericht(xml).producten.map((p) => p.toewijzingNummer)).toEqual([1042, 998]);
  });

  it('refuses XML that is not a toewijzingbericht, or a BerichtCode that does not fit', () => {
    expect(() => parseToewijzingBericht('<Bericht/>')).toThrow(/geen WMO301- of JW301-bericht/);
    expect(() => parseToewijzingBericht(buildToewijzingBericht(bericht()).replace('>414<', '>415<'))).toThrow(/BerichtCode 415/);
  });
});

describe('toewijzingBerichtProblemen', () => {
  it('finds nothing wrong in a good message', () => expect(toewijzingBerichtProblemen(bericht())).toEqual([]));

  it('refuses an invalid BSN, a bad gemeentecode and AGB code', () => {
    const problemen = toewijzingBerichtProblemen(bericht({ afzender: '400', ontvanger: '9810003', client: { ...bericht().client, bsn: '123456789' } }));
    expect(problemen).toHaveLength(3);
    expect(problemen.join(' ')).toMatch(/gemeentecode.*AGB-code.*BSN/);
  });

  it('refuses codes outside the code lists and a product without omvang or budget', () => {
    const [eerste] = bericht().producten;
    const problemen = toewijzingBerichtProblemen(bericht({
      producten: [
        { ...eerste, omvang: { volume: 0, eenheid: '99', frequentie: '3' }, redenWijziging: '99' },
        { ...eerste, toewijzingNummer: 7, omvang: null, budgetCent: null, categorie: '31' },
      ],
    }));
    expect(problemen).toEqual([
      'Toewijzing 1042: onbekende reden wijziging 99.',
      'Toewijzing 1042: het volume moet een heel getal van 1 of meer zijn.',
      'Toewijzing 1042: onbekende eenheid 99.',
      'Toewijzing 1042: onbekende frequentie 3.',
      'Toewijzing 7: productcategorie en productcode passen niet bij elkaar of niet bij de wet van dit bericht.',
      'Toewijzing 7: een omvang of een budget is nodig.',
    ]);
  });
});

describe('helpers', () => {
  it.each([
    ['A', { huisletter: 'A', huisnummerToevoeging: null }],
    ['b', { huisletter: 'B', huisnummerToevoeging: null }],
    ['bis', { huisletter: null, huisnummerToevoeging: 'bis' }],
    ['3hoog', { huisletter: null, huisnummerToevoeging: '3hoo' }],
    [null, { huisletter: null, huisnummerToevoeging: null }],
  ])('splitToevoeging(%s)', (toevoeging, verwacht) => expect(splitToevoeging(toevoeging)).toEqual(verwacht));

  it('makes initials', () => {
    expect(voorlettersVan('Anna Maria')).toBe('AM');
    expect(voorlettersVan('jan-willem')).toBe('JW');
  });
});

describe("the gemeente's correspondentieadres for a client under geheimhouding (issue 20)", () => {
  it('reads a postbus and a street address; refuses what is not an address', () => {
    expect(correspondentieAdresVanGemeente('Postbus 2', '1780 AA Den Helder')).toEqual({
      straatnaam: 'Postbus', huisnummer: 2, huisletter: null, huisnummerToevoeging: null, postcode: '1780AA', plaatsnaam: 'Den Helder',
    });
    expect(correspondentieAdresVanGemeente('Drs. F. Bijlweg 20 a', '1784MC Den Helder')).toMatchObject({ straatnaam: 'Drs. F. Bijlweg', huisnummer: 20, huisletter: 'A', postcode: '1784MC' });
    expect(correspondentieAdresVanGemeente('Stadhuis', '1780 AA Den Helder')).toBeNull();
    expect(correspondentieAdresVanGemeente('Postbus 2', 'Den Helder')).toBeNull();
  });
});
