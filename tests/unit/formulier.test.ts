import { describe, expect, it } from 'vitest';
import { formValues, watPast } from '@/lib/forms';
import { MAX_FORMULIER_BYTES, MAX_VELD_TEKENS, teGrootTekst } from '@/lib/domain/formulier';
import { parsePublicMelding } from '@/lib/validations/melding';

// Issue 16 item 7: an oversize field keeps what fits and gets its own message.
describe('oversize form values', () => {
  it('shows a field of megabytes again cut to what fits, and the field rule says it is too long', () => {
    const form = new FormData();
    form.append('vraag', 'x'.repeat(2_000_000));
    form.append('naam', 'Jan Jansen');
    const values = formValues(form);
    expect(values.vraag).toHaveLength(MAX_VELD_TEKENS);
    expect(values.naam).toBe('Jan Jansen');
    const parsed = parsePublicMelding({ ...values, overWie: 'mijzelf', postcode: '1781AB', huisnummer: '1', veiligheid: 'nee', leefgebieden: [] });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.fieldErrors.vraag?.[0]).toMatch(/Gebruik maximaal 4000 tekens/);
  });

  it('takes every legitimate form: the limit is above a 10 MB document, and the refusal speaks to whom it concerns', () => {
    expect(MAX_FORMULIER_BYTES).toBeGreaterThan(10 * 1024 * 1024 + 100_000);
    expect(teGrootTekst(true)).toMatch(/\bu\b|uw/);
    expect(teGrootTekst(true)).not.toMatch(/\bje\b|servicedesk/i);
    expect(teGrootTekst(false)).toMatch(/\bje\b/);
  });
});

describe('watPast', () => {
  it('never cuts a character outside the BMP in two', () => {
    const value = `${'a'.repeat(MAX_VELD_TEKENS - 1)}😀😀`;
    expect(watPast(value)).toBe('a'.repeat(MAX_VELD_TEKENS - 1));
    expect(watPast('kort')).toBe('kort');
  });
});
