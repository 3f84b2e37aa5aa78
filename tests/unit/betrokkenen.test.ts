import { describe, expect, it } from 'vitest';
import { aantalOrganisaties, aantalProfessionals, verzamelBetrokkenen, type BetrokkenenBron } from '@/lib/domain/betrokkenen';
import { activeDossierSegment, DOSSIER_TABS, dossierHref } from '@/components/dossier/dossier-tabs';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const geen = { telefoon: null, email: null };

const bron: BetrokkenenBron = {
  medewerkers: [
    { userId: 'u1', naam: 'Sanne', functie: 'Wijkcoach', rol: 'Contactpersoon', sinds: day('2026-01-05'), ...geen },
    { userId: 'u1', naam: 'Sanne', functie: 'Wijkcoach', rol: 'Casusregisseur', sinds: day('2026-02-01'), lead: true, telefoon: '06-1', email: 's@x.test' },
    { userId: 'u2', naam: 'Gert', functie: 'Gedragswetenschapper', rol: 'Consult veiligheid', sinds: day('2026-01-10'), ...geen },
  ],
  aanbieders: [
    { aanbiederId: 'a1', naam: 'Zorg BV', contactNaam: 'Kim', rol: 'Toewijzing dagbesteding', sinds: day('2026-03-01'), telefoon: '0223', email: null },
    { aanbiederId: 'a1', naam: 'Zorg BV', contactNaam: 'Kim', rol: 'Toewijzing begeleiding', sinds: day('2026-02-01'), telefoon: null, email: 'info@zorg.test' },
  ],
  professionals: [{ id: 'b1', naam: 'Dr. Bakker', organisatie: 'Huisartsenpraktijk Zuid', rol: 'Huisarts', sinds: day('2020-01-01'), telefoon: '0223-1', email: null }],
  netwerk: [
    { id: 'n1', naam: 'Oma Jansen', relatie: 'grootmoeder', bijdrage: 'past op', telefoon: null, organisatie: false },
    { id: 'n2', naam: 'oma jansen ', relatie: 'Grootmoeder', bijdrage: null, telefoon: '06-9', organisatie: false },
  ],
};

describe('verzamelBetrokkenen', () => {
  const regels = verzamelBetrokkenen(bron);

  it('makes one line per person or organisation, grouped, the lead regisseur first', () => {
    expect(regels.map((r) => [r.groep, r.naam])).toEqual([
      ['TEAM', 'Sanne'], ['TEAM', 'Gert'], ['AANBIEDER', 'Zorg BV'], ['PROFESSIONAL', 'Dr. Bakker'], ['NETWERK', 'Oma Jansen'],
    ]);
  });

  it('joins the roles, keeps the earliest date and fills in contact details', () => {
    expect(regels[0]).toMatchObject({ rollen: ['Contactpersoon', 'Casusregisseur'], sinds: day('2026-01-05'), lead: true, telefoon: '06-1', email: 's@x.test' });
    expect(regels[2]).toMatchObject({ rollen: ['Toewijzing dagbesteding', 'Toewijzing begeleiding'], sinds: day('2026-02-01'), telefoon: '0223', email: 'info@zorg.test', organisatie: 'Contactpersoon: Kim' });
    expect(regels[4]).toMatchObject({ rollen: ['grootmoeder: past op', 'Grootmoeder'], telefoon: '06-9' });
  });

  it('lets recorded betrokkenen be ended from the page, nobody else', () => {
    expect(regels.filter((r) => r.betrokkeneId).map((r) => r.betrokkeneId)).toEqual(['b1']);
  });

  it('counts professionals and organisations, not the network', () => {
    expect(aantalProfessionals(regels)).toBe(4);
  });

  it('counts organisations apart from people: the gemeente once, each aanbieder, a professional by organisation name (issue 16 item 20)', () => {
    expect(aantalOrganisaties(regels)).toBe(3); // gemeente (Sanne, Gert), Zorg BV, Huisartsenpraktijk Zuid
    const meer = verzamelBetrokkenen({
      ...bron,
      professionals: [
        ...bron.professionals,
        { id: 'b2', naam: 'Dr. de Wit', organisatie: ' huisartsenpraktijk zuid', rol: 'Huisarts', sinds: day('2021-01-01'), ...geen },
        { id: 'b3', naam: 'Juf Ans', organisatie: null, rol: 'Mentor', sinds: day('2021-01-01'), ...geen },
      ],
    });
    expect([aantalProfessionals(meer), aantalOrganisaties(meer)]).toEqual([6, 4]);
  });
});

describe('dossier tabs', () => {
  it('lists the tabs the other issues build in, each once', () => {
    const segments = DOSSIER_TABS.map((t) => t.segment);
    expect(new Set(segments).size).toBe(segments.length);
    for (const s of ['', 'tijdlijn', 'betrokkenen', 'toestemmingen', 'gesprekken', 'veiligheid', 'regie', 'plan', 'beschikkingen']) {
      expect(segments).toContain(s);
    }
  });

  it.each([
    ['/huishoudens/h1', ''],
    ['/huishoudens/h1/', ''],
    ['/huishoudens/h1/tijdlijn', 'tijdlijn'],
    ['/huishoudens/h1/gesprekken/g7/bewerken', 'gesprekken'],
    ['/huishoudens/h1/onbekend', null],
    ['/huishoudens/h2/tijdlijn', null],
  ])('%s is tab %s', (path, segment) => expect(activeDossierSegment(path, 'h1')).toBe(segment));

  it('builds the links', () => {
    expect(dossierHref('h1')).toBe('/huishoudens/h1');
    expect(dossierHref('h1', 'journaal', 'j1')).toBe('/huishoudens/h1/journaal/j1');
  });
});
