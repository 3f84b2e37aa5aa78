import { describe, expect, it } from 'vitest';
import { parseDeskMelding, parseDrieDelen, parseNieuwHuishouden, parsePublicMelding, parseZoekHuishouden } from '@/lib/validations/melding';
import { triageSchema } from '@/lib/validations/triage';
import { BSN_ERROR, generateTestBsn } from '@/lib/domain/bsn';

const today = new Date('2026-11-22T10:00:00Z');

const publiek = (over: Record<string, string | string[]> = {}) => ({
  overWie: 'mijzelf', naam: 'Jan de Vries', postcode: '1781 ab', huisnummer: '12a', telefoon: '06 12345678', email: '',
  vraag: 'Ik kan de huur niet meer betalen.', veiligheid: 'nee', leefgebieden: [], website: '', geboortedag: '', geboortemaand: '', geboortejaar: '',
  ...over,
});

describe('the online form', () => {
  it('accepts a plain melding and normalises postcode and huisnummer', () => {
    const result = parsePublicMelding(publiek(), today);
    expect(result).toMatchObject({ success: true, data: { postcode: '1781AB', huisnummer: { huisnummer: 12, toevoeging: 'A' }, honeypot: false, geboortedatum: null } });
  });

  it('gives every message at its field in one round', () => {
    const result = parsePublicMelding({ website: '' }, today);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(['huisnummer', 'naam', 'overWie', 'postcode', 'telefoon', 'veiligheid', 'vraag']);
    expect(result.fieldErrors.vraag).toEqual(['Beschrijf waar u hulp bij wilt.']);
    expect(result.fieldErrors.telefoon).toEqual(['Vul een telefoonnummer of e-mailadres in, zodat wij contact met u kunnen opnemen.']);
  });

  it('limits the question to 4000 characters and says how many there are', () => {
    const result = parsePublicMelding(publiek({ vraag: 'a'.repeat(4001) }), today);
    expect(!result.success && result.fieldErrors.vraag).toEqual(['Gebruik maximaal 4000 tekens. U heeft er nu 4001.']);
    expect(parsePublicMelding(publiek({ vraag: 'a'.repeat(4000) }), today).success).toBe(true);
  });

  it('limits every short field', () => {
    const long = 'x'.repeat(201);
    const result = parsePublicMelding(publiek({ naam: long, overWie: 'ander', melderNaam: long, melderRelatie: long, inwonerWeetErVan: 'ja', email: `${'x'.repeat(250)}@voorbeeld.nl`, telefoon: '0'.repeat(40) }), today);
    expect(!result.success && Object.keys(result.fieldErrors).sort()).toEqual(['email', 'melderNaam', 'melderRelatie', 'naam', 'telefoon']);
  });

  it('asks the melder’s own name and whether the person knows, when it is about someone else', () => {
    const result = parsePublicMelding(publiek({ overWie: 'ander' }), today);
    expect(!result.success && result.fieldErrors).toEqual({
      melderNaam: ['Vul uw eigen naam in.'],
      inwonerWeetErVan: ['Geef aan of de persoon weet dat u deze melding doet.'],
    });
  });

  it('keeps a script as plain text: it is the resident’s words, shown escaped', () => {
    const result = parsePublicMelding(publiek({ vraag: '<script>alert(1)</script>' }), today);
    expect(result.success && result.data.vraag).toBe('<script>alert(1)</script>');
  });

  it('notices the honeypot', () => {
    const result = parsePublicMelding(publiek({ website: 'http://spam.example' }), today);
    expect(result.success && result.data.honeypot).toBe(true);
  });

  it.each([
    [['27', '3', '1985'], { date: new Date('1985-03-27T00:00:00Z') }],
    [['', '', ''], { date: null }],
    [['31', '2', '1985'], { date: null, error: 'Vul een geldige geboortedatum in, bijvoorbeeld 27 3 1985.' }],
    [['27', '3', ''], { date: null, error: 'Vul een geldige geboortedatum in, bijvoorbeeld 27 3 1985.' }],
    [['27', '3', '85'], { date: null, error: 'Vul een geldige geboortedatum in, bijvoorbeeld 27 3 1985.' }],
    [['1', '1', '2030'], { date: null, error: 'De geboortedatum moet in het verleden liggen.' }],
  ] as const)('reads a date of birth in three boxes %j', ([d, m, y], expected) => expect(parseDrieDelen(d, m, y, today)).toEqual(expected));
});

describe('the desk', () => {
  const desk = (over: Record<string, string> = {}) => ({ kanaal: 'TELEFOON', overZichzelf: 'ja', naam: 'Fatma Yilmaz', vraag: 'Hulp bij de administratie', veiligheid: 'nee', ...over });

  it('registers a phone call with only a name and a question', () => {
    expect(parseDeskMelding(desk())).toMatchObject({ success: true, data: { kanaal: 'TELEFOON', overZichzelf: true, inwonerWeetErVan: true, verwijzerSoort: null, postcode: null } });
  });

  it('needs the kind of verwijzer, who reported, and whether the inwoner knows', () => {
    const result = parseDeskMelding(desk({ kanaal: 'VERWIJZER', overZichzelf: 'nee' }));
    expect(!result.success && result.fieldErrors).toEqual({
      verwijzerSoort: ['Kies de soort verwijzer.'],
      melderNaam: ['Vul in wie de melding doet: een naam of een organisatie.'],
      inwonerWeetErVan: ['Geef aan of de inwoner van de melding weet.'],
    });
    const ok = parseDeskMelding(desk({ kanaal: 'VERWIJZER', verwijzerSoort: 'HUISARTS', overZichzelf: 'nee', melderOrganisatie: 'Huisartsenpraktijk Zuid', inwonerWeetErVan: 'nee' }));
    expect(ok).toMatchObject({ success: true, data: { verwijzerSoort: 'HUISARTS', inwonerWeetErVan: false, overZichzelf: false } });
  });

  it('refuses an unknown channel and a house number without postcode check', () => {
    const result = parseDeskMelding(desk({ kanaal: 'DUIF', postcode: '1781AB' }));
    expect(!result.success && result.fieldErrors).toEqual({ kanaal: ['Kies hoe de melding binnenkwam.'], huisnummer: ['Vul ook het huisnummer in.'] });
  });
});

describe('finding a household', () => {
  it('checks the BSN with the elfproef', () => {
    expect(parseZoekHuishouden({ zoekwijze: 'bsn', zoekbsn: '123456789' })).toEqual({ success: false, fieldErrors: { zoekbsn: [BSN_ERROR] } });
    expect(parseZoekHuishouden({ zoekwijze: 'bsn', zoekbsn: 'x'.repeat(5000) })).toEqual({ success: false, fieldErrors: { zoekbsn: [BSN_ERROR] } });
    const bsn = generateTestBsn(12);
    expect(parseZoekHuishouden({ zoekwijze: 'bsn', zoekbsn: `${bsn.slice(0, 4)}.${bsn.slice(4)}` })).toEqual({ success: true, data: { zoekwijze: 'bsn', bsn } });
  });

  it('needs a name and a valid date of birth, or a postcode and huisnummer', () => {
    expect(parseZoekHuishouden({ zoekwijze: 'naam', zoeknaam: 'J', zoekgeboortedatum: '31-02-1980' })).toEqual({
      success: false, fieldErrors: { zoeknaam: ['Vul een naam in van minstens twee letters.'], zoekgeboortedatum: ['Vul een geldige datum in, bijvoorbeeld 27-03-1985.'] },
    });
    expect(parseZoekHuishouden({ zoekwijze: 'adres', zoekpostcode: '1781 ab', zoekhuisnummer: '3-2' })).toEqual({
      success: true, data: { zoekwijze: 'adres', postcode: '1781AB', huisnummer: 3, toevoeging: '2' },
    });
    expect(parseZoekHuishouden({})).toEqual({ success: false, fieldErrors: { zoekwijze: ['Kies hoe je wilt zoeken.'] } });
  });

  it('finds by name with a date of birth, a postcode or both; one of the two is needed (issue 16 item 17)', () => {
    expect(parseZoekHuishouden({ zoekwijze: 'naam', zoeknaam: 'Noor Jansen', zoeknaampostcode: '1781 cd' })).toEqual({
      success: true, data: { zoekwijze: 'naam', naam: 'Noor Jansen', geboortedatum: null, postcode: '1781CD' },
    });
    expect(parseZoekHuishouden({ zoekwijze: 'naam', zoeknaam: 'Noor Jansen', zoekgeboortedatum: '27-03-1985', zoeknaampostcode: '' })).toMatchObject({
      success: true, data: { geboortedatum: new Date(Date.UTC(1985, 2, 27)), postcode: null },
    });
    expect(parseZoekHuishouden({ zoekwijze: 'naam', zoeknaam: 'Noor Jansen' })).toEqual({ success: false, fieldErrors: { zoekgeboortedatum: ['Vul de geboortedatum of de postcode in.'] } });
    expect(parseZoekHuishouden({ zoekwijze: 'naam', zoeknaam: 'Noor Jansen', zoeknaampostcode: '17' })).toMatchObject({ success: false, fieldErrors: { zoeknaampostcode: [expect.any(String)] } });
  });

  it('asks a reason when a person deliberately gets a new household', () => {
    const base = { meldingId: crypto.randomUUID(), version: '1', voornamen: 'Jan', achternaam: 'Vries', straat: 'Kerkstraat', huisnummer: '1', postcode: '1781AB', woonplaats: 'Den Helder' };
    expect(parseNieuwHuishouden({ ...base, bevestigNieuw: 'ja' })).toEqual({ success: false, fieldErrors: { reden: ['Geef de reden waarom deze persoon een nieuw huishouden krijgt.'] } });
    expect(parseNieuwHuishouden({ ...base, bsn: '123456789' })).toEqual({ success: false, fieldErrors: { bsn: [BSN_ERROR] } });
    expect(parseNieuwHuishouden(base)).toMatchObject({ success: true, data: { bevestigNieuw: false, huisnummer: { huisnummer: 1, toevoeging: null } } });
  });
});

describe('the triage form', () => {
  it('needs at least one leefgebied and an answer on household members', () => {
    const result = triageSchema.safeParse({ meldingId: crypto.randomUUID(), version: '1', uitkomst: 'MEERVOUDIG', urgentie: 'NORMAAL', veiligheid: 'GEEN_ZORGEN', route: 'VRAAGVERHELDERING', leefgebieden: [] });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path[0]).sort();
    expect(paths).toEqual(['alleLedenBekend', 'leefgebieden']);
  });
});
