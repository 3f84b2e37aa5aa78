import { describe, expect, it } from 'vitest';
import {
  buildTijdlijn,
  duurTekst,
  filterTijdlijn,
  kortAf,
  parseTijdlijnFilter,
  sortTijdlijn,
  tellPerSoort,
  TIJDLIJN_LINK_SEGMENTEN,
  TIJDLIJN_SOORT_LABELS,
  TIJDLIJN_SOORTEN,
  type TijdlijnBron,
  type TijdlijnItem,
} from '@/lib/domain/tijdlijn';
import { DOSSIER_TABS } from '@/components/dossier/dossier-tabs';
import { toIsoDate } from '@/lib/domain/dates';

const H = 'h1';
const d = (iso: string) => new Date(iso);

const leeg = (): TijdlijnBron => ({
  huishoudenId: H, meldingen: [], triages: [], casussen: [], toestemmingen: [], gegevensdelingen: [], gesprekken: [],
  veiligheidsanalyses: [], consulten: [], regie: [], planVersies: [], evaluaties: [], aanvragen: [], beschikkingen: [],
  toewijzingen: [], contactmomenten: [], documenten: [], lidmaatschappen: [],
});

// One record of every kind, in route order over 2026.
const volledig = (): TijdlijnBron => ({
  ...leeg(),
  meldingen: [{ id: 'm1', kenmerk: 'M-2026-000001', kanaal: 'TELEFOON', ontvangenOp: d('2026-01-05T09:00:00Z'), urgent: true, melderOrganisatie: 'Huisartsenpraktijk Zuid' }],
  triages: [{ id: 't1', meldingId: 'm1', kenmerk: 'M-2026-000001', op: d('2026-01-05T11:00:00Z'), uitkomst: 'MEERVOUDIG', vervolg: 'VRAAGVERHELDERING', urgentie: 'HOOG', veiligheid: 'TWIJFEL', door: 'Fatima' }],
  casussen: [{
    id: 'c1', nummer: 'C-2026-000001', geopendOp: d('2026-01-05T11:00:00Z'), afgeslotenOp: d('2026-10-01T12:00:00Z'), heropendOp: d('2026-11-01T12:00:00Z'),
    faseWijzigingen: [
      { id: 'f1', van: 'TRIAGE', naar: 'VRAAGVERHELDERING', op: d('2026-01-05T11:01:00Z'), door: 'Fatima', reden: null },
      { id: 'f2', van: 'EVALUATIE', naar: 'AFGESLOTEN', op: d('2026-10-01T12:00:00Z'), door: 'Sanne', reden: 'Situatie stabiel' },
    ],
    gebeurtenissen: [{ id: 'g1', soort: 'HEROPEND', omschrijving: 'Nieuwe melding school', op: d('2026-11-01T12:00:00Z'), door: 'Sanne' }],
  }],
  toestemmingen: [{ id: 'ts1', soort: 'DELEN_MET_PARTIJ', persoon: 'Anna Jansen', partij: 'School', doel: 'Afstemmen zorg', gegevenOp: d('2026-01-10'), geldigTot: d('2027-01-10'), ingetrokkenOp: d('2026-06-01'), door: 'Sanne' }],
  gegevensdelingen: [{ id: 'gd1', partij: 'Veilig Thuis', doel: 'Advies', op: d('2026-01-12T10:00:00Z'), door: 'Sanne', opToestemming: false, wettelijkeGrond: 'MELDCODE' }],
  gesprekken: [{ id: 'gs1', datum: d('2026-01-15T13:00:00Z'), plaats: 'thuis', status: 'AFGEROND', door: 'Sanne', verslagVerstuurdOp: d('2026-01-20T08:00:00Z') }],
  veiligheidsanalyses: [{ id: 'va1', op: d('2026-01-15T14:00:00Z'), niveau: 'TWIJFEL', door: 'Sanne' }],
  consulten: [{ id: 'co1', soort: 'VEILIGHEID', aangevraagdOp: d('2026-01-15T15:00:00Z'), aangevraagdDoor: 'Sanne', afgerondOp: d('2026-01-18T15:00:00Z'), gedragswetenschapper: 'Gert' }],
  regie: [{ id: 'r1', vorm: 'CASUSREGIE', lead: true, regisseur: 'Sanne', aanbieder: null, vanaf: d('2026-01-21T09:00:00Z'), tot: d('2026-10-01T12:00:00Z'), reden: 'Casusverdeling', eindreden: 'Casus afgesloten', toegewezenDoor: 'Tom' }],
  planVersies: [{ id: 'p1', versienummer: 1, status: 'IN_UITVOERING', aangemaaktOp: d('2026-02-01T09:00:00Z'), opgesteldDoor: 'Sanne', akkoordInwonerOp: d('2026-02-10'), vastgesteldOp: d('2026-02-11T09:00:00Z'), vastgesteldDoor: 'Sanne' }],
  evaluaties: [{ id: 'e1', datum: d('2026-08-01'), besluit: 'AFSLUITEN', versienummer: 1, door: 'Sanne' }],
  aanvragen: [{ id: 'a1', nummer: 'A-2026-000001', wet: 'WMO', product: 'Dagbesteding', ontvangenOp: d('2026-02-12'), status: 'BESCHIKT', verdaagdOp: null }],
  beschikkingen: [{ id: 'b1', identificatie: 'B-2026-000001', wet: 'WMO', besluit: 'TOEKENNING', status: 'VERZONDEN', aangemaaktOp: d('2026-02-13T09:00:00Z'), vastgesteldOp: d('2026-02-14T09:00:00Z'), verzenddatum: d('2026-02-15'), vastgesteldDoor: 'Bo' }],
  toewijzingen: [{ id: 'tw1', toewijzingNummer: 7, product: 'Dagbesteding', aanbieder: 'Zorg BV', toewijzingOp: d('2026-02-16T09:00:00Z'), ingangsdatum: d('2026-03-01'), einddatum: d('2026-12-31'), status: 'VERZONDEN' }],
  contactmomenten: [{ id: 'j1', soort: 'TELEFOON', datum: d('2026-03-03T10:00:00Z'), duurMinuten: 15, metWie: 'moeder', notitie: 'Gebeld over de dagbesteding.', auteur: 'Sanne' }],
  documenten: [{ id: 'doc1', soort: 'BIJLAGE', titel: 'Brief school', aangemaaktOp: d('2026-03-04T10:00:00Z'), door: 'Sanne' }],
  lidmaatschappen: [{ id: 'l1', persoon: 'Kees Jansen', rol: 'PARTNER', vanaf: d('2025-05-01'), tot: d('2026-04-01'), reden: 'Verhuisd' }],
  mijnPlan: {
    berichten: [{ id: 'pb1', op: d('2026-03-05T09:00:00Z'), vanInwoner: true, afzender: 'Ria Jansen', tekst: 'Hierbij de brief.' }],
    reacties: [{ id: 'pr1', op: d('2026-02-10T09:00:00Z'), akkoord: true, versienummer: 1, door: 'Ria Jansen', opmerking: null }],
    voortgang: [{ id: 'dv1', op: d('2026-03-06T09:00:00Z'), doel: 'Weer samen eten', schaal: 4, door: 'Ria Jansen', tekst: 'Drie keer per week.' }],
  },
  ketenpartners: {
    voortgang: [{ id: 'kv1', op: d('2026-03-07T09:00:00Z'), organisatie: 'Huisartsenpraktijk', actie: 'Afstemming met de POH-ggz', status: 'Gedaan', notitie: 'Afgestemd.' }],
    signalen: [{ id: 'ks1', op: d('2026-03-08T09:00:00Z'), organisatie: 'School', soort: 'Crisis', toelichting: 'Zorgen over thuis.' }],
  },
});

describe('buildTijdlijn', () => {
  it('makes entries of every kind, newest first', () => {
    const items = buildTijdlijn(volledig());
    const soorten = new Set(items.map((i) => i.soort));
    expect([...soorten].sort()).toEqual([...TIJDLIJN_SOORTEN].sort());
    expect(items).toHaveLength(34); // 29, plus a message, an online akkoord and progress in Mijn plan (issue 21), a partner's progress and signal (issue 22)
    // Newest day first; within a day, date-only entries lead, then the timed ones newest first.
    const dag = (d: Date) => toIsoDate(d);
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1], items[i]];
      expect(dag(a.op) >= dag(b.op)).toBe(true);
      if (dag(a.op) === dag(b.op) && a.metTijd === b.metTijd) expect(a.op.getTime()).toBeGreaterThanOrEqual(b.op.getTime());
      if (dag(a.op) === dag(b.op)) expect(!a.metTijd || b.metTijd).toBe(true);
    }
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
  });

  it('shows a gesprek by its day only, leading the events of that day, not at "01:00" below them (issue 16 item 16)', () => {
    const bron = volledig();
    bron.gesprekken = [{ id: 'gs2', datum: d('2026-03-10T00:00:00Z'), plaats: 'thuis', status: 'AFGEROND', door: 'Sanne', verslagVerstuurdOp: null }];
    bron.contactmomenten = [];
    bron.meldingen = [...bron.meldingen, { ...bron.meldingen[0], id: 'm9', kenmerk: 'M-2026-000009', ontvangenOp: d('2026-03-10T09:30:00Z') }];
    const items = buildTijdlijn(bron).filter((i) => toIsoDate(i.op) === '2026-03-10');
    expect(items.map((i) => [i.soort, i.metTijd])).toEqual([['GESPREK', false], ['MELDING', true]]);
  });

  it('shows closing and reopening of the casus', () => {
    const titels = buildTijdlijn(volledig()).map((i) => i.titel);
    expect(titels).toContain('Casus C-2026-000001 afgesloten');
    expect(titels).toContain('Heropend');
    // Recorded by the fase change and the gebeurtenis: not a second time from the casus columns.
    expect(titels.filter((t) => t === 'Casus C-2026-000001 afgesloten')).toHaveLength(1);
    expect(titels).not.toContain('Casus C-2026-000001 heropend');
  });

  it('falls back to the casus columns when no fase change records closing or reopening', () => {
    const bron = volledig();
    bron.casussen[0].faseWijzigingen = [];
    bron.casussen[0].gebeurtenissen = [];
    const titels = buildTijdlijn(bron).map((i) => i.titel);
    expect(titels).toContain('Casus C-2026-000001 afgesloten');
    expect(titels).toContain('Casus C-2026-000001 heropend');
  });

  it('writes a journaal entry with soort, with whom, duration, a short note and a link to it', () => {
    const entry = buildTijdlijn(volledig()).find((i) => i.soort === 'JOURNAAL')!;
    expect(entry).toMatchObject({
      titel: 'Telefoon met moeder', details: ['15 min', 'Gebeld over de dagbesteding.'], door: 'Sanne', href: '/huishoudens/h1/journaal/j1',
    });
  });

  it('links consent and membership changes to their tabs and marks date-only entries', () => {
    const items = buildTijdlijn(volledig());
    const ingetrokken = items.find((i) => i.key === 'toestemming:ts1:ingetrokken')!;
    expect(ingetrokken).toMatchObject({ href: '/huishoudens/h1/toestemmingen', metTijd: false, titel: 'Toestemming van Anna Jansen ingetrokken: delen met School' });
    expect(items.find((i) => i.key === 'lid:l1:einde')).toMatchObject({ titel: 'Kees Jansen hoort niet meer bij het huishouden', details: ['Verhuisd'] });
  });

  it('links only to dossier tabs that exist, or to a melding', () => {
    const segments = new Set<string>(DOSSIER_TABS.map((t) => t.segment));
    for (const s of TIJDLIJN_LINK_SEGMENTEN) expect(segments.has(s)).toBe(true);
    for (const item of buildTijdlijn(volledig())) {
      if (!item.href) continue;
      expect(item.href).toMatch(/^\/(huishoudens\/h1\/[a-z]+(\/[\w-]+)?|meldingen\/[\w-]+)$/);
    }
  });

  it("names the ketenpartner of a consult asked of it (issue 22), under ketenpartners, not as a gedragswetenschapper's consult", () => {
    const items = buildTijdlijn({
      ...leeg(),
      consulten: [{ id: 'pk', soort: 'MEEDENKEN', aangevraagdOp: d('2026-02-01T09:00:00Z'), aangevraagdDoor: 'Sanne', afgerondOp: d('2026-02-03T09:00:00Z'), gedragswetenschapper: null, adviseur: 'Huisartsenpraktijk Molenplein' }],
    });
    expect(items.map((i) => [i.soort, i.titel, i.door ?? null])).toEqual([
      ['KETENPARTNER', 'Huisartsenpraktijk Molenplein gaf advies', null],
      ['KETENPARTNER', 'Advies gevraagd aan Huisartsenpraktijk Molenplein', 'Sanne'],
    ]);
  });

  it('is empty for a household without records', () => {
    expect(buildTijdlijn(leeg())).toEqual([]);
  });
});

describe('sorting and filtering', () => {
  const item = (key: string, soort: TijdlijnItem['soort'], iso: string): TijdlijnItem => ({
    key, soort, op: d(iso), metTijd: true, titel: key, details: [], door: null, href: null,
  });

  it('orders equal moments by route, later steps first, whatever the input order', () => {
    const a = item('melding:1', 'MELDING', '2026-01-01T10:00:00Z');
    const b = item('triage:1', 'TRIAGE', '2026-01-01T10:00:00Z');
    const c = item('journaal:1', 'JOURNAAL', '2026-01-02T10:00:00Z');
    expect(sortTijdlijn([a, b, c]).map((i) => i.key)).toEqual(['journaal:1', 'triage:1', 'melding:1']);
    expect(sortTijdlijn([c, a, b]).map((i) => i.key)).toEqual(['journaal:1', 'triage:1', 'melding:1']);
  });

  it('parses the filter from the query string and ignores unknown kinds', () => {
    expect(parseTijdlijnFilter(['JOURNAAL', 'ONZIN', 'MELDING'])).toEqual(['MELDING', 'JOURNAAL']);
    expect(parseTijdlijnFilter('REGIE,PLAN')).toEqual(['REGIE', 'PLAN']);
    expect(parseTijdlijnFilter(undefined)).toEqual([]);
  });

  it('filters by kind, and nothing picked shows everything', () => {
    const items = buildTijdlijn(volledig());
    const journaal = filterTijdlijn(items, ['JOURNAAL']);
    expect(journaal.map((i) => i.key)).toEqual(['journaal:j1']);
    expect(filterTijdlijn(items, [])).toBe(items);
    const counts = tellPerSoort(items);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(items.length);
    expect(counts.JOURNAAL).toBe(1);
    expect(counts.REGIE).toBe(2);
  });

  it('has a label for every kind', () => {
    expect(Object.keys(TIJDLIJN_SOORT_LABELS).sort()).toEqual([...TIJDLIJN_SOORTEN].sort());
  });
});

describe('text helpers', () => {
  it.each([
    [5, '5 min'],
    [60, '1 uur'],
    [95, '1 uur 35 min'],
  ])('duurTekst(%s) = %s', (min, text) => expect(duurTekst(min)).toBe(text));

  it('cuts a long note at a word boundary', () => {
    expect(kortAf('kort')).toBe('kort');
    const lang = `${'woord '.repeat(40)}einde`;
    const cut = kortAf(lang, 50);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(cut).not.toMatch(/wo…$/);
  });
});
