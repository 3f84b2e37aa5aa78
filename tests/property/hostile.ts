// Hostile input for the property tests (issue 10): what an attacker, a broken browser or a pasting caseworker may
// send in a form field. Shared by the schema tests and the HTTP fuzzing of the server actions.
import fc from 'fast-check';

/** Strings that have broken form handling somewhere: markup, SQL, control characters, odd unicode, numbers. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  'a\u0000b',
  '\u0000'.repeat(20),
  '\u0007\u0008\u001b[31m',
  '\u202eevil\u202c',
  '\u200b\ufeff',
  '\ud800',
  '\udfff\ud800',
  '😀👨‍👩‍👧‍👦',
  'Ĳsselmeer ë ü ß Å',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  'javascript:alert(1)',
  "' OR '1'='1",
  "'; DROP TABLE \"Huishouden\"; --",
  '1; SELECT pg_sleep(10)',
  '%27%20OR%201%3D1',
  '${7*7}',
  '{{7*7}}',
  '../../../../etc/passwd',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'true',
  'on',
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '0',
  '1e309',
  '-0',
  '0x10',
  '9007199254740993',
  '99999999999999999999999999999999',
  '3.14',
  '1,5',
  '2026-02-30',
  '31-02-2026',
  '00-00-0000',
  '9999-12-31',
  '0000-01-01',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '6f1c7c2e-9b0e-4c55-8f7e-1f2b3c4d5e6f',
  '$ACTION_ID_x',
  '$1',
  '$undefined',
  '@x',
  'x'.repeat(5_000),
  '9'.repeat(1_000),
];

/** One hostile string: a known nasty one, random unicode, or a long run of a nasty one. */
export const hostileString = (opts: { maxHuge?: number } = {}) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
    { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('x', '<b>', '\u0000', 'ë', '😀', "' OR 1=1 --"), fc.integer({ min: Math.min(200, opts.maxHuge ?? 120_000), max: opts.maxHuge ?? 120_000 }))
        .map(([s, n]) => s.repeat(Math.ceil(n / s.length)).slice(0, n)),
    },
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map(String) },
    { weight: 1, arbitrary: fc.uuid().map((u) => u.toUpperCase()) },
  );

/** Field names an attacker might add beside the real ones. */
export const extraKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '$ACTION_KEY', '0', 'form', 'values'),
  fc.string({ minLength: 1, maxLength: 20 }),
  // Row keys with absurd indexes: `mantelzorg.<n>.naam`, `producten.<n>.x`, `doelen.<n>.omschrijving`.
  fc
    .tuple(fc.constantFrom('anderen', 'mantelzorg', 'netwerk', 'producten', 'doelen', 'acties', 'vragen', 'arrangement', 'lg', 'zrm', 'antwoord'), fc.constantFrom('0', '7', '999', '99999999', '1e9', '-1', '999999999999999', 'x', '__proto__'), fc.constantFrom('naam', 'omschrijving', 'wat', 'tekst', 'rol', 'score', 'budget'))
    .map(([a, b, c]) => `${a}.${b}.${c}`),
);

/** A value where the schema expects one string: missing, hostile, a list, or not a string at all. */
export const hostileValue = fc.oneof(
  { weight: 6, arbitrary: hostileString() },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.array(hostileString({ maxHuge: 2_000 }), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant({}), fc.constant({ toString: 1 })) },
);

/** What a parser of raw form values may get: a string, a list of strings (repeated field), or nothing. */
export const hostileRawValue = fc.oneof(
  { weight: 6, arbitrary: hostileString() },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.array(hostileString({ maxHuge: 2_000 }), { maxLength: 4 }) },
);

/** Record of form values: the known field names (each maybe left out) plus some random ones. */
export function hostileRecord(keys: readonly string[], value: fc.Arbitrary<unknown> = hostileValue) {
  const known = keys.length ? fc.subarray([...keys]) : fc.constant([] as string[]);
  return fc.tuple(known, fc.array(extraKey, { maxLength: 4 })).chain(([k, extra]) => {
    const names = [...new Set([...k, ...extra])];
    return fc.tuple(...names.map((n) => value.map((v) => [n, v] as const))).map((entries) => {
      const record: Record<string, unknown> = {};
      for (const [n, v] of entries) Object.defineProperty(record, n, { value: v, enumerable: true, writable: true, configurable: true });
      return record;
    });
  });
}

/** Only strings (what FormData holds after `formValues`). */
export const hostileStringRecord = (keys: readonly string[]) => hostileRecord(keys, hostileString()) as fc.Arbitrary<Record<string, string>>;

/** Entries for a FormData: repeated keys, files, huge values. */
export function hostileFormEntries(keys: readonly string[]) {
  const entryValue = fc.oneof(
    { weight: 8, arbitrary: hostileString() },
    { weight: 1, arbitrary: fc.constantFrom('file', 'emptyfile', 'bigfile') },
  );
  return fc
    .array(fc.tuple(keys.length ? fc.oneof(fc.constantFrom(...keys), extraKey) : extraKey, entryValue), { maxLength: 16 })
    .map((entries) => entries.map(([k, v]) => [k, v] as [string, string]));
}

export function toFormData(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [k, v] of entries) {
    if (v === 'file') form.append(k, new File(['<script>x</script>'], 'a<b>.txt', { type: 'text/plain' }));
    else if (v === 'emptyfile') form.append(k, new File([], ''));
    else if (v === 'bigfile') form.append(k, new File(['x'.repeat(200_000)], '../../x.pdf', { type: 'application/pdf' }));
    else form.append(k, v);
  }
  return form;
}

/**
 * English texts zod or JavaScript would show if a message was not translated. A missing or mistyped field without a
 * message of its own gets "Dit veld ontbreekt." or "Dit veld heeft een ongeldige waarde." (lib/forms.ts), never
 * zod's technical "verwacht string, ontving undefined" (TECHNISCH).
 */
export const TECHNISCH = /verwacht \w+, ontving/;
export const ENGLISH = /\b(expected|invalid|required|received|must (be|contain|have)|too (big|small|long|short)|cannot read|is not (a function|defined|iterable)|unexpected|error)\b/i;

/** Every message string in a fieldErrors/formError structure. */
export function messagesIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(messagesIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(messagesIn);
  return [];
}

/** The field names of a zod object schema, looking through pipes, refinements and optionals (no zod import here). */
export function shapeKeys(schema: unknown): string[] {
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
  if (!def) return [];
  if (def.type === 'object') {
    const shape = def.shape as Record<string, unknown>;
    return Object.keys(shape).flatMap((k) => [k, ...shapeKeys(shape[k]).map((sub) => `${k}.${sub}`)]);
  }
  for (const inner of ['in', 'innerType', 'schema']) if (def[inner]) return shapeKeys(def[inner]);
  return [];
}
