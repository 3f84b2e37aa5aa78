// Issue 10: every validation in lib/validations/* gets random and hostile input and must answer with Dutch
// messages, never throw, and never hang. The modules' exports are enumerated, so a new schema or parse function
// cannot be forgotten: anything exported that is neither a schema nor a known parse function must be listed in
// NOT_INPUT with the reason.
import '@/lib/forms'; // sets zod's Dutch locale, as every server action does
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { ENGLISH, TECHNISCH, hostileFormEntries, hostileRawValue, hostileRecord, hostileString, hostileStringRecord, messagesIn, shapeKeys, toFormData } from './hostile';

const modules = import.meta.glob('../../lib/validations/*.ts', { eager: true }) as Record<string, Record<string, unknown>>;

const RUNS = Number(process.env.PROPERTY_RUNS ?? 120);
/** A parse of one form must be fast whatever is sent: row indexes like `mantelzorg.99999999.naam` must not loop. */
const MAX_MS = 2_000;

/** How each exported parse function takes its input. */
type Kind = 'record' | 'strings' | 'formData' | 'searchParams' | 'drieDelen';
const PARSERS: Record<string, Kind> = {
  parsePublicMelding: 'record',
  parseDeskMelding: 'record',
  parseZoekHuishouden: 'record',
  parseNieuwHuishouden: 'record',
  parseGesprekForm: 'strings',
  parseZoekForm: 'strings',
  parseBeschikkingConcept: 'formData',
  parsePlanConcept: 'formData',
  parseEvaluatie: 'formData',
  parseAanvraagFilters: 'searchParams',
  parseRapportageFilter: 'searchParams',
  parseToegangslogFilter: 'searchParams',
  parseKenmerkZoek: 'searchParams',
  parseBerichtenFilters: 'searchParams',
  parseRegistreerUitBrp: 'strings', // its second argument (the chosen BSNs) is absent here: no one chosen
  parseDrieDelen: 'drieDelen',
};

/** Exports that are not an entry point for user input, with the reason. */
const NOT_INPUT: Record<string, string> = {
  datumVeld: 'schema factory; its schemas are used inside the exported schemas tested here',
  requiredDate: 'schema factory; used inside the exported schemas',
  rijenVan: 'groups already-parsed form values into rows; exercised through parsePlanConcept/parseBeschikkingConcept',
  fieldErrorsByPath: 'formats a ZodError; exercised through the concept parsers',
  productRijSleutels: 'row keys of parsed values; exercised through parseBeschikkingConcept',
  rowCount: 'row count of parsed values; exercised through parseGesprekForm (and capped, see its test)',
  splitList: 'splits a comma list; exercised through parseGesprekForm',
  gesprekToValues: 'turns a saved gesprek (from the database) into form values: output, not input',
  gesprekKeys: 'field-name builders for the gesprek form',
  veiligheidFormInput: 'reshapes form values for recordVeiligheidsanalyseSchema (tested here)',
  antwoordKey: 'field-name builder',
};

const isSchema = (v: unknown): v is z.ZodType => v instanceof z.ZodType;

const schemas: [string, z.ZodType][] = [];
const parsers: [string, Kind, (...args: unknown[]) => unknown][] = [];
const unknownExports: string[] = [];
for (const [file, exports] of Object.entries(modules)) {
  const mod = file.split('/').pop()!.replace(/\.ts$/, '');
  for (const [name, value] of Object.entries(exports)) {
    if (isSchema(value)) schemas.push([`${mod}.${name}`, value]);
    else if (typeof value === 'function' && name in PARSERS) parsers.push([`${mod}.${name}`, PARSERS[name], value as (...args: unknown[]) => unknown]);
    else if (typeof value === 'function' || (value && typeof value === 'object' && !Array.isArray(value))) {
      if (!(name in NOT_INPUT)) unknownExports.push(`${mod}.${name}`);
    }
  }
}

/** Keys a parse function reads from a plain record, found by watching it read an empty one. */
function probedKeys(fn: (v: Record<string, unknown>) => unknown): string[] {
  const seen = new Set<string>();
  const proxy = new Proxy({} as Record<string, unknown>, {
    get(target, key) {
      if (typeof key === 'string') seen.add(key);
      return Reflect.get(target, key);
    },
  });
  try {
    fn(proxy);
  } catch {
    // only the keys matter here
  }
  return [...seen].filter((k) => !['then', 'toJSON', 'constructor'].includes(k));
}

function assertDutch(label: string, messages: string[]) {
  for (const m of messages) {
    expect(m.trim(), `${label}: empty message`).not.toBe('');
    expect(m, `${label}: not Dutch: ${m.slice(0, 200)}`).not.toMatch(ENGLISH);
    expect(m, `${label}: technical: ${m.slice(0, 200)}`).not.toMatch(TECHNISCH);
  }
}

function timed<T>(label: string, fn: () => T): T {
  const start = performance.now();
  const result = fn();
  const ms = performance.now() - start;
  expect(ms, `${label} took ${Math.round(ms)} ms`).toBeLessThan(MAX_MS);
  return result;
}

describe('lib/validations: every export is covered', () => {
  it('finds the schemas and parse functions', () => {
    expect(schemas.length).toBeGreaterThan(50);
    expect(parsers.map(([n]) => n.split('.')[1]).sort()).toEqual(Object.keys(PARSERS).sort());
  });

  it('has no export that is neither tested nor listed as not-input', () => {
    expect(unknownExports).toEqual([]);
  });
});

describe('lib/validations: zod schemas with hostile input', () => {
  it.each(schemas)('%s never throws and answers in Dutch', (name, schema) => {
    const keys = shapeKeys(schema);
    fc.assert(
      fc.property(hostileRecord(keys), (input) => {
        const result = timed(name, () => schema.safeParse(input));
        if (!result.success) {
          expect(result.error.issues.length).toBeGreaterThan(0);
          assertDutch(name, result.error.issues.map((i) => i.message));
          // Every message lands at a field the form can show (or at the form).
          assertDutch(name, messagesIn(z.flattenError(result.error)));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it.each(schemas)('%s rejects a wholly wrong type with a Dutch message', (name, schema) => {
    for (const input of [undefined, null, 'x', 42, [], ['a', 'b'], new Date(NaN)]) {
      const result = schema.safeParse(input);
      if (!result.success) assertDutch(name, result.error.issues.map((i) => i.message));
    }
  });
});

describe('lib/validations: parse functions with hostile input', () => {
  it.each(parsers)('%s never throws, never hangs and answers in Dutch', (name, kind, fn) => {
    const check = (result: unknown) => {
      const r = result as { fieldErrors?: unknown; error?: unknown } | null;
      if (r && typeof r === 'object' && 'fieldErrors' in r && r.fieldErrors) assertDutch(name, messagesIn(r.fieldErrors));
      if (r && typeof r === 'object' && 'error' in r && typeof r.error === 'string') assertDutch(name, [r.error]);
    };
    if (kind === 'drieDelen') {
      const part = fc.option(hostileString(), { nil: undefined });
      fc.assert(fc.property(part, part, part, (d, m, j) => check(timed(name, () => fn(d, m, j)))), { numRuns: RUNS });
      return;
    }
    const keys = probedKeys(fn as (v: Record<string, unknown>) => unknown);
    if (kind === 'formData') {
      // The FormData parsers read through formValues; their row fields come from the schemas they use.
      const rowKeys = ['huishoudenId', 'versieId', 'version', 'besluit', 'beschikkingId', 'producten.0.productId', 'producten.0.budget', 'producten.1.omvang', 'doelen.a.omschrijving', 'acties.0.wat', 'vragen.0.tekst', 'arrangement.0.soort', 'doelen.x.voortgang', 'uitkomst'];
      fc.assert(fc.property(hostileFormEntries([...keys, ...rowKeys]), (entries) => check(timed(name, () => fn(toFormData(entries))))), { numRuns: RUNS });
      return;
    }
    // 'record' parsers take RawValues (string | string[] | undefined), their declared contract; the actions build
    // that from FormData, so other types cannot reach them.
    const arb = kind === 'strings' ? hostileStringRecord(keys) : hostileRecord(keys, hostileRawValue);
    fc.assert(fc.property(arb, (input) => check(timed(name, () => fn(input)))), { numRuns: RUNS });
  });
});
