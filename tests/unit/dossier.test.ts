import { describe, expect, it } from 'vitest';
import {
  dossierTaken,
  loopt,
  nietAfgelopen,
  veiligheidsSignaal,
  type DossierTaakInput,
} from '@/lib/domain/dossier';
import { BESLUITDAGEN_2026_2028 } from '@/lib/domain/termijnwet';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = day('2026-11-22');
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('safety banner', () => {
  it.each([
    [null, 0, null],
    ['GEEN_ZORGEN', 0, null],
    ['TWIJFEL', 0, 'TWIJFEL'],
    ['RISICO', 0, 'RISICO'],
    ['ACUUT', 2, 'ACUUT'],
    ['GEEN_ZORGEN', 1, 'TWIJFEL'],
  ] as const)('veiligheid %s with %s open consults → %s', (veiligheid, consults, niveau) => {
    expect(veiligheidsSignaal(veiligheid, consults)?.niveau ?? null).toBe(niveau);
  });

  it('mentions the open consult', () => {
    expect(veiligheidsSignaal('RISICO', 1)?.tekst).toContain('veiligheidsconsult');
    expect(veiligheidsSignaal('RISICO', 0)?.tekst).not.toContain('veiligheidsconsult');
  });
});

const input = (over: Partial<DossierTaakInput> = {}): DossierTaakInput => ({
  casus: { id: 'c1', fase: 'VRAAGVERHELDERING', meldingOntvangenOp: day('2026-10-20'), verslagVerstuurdOp: null, waakvlamOp: null, opschortingen: [] },
  onderzoekTermijnDagen: 42,
  evaluatieDatum: null,
  consulten: [],
  taken: [],
  acties: [],
  aanvragen: [],
  achttien: [],
  eindigend: [],
  besluitdagen: new Set(BESLUITDAGEN_2026_2028.map((b) => b.datum)),
  ...over,
});

describe('deadlines and open tasks', () => {
  it('derives the Wmo onderzoek term from the melding, moved by an opschorting', () => {
    const [onderzoek] = dossierTaken(input(), today);
    expect(onderzoek).toMatchObject({ soort: 'ONDERZOEK', wettelijk: true, status: 'ON_TRACK' });
    expect(iso(onderzoek.op)).toBe('2026-12-01');
    const paused = dossierTaken(input({ casus: { ...input().casus!, opschortingen: [{ van: day('2026-10-25'), tot: day('2026-11-01') }] } }), today);
    expect(iso(paused[0].op)).toBe('2026-12-08');
  });

  it('drops the onderzoek term once the verslag is sent or the casus is closed', () => {
    expect(dossierTaken(input({ casus: { ...input().casus!, verslagVerstuurdOp: day('2026-11-01') } }), today)).toEqual([]);
    expect(dossierTaken(input({ casus: { ...input().casus!, fase: 'AFGESLOTEN' } }), today)).toEqual([]);
  });

  it('shows the waakvlam only on a closed casus', () => {
    const closed = dossierTaken(input({ casus: { ...input().casus!, fase: 'AFGESLOTEN', waakvlamOp: day('2027-02-01') } }), today);
    expect(closed.map((x) => x.soort)).toEqual(['WAAKVLAM']);
  });

  it('lists every kind, by date, with the term status', () => {
    const taken = dossierTaken(input({
      evaluatieDatum: day('2027-01-15'),
      consulten: [{ id: 'c', soort: 'VEILIGHEID', uiterlijkOp: day('2026-11-20'), wie: 'Gert' }],
      taken: [{ id: 't', titel: 'Bellen met school', uiterlijkOp: day('2026-11-24'), wie: 'Sanne' }],
      acties: [{ id: 'a', wat: 'Aanmelden schuldhulp', uiterlijk: day('2026-12-10'), wie: null }],
      aanvragen: [{ id: 'v', nummer: 'A-1', wet: 'WMO', ontvangenOp: day('2026-11-15'), verdagingDagen: null, opschortingen: [] }],
      achttien: [{ persoonId: 'p', naam: 'Bo', op: day('2027-01-02') }],
      eindigend: [
        { key: 'tw1', titel: 'Toewijzing dagbesteding', einddatum: day('2026-12-31') },
        { key: 'tw2', titel: 'Toewijzing ver weg', einddatum: day('2027-12-31') },
        { key: 'tw3', titel: 'Toewijzing voorbij', einddatum: day('2026-11-01') },
      ],
    }), today);
    expect(taken.map((x) => [x.soort, iso(x.op), x.status])).toEqual([
      ['CONSULT', '2026-11-20', 'OVERDUE'],
      ['TAAK', '2026-11-24', 'DUE_SOON'],
      ['BESCHIKKING', '2026-11-30', 'ON_TRACK'], // 29 November is a Sunday (Atw)
      ['ONDERZOEK', '2026-12-01', 'ON_TRACK'],
      ['ACTIE', '2026-12-10', 'ON_TRACK'],
      ['EINDE_VOORZIENING', '2026-12-31', 'ON_TRACK'],
      ['ACHTTIEN', '2027-01-02', 'ON_TRACK'],
      ['EVALUATIE', '2027-01-15', 'ON_TRACK'],
    ]);
    expect(taken.find((x) => x.soort === 'ACHTTIEN')?.titel).toBe('Bo wordt 18 op 2 januari 2027: gezag eindigt, overgang van Jeugdwet naar Wmo bespreken');
  });

  it('gives a Jeugdwet aanvraag the Awb term of eight weeks, extended once', () => {
    const [, aanvraag] = dossierTaken(input({ aanvragen: [{ id: 'j', nummer: 'A-2', wet: 'JEUGDWET', ontvangenOp: day('2026-11-01'), verdagingDagen: 14, opschortingen: [] }] }), today);
    // 1 November + 56 = Sunday 27 December, so Monday 28 December (Atw); the verdaging counts as given: 11 January.
    expect(iso(aanvraag.op)).toBe('2027-01-11');
    expect(aanvraag.uitleg).toBe('8 weken na ontvangst op 1 november 2026; eindigt op zondag 27 december 2026, dus maandag 28 december 2026; verdaagd met 14 dagen, dus 11 januari 2027');
  });
});

describe('running and ended', () => {
  it.each([
    [null, null, true],
    ['2026-11-23', null, false],
    ['2026-01-01', '2026-11-22', true],
    ['2026-01-01', '2026-11-21', false],
  ])('loopt(%s, %s)', (van, tot, expected) => expect(loopt(van ? day(van) : null, tot ? day(tot) : null, today)).toBe(expected));

  it('counts a voorziening that still has to start as not ended', () => {
    expect(nietAfgelopen(null, today)).toBe(true);
    expect(nietAfgelopen(day('2026-11-21'), today)).toBe(false);
  });
});
