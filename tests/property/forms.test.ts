// Issue 10: the FormData helpers every server action goes through, with files, repeated keys and huge values.
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { errorState, fieldErrorsOf, formList, formValues, watPast, withoutControlCharacters } from '@/lib/forms';
import { DomainError } from '@/lib/errors';
import { MAX_GESPREK_RIJEN, parseGesprekForm, rowCount } from '@/lib/validations/gesprek';
import { z } from 'zod';
import { ENGLISH, hostileFormEntries, hostileString, toFormData } from './hostile';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

describe('lib/forms with hostile FormData', () => {
  it('formValues keeps every string, joins repeats, drops files and $ACTION fields, never throws', () => {
    fc.assert(
      fc.property(hostileFormEntries(['naam', 'naam', 'rollen', '$ACTION_ID_abc', '$ACTION_REF_1']), (entries) => {
        const form = toFormData(entries);
        const values = formValues(form);
        for (const [key, value] of Object.entries(values)) {
          expect(typeof value).toBe('string');
          expect(key.startsWith('$ACTION')).toBe(false);
        }
        // Every string posted under a key is in the value shown again, in order (FormData makes lone surrogates U+FFFD).
        const strings = entries.filter(([k, v]) => !k.startsWith('$ACTION') && k !== '__proto__' && !['file', 'emptyfile', 'bigfile'].includes(v));
        for (const key of new Set(strings.map(([k]) => k))) {
          // Each value cut to what fits (issue 16 item 7).
          expect(values[key]).toBe(strings.filter(([k]) => k === key).map(([, v]) => watPast(withoutControlCharacters(v.toWellFormed()))).join(','));
          expect(formList(form, key)).toEqual(strings.filter(([k]) => k === key).map(([, v]) => withoutControlCharacters(v.toWellFormed())));
        }
        // No NUL (PostgreSQL refuses it in text) nor other control characters; tabs and line breaks stay.
        for (const value of Object.values(values)) expect(value).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
        // Keys that only held files are not there at all (a File is never shown back as "[object File]").
        for (const [k] of entries.filter(([, v]) => ['file', 'emptyfile', 'bigfile'].includes(v))) {
          if (!strings.some(([key]) => key === k)) expect(Object.prototype.hasOwnProperty.call(values, k)).toBe(false);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('removes control characters but keeps tabs, line breaks and all other text', () => {
    const form = new FormData();
    form.append('tekst', 'Regel 1\u0000\r\nRegel\t2\u0007\u001b[31m <script>ë😀</script>');
    expect(formValues(form).tekst).toBe('Regel 1\r\nRegel\t2[31m <script>ë😀</script>');
  });

  it('fields named __proto__, constructor or toString neither pollute nor pick up inherited values', () => {
    const form = new FormData();
    form.append('__proto__', 'x');
    form.append('constructor', 'y');
    form.append('toString', 'z');
    const values = formValues(form);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(values).toEqual({ constructor: 'y', toString: 'z' });
  });

  it('fieldErrorsOf and errorState answer in Dutch for any error', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // errorState logs unknown errors with their reference
    fc.assert(
      fc.property(hostileString(), fc.anything(), (text, thrown) => {
        const parsed = z.object({ a: z.string().min(1, 'Vul a in.') }).safeParse({ a: '' });
        if (!parsed.success) expect(fieldErrorsOf(parsed.error).a).toEqual(['Vul a in.']);
        const state = errorState(thrown, { veld: text });
        expect(state.values).toEqual({ veld: text });
        expect(state.formError).toBeTruthy();
        // Never the message of an unknown error (it may hold SQL or a stack): only the generic Dutch text.
        expect(state.formError).not.toMatch(ENGLISH);
        const known = errorState(new DomainError('INVALID', [], { veld: ['Vul dit in.'] }), {});
        expect(known.fieldErrors).toEqual({ veld: ['Vul dit in.'] });
      }),
      { numRuns: 50 },
    );
  });
});

describe('repeated rows cannot make a parser loop (found by the property test)', () => {
  it('a posted row index of a billion is capped and refused with a Dutch message, fast', () => {
    for (const group of ['anderen', 'mantelzorg', 'netwerk'] as const) {
      const values = { [`${group}.999999999999.naam`]: 'Piet' };
      const start = performance.now();
      const result = parseGesprekForm(values);
      expect(performance.now() - start).toBeLessThan(200);
      expect(rowCount(values, group)).toBe(MAX_GESPREK_RIJEN + 1);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.fieldErrors[`${group}.${MAX_GESPREK_RIJEN}.naam`]).toEqual([`Gebruik hooguit ${MAX_GESPREK_RIJEN} regels.`]);
    }
  });

  it('rows within the limit are still parsed', () => {
    expect(rowCount({ 'anderen.49.naam': 'x' }, 'anderen')).toBe(50);
    const result = parseGesprekForm({ 'anderen.3.naam': 'Piet', 'anderen.3.rol': 'onzin' });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.fieldErrors['anderen.3.rol']).toEqual(['Kies de rol van Piet.']);
  });
});
