import { describe, expect, it } from 'vitest';
import { inzageZoekSchema } from '@/lib/validations/inzage';

// Finding the person of an inzageverzoek: a valid BSN, or achternaam and geboortedatum together.

const fouten = (input: Record<string, string>) => {
  const r = inzageZoekSchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('inzageZoekSchema', () => {
  it.each([
    [{ bsn: '111222333' }, { soort: 'bsn', bsn: '111222333' }],
    [{ bsn: '1112.22.333' }, { soort: 'bsn', bsn: '111222333' }],
    [{ bsn: ' ', achternaam: 'Zagers', geboortedatum: '09-03-1981' }, { soort: 'naam', achternaam: 'Zagers', geboortedatum: new Date('1981-03-09') }],
    [{ achternaam: 'de Vries', geboortedatum: '1981-03-09' }, { soort: 'naam', achternaam: 'de Vries', geboortedatum: new Date('1981-03-09') }],
  ])('accepts %j', (input, expected) => expect(inzageZoekSchema.parse(input)).toEqual(expected));

  it.each([
    [{ bsn: '123456789' }, { bsn: 'Dit is geen geldig BSN: controleer de negen cijfers.' }],
    [{ bsn: '12345' }, { bsn: 'Dit is geen geldig BSN: controleer de negen cijfers.' }],
    [{}, { bsn: 'Vul een BSN in, of een achternaam met geboortedatum.' }],
    [{ achternaam: 'Zagers' }, { geboortedatum: 'Vul de geboortedatum in, bijvoorbeeld 14-08-1970.' }],
    [{ geboortedatum: '09-03-1981' }, { achternaam: 'Vul de achternaam in (minstens 2 tekens).' }],
    [{ achternaam: 'Z', geboortedatum: '09-03-1981' }, { achternaam: 'Vul de achternaam in (minstens 2 tekens).' }],
    [{ achternaam: 'Zagers', geboortedatum: '31-02-1981' }, { geboortedatum: 'Vul een geldige datum in, bijvoorbeeld 22-11-2026.' }],
  ])('refuses %j with a Dutch message at the field', (input, expected) => expect(fouten(input)).toEqual(expected));
});
