import { describe, expect, it } from 'vitest';
import { datum, filterFields, leeftijd, naarPersoon, type GbaPersoon } from '@/lib/brp/gba';
import { persoonSchema } from '@/lib/brp/schema';
import {
  andereGemeente, brpGegevens, controleSignalen, datumUitBrp, gezagRijTelt, gezagTeBeslissen, gezagToestemmingWeigering, gezagUitBrp, rolVanMedebewoner, rolVoorRelatie, verschillenMetBrp, type BrpAdres, type BrpGegevens,
} from '@/lib/domain/brp';

// Issue 20: the pure BRP rules — GBA test data as API answers, fields filtering, what a BRP answer means for us.

const register = (personen: GbaPersoon[]) => ({ get: (bsn: string) => personen.find((p) => p.burgerservicenummer === bsn) });

describe('GBA dates as the API writes them', () => {
  it('complete, partly unknown and unknown dates', () => {
    expect(datum('19750707')).toEqual({ type: 'Datum', datum: '1975-07-07', langFormaat: '7 juli 1975' });
    expect(datum('19750700')).toEqual({ type: 'JaarMaandDatum', jaar: 1975, maand: 7, langFormaat: 'juli 1975' });
    expect(datum('19750000')).toEqual({ type: 'JaarDatum', jaar: 1975, langFormaat: '1975' });
    expect(datum('00000000')).toEqual({ type: 'DatumOnbekend', onbekend: true, langFormaat: 'onbekend' });
    expect(datum('abc')).toBeUndefined();
    expect(datumUitBrp({ type: 'JaarDatum', jaar: 1975, langFormaat: '1975' })).toBeNull();
    expect(datumUitBrp({ type: 'Datum', datum: '1975-07-07', langFormaat: '7 juli 1975' })).toEqual(new Date('1975-07-07T00:00:00Z'));
  });

  it('age the day before and on the birthday', () => {
    expect(leeftijd('20080315', new Date('2026-03-14T12:00:00Z'))).toBe(17);
    expect(leeftijd('20080315', new Date('2026-03-15T12:00:00Z'))).toBe(18);
    expect(leeftijd('20080300', new Date('2026-03-15T12:00:00Z'))).toBeUndefined();
  });
});

const kind: GbaPersoon = {
  burgerservicenummer: '999970045', naam: { voornamen: 'Meike', geslachtsnaam: 'Maasland' }, geboorte: { datum: '20170101' }, geslacht: { code: 'V', omschrijving: 'vrouw' },
  verblijfplaats: { straat: 'Turfmarkt', huisnummer: '25', huisletter: 'a', postcode: '2511CA', woonplaats: "'s-Gravenhage", inOnderzoek: { aanduidingGegevensInOnderzoek: '081160', datumIngangOnderzoek: '20240101' } },
  gemeenteVanInschrijving: { code: '0518', omschrijving: "'s-Gravenhage" },
  gezag: [{ type: 'TweehoofdigOuderlijkGezag', ouders: [{ burgerservicenummer: '999999126' }, { burgerservicenummer: '999999163' }], minderjarige: { burgerservicenummer: '999970045' } }],
  ouders: [{ burgerservicenummer: '999999126', naam: { voornamen: 'Manon', geslachtsnaam: 'Maasland' } }],
};
const ouder: GbaPersoon = { burgerservicenummer: '999999126', naam: { voornamen: 'Manon', geslachtsnaam: 'Maasland' } };

describe('a persoonslijst as the API Persoon', () => {
  const persoon = naarPersoon(kind, register([kind, ouder]), new Date('2026-12-06T00:00:00Z'));

  it('satisfies the spec shape', () => {
    expect(persoonSchema.safeParse(persoon).success).toBe(true);
  });

  it('maps the address, the gezag (with names) and the postcode in onderzoek', () => {
    expect(persoon.verblijfplaats).toMatchObject({ type: 'Adres', verblijfadres: { korteStraatnaam: 'Turfmarkt', huisnummer: 25, huisletter: 'a', postcode: '2511CA', inOnderzoek: { postcode: true } } });
    expect(persoon.gezag).toEqual([expect.objectContaining({
      type: 'GezamenlijkOuderlijkGezag',
      ouders: [{ burgerservicenummer: '999999126', naam: { volledigeNaam: 'Manon Maasland' } }, { burgerservicenummer: '999999163', naam: { volledigeNaam: 'Onbekend' } }],
    })]);
    expect(persoon.leeftijd).toBe(9);
  });

  it('filters to the fields asked, with the automatic fields and the inOnderzoek of a kept group', () => {
    expect(filterFields(persoon, ['naam.voornamen'])).toEqual({ naam: { voornamen: 'Meike' } });
    expect(filterFields(persoon, ['verblijfplaats.verblijfadres.postcode'])).toEqual({ verblijfplaats: { verblijfadres: { postcode: '2511CA', inOnderzoek: expect.objectContaining({ postcode: true }) } } });
    expect(filterFields(persoon, ['ouders.naam.voornamen'])).toEqual({ ouders: [{ naam: { voornamen: 'Manon' } }] });
    expect(filterFields({ ...persoon, geheimhoudingPersoonsgegevens: true }, ['burgerservicenummer'])).toEqual({ burgerservicenummer: '999970045', geheimhoudingPersoonsgegevens: true });
  });

  it('brpGegevens: our fields, the huisletter in the toevoeging, onderzoek per field', () => {
    const g = brpGegevens(persoonSchema.parse(persoon));
    expect(g).toMatchObject({ bsn: '999970045', voornamen: 'Meike', achternaam: 'Maasland', geslacht: 'VROUW', adres: { straat: 'Turfmarkt', huisnummer: 25, toevoeging: 'A', postcode: '2511CA' }, gemeentecode: '0518', inOnderzoek: ['adres'] });
  });
});

const adres: BrpAdres = { straat: 'Turfmarkt', huisnummer: 25, toevoeging: 'A', postcode: '2511CA', woonplaats: "'s-Gravenhage" };
const gegevens = (over: Partial<BrpGegevens> = {}): BrpGegevens => ({
  bsn: '999999163', voornamen: 'Manfred', tussenvoegsel: null, achternaam: 'Mann', geboortedatum: new Date('1975-02-01T00:00:00Z'), geslacht: 'MAN', overledenOp: null,
  adres, verblijfplaatsSoort: 'ADRES', gemeentecode: '0518', gemeentenaam: "'s-Gravenhage", geheimhouding: false, inOnderzoek: [], ...over,
});

describe('differences with the BRP', () => {
  const bekend = { voornamen: 'Manfred', tussenvoegsel: null, achternaam: 'Mann', geboortedatum: new Date('1975-02-01T00:00:00Z'), geslacht: 'MAN' as const, overledenOp: null };
  it('none when all agree; case does not count', () => {
    expect(verschillenMetBrp({ ...bekend, achternaam: 'mann' }, adres, gegevens())).toEqual([]);
  });
  it('each field that differs, with in onderzoek; an empty BRP field is no difference', () => {
    const v = verschillenMetBrp({ ...bekend, voornamen: 'Manfredje' }, { ...adres, huisnummer: 27 }, gegevens({ inOnderzoek: ['voornamen'], geboortedatum: null }));
    expect(v.map((x) => [x.veld, x.brp, x.inOnderzoek])).toEqual([['voornamen', 'Manfred', true], ['adres', "Turfmarkt 25A, 2511 CA 's-Gravenhage", false]]);
  });
});

describe('the nightly signals', () => {
  const persoon = { naam: 'Manfred Mann', overledenOp: null };
  it('nothing when the BRP agrees', () => expect(controleSignalen(persoon, adres, '0518', gegevens())).toEqual([]));
  it('deceased before moved before new address', () => {
    expect(controleSignalen(persoon, adres, '0518', gegevens({ overledenOp: new Date('2026-11-01T00:00:00Z'), gemeentecode: '0363' }))[0].soort).toBe('OVERLEDEN');
    expect(controleSignalen(persoon, adres, '0518', gegevens({ gemeentecode: '0363', gemeentenaam: 'Amsterdam' }))[0]).toMatchObject({ soort: 'VERHUISD_BUITEN_GEMEENTE', titel: 'BRP: Manfred Mann is verhuisd naar Amsterdam' });
    expect(controleSignalen(persoon, adres, '0518', gegevens({ adres: { ...adres, toevoeging: null } }))[0]).toMatchObject({ soort: 'NIEUW_ADRES', sleutel: 'NIEUW_ADRES:2511CA 25' });
  });
  it('geheimhouding: the new address is not written in the task', () => {
    const [s] = controleSignalen(persoon, adres, '0518', gegevens({ geheimhouding: true, adres: { ...adres, straat: 'Spui', huisnummer: 70 } }));
    expect(s.omschrijving).not.toContain('Spui');
  });
  it('a BSN the BRP does not know', () => expect(controleSignalen(persoon, adres, '0518', null)[0].soort).toBe('NIET_IN_BRP'));
  it('registered here with a reason while living in another gemeente: no move while the BRP still has them there', () => {
    const elders = { ...persoon, andereGemeente: '0363' };
    expect(controleSignalen(elders, adres, '0518', gegevens({ gemeentecode: '0363' }))).toEqual([]);
    expect(controleSignalen(elders, adres, '0518', gegevens({ gemeentecode: '0599', gemeentenaam: 'Rotterdam' }))[0].soort).toBe('VERHUISD_BUITEN_GEMEENTE');
  });
});

describe('another gemeente at the desk (issue 20)', () => {
  it('only when the BRP names a gemeente and it is not ours', () => {
    expect(andereGemeente({ gemeentecode: '0363', gemeentenaam: 'Amsterdam' }, '0400')).toEqual({ code: '0363', naam: 'Amsterdam' });
    expect(andereGemeente({ gemeentecode: '0400', gemeentenaam: 'Den Helder' }, '0400')).toBeNull();
    expect(andereGemeente({ gemeentecode: null, gemeentenaam: null }, '0400')).toBeNull();
  });
});

describe("a person's gezag decision and which gezag counts (issue 20)", () => {
  it('a person decides where the BRP names no one, has gezag in onderzoek, or after an earlier decision', () => {
    expect(gezagTeBeslissen({ gezagBron: 'BRP_ONBEKEND', brpInOnderzoek: [] })).toBe(true);
    expect(gezagTeBeslissen({ gezagBron: 'BRP', brpInOnderzoek: ['gezag'] })).toBe(true);
    expect(gezagTeBeslissen({ gezagBron: 'MEDEWERKER', brpInOnderzoek: [] })).toBe(true);
    expect(gezagTeBeslissen({ gezagBron: 'BRP', brpInOnderzoek: ['adres'] })).toBe(false);
    expect(gezagTeBeslissen({ gezagBron: null, brpInOnderzoek: [] })).toBe(false);
  });
  it("only the rows of the child's current source count; typed records as before; none while nobody decided", () => {
    expect(gezagRijTelt(null, null)).toBe(true);
    expect(gezagRijTelt(null, 'BRP')).toBe(true);
    expect(gezagRijTelt('BRP', 'BRP')).toBe(true);
    expect(gezagRijTelt('BRP', null)).toBe(false);
    expect(gezagRijTelt('BRP', 'MEDEWERKER')).toBe(false);
    expect(gezagRijTelt('MEDEWERKER', 'MEDEWERKER')).toBe(true);
    expect(gezagRijTelt('BRP_ONBEKEND', null)).toBe(false);
    expect(gezagRijTelt('BRP_ONBEKEND', 'BRP')).toBe(false);
  });
  it('consent for a child under 16 names the holders of the current source, and is asked while nobody decided', () => {
    expect(gezagToestemmingWeigering(10, 'MEDEWERKER', ['Manon Maasland'], null)).toMatch(/vastgesteld door het wijkteam: Manon Maasland/);
    expect(gezagToestemmingWeigering(10, 'BRP_ONBEKEND', [], null)).toMatch(/Vul in wie\.$/);
    expect(gezagToestemmingWeigering(10, null, [], null)).toBeNull();
    expect(gezagToestemmingWeigering(16, 'BRP', ['A'], null)).toBeNull();
  });
});

describe('gezag from the BRP', () => {
  it('holders by name; nothing, "niet te bepalen" and voogdij without a voogd leave it to a person', () => {
    expect(gezagUitBrp('1', [{ type: 'EenhoofdigOuderlijkGezag', minderjarige: { burgerservicenummer: '1' }, ouder: { burgerservicenummer: '2', naam: { volledigeNaam: 'A B' } } }]))
      .toEqual({ bron: 'BRP', soort: 'EenhoofdigOuderlijkGezag', houders: [{ bsn: '2', naam: 'A B' }], inOnderzoek: false });
    expect(gezagUitBrp('1', []).bron).toBe('BRP_ONBEKEND');
    expect(gezagUitBrp('1', [{ type: 'GezagNietTeBepalen', minderjarige: { burgerservicenummer: '1' }, toelichting: 'x' }])).toMatchObject({ bron: 'BRP_ONBEKEND', toelichting: expect.stringMatching(/niet te bepalen/) });
    expect(gezagUitBrp('1', [{ type: 'Voogdij', minderjarige: { burgerservicenummer: '1' }, derden: [] }]).bron).toBe('BRP_ONBEKEND');
    // the gezag of another minor (a parent's list) does not count for this one
    expect(gezagUitBrp('1', [{ type: 'EenhoofdigOuderlijkGezag', minderjarige: { burgerservicenummer: '9' }, ouder: { burgerservicenummer: '2' } }]).bron).toBe('BRP_ONBEKEND');
  });
  it('roles of relatives', () => {
    const hoofd = { partners: [{ burgerservicenummer: '2' }], kinderen: [{ burgerservicenummer: '3' }], ouders: [{ burgerservicenummer: '4' }] };
    expect(['2', '3', '4', '5'].map((b) => rolVoorRelatie(hoofd, b))).toEqual(['PARTNER', 'KIND', 'OUDER', 'OVERIG']);
    // from the co-resident's side: names the main resident as parent, partner or child, or the partner as parent
    expect(rolVanMedebewoner('1', hoofd, '6', { ouders: [{ burgerservicenummer: '1' }] })).toBe('KIND');
    expect(rolVanMedebewoner('1', hoofd, '6', { ouders: [{ burgerservicenummer: '2' }] })).toBe('KIND');
    expect(rolVanMedebewoner('1', hoofd, '6', { partners: [{ burgerservicenummer: '1' }] })).toBe('PARTNER');
    expect(rolVanMedebewoner('1', hoofd, '6', { kinderen: [{ burgerservicenummer: '1' }] })).toBe('OUDER');
    expect(rolVanMedebewoner('1', hoofd, '6', { ouders: [{ burgerservicenummer: '9' }] })).toBe('OVERIG');
    expect(rolVanMedebewoner('1', hoofd, '6', undefined)).toBe('OVERIG');
  });
});
