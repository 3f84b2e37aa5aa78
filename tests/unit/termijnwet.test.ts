// Issue 17: the Algemene termijnenwet in the domain rule. A table of cases across 2025–2028, each computed by hand
// (the reason beside it), Easter against a table of dates, and the explanation a person reads.
import { describe, expect, it } from 'vitest';
import { berekenTermijn, bezwaarDeadline, dueDate, onderzoekDeadline, persoonlijkPlanDeadline, termijnUitleg, type Suspension } from '@/lib/domain/deadlines';
import {
  atwEinde,
  BESLUITDAGEN_2026_2028,
  feestdagen,
  GEEN_BESLUITDAGEN,
  pasen,
  vrijeDag,
} from '@/lib/domain/termijnwet';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);
const KB = new Set<string>(BESLUITDAGEN_2026_2028.map((d) => d.datum));
const pauze = (van: string, tot: string | null): Suspension => ({ van: day(van), tot: tot ? day(tot) : null });

// Easter Sunday 1950–2099. 1990–2050: the table of western Easter dates in python-dateutil's tests/test_easter.py
// (published with that library); 1950–1989 and 2051–2099: the dates dateutil.easter gives with its own algorithm
// (Oudin's, via Tøndering), not the Meeus arithmetic under test.
const PASEN = [
  '1950-04-09', '1951-03-25', '1952-04-13', '1953-04-05', '1954-04-18', '1955-04-10', '1956-04-01', '1957-04-21', '1958-04-06', '1959-03-29',
  '1960-04-17', '1961-04-02', '1962-04-22', '1963-04-14', '1964-03-29', '1965-04-18', '1966-04-10', '1967-03-26', '1968-04-14', '1969-04-06',
  '1970-03-29', '1971-04-11', '1972-04-02', '1973-04-22', '1974-04-14', '1975-03-30', '1976-04-18', '1977-04-10', '1978-03-26', '1979-04-15',
  '1980-04-06', '1981-04-19', '1982-04-11', '1983-04-03', '1984-04-22', '1985-04-07', '1986-03-30', '1987-04-19', '1988-04-03', '1989-03-26',
  '1990-04-15', '1991-03-31', '1992-04-19', '1993-04-11', '1994-04-03', '1995-04-16', '1996-04-07', '1997-03-30', '1998-04-12', '1999-04-04',
  '2000-04-23', '2001-04-15', '2002-03-31', '2003-04-20', '2004-04-11', '2005-03-27', '2006-04-16', '2007-04-08', '2008-03-23', '2009-04-12',
  '2010-04-04', '2011-04-24', '2012-04-08', '2013-03-31', '2014-04-20', '2015-04-05', '2016-03-27', '2017-04-16', '2018-04-01', '2019-04-21',
  '2020-04-12', '2021-04-04', '2022-04-17', '2023-04-09', '2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2028-04-16', '2029-04-01',
  '2030-04-21', '2031-04-13', '2032-03-28', '2033-04-17', '2034-04-09', '2035-03-25', '2036-04-13', '2037-04-05', '2038-04-25', '2039-04-10',
  '2040-04-01', '2041-04-21', '2042-04-06', '2043-03-29', '2044-04-17', '2045-04-09', '2046-03-25', '2047-04-14', '2048-04-05', '2049-04-18',
  '2050-04-10', '2051-04-02', '2052-04-21', '2053-04-06', '2054-03-29', '2055-04-18', '2056-04-02', '2057-04-22', '2058-04-14', '2059-03-30',
  '2060-04-18', '2061-04-10', '2062-03-26', '2063-04-15', '2064-04-06', '2065-03-29', '2066-04-11', '2067-04-03', '2068-04-22', '2069-04-14',
  '2070-03-30', '2071-04-19', '2072-04-10', '2073-03-26', '2074-04-15', '2075-04-07', '2076-04-19', '2077-04-11', '2078-04-03', '2079-04-23',
  '2080-04-07', '2081-03-30', '2082-04-19', '2083-04-04', '2084-03-26', '2085-04-15', '2086-03-31', '2087-04-20', '2088-04-11', '2089-04-03',
  '2090-04-16', '2091-04-08', '2092-03-30', '2093-04-12', '2094-04-04', '2095-04-24', '2096-04-15', '2097-03-31', '2098-04-20', '2099-04-12',
];

describe('pasen: the anonymous Gregorian computus', () => {
  it('gives every Easter Sunday of 1950–2099 as the table has it', () => {
    expect(PASEN).toHaveLength(150);
    for (const datum of PASEN) expect(iso(pasen(Number(datum.slice(0, 4))))).toBe(datum);
  });
  it('always gives a Sunday between 22 March and 25 April', () => {
    for (let jaar = 1583; jaar <= 4099; jaar++) {
      const p = pasen(jaar);
      expect(p.getUTCDay()).toBe(0);
      const md = iso(p).slice(5);
      expect(md >= '03-22' && md <= '04-25').toBe(true);
    }
  });
  it('refuses a year before the Gregorian calendar', () => {
    expect(() => pasen(1500)).toThrow(RangeError);
  });
});

describe('feestdagen of Atw art. 3', () => {
  it('lists the nine days of 2026', () => {
    expect(feestdagen(2026).map((f) => `${iso(f.datum)} ${f.naam}`)).toEqual([
      '2026-01-01 Nieuwjaarsdag',
      '2026-04-03 Goede Vrijdag',
      '2026-04-06 2e Paasdag',
      '2026-04-27 Koningsdag',
      '2026-05-05 Bevrijdingsdag',
      '2026-05-14 Hemelvaartsdag',
      '2026-05-25 2e Pinksterdag',
      '2026-12-25 1e Kerstdag',
      '2026-12-26 2e Kerstdag',
    ]);
  });
  it('keeps Koningsdag on 26 April when the 27th is a Sunday (2025, 2031)', () => {
    expect(vrijeDag(day('2025-04-26'), GEEN_BESLUITDAGEN)).toBe('Koningsdag');
    expect(vrijeDag(day('2025-04-27'), GEEN_BESLUITDAGEN)).toBe('zondag');
    expect(vrijeDag(day('2031-04-26'), GEEN_BESLUITDAGEN)).toBe('Koningsdag');
  });
  it('counts a Besluitdag only when it is in the list beheer keeps', () => {
    expect(vrijeDag(day('2026-05-15'), KB)).toMatch(/Koninklijk Besluit/);
    expect(vrijeDag(day('2026-05-15'), GEEN_BESLUITDAGEN)).toBeNull();
    expect(vrijeDag(day('2026-05-13'), KB)).toBeNull(); // an ordinary Wednesday
  });
});

type Geval = { reden: string; start: string; dagen: number; opschortingen?: Suspension[]; verdaging?: number; vandaag?: string; uiterlijk: string };

// Wmo 14, onderzoek/bezwaar 42, Awb 56, persoonlijk plan 7 days; the decree days of 2026–2028 as beheer preloads them.
const GEVALLEN: Geval[] = [
  { reden: 'bezwaar: 2 Apr 2026 + 6 weeks = Hemelvaartsdag 14 May; 15 May decree day; 16–17 weekend → Mon 18 May', start: '2026-04-02', dagen: 42, uiterlijk: '2026-05-18' },
  { reden: 'Wmo: 11 Dec 2026 + 2 weeks = 1e Kerstdag (Fri); 26 2e Kerstdag (Sat); 27 Sun → Mon 28 Dec', start: '2026-12-11', dagen: 14, uiterlijk: '2026-12-28' },
  { reden: 'plain Monday: 2 Mar 2026 + 14 = Mon 16 Mar, a working day', start: '2026-03-02', dagen: 14, uiterlijk: '2026-03-16' },
  { reden: 'Saturday: 7 Mar 2026 + 14 = Sat 21 Mar → Mon 23 Mar', start: '2026-03-07', dagen: 14, uiterlijk: '2026-03-23' },
  { reden: 'Sunday: 8 Mar 2026 + 14 = Sun 22 Mar → Mon 23 Mar', start: '2026-03-08', dagen: 14, uiterlijk: '2026-03-23' },
  { reden: 'Goede Vrijdag 2026: 20 Mar + 14 = Fri 3 Apr; 4–5 weekend; 6 2e Paasdag → Tue 7 Apr', start: '2026-03-20', dagen: 14, uiterlijk: '2026-04-07' },
  { reden: 'onderzoek ending on Goede Vrijdag: melding 20 Feb 2026 + 42 = 3 Apr → Tue 7 Apr', start: '2026-02-20', dagen: 42, uiterlijk: '2026-04-07' },
  { reden: '2e Paasdag 2025: 7 Apr + 14 = Mon 21 Apr → Tue 22 Apr', start: '2025-04-07', dagen: 14, uiterlijk: '2025-04-22' },
  { reden: 'Goede Vrijdag 2028: 31 Mar + 14 = Fri 14 Apr; weekend; 17 2e Paasdag → Tue 18 Apr', start: '2028-03-31', dagen: 14, uiterlijk: '2028-04-18' },
  { reden: 'Koningsdag 2026 (Mon 27 Apr): 13 Apr + 14 → Tue 28 Apr', start: '2026-04-13', dagen: 14, uiterlijk: '2026-04-28' },
  { reden: 'Koningsdag 2027 (Tue 27 Apr): 13 Apr + 14 → Wed 28 Apr', start: '2027-04-13', dagen: 14, uiterlijk: '2027-04-28' },
  { reden: 'Koningsdag 2028 (Thu 27 Apr) then decree day Fri 28 Apr, weekend → Mon 1 May', start: '2028-04-13', dagen: 14, uiterlijk: '2028-05-01' },
  { reden: 'Bevrijdingsdag 2025 (Mon 5 May): 21 Apr + 14 → Tue 6 May', start: '2025-04-21', dagen: 14, uiterlijk: '2025-05-06' },
  { reden: 'Bevrijdingsdag 2026 (Tue 5 May): 21 Apr + 14 → Wed 6 May', start: '2026-04-21', dagen: 14, uiterlijk: '2026-05-06' },
  { reden: 'Bevrijdingsdag 2028 (Fri 5 May), weekend → Mon 8 May', start: '2028-04-21', dagen: 14, uiterlijk: '2028-05-08' },
  { reden: 'Hemelvaartsdag 2027 (Thu 6 May), decree day Fri 7 May, weekend → Mon 10 May', start: '2027-04-22', dagen: 14, uiterlijk: '2027-05-10' },
  { reden: 'Hemelvaartsdag 2028 (Thu 25 May), decree day Fri 26 May, weekend → Mon 29 May', start: '2028-05-11', dagen: 14, uiterlijk: '2028-05-29' },
  { reden: 'decree day alone: 1 May 2026 + 14 = Fri 15 May (decree day), weekend → Mon 18 May', start: '2026-05-01', dagen: 14, uiterlijk: '2026-05-18' },
  { reden: '2e Pinksterdag 2025 (Mon 9 Jun): 26 May + 14 → Tue 10 Jun', start: '2025-05-26', dagen: 14, uiterlijk: '2025-06-10' },
  { reden: '2e Pinksterdag 2026 (Mon 25 May): 11 May + 14 → Tue 26 May', start: '2026-05-11', dagen: 14, uiterlijk: '2026-05-26' },
  { reden: '2e Pinksterdag 2027 (Mon 17 May): 3 May + 14 → Tue 18 May', start: '2027-05-03', dagen: 14, uiterlijk: '2027-05-18' },
  { reden: '2e Pinksterdag 2028 (Mon 5 Jun): 22 May + 14 → Tue 6 Jun', start: '2028-05-22', dagen: 14, uiterlijk: '2028-06-06' },
  { reden: 'year end: Nieuwjaarsdag 2026 (Thu), decree day Fri 2 Jan, weekend → Mon 5 Jan 2026', start: '2025-12-18', dagen: 14, uiterlijk: '2026-01-05' },
  { reden: 'year end: Nieuwjaarsdag 2027 (Fri), weekend → Mon 4 Jan 2027', start: '2026-12-18', dagen: 14, uiterlijk: '2027-01-04' },
  { reden: 'year end: Nieuwjaarsdag 2028 (Sat), Sun 2 Jan → Mon 3 Jan 2028', start: '2027-12-18', dagen: 14, uiterlijk: '2028-01-03' },
  { reden: 'Kerst 2025: Thu 25, Fri 26, weekend → Mon 29 Dec', start: '2025-12-11', dagen: 14, uiterlijk: '2025-12-29' },
  { reden: 'Kerst 2027 on Sat and Sun: 11 Dec + 14 = Sat 25 → Mon 27 Dec is a working day', start: '2027-12-11', dagen: 14, uiterlijk: '2027-12-27' },
  { reden: 'Kerst 2028 on Mon and Tue: 11 Dec + 14 = Mon 25 → Wed 27 Dec', start: '2028-12-11', dagen: 14, uiterlijk: '2028-12-27' },
  { reden: 'year end, no move: bezwaar sent Fri 19 Nov 2027 + 42 = Fri 31 Dec 2027', start: '2027-11-19', dagen: 42, uiterlijk: '2027-12-31' },
  { reden: 'year end: bezwaar sent Sat 20 Nov 2027 + 42 = Sat 1 Jan 2028 (also Nieuwjaarsdag) → Mon 3 Jan', start: '2027-11-20', dagen: 42, uiterlijk: '2028-01-03' },
  { reden: 'onderzoek: melding Sat 13 Nov 2027 + 42 = Sat 25 Dec → Mon 27 Dec', start: '2027-11-13', dagen: 42, uiterlijk: '2027-12-27' },
  { reden: 'Awb 8 weeks: 3 Mar 2028 + 56 = Fri 28 Apr (decree day), weekend → Mon 1 May', start: '2028-03-03', dagen: 56, uiterlijk: '2028-05-01' },
  { reden: 'persoonlijk plan: melding Fri 18 Dec 2026 + 7 = 1e Kerstdag → Mon 28 Dec', start: '2026-12-18', dagen: 7, uiterlijk: '2026-12-28' },
  { reden: 'opschorting ending before a weekend: 2 Mar 2026 + 14 + 5 paused (4–9 Mar) = Sat 21 Mar → Mon 23 Mar', start: '2026-03-02', dagen: 14, opschortingen: [pauze('2026-03-04', '2026-03-09')], uiterlijk: '2026-03-23' },
  { reden: 'opschorting of 4 days: 2 Mar 2026 + 14 + 4 = Fri 20 Mar, no move', start: '2026-03-02', dagen: 14, opschortingen: [pauze('2026-03-04', '2026-03-08')], uiterlijk: '2026-03-20' },
  { reden: 'opschorting into Easter: 13 Mar 2026 + 14 + 7 paused = Goede Vrijdag 3 Apr → Tue 7 Apr', start: '2026-03-13', dagen: 14, opschortingen: [pauze('2026-03-16', '2026-03-23')], uiterlijk: '2026-04-07' },
  { reden: 'an opschorting that begins on the Atw end still counts: 11 Dec 2026 → Mon 28 Dec; paused 28–31 Dec (3 days): 25 + 3 = Mon 28 Dec', start: '2026-12-11', dagen: 14, opschortingen: [pauze('2026-12-28', '2026-12-31')], uiterlijk: '2026-12-28' },
  { reden: 'an opschorting after the term ran out (Mon 28 Dec) does not revive it', start: '2026-12-11', dagen: 14, opschortingen: [pauze('2026-12-29', '2027-01-10')], uiterlijk: '2026-12-28' },
  { reden: 'open opschorting counts until today: 2 Mar 2026, paused from 4 Mar, today 10 Mar (6 days): Sun 22 Mar → Mon 23 Mar', start: '2026-03-02', dagen: 14, opschortingen: [pauze('2026-03-04', null)], vandaag: '2026-03-10', uiterlijk: '2026-03-23' },
  { reden: 'verdaging counted as given: Wmo 11 Dec 2026 → Mon 28 Dec, + 6 days = Sun 3 Jan 2027, not moved', start: '2026-12-11', dagen: 14, verdaging: 6, uiterlijk: '2027-01-03' },
  { reden: 'art. 2: 3 days from Thu 2 Apr 2026: Goede Vrijdag, weekend, 2e Paasdag → Tue 7 Apr is only one working day → Wed 8 Apr', start: '2026-04-02', dagen: 3, uiterlijk: '2026-04-08' },
  { reden: 'art. 2: 3 days from Wed 13 May 2026: Hemelvaartsdag, decree day, weekend → Mon 18 May alone → Tue 19 May', start: '2026-05-13', dagen: 3, uiterlijk: '2026-05-19' },
  { reden: 'art. 2: 3 days from Wed 24 Dec 2025: Kerst, weekend → Mon 29 Dec alone → Tue 30 Dec', start: '2025-12-24', dagen: 3, uiterlijk: '2025-12-30' },
  { reden: 'no art. 2 under 3 days: 2 days from Wed 24 Dec 2025 = 2e Kerstdag → Mon 29 Dec', start: '2025-12-24', dagen: 2, uiterlijk: '2025-12-29' },
  { reden: 'art. 2 satisfied: 3 days from Tue 22 Dec 2026: Wed 23, Thu 24 work, ends on 1e Kerstdag → Mon 28 Dec', start: '2026-12-22', dagen: 3, uiterlijk: '2026-12-28' },
];

describe('dueDate with the Algemene termijnenwet: cases computed by hand', () => {
  it('has at least 30 cases across 2025–2028', () => {
    expect(GEVALLEN.length).toBeGreaterThanOrEqual(30);
    expect(new Set(GEVALLEN.map((g) => g.uiterlijk.slice(0, 4)))).toEqual(new Set(['2025', '2026', '2027', '2028']));
  });
  it.each(GEVALLEN)('$reden', (g) => {
    const uiterlijk = dueDate({
      start: day(g.start), termDays: g.dagen, suspensions: g.opschortingen ?? [], extensionDays: g.verdaging ?? 0,
      today: day(g.vandaag ?? g.start), besluitdagen: KB,
    });
    expect(iso(uiterlijk)).toBe(g.uiterlijk);
  });
});

describe('the named terms', () => {
  it('bezwaar, onderzoek and persoonlijk plan go through the Atw', () => {
    expect(iso(bezwaarDeadline(day('2026-04-02'), KB))).toBe('2026-05-18');
    expect(iso(bezwaarDeadline(day('2026-04-02'), GEEN_BESLUITDAGEN))).toBe('2026-05-15'); // without the decree
    expect(iso(onderzoekDeadline(day('2026-02-20'), KB))).toBe('2026-04-07');
    expect(iso(persoonlijkPlanDeadline(day('2026-12-18'), KB))).toBe('2026-12-28');
  });
  it('take the Amsterdam day of a timestamp: 23:30 UTC on 10 Dec is 11 Dec in Amsterdam', () => {
    expect(iso(dueDate({ start: new Date('2026-12-10T23:30:00Z'), termDays: 14, suspensions: [], today: day('2026-12-11'), besluitdagen: KB }))).toBe('2026-12-28');
  });
});

describe('atwEinde', () => {
  it('says which article moved the end', () => {
    expect(atwEinde(day('2026-03-02'), day('2026-03-16'), 14, KB).artikel).toBeNull();
    expect(atwEinde(day('2026-03-07'), day('2026-03-21'), 14, KB)).toMatchObject({ artikel: 1, reden: 'zaterdag' });
    expect(atwEinde(day('2026-04-02'), day('2026-04-05'), 3, KB).artikel).toBe(2);
  });
});

describe('termijnUitleg: how a person can check the date', () => {
  it('explains the Wmo term of an aanvraag received on 11 December 2026', () => {
    const input = { start: day('2026-12-11'), termDays: 14, suspensions: [], today: day('2026-12-11'), besluitdagen: KB };
    expect(termijnUitleg(berekenTermijn(input), { ...input, na: 'na ontvangst' })).toBe(
      '2 weken na ontvangst op 11 december 2026; eindigt op 1e Kerstdag (vrijdag 25 december 2026), dus maandag 28 december 2026',
    );
  });
  it('names the days paused, a weekend, and a verdaging', () => {
    const input = { start: day('2026-03-02'), termDays: 14, suspensions: [pauze('2026-03-04', '2026-03-09')], extensionDays: 3, today: day('2026-03-10'), besluitdagen: KB };
    expect(termijnUitleg(berekenTermijn(input), { ...input, na: 'na ontvangst' })).toBe(
      '2 weken na ontvangst op 2 maart 2026; 5 dagen opgeschort; eindigt op zaterdag 21 maart 2026, dus maandag 23 maart 2026; verdaagd met 3 dagen, dus 26 maart 2026',
    );
  });
  it('says plainly when nothing moved, and names art. 2', () => {
    const gewoon = { start: day('2026-03-02'), termDays: 14, suspensions: [], today: day('2026-03-02'), besluitdagen: KB };
    expect(termijnUitleg(berekenTermijn(gewoon), { ...gewoon, na: 'na ontvangst' })).toBe('2 weken na ontvangst op 2 maart 2026; eindigt op maandag 16 maart 2026');
    const kort = { start: day('2026-04-02'), termDays: 3, suspensions: [], today: day('2026-04-02'), besluitdagen: KB };
    expect(termijnUitleg(berekenTermijn(kort), { ...kort, na: 'na' })).toMatch(/^3 dagen na op 2 april 2026; zou eindigen op zondag 5 april 2026, maar .*minstens twee werkdagen in \(Atw art\. 2\), dus woensdag 8 april 2026$/);
  });
});
