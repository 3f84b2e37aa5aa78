import { describe, expect, it } from 'vitest';
import { BSN_ERROR, generateTestBsn } from '@/lib/domain/bsn';
import { aantalPaginas, kenmerkVarianten, parseNaam, parsePagina, parseZoekvraag, ZOEK_ERRORS } from '@/lib/domain/zoeken';
import { HUISNUMMER_ERROR } from '@/lib/domain/postcode';

const today = new Date('2026-11-22T10:00:00Z');
const parse = (zoekterm: string, geboortedatum = '') => parseZoekvraag({ zoekterm, geboortedatum }, today);

describe('parseZoekvraag', () => {
  const bsn = generateTestBsn(42);

  it.each([
    [bsn, bsn],
    [`${bsn.slice(0, 4)}.${bsn.slice(4, 6)}.${bsn.slice(6)}`, bsn],
    [` ${bsn.slice(0, 3)} ${bsn.slice(3, 6)} ${bsn.slice(6)} `, bsn],
  ])('reads %s as a BSN', (input, expected) => {
    expect(parse(input)).toEqual({ ok: true, vraag: { soort: 'BSN', bsn: expected } });
  });

  it.each(['123456789', '12345', '000000000', '1234567890'])('refuses %s with the BSN message', (input) => {
    expect(parse(input)).toEqual({ ok: false, fieldErrors: { zoekterm: [BSN_ERROR] } });
  });

  it.each([
    ['1781 AB 12', { postcode: '1781AB', huisnummer: 12, toevoeging: null }],
    ['1781ab 12a', { postcode: '1781AB', huisnummer: 12, toevoeging: 'A' }],
    ['1781AB, 7-2', { postcode: '1781AB', huisnummer: 7, toevoeging: '2' }],
  ])('reads %s as postcode and huisnummer', (input, expected) => {
    expect(parse(input)).toEqual({ ok: true, vraag: { soort: 'ADRES', ...expected } });
  });

  it('asks for the huisnummer when only a postcode is typed', () => {
    expect(parse('1781 AB')).toEqual({ ok: false, fieldErrors: { zoekterm: [ZOEK_ERRORS.huisnummerOntbreekt] } });
  });

  it('refuses a huisnummer that cannot exist', () => {
    expect(parse('1781 AB 0')).toEqual({ ok: false, fieldErrors: { zoekterm: [HUISNUMMER_ERROR] } });
  });

  it.each([
    ['M-2026-000123', ['M-2026-000123']],
    ['m-2026-123', ['M-2026-123', 'M-2026-000123']],
    ['M2026000123', ['M-2026-000123']],
  ])('reads %s as a kenmerk', (input, kenmerken) => {
    expect(parse(input)).toEqual({ ok: true, vraag: { soort: 'KENMERK', kenmerken } });
  });

  it('refuses a malformed kenmerk', () => {
    expect(parse('M-26-1x')).toEqual({ ok: false, fieldErrors: { zoekterm: [ZOEK_ERRORS.kenmerk] } });
  });

  it('reads a name with an optional geboortedatum', () => {
    expect(parse('Piet de Vries', '14-03-1980')).toEqual({
      ok: true,
      vraag: { soort: 'NAAM', achternaam: 'Vries', voornaam: 'Piet', geboortedatum: new Date('1980-03-14T00:00:00Z') },
    });
    expect(parse('Jansen')).toEqual({ ok: true, vraag: { soort: 'NAAM', achternaam: 'Jansen', voornaam: null, geboortedatum: null } });
  });

  it('gives a message per field for a bad name and a bad date together', () => {
    expect(parse('J', '31-02-1980')).toEqual({ ok: false, fieldErrors: { zoekterm: [ZOEK_ERRORS.teKort], geboortedatum: [ZOEK_ERRORS.datum] } });
    expect(parse('Jansen', '01-01-2030')).toEqual({ ok: false, fieldErrors: { geboortedatum: [ZOEK_ERRORS.datumToekomst] } });
  });

  it('refuses an empty or very long search', () => {
    expect(parse('   ')).toEqual({ ok: false, fieldErrors: { zoekterm: [ZOEK_ERRORS.leeg] } });
    expect(parse('a'.repeat(101))).toEqual({ ok: false, fieldErrors: { zoekterm: [ZOEK_ERRORS.teLang] } });
  });
});

describe('parseNaam', () => {
  it.each([
    ['Jansen', 'Jansen', null],
    ['de Vries', 'Vries', null],
    ['van der Berg', 'Berg', null],
    ['Piet de Vries', 'Vries', 'Piet'],
    ['Jan Peter Jansen', 'Jansen', 'Jan'],
    ['Jansen, Piet', 'Jansen', 'Piet'],
    ['Vries, de', 'Vries', null],
    ['Vries, de, Anna', 'Vries', 'Anna'],
    ['  El   Amrani ', 'Amrani', null],
  ])('%s → achternaam %s, voornaam %s', (input, achternaam, voornaam) => {
    expect(parseNaam(input)).toEqual({ achternaam, voornaam });
  });
});

describe('kenmerkVarianten and paging', () => {
  it('returns null for a text that is no kenmerk', () => {
    expect(kenmerkVarianten('Jansen')).toBeNull();
  });

  it.each([
    ['3', 3],
    ['0', 1],
    ['-2', 1],
    ['abc', 1],
    [undefined, 1],
    ['2.5', 1],
  ])('parsePagina(%s) = %s', (input, expected) => expect(parsePagina(input)).toBe(expected));

  it.each([
    [0, 1],
    [20, 1],
    [21, 2],
    [100_000, 5000],
  ])('%s results make %s pages', (total, pages) => expect(aantalPaginas(total)).toBe(pages));
});
