import type { BerichtCode, Geslacht, Wet } from '@/lib/domain/enums';

// iWmo / iJw release 3.2 (Zorginstituut Nederland): the toewijzingbericht WMO301 (Wmo 2015) and JW301 (Jeugdwet),
// as DOMAIN.md §5 describes it and as the published berichtspecificatie names it (XSD WMO301.xsd / JW301.xsd of
// release 3.2, informatiemodel.istandaarden.nl): root element Bericht with one Header and one Client.
//
// Element names used (all in the message's own namespace, except the parts of the basisschema's composite types):
//   Bericht
//     Header: BerichtCode, BerichtVersie, BerichtSubversie, Afzender, Ontvanger,
//             BerichtIdentificatie {iwmo:Identificatie, iwmo:Dagtekening},
//             XsdVersie {iwmo:BasisschemaXsdVersie, iwmo:BerichtXsdVersie}
//     Client: Bsn, Geboortedatum {iwmo:Datum}, Geslacht,
//             Naam {iwmo:Geslachtsnaam {iwmo:Achternaam, iwmo:Voorvoegsel?}, iwmo:Voornamen?, iwmo:Voorletters, iwmo:NaamGebruik},
//             Contactgegevens { Contact { Soort, Adres {iwmo:Huis {iwmo:Huisnummer, iwmo:Huisletter?,
//                       iwmo:HuisnummerToevoeging?}, iwmo:Postcode, iwmo:Straatnaam, iwmo:Plaatsnaam},
//                       Telefoon? {iwmo:Telefoon01 {iwmo:Telefoonnummer}}, Emailadres? } },
//             ToegewezenProducten { ToegewezenProduct {
//                 ToewijzingNummer, Product {iwmo:Categorie, iwmo:Code}, Toewijzingsdatum, Toewijzingstijd,
//                 Ingangsdatum, Einddatum?, RedenWijziging?, Omvang? {iwmo:Volume, iwmo:Eenheid, iwmo:Frequentie},
//                 Budget?, Commentaar? } }
// (the prefix `iwmo` stands for the basisschema namespace; for JW301 it is `ijw`).
// Optional parts of the specification that Wijkregie does not keep (Communicatie, JuridischeStatus,
// WettelijkeVertegenwoordiging, Relaties, ReferentieAanbieder) are left out.
//
// Sources, as far as DOMAIN.md §5 describes the message: the release 3.2 XSDs (WMO301.xsd, JW301.xsd and the
// basisschema's composite types), the code lists COD002 (BerichtCode 414 = WMO301, 436 = JW301), COD046 (Geslacht),
// COD757 (Soort adres), COD700 (Naamgebruik), WJ756 (Eenheid), WMO757 (Frequentie), WMO002/JZ002 (RedenWijziging),
// and the bedrijfsregels OP087 (what a message holds), OP192 (UTF-8, no BOM, CR/LF), OP257 (change in place or a new
// number), OP259 (no stacking) and OP275 (a ToewijzingNummer is unique within the gemeente per law). The XsdVersie
// written is 1.0.0 for both schemas (the published 3.2 versions); check it against the gemeente's berichtenverkeer
// (GGK/VECOZO) before going live.

export const BERICHT_VERSIE = '3';
export const BERICHT_SUBVERSIE = '2';
/** XsdVersie of release 3.2 (BasisschemaXsdVersie and BerichtXsdVersie). */
export const XSD_VERSIE = { basisschema: '1.0.0', bericht: '1.0.0' } as const;

export type BerichtSpec = {
  code: BerichtCode;
  /** The Vektis berichtcode (COD002) in the Header. */
  berichtCode: string;
  namespace: string;
  prefix: string;
  basisNamespace: string;
  basisPrefix: string;
};

export const BERICHT_SPECS: Record<BerichtCode, BerichtSpec> = {
  WMO301: {
    code: 'WMO301',
    berichtCode: '414',
    namespace: 'http://www.istandaarden.nl/iwmo/3_2/wmo301/schema',
    prefix: 'wmo301',
    basisNamespace: 'http://www.istandaarden.nl/iwmo/3_2/basisschema/schema',
    basisPrefix: 'iwmo',
  },
  JW301: {
    code: 'JW301',
    berichtCode: '436',
    namespace: 'http://www.istandaarden.nl/ijw/3_2/jw301/schema',
    prefix: 'jw301',
    basisNamespace: 'http://www.istandaarden.nl/ijw/3_2/basisschema/schema',
    basisPrefix: 'ijw',
  },
};

/** The message for a law: WMO301 for the Wmo 2015, JW301 for the Jeugdwet; the Participatiewet has no iStandaard. */
export const berichtCodeVoor = (wet: Wet): BerichtCode | null => (wet === 'WMO' ? 'WMO301' : wet === 'JEUGDWET' ? 'JW301' : null);

/** COD046 Geslacht as LDT_Geslacht of release 3.2 allows it: 0 onbekend, 1 mannelijk, 2 vrouwelijk (niet gespecificeerd is 0 there). */
export const GESLACHT_CODE: Record<Geslacht, string> = { ONBEKEND: '0', MAN: '1', VROUW: '2', NIET_GESPECIFICEERD: '0' };

/** COD757 Soort adres: 01 BRP-adres. */
export const ADRES_SOORT_BRP = '01';
/** LDT_AdresSoort 02: correspondentieadres (issue 20: the gemeente's address for a client under BRP geheimhouding). */
export const ADRES_SOORT_CORRESPONDENTIE = '02';
/** COD700 Naamgebruik: 1 eigen geslachtsnaam. */
export const NAAMGEBRUIK_EIGEN = '1';
