import { describe, expect, it } from 'vitest';
import { BESLUITDAGEN_2026_2028 } from '@/lib/domain/termijnwet';
import {
  compareWorklist, isUrgent, kiesTeamVoorCasus, leefgebiedVoorInwoner, meldingTermijn, melderVereist, naamPast,
  nieuwHuishoudenRefusal, pagination, volledigeNaam, wijstOpGevaar, LEEFGEBIED_VOOR_INWONER, bevestigingTermijnen, gemeenteTitel,
} from '@/lib/domain/melding';
import { DEFAULT_LEEFGEBIEDEN } from '@/lib/domain/zrm';
import { KANAAL_VALUES, type MeldingStatus } from '@/lib/domain/enums';

const KB = new Set<string>(BESLUITDAGEN_2026_2028.map((b) => b.datum)); // Atw art. 3 lid 3

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('the safety answer', () => {
  it.each([
    ['ja', true],
    ['twijfel', true],
    ['nee', false],
    ['', false],
    [null, false],
  ] as const)('%s points to danger: %s', (answer, expected) => expect(wijstOpGevaar(answer)).toBe(expected));

  it('marks a melding urgent on danger or when Veilig Thuis reports it, and not otherwise', () => {
    const urgentChannels = KANAAL_VALUES.filter((kanaal) => isUrgent({ veiligheidsantwoord: 'nee', kanaal }));
    expect(urgentChannels).toEqual(['VEILIG_THUIS']);
    expect(isUrgent({ veiligheidsantwoord: 'ja', kanaal: 'WEBSITE' })).toBe(true);
    expect(isUrgent({ veiligheidsantwoord: 'twijfel' })).toBe(true);
    expect(isUrgent({ veiligheidsantwoord: 'nee', kanaal: 'WEBSITE' })).toBe(false);
  });
});

describe('the terms of a melding', () => {
  it('counts days since the melding and the six-week onderzoek date (Wmo 2015 art. 2.3.2)', () => {
    expect(meldingTermijn(day('2026-11-02'), day('2026-11-22'), KB)).toMatchObject({ dagenOud: 20, onderzoekUiterlijk: day('2026-12-14'), dagenOver: 22 });
  });

  it('goes negative once the six weeks have passed, and follows the gemeente’s own term', () => {
    expect(meldingTermijn(day('2026-01-01'), day('2026-03-01'), KB).dagenOver).toBe(-17);
    expect(meldingTermijn(day('2026-01-01'), day('2026-01-01'), KB, 28).onderzoekUiterlijk).toEqual(day('2026-01-29'));
  });

  it('takes an evening melding in Amsterdam as that Amsterdam day', () => {
    // 23:30 UTC on 31 March is 1 April in Amsterdam.
    expect(meldingTermijn(new Date('2026-03-31T23:30:00Z'), day('2026-04-01'), KB).dagenOud).toBe(0);
  });

  it('promises the persoonlijk plan term of seven days on the confirmation', () => {
    // Both end on a Sunday (3 January 2027, 29 November 2026): the Algemene termijnenwet gives the Monday.
    expect(bevestigingTermijnen(day('2026-11-22'), KB)).toEqual({ onderzoekUiterlijk: day('2027-01-04'), persoonlijkPlanUiterlijk: day('2026-11-30') });
  });

  it('explains the onderzoek date: six weeks from a melding on Friday 20 February 2026 end on Goede Vrijdag', () => {
    expect(meldingTermijn(day('2026-02-20'), day('2026-02-20'), KB).uitleg).toBe(
      '6 weken na de melding op 20 februari 2026; eindigt op Goede Vrijdag (vrijdag 3 april 2026), dus dinsdag 7 april 2026',
    );
  });
});

describe('the worklist order', () => {
  const m = (kenmerk: string, status: MeldingStatus, urgent: boolean, iso: string) => ({ kenmerk, status, urgent, ontvangenOp: day(iso) });

  it('puts untriaged first, urgent first among them, then oldest first', () => {
    const rows = [
      m('gekoppeld-oud', 'GEKOPPELD', true, '2026-01-01'),
      m('nieuw-jong', 'NIEUW', false, '2026-11-20'),
      m('triage-urgent', 'IN_TRIAGE', true, '2026-11-21'),
      m('nieuw-oud', 'NIEUW', false, '2026-11-01'),
      m('nieuw-urgent-oud', 'NIEUW', true, '2026-11-10'),
      m('afgehandeld', 'AFGEHANDELD', false, '2026-10-01'),
    ];
    expect([...rows].sort(compareWorklist).map((r) => r.kenmerk)).toEqual([
      'nieuw-urgent-oud', 'triage-urgent', 'nieuw-oud', 'nieuw-jong', 'gekoppeld-oud', 'afgehandeld',
    ]);
  });

  it.each([
    [0, 1, { page: 1, pages: 1, skip: 0, take: 25 }],
    [60, 2, { page: 2, pages: 3, skip: 25, take: 25 }],
    [60, 9, { page: 3, pages: 3, skip: 50, take: 25 }],
    [60, -4, { page: 1, pages: 3, skip: 0, take: 25 }],
    [60, Number.NaN, { page: 1, pages: 3, skip: 0, take: 25 }],
  ])('paginates %i rows at page %s', (total, requested, expected) => expect(pagination(total, requested, 25)).toEqual(expected));
});

describe('the desk', () => {
  it('asks who reported when a partner, verwijzer or Veilig Thuis reports, or when it is about someone else', () => {
    const vereist = KANAAL_VALUES.filter((kanaal) => melderVereist(kanaal, true));
    expect(vereist).toEqual(['PARTNER', 'VERWIJZER', 'VEILIG_THUIS']);
    expect(KANAAL_VALUES.every((kanaal) => melderVereist(kanaal, false))).toBe(true);
  });
});

describe('plain language for residents', () => {
  it('has a resident’s name for every seeded leefgebied', () => {
    expect(DEFAULT_LEEFGEBIEDEN).toHaveLength(14);
    for (const l of DEFAULT_LEEFGEBIEDEN) expect(LEEFGEBIED_VOOR_INWONER[l.code]).toBeTruthy();
    expect(leefgebiedVoorInwoner({ code: 'BASALE_ADL', naam: 'Basale ADL' })).toBe('Zelfzorg, zoals wassen en aankleden');
    expect(leefgebiedVoorInwoner({ code: 'EIGEN', naam: 'Eigen leefgebied' })).toBe('Eigen leefgebied');
  });

  it('names the gemeente once', () => {
    expect(gemeenteTitel('Den Helder')).toBe('Gemeente Den Helder');
    expect(gemeenteTitel('Gemeente Woerden')).toBe('Gemeente Woerden');
  });
});

describe('attaching to a household', () => {
  const team = (id: string, soort: string, actief = true, naam = id) => ({ id, naam, soort, actief });

  it.each([
    [[team('bo', 'BACKOFFICE'), team('wt', 'WIJKTEAM')], 'wt'],
    [[team('jt', 'JEUGDTEAM'), team('wmo', 'WMO_TEAM')], 'jt'],
    [[team('wt', 'WIJKTEAM', false), team('wmo', 'WMO_TEAM')], 'wmo'],
    [[team('b', 'WIJKTEAM', true, 'Team B'), team('a', 'WIJKTEAM', true, 'Team A')], 'a'],
    [[team('kcc', 'FRONTOFFICE')], null],
    [[], null],
  ])('chooses the wijk’s team for a new casus (%#)', (teams, expected) => expect(kiesTeamVoorCasus(teams)).toBe(expected));

  it('asks for an explicit choice with a reason before a second current household', () => {
    const huidig = { persoonNaam: 'Jan de Vries', huishoudenNaam: 'Huishouden De Vries (Kerkstraat 1)' };
    expect(nieuwHuishoudenRefusal(null, { bevestigd: false, reden: null })).toBeNull();
    expect(nieuwHuishoudenRefusal(huidig, { bevestigd: false, reden: 'verhuisd' })?.bevestigNieuw?.[0]).toContain('Jan de Vries hoort al bij Huishouden De Vries');
    expect(nieuwHuishoudenRefusal(huidig, { bevestigd: true, reden: '  ' })).toEqual({ reden: ['Geef de reden waarom deze persoon een nieuw huishouden krijgt.'] });
    expect(nieuwHuishoudenRefusal(huidig, { bevestigd: true, reden: 'Uit elkaar gegaan, woont nu apart' })).toBeNull();
  });

  it('matches a typed name on every word, ignoring case and accents', () => {
    const p = { voornamen: 'José', tussenvoegsel: 'de', achternaam: 'Vries' };
    expect(volledigeNaam(p)).toBe('José de Vries');
    expect(naamPast('jose vries', p)).toBe(true);
    expect(naamPast('De Vries', p)).toBe(true);
    expect(naamPast('Jan de Vries', p)).toBe(false);
    expect(naamPast('   ', p)).toBe(false);
  });
});
