import { describe, expect, it } from 'vitest';
import { adresblok, briefOntvangers, extraHuishoudenExemplaren, type BriefAdres, type BriefPersoon, type Gezagsrelatie } from '@/lib/domain/brief-ontvangers';

// Issue 16 item 4: who receives a letter about a person.
const today = new Date('2026-12-06T00:00:00Z');
const thuis: BriefAdres = { straat: 'Zuidstraat', huisnummer: 12, huisnummerToevoeging: 'a', postcode: '1781AB', woonplaats: 'Den Helder' };
const elders: BriefAdres = { straat: 'Kanaalweg', huisnummer: 3, huisnummerToevoeging: null, postcode: '1782CD', woonplaats: 'Den Helder' };
const persoon = (id: string, voornamen: string, achternaam: string, geslacht: BriefPersoon['geslacht'], geboortedatum: string | null, adres: BriefAdres | null = thuis, tussenvoegsel: string | null = null): BriefPersoon => ({
  id, voornamen, tussenvoegsel, achternaam, geslacht, geboortedatum: geboortedatum ? new Date(`${geboortedatum}T00:00:00Z`) : null, adres,
});
const vader = persoon('v', 'Jan', 'Timmerman', 'MAN', '1985-01-01');
const moeder = persoon('m', 'Anna', 'Bakker', 'VROUW', '1987-05-05', thuis, 'van');
const gezag = (p: BriefPersoon, extra: Partial<Gezagsrelatie> = {}): Gezagsrelatie => ({ soort: 'GEZAG', vanaf: new Date('2010-01-01T00:00:00Z'), tot: null, vertegenwoordiger: p, naam: null, ...extra });

describe('briefOntvangers', () => {
  it('an adult receives the letter themselves', () => {
    const o = briefOntvangers(vader, [], today, thuis);
    expect(o.betreft).toBeNull();
    expect(o.exemplaren).toEqual([expect.objectContaining({ naamRegel: 'Jan Timmerman', aanhef: 'Geachte heer Timmerman,', rollen: ['BETROKKENE'] })]);
    expect(adresblok(o.exemplaren[0]!)).toEqual(['Jan Timmerman', 'Zuidstraat 12 a', '1781 AB  DEN HELDER']);
  });

  it('a child of six: one letter to both parents with gezag at the same address, naming the child', () => {
    const kind = persoon('k', 'Tim', 'Timmerman', 'MAN', '2020-03-03');
    const o = briefOntvangers(kind, [gezag(vader), gezag(moeder)], today, thuis);
    expect(o.betreft).toBe('Tim Timmerman, geboren op 3 maart 2020');
    expect(o.voorWie).toBe('Tim');
    expect(o.exemplaren).toHaveLength(1);
    expect(o.exemplaren[0]).toMatchObject({ naamRegel: 'Jan Timmerman en Anna van Bakker', aanhef: 'Geachte heer Timmerman en mevrouw Van Bakker,', rollen: ['GEZAGHEBBER'] });
    expect(o.exemplaren.map((e) => `${e.naamRegel} ${e.aanhef}`).join()).not.toMatch(/\bTim\b/);
  });

  it('parents at different addresses each get a copy; ended gezag, other representation and unknown persons do not', () => {
    const kind = persoon('k', 'Tim', 'Timmerman', 'MAN', '2015-03-03');
    const weg = { ...moeder, adres: elders };
    const oom = persoon('o', 'Piet', 'Oom', 'MAN', '1970-01-01');
    const o = briefOntvangers(kind, [gezag(vader), gezag(weg), gezag(oom, { tot: new Date('2020-01-01T00:00:00Z') }), gezag(oom, { soort: 'BEWINDVOERDER' }), gezag(oom, { vanaf: new Date('2027-01-01T00:00:00Z') }), gezag(null as never, { vertegenwoordiger: null, naam: 'Jeugdbescherming' })], today, thuis);
    expect(o.exemplaren.map((e) => [e.naamRegel, e.adres.straat])).toEqual([['Jan Timmerman', 'Zuidstraat'], ['Anna van Bakker', 'Kanaalweg']]);
  });

  it('without recorded gezag: to the parents or carers of the child at the child’s address', () => {
    const kind = persoon('k', 'Tim', 'Timmerman', 'MAN', '2020-03-03');
    const o = briefOntvangers(kind, [], today, thuis);
    expect(o.exemplaren).toEqual([expect.objectContaining({ naamRegel: 'De ouders of verzorgers van Tim Timmerman', aanhef: 'Geachte ouders of verzorgers,', rollen: ['OUDERS'] })]);
  });

  it('a child of 16 or 17 also gets a copy of their own; from 18 only the young adult, since gezag ends', () => {
    const zestien = persoon('k', 'Sanne Maria', 'Timmerman', 'VROUW', '2010-12-06');
    const o = briefOntvangers(zestien, [gezag(vader), gezag(moeder)], today, thuis);
    expect(o.exemplaren.map((e) => e.rollen[0])).toEqual(['GEZAGHEBBER', 'AFSCHRIFT_JEUGDIGE']);
    expect(o.exemplaren[1]).toMatchObject({ naamRegel: 'Sanne Maria Timmerman', aanhef: 'Beste Sanne,' });
    expect(o.exemplaren[1]!.toelichting).toContain('16 jaar of ouder');
    const vijftien = briefOntvangers({ ...zestien, geboortedatum: new Date('2010-12-07T00:00:00Z') }, [gezag(vader)], today, thuis);
    expect(vijftien.exemplaren.map((e) => e.rollen[0])).toEqual(['GEZAGHEBBER']);
    const achttien = briefOntvangers({ ...zestien, geboortedatum: new Date('2008-12-06T00:00:00Z') }, [gezag(vader), gezag(moeder)], today, thuis);
    expect(achttien.exemplaren.map((e) => [e.rollen[0], e.aanhef])).toEqual([['BETROKKENE', 'Geachte mevrouw Timmerman,']]);
    expect(achttien.betreft).toBeNull();
  });
});

describe('extraHuishoudenExemplaren', () => {
  it('a copy of their own for members of 16 and 17 only; none for a parent with gezag elsewhere', () => {
    const leden = [vader, persoon('a', 'Sanne', 'Timmerman', 'VROUW', '2009-06-01'), persoon('b', 'Tim', 'Timmerman', 'MAN', '2012-01-01'), persoon('c', 'Eva', 'Timmerman', 'VROUW', '2008-01-01'), persoon('d', 'Onbekend', 'Kind', 'ONBEKEND', null)];
    const extra = extraHuishoudenExemplaren(leden.map((p) => ({ persoon: p })), thuis, today);
    expect(extra.map((e) => [e.naamRegel, e.aanhef, e.rollen[0]])).toEqual([['Sanne Timmerman', 'Beste Sanne,', 'AFSCHRIFT_JEUGDIGE']]);
  });
});
