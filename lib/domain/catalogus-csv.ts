import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { formatDatumKort, parseDutchDate } from './dates';
import { WET_VALUES, type Leveringsvorm, type Wet } from './enums';
import { isEenheid, isFrequentie, type Eenheid, type Frequentie } from './labels';
import {
  BEDRAG_ERROR,
  categorieVan,
  categorieWetProblem,
  formatBedrag,
  LEVERINGSVORMEN_ERROR,
  normalizeProductcode,
  parseEuroBedrag,
  parseLeveringsvormen,
  periodeProblem,
  PRODUCTCODE_ERROR,
} from './catalogus';

// The product catalogue as a CSV file, for import and export: one product (version) per line, keyed by code and
// begindatum. Written for the spreadsheet a beheerder actually uses: a semicolon between fields and a BOM so that
// Dutch Excel opens it in columns with the accents intact; a comma-separated file is read as well. Excel drops
// leading zeros ('04' → 4, '01001' → 1001), so those are put back. Every line gets its own Dutch reasons, so the
// preview can show what is wrong before anything is written.

export const CATALOGUS_KOLOMMEN = ['wet', 'code', 'naam', 'eenheid', 'frequentie', 'leveringsvormen', 'tarief', 'actief_van', 'actief_tot'] as const;
type Kolom = (typeof CATALOGUS_KOLOMMEN)[number];
const VERPLICHT: readonly Kolom[] = ['wet', 'code', 'naam', 'eenheid', 'frequentie', 'leveringsvormen', 'actief_van'];

export const MAX_CATALOGUS_REGELS = 5000;

export type CatalogusProduct = {
  wet: Wet;
  code: string;
  categorie: string;
  naam: string;
  eenheid: Eenheid;
  standaardFrequentie: Frequentie;
  leveringsvormen: Leveringsvorm[];
  tariefCent: number | null;
  actiefVan: Date;
  actiefTot: Date | null;
};

export type CatalogusRegel = {
  /** Line number in the file, counting the header as line 1. */
  regel: number;
  code: string;
  naam: string;
  product: CatalogusProduct | null;
  fouten: string[];
};

export type CatalogusCsv = {
  /** Problems with the file as a whole (not a CSV, missing columns, too long). */
  fouten: string[];
  regels: CatalogusRegel[];
};

const kolomNaam = (header: string) => header.trim().toLowerCase().replace(/[\s-]+/g, '_');

const parseWet = (input: string): Wet | null => {
  const key = input.toUpperCase().replace(/[^A-Z]/g, '');
  return (WET_VALUES as readonly string[]).includes(key) ? (key as Wet) : null;
};

// A spreadsheet turns '07A12' into itself but '01001' into 1001 and '04' into 4.
const padDigits = (input: string, length: number) => (/^\d+$/.test(input) && input.length < length ? input.padStart(length, '0') : input);

// Cells starting with = + - @ are formulas to a spreadsheet; export prefixes them with ' and import strips it.
const FORMULA_START = /^[=+\-@]/;
const unescapeCell = (value: string) => (value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value);
const escapeCell = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

function parseRegel(cells: Record<Kolom, string>): { product: CatalogusProduct | null; fouten: string[] } {
  const fouten: string[] = [];
  const wet = parseWet(cells.wet);
  if (!wet) fouten.push('Wet: kies WMO, JEUGDWET of PARTICIPATIEWET.');
  const code = normalizeProductcode(padDigits(cells.code, 5));
  if (!code) fouten.push(`Code: ${PRODUCTCODE_ERROR}`);
  if (wet && code) {
    const problem = categorieWetProblem(wet, code);
    if (problem) fouten.push(`Code: ${problem}`);
  }
  const naam = cells.naam.trim();
  if (!naam) fouten.push('Naam: vul de naam van het product in.');
  else if (naam.length > 200) fouten.push('Naam: gebruik hoogstens 200 tekens.');
  const eenheid = padDigits(cells.eenheid, 2);
  if (!isEenheid(eenheid)) fouten.push('Eenheid: kies een eenheid uit de iWmo/iJw-codelijst (01, 04, 14, 16, 82, 83 of 84).');
  const frequentie = cells.frequentie;
  if (!isFrequentie(frequentie)) fouten.push('Frequentie: kies 1 (per dag), 2 (per week), 4 (per maand) of 6 (totaal).');
  const leveringsvormen = parseLeveringsvormen(cells.leveringsvormen);
  if (!leveringsvormen) fouten.push(`Leveringsvormen: ${LEVERINGSVORMEN_ERROR}`);
  let tariefCent: number | null = null;
  if (cells.tarief) {
    tariefCent = parseEuroBedrag(cells.tarief);
    if (tariefCent === null) fouten.push(`Tarief: ${BEDRAG_ERROR}`);
  }
  const actiefVan = parseDutchDate(cells.actief_van);
  if (!actiefVan) fouten.push('Actief van: vul een datum in als dd-mm-jjjj, bijvoorbeeld 01-01-2026.');
  let actiefTot: Date | null = null;
  if (cells.actief_tot) {
    actiefTot = parseDutchDate(cells.actief_tot);
    if (!actiefTot) fouten.push('Actief tot: vul een datum in als dd-mm-jjjj, of laat het leeg.');
  }
  if (actiefVan && actiefTot) {
    const problem = periodeProblem({ van: actiefVan, tot: actiefTot });
    if (problem) fouten.push(`Actief tot: ${problem}`);
  }
  if (fouten.length) return { product: null, fouten };
  return {
    product: {
      wet: wet!,
      code: code!,
      categorie: categorieVan(code!),
      naam,
      eenheid: eenheid as Eenheid,
      standaardFrequentie: frequentie as Frequentie,
      leveringsvormen: leveringsvormen!,
      tariefCent,
      actiefVan: actiefVan!,
      actiefTot,
    },
    fouten,
  };
}

/** Reads a catalogue file; never throws. Lines that cannot be read carry their reasons; the header is line 1. */
export function parseCatalogusCsv(text: string): CatalogusCsv {
  const body = text.replace(/^\ufeff/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  if (!firstLine.trim()) return { fouten: ['Het bestand is leeg. De eerste regel moet de kolomnamen bevatten.'], regels: [] };
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';

  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, { delimiter, info: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { fouten: [`Het bestand is geen geldige CSV${line ? ` (rond regel ${line})` : ''}. Controleer de aanhalingstekens.`], regels: [] };
  }
  const [header, ...rest] = records;
  const kolommen = header.record.map(kolomNaam);
  const ontbrekend = VERPLICHT.filter((k) => !kolommen.includes(k));
  const onbekend = kolommen.filter((k) => k && !(CATALOGUS_KOLOMMEN as readonly string[]).includes(k));
  const fouten: string[] = [];
  if (ontbrekend.length) fouten.push(`Regel 1: de kolom${ontbrekend.length > 1 ? 'men' : ''} ${ontbrekend.join(', ')} ontbre${ontbrekend.length > 1 ? 'ken' : 'ekt'}. Verwacht: ${CATALOGUS_KOLOMMEN.join(';')}.`);
  if (onbekend.length) fouten.push(`Regel 1: onbekende kolom${onbekend.length > 1 ? 'men' : ''} ${onbekend.join(', ')}.`);
  if (rest.length > MAX_CATALOGUS_REGELS) fouten.push(`Het bestand heeft ${rest.length} producten; importeer er hoogstens ${MAX_CATALOGUS_REGELS} tegelijk.`);
  if (!rest.length && !fouten.length) fouten.push('Het bestand bevat geen producten, alleen kolomnamen.');
  if (fouten.length) return { fouten, regels: [] };

  const seen = new Map<string, number>();
  const regels = rest.map(({ record, info }) => {
    const cells = Object.fromEntries(CATALOGUS_KOLOMMEN.map((k) => [k, unescapeCell(record[kolommen.indexOf(k)] ?? '')])) as Record<Kolom, string>;
    const { product, fouten: regelFouten } = parseRegel(cells);
    const extra = record.length > kolommen.length && record.slice(kolommen.length).some((c) => c !== '') ? ['Deze regel heeft meer velden dan er kolommen zijn.'] : [];
    if (product) {
      const key = `${product.code}|${product.actiefVan.toISOString()}`;
      const earlier = seen.get(key);
      if (earlier) extra.push(`Product ${product.code} met begindatum ${formatDatumKort(product.actiefVan)} staat al op regel ${earlier}.`);
      else seen.set(key, info.lines);
    }
    const allFouten = [...regelFouten, ...extra];
    return { regel: info.lines, code: cells.code, naam: cells.naam, product: allFouten.length ? null : product, fouten: allFouten };
  });
  return { fouten: [], regels };
}

/** The catalogue as a file parseCatalogusCsv reads back unchanged. */
export function formatCatalogusCsv(producten: readonly CatalogusProduct[]): string {
  const rows = producten.map((p) => [
    p.wet,
    p.code,
    escapeCell(p.naam),
    p.eenheid,
    p.standaardFrequentie,
    p.leveringsvormen.join(','),
    p.tariefCent === null ? '' : formatBedrag(p.tariefCent),
    formatDatumKort(p.actiefVan),
    p.actiefTot ? formatDatumKort(p.actiefTot) : '',
  ]);
  return `\ufeff${stringify([[...CATALOGUS_KOLOMMEN], ...rows], { delimiter: ';', record_delimiter: '\r\n' })}`;
}
