import { describe, expect, it } from 'vitest';
import {
  achttienOp,
  isMeerderjarig,
  LID_REASONS,
  naamMetVoorletters,
  planSplitsing,
  planUitschrijving,
  planVerhuizing,
  rollenNaSplitsing,
  vertegenwoordigingActueel,
  vertegenwoordigingTot,
  volledigeNaam,
  wordtBinnenkort18,
  type Lidmaatschap,
} from '@/lib/domain/lidmaatschap';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = day('2026-11-22');
const lid = (id: string, huishoudenId: string, vanaf: string, tot: string | null = null): Lidmaatschap => ({
  id, huishoudenId, persoonId: 'p1', vanaf: day(vanaf), tot: tot ? day(tot) : null,
});

describe('planVerhuizing', () => {
  it('ends the current membership elsewhere', () => {
    expect(planVerhuizing([lid('oud', 'A', '2020-01-01', '2021-01-01'), lid('nu', 'B', '2021-01-01')], 'C', today, today)).toEqual({ ok: true, beeindig: 'nu' });
  });

  it('starts a first membership for someone without a current household', () => {
    expect(planVerhuizing([lid('oud', 'A', '2020-01-01', '2021-01-01')], 'A', today, today)).toEqual({ ok: true, beeindig: null });
  });

  it.each([
    ['into the household they are in', [lid('nu', 'C', '2021-01-01')], 'C', '2026-11-01', LID_REASONS.alLid],
    ['before they joined the current one', [lid('nu', 'B', '2026-11-10')], 'C', '2026-11-01', LID_REASONS.voorBegin],
    ['in the future', [lid('nu', 'B', '2021-01-01')], 'C', '2026-12-01', LID_REASONS.toekomst],
  ])('refuses a move %s', (_, lidmaatschappen, naar, datum, reason) => {
    expect(planVerhuizing(lidmaatschappen, naar, day(datum), today)).toEqual({ ok: false, reason });
  });
});

describe('planUitschrijving and planSplitsing', () => {
  it('lets a member leave when others stay', () => {
    expect(planUitschrijving(lid('nu', 'A', '2020-01-01'), 'A', 2, today, today)).toEqual({ ok: true });
  });

  it.each([
    ['the last member', lid('nu', 'A', '2020-01-01'), 'A', 1, LID_REASONS.laatsteLid],
    ['someone of another household', lid('nu', 'B', '2020-01-01'), 'A', 3, LID_REASONS.geenLid],
    ['someone who already left', lid('oud', 'A', '2020-01-01', '2021-01-01'), 'A', 3, LID_REASONS.geenLid],
    ['nobody', null, 'A', 3, LID_REASONS.geenLid],
  ])('refuses %s', (_, l, huishoudenId, aantal, reason) => {
    expect(planUitschrijving(l, huishoudenId, aantal, today, today)).toEqual({ ok: false, reason });
  });

  const leden = [{ persoonId: 'a' }, { persoonId: 'b' }, { persoonId: 'c' }];
  it.each([
    [['b'], { ok: true }],
    [['b', 'c', 'b'], { ok: true }],
    [[], { ok: false, reason: LID_REASONS.kiesVertrekkers }],
    [['a', 'b', 'c'], { ok: false, reason: LID_REASONS.iemandBlijft }],
    [['x'], { ok: false, reason: LID_REASONS.geenLid }],
  ])('splitting off %j', (vertrekkers, result) => expect(planSplitsing(leden, vertrekkers)).toEqual(result));
});

describe('turning 18', () => {
  it.each([
    ['2008-11-22', '2026-11-22'],
    ['2008-02-29', '2026-03-01'],
  ])('born %s turns 18 on %s', (born, on) => expect(achttienOp(day(born)).toISOString().slice(0, 10)).toBe(on));

  it('is an adult from the 18th birthday', () => {
    expect(isMeerderjarig(day('2008-11-22'), today)).toBe(true);
    expect(isMeerderjarig(day('2008-11-23'), today)).toBe(false);
    expect(isMeerderjarig(null, today)).toBe(false);
  });

  it('ends gezag and voogdij the day before the 18th birthday, not curatele', () => {
    const born = day('2008-12-01');
    expect(vertegenwoordigingTot({ soort: 'GEZAG', vanaf: day('2008-12-01'), tot: null }, born)?.toISOString().slice(0, 10)).toBe('2026-11-30');
    expect(vertegenwoordigingTot({ soort: 'CURATOR', vanaf: day('2026-12-01'), tot: null }, born)).toBeNull();
    expect(vertegenwoordigingActueel({ soort: 'VOOGD', vanaf: day('2010-01-01'), tot: null }, born, day('2026-11-30'))).toBe(true);
    expect(vertegenwoordigingActueel({ soort: 'VOOGD', vanaf: day('2010-01-01'), tot: null }, born, day('2026-12-01'))).toBe(false);
    expect(vertegenwoordigingActueel({ soort: 'BEWINDVOERDER', vanaf: day('2026-12-01'), tot: null }, born, day('2027-06-01'))).toBe(true);
    // An earlier end of its own still counts.
    expect(vertegenwoordigingTot({ soort: 'GEZAG', vanaf: day('2008-12-01'), tot: day('2020-01-01') }, born)?.toISOString().slice(0, 10)).toBe('2020-01-01');
  });

  it('lists children who turn 18 soon or just did, soonest first', () => {
    const leden = [
      { persoonId: 'a', naam: 'Ahmed', rol: 'KIND' as const, geboortedatum: day('2009-01-15') }, // in 54 days
      { persoonId: 'b', naam: 'Bo', rol: 'KIND' as const, geboortedatum: day('2008-11-10') }, // 12 days ago
      { persoonId: 'c', naam: 'Cas', rol: 'KIND' as const, geboortedatum: day('2012-05-01') }, // years away
      { persoonId: 'd', naam: 'Dirk', rol: 'HOOFDBEWONER' as const, geboortedatum: day('1970-05-01') },
      { persoonId: 'e', naam: 'Eva', rol: 'KIND' as const, geboortedatum: null },
    ];
    expect(wordtBinnenkort18(leden, today).map((l) => l.naam)).toEqual(['Bo', 'Ahmed']);
  });
});

describe('names', () => {
  it('joins the parts the BRP keeps', () => {
    expect(volledigeNaam({ voornamen: 'Anna Maria', tussenvoegsel: 'de', achternaam: 'Vries' })).toBe('Anna Maria de Vries');
    expect(volledigeNaam({ voornamen: 'Piet', tussenvoegsel: null, achternaam: 'Jansen' })).toBe('Piet Jansen');
    expect(naamMetVoorletters({ voornamen: 'anna maria', tussenvoegsel: 'de', achternaam: 'Vries' })).toBe('A.M. de Vries');
  });
});

describe('rollenNaSplitsing', () => {
  it('keeps the roles when a hoofdbewoner leaves too', () => {
    const r = rollenNaSplitsing([
      { persoonId: 'a', rol: 'HOOFDBEWONER' as const, geboortedatum: day('1990-01-01') },
      { persoonId: 'b', rol: 'KIND' as const, geboortedatum: day('2015-01-01') },
    ]);
    expect(r.map((x) => x.nieuweRol)).toEqual(['HOOFDBEWONER', 'KIND']);
  });

  it('makes the oldest the hoofdbewoner otherwise', () => {
    const r = rollenNaSplitsing([
      { persoonId: 'k', rol: 'KIND' as const, geboortedatum: day('2012-01-01') },
      { persoonId: 'p', rol: 'PARTNER' as const, geboortedatum: day('1985-01-01') },
      { persoonId: 'x', rol: 'OVERIG' as const, geboortedatum: null },
    ]);
    expect(r.map((x) => [x.persoonId, x.nieuweRol])).toEqual([['k', 'KIND'], ['p', 'HOOFDBEWONER'], ['x', 'OVERIG']]);
  });
});
