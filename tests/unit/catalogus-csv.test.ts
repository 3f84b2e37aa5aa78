import { describe, expect, it } from 'vitest';
import { formatCatalogusCsv, parseCatalogusCsv, type CatalogusProduct } from '@/lib/domain/catalogus-csv';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const HEADER = 'wet;code;naam;eenheid;frequentie;leveringsvormen;tarief;actief_van;actief_tot';

const producten: CatalogusProduct[] = [
  { wet: 'WMO', code: '07A12', categorie: '07', naam: 'Dagbesteding', eenheid: '16', standaardFrequentie: '2', leveringsvormen: ['ZIN', 'PGB'], tariefCent: 4650, actiefVan: d('2026-01-01'), actiefTot: null },
  { wet: 'JEUGDWET', code: '45A04', categorie: '45', naam: 'Jeugdhulp ambulant; "licht"', eenheid: '01', standaardFrequentie: '4', leveringsvormen: ['ZIN'], tariefCent: 148, actiefVan: d('2026-01-01'), actiefTot: d('2026-12-31') },
  { wet: 'WMO', code: '13A01', categorie: '13', naam: '=Woonvoorziening', eenheid: '83', standaardFrequentie: '6', leveringsvormen: ['PGB'], tariefCent: null, actiefVan: d('2026-03-01'), actiefTot: null },
];

describe('formatCatalogusCsv and parseCatalogusCsv', () => {
  it('round-trips the catalogue, including separators, quotes and a cell that looks like a formula', () => {
    const csv = formatCatalogusCsv(producten);
    expect(csv.startsWith('\ufeffwet;code;naam')).toBe(true);
    expect(csv).toContain("'=Woonvoorziening");
    const parsed = parseCatalogusCsv(csv);
    expect(parsed.fouten).toEqual([]);
    expect(parsed.regels.map((r) => r.fouten)).toEqual([[], [], []]);
    expect(parsed.regels.map((r) => r.product)).toEqual(producten);
    expect(parsed.regels.map((r) => r.regel)).toEqual([2, 3, 4]);
  });

  it('reads a comma-separated file and what a spreadsheet does to leading zeros', () => {
    const csv = ['wet,code,naam,eenheid,frequentie,leveringsvormen,tarief,actief_van,actief_tot', 'Wmo 2015,01001,Hulp bij het huishouden,4,2,"ZIN,PGB","32,50",1-1-2026,'].join('\n');
    const [regel] = parseCatalogusCsv(csv).regels;
    expect(regel.fouten).toEqual([]);
    expect(regel.product).toMatchObject({ wet: 'WMO', code: '01001', categorie: '01', eenheid: '04', tariefCent: 3250, actiefVan: d('2026-01-01'), actiefTot: null });
  });

  it('reports each wrong line with its number and Dutch reasons, and keeps the good lines', () => {
    const csv = [
      HEADER,
      'WMO;07A12;Dagbesteding;16;2;ZIN;46,50;01-01-2026;',
      'WMO;7A-12;Fout;16;2;ZIN;46,50;01-01-2026;',
      '',
      'JEUGDWET;07A13;Verkeerde wet;03;9;natura;abc;31-02-2026;',
      'WMO;07A12;Dubbel;16;2;ZIN;46,50;01-01-2026;',
      'WMO;02A01;Begeleiding;04;2;ZIN;64,50;01-06-2026;01-01-2026',
    ].join('\n');
    const { fouten, regels } = parseCatalogusCsv(csv);
    expect(fouten).toEqual([]);
    expect(regels.map((r) => [r.regel, r.fouten.length > 0])).toEqual([[2, false], [3, true], [5, true], [6, true], [7, true]]);
    expect(regels[1].fouten).toEqual(['Code: Een productcode is 2 cijfers (de categorie) en 3 hoofdletters of cijfers, bijvoorbeeld 07A12.']);
    expect(regels[2].fouten).toEqual([
      'Code: Categorie 07 is een Wmo-categorie (iWmo); Jeugdwet-producten hebben een categorie vanaf 40.',
      'Eenheid: kies een eenheid uit de iWmo/iJw-codelijst (01, 04, 14, 16, 82, 83 of 84).',
      'Frequentie: kies 1 (per dag), 2 (per week), 4 (per maand) of 6 (totaal).',
      'Leveringsvormen: Kies minstens één leveringsvorm: ZIN of PGB.',
      'Tarief: Vul een bedrag in euro in, bijvoorbeeld 32,50.',
      'Actief van: vul een datum in als dd-mm-jjjj, bijvoorbeeld 01-01-2026.',
    ]);
    expect(regels[3].fouten).toEqual(['Product 07A12 met begindatum 01-01-2026 staat al op regel 2.']);
    expect(regels[4].fouten).toEqual(['Actief tot: De einddatum ligt vóór de begindatum.']);
    expect(regels.every((r) => (r.product === null) === r.fouten.length > 0)).toBe(true);
  });

  it.each([
    ['', 'Het bestand is leeg'],
    [HEADER, 'geen producten'],
    ['wet;code;naam\nWMO;07A12;Dagbesteding', 'de kolommen eenheid, frequentie, leveringsvormen, actief_van ontbreken'],
    [`${HEADER};kleur\nWMO;07A12;Dagbesteding;16;2;ZIN;1;01-01-2026;;rood`, 'onbekende kolom kleur'],
    [`${HEADER}\nWMO;"07A12;Dagbesteding`, 'geen geldige CSV'],
  ])('refuses a file that cannot be a catalogue: %j', (csv, message) => {
    const { fouten, regels } = parseCatalogusCsv(csv);
    expect(regels).toEqual([]);
    expect(fouten.join(' ')).toContain(message);
  });

  it('flags a line with more fields than columns', () => {
    const { regels } = parseCatalogusCsv(`${HEADER}\nWMO;07A12;Dagbesteding;16;2;ZIN;1;01-01-2026;;extra`);
    expect(regels[0].fouten).toEqual(['Deze regel heeft meer velden dan er kolommen zijn.']);
  });
});
