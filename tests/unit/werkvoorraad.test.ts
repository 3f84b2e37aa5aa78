import { describe, expect, it } from 'vitest';
import { dossierTaken } from '@/lib/domain/dossier';
import {
  bouwWerkvoorraad,
  evaluatieUiterlijk,
  laatsteRegisseur,
  onderzoekUiterlijk,
  sorteerTaken,
  waakvlamUiterlijk,
  type RegieFacts,
  type WerkvoorraadInput,
  type WerkvoorraadTaak,
} from '@/lib/domain/werkvoorraad';
import { BESLUITDAGEN_2026_2028 } from '@/lib/domain/termijnwet';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = d('2026-11-22');
const KB = new Set<string>(BESLUITDAGEN_2026_2028.map((b) => b.datum)); // Atw art. 3 lid 3
const hh = (id: string, naam = `Huishouden ${id}`) => ({ id, naam, wijk: 'Centrum' });

const regie = (id: string, casus: Partial<RegieFacts['casus']> = {}): RegieFacts => ({
  vorm: 'CASUSREGIE',
  lead: true,
  huishouden: hh(id),
  casus: {
    id: `c-${id}`,
    nummer: `C-${id}`,
    fase: 'PLAN',
    meldingOntvangenOp: d('2026-11-01'),
    verslagVerstuurdOp: null,
    opschortingen: [],
    planVersies: [],
    ...casus,
  },
});

const input = (overrides: Partial<WerkvoorraadInput> = {}): WerkvoorraadInput => ({
  me: 'me', today, onderzoekTermijnDagen: 42, besluitdagen: KB, regie: [], consulten: [], waakvlam: [], taken: [], ...overrides,
});

describe('onderzoekUiterlijk (Wmo 2015 art. 2.3.2: six weeks)', () => {
  it('is six weeks after the melding, moved by an opschorting, and gone once the verslag is sent', () => {
    const c = regie('a').casus;
    // 13 and 20 December 2026 are Sundays: the Algemene termijnenwet gives the Monday.
    expect(onderzoekUiterlijk(c, 42, today, KB)?.uiterlijk).toEqual(d('2026-12-14'));
    expect(onderzoekUiterlijk({ ...c, opschortingen: [{ van: d('2026-11-05'), tot: d('2026-11-12') }] }, 42, today, KB)?.uiterlijk).toEqual(d('2026-12-21'));
    expect(onderzoekUiterlijk({ ...c, verslagVerstuurdOp: d('2026-11-20') }, 42, today, KB)).toBeNull();
    expect(onderzoekUiterlijk({ ...c, fase: 'AFGESLOTEN' }, 42, today, KB)).toBeNull();
  });
});

describe('evaluatieUiterlijk', () => {
  it('takes the latest vastgesteld or in-uitvoering version, ignoring concepts and replaced ones', () => {
    expect(
      evaluatieUiterlijk([
        { versienummer: 1, status: 'VERVANGEN', evaluatieDatum: d('2026-06-01') },
        { versienummer: 2, status: 'IN_UITVOERING', evaluatieDatum: d('2027-01-15') },
        { versienummer: 3, status: 'CONCEPT', evaluatieDatum: d('2027-03-01') },
      ]),
    ).toEqual(d('2027-01-15'));
    expect(evaluatieUiterlijk([{ versienummer: 1, status: 'CONCEPT', evaluatieDatum: d('2027-01-01') }])).toBeNull();
  });
});

describe('waakvlam', () => {
  const leads = [
    { regisseurId: 'me', vanaf: d('2025-01-01'), tot: d('2025-06-01') },
    { regisseurId: 'other', vanaf: d('2025-06-01'), tot: d('2026-09-01') },
  ];
  it('belongs to the last lead regisseur of the closed casus', () => {
    expect(laatsteRegisseur(leads)).toBe('other');
    const facts = { huishouden: hh('w'), casus: { id: 'c', nummer: 'C', fase: 'AFGESLOTEN' as const, waakvlamOp: d('2026-12-01') }, leads };
    expect(waakvlamUiterlijk(facts, 'other')).toEqual(d('2026-12-01'));
    expect(waakvlamUiterlijk(facts, 'me')).toBeNull();
    expect(waakvlamUiterlijk({ ...facts, casus: { ...facts.casus, fase: 'UITVOERING' } }, 'other')).toBeNull();
  });
});

describe('bouwWerkvoorraad', () => {
  const werkvoorraad = bouwWerkvoorraad(
    input({
      regie: [
        regie('a'), // onderzoek: 13 Dec is a Sunday, so due 14 Dec
        regie('b', { meldingOntvangenOp: d('2026-10-01') }), // onderzoek due 12 Nov: overdue
        regie('c', { verslagVerstuurdOp: d('2026-10-01'), planVersies: [{ versienummer: 1, status: 'VASTGESTELD', evaluatieDatum: d('2026-11-24') }] }),
        regie('d', { verslagVerstuurdOp: d('2026-10-01') }), // nothing due
      ],
      consulten: [{ id: 'k1', soort: 'VEILIGHEID', uiterlijkOp: d('2026-11-20'), huishouden: hh('a'), casus: { id: 'c-a', nummer: 'C-a' } }],
      waakvlam: [{ huishouden: hh('z'), casus: { id: 'c-z', nummer: 'C-z', fase: 'AFGESLOTEN', waakvlamOp: d('2026-12-01') }, leads: [{ regisseurId: 'me', vanaf: d('2026-01-01'), tot: d('2026-09-01') }] }],
      taken: [{ id: 't1', titel: 'Huisarts terugbellen', uiterlijkOp: d('2026-11-22'), huishouden: hh('d'), casus: null }],
    }),
  );

  it('derives every kind of task, sorted by due date with the overdue ones first and marked', () => {
    expect(werkvoorraad.taken.map((t) => [t.soort, t.huishouden.id, t.status, t.dagen])).toEqual([
      ['ONDERZOEK', 'b', 'OVERDUE', -10],
      ['CONSULT', 'a', 'OVERDUE', -2],
      ['TAAK', 'd', 'DUE_SOON', 0],
      ['EVALUATIE', 'c', 'DUE_SOON', 2],
      ['WAAKVLAM', 'z', 'ON_TRACK', 9],
      ['ONDERZOEK', 'a', 'ON_TRACK', 22],
    ]);
    expect(werkvoorraad.taken[1].titel).toBe('Consult veiligheid: advies verwacht');
    expect(werkvoorraad.taken.at(-1)?.uitleg).toBe('6 weken na de melding op 1 november 2026; eindigt op zondag 13 december 2026, dus maandag 14 december 2026');
  });

  it('shows the beslistermijn of an open aanvraag of my casus as the queue counts it (Wmo, Atw)', () => {
    const { taken } = bouwWerkvoorraad(input({
      today: d('2026-12-14'),
      beschikkingTermijnen: { wmoBeschikkingTermijnDagen: 14 },
      regie: [regie('e', { verslagVerstuurdOp: d('2026-12-01'), aanvragen: [{ id: 'v', nummer: 'A-2026-000001', wet: 'WMO', ontvangenOp: d('2026-12-11'), verdagingDagen: null, opschortingen: [] }] })],
    }));
    expect(taken.map((t) => [t.soort, t.titel, t.uiterlijkOp.toISOString().slice(0, 10), t.dagen])).toEqual([
      ['BESCHIKKING', 'Beschikking op aanvraag A-2026-000001', '2026-12-28', 14],
    ]);
    expect(taken[0].uitleg).toMatch(/^2 weken na ontvangst op 11 december 2026; eindigt op 1e Kerstdag/);
  });

  it('lists my households in regie with their next task, overdue households first', () => {
    expect(werkvoorraad.huishoudens.map((h) => [h.huishouden.id, h.volgende?.soort ?? null, h.aantalTaken, h.teLaat])).toEqual([
      ['b', 'ONDERZOEK', 1, 1],
      ['a', 'CONSULT', 2, 1],
      ['d', 'TAAK', 1, 0],
      ['c', 'EVALUATIE', 1, 0],
    ]);
  });

  it('shows the open actions of the plan in force from a week before their date, and late ones until they are done', () => {
    const acties = [
      { id: 'laat', wat: 'Schuldhulp bellen', uiterlijk: d('2026-11-20'), wie: 'Inwoner (Yasmina)' },
      { id: 'week', wat: 'Huisarts bezoeken', uiterlijk: d('2026-11-29'), wie: null },
      { id: 'later', wat: 'Cursus starten', uiterlijk: d('2026-11-30'), wie: null },
    ];
    const result = bouwWerkvoorraad(input({ regie: [regie('a', { meldingOntvangenOp: d('2026-10-01'), verslagVerstuurdOp: d('2026-10-20'), acties })] }));
    expect(result.taken.map((t) => [t.soort, t.titel, t.wie, t.status, t.dagen])).toEqual([
      ['ACTIE', 'Actie uit het plan: Schuldhulp bellen', 'Inwoner (Yasmina)', 'OVERDUE', -2],
      ['ACTIE', 'Actie uit het plan: Huisarts bezoeken', null, 'ON_TRACK', 7],
    ]);
    expect(result.huishoudens[0]).toMatchObject({ aantalTaken: 2, teLaat: 1 });
  });

  it('shows a household once even with two assignments, and leaves out closed casussen', () => {
    const result = bouwWerkvoorraad(input({ regie: [regie('a'), { ...regie('a'), vorm: 'PROCESREGIE' }, regie('x', { fase: 'AFGESLOTEN' })] }));
    expect(result.huishoudens.map((h) => h.huishouden.id)).toEqual(['a']);
    expect(result.taken.filter((t) => t.soort === 'ONDERZOEK')).toHaveLength(1);
  });
});

describe('sorteerTaken', () => {
  it('puts overdue first even when a later-overdue date would sort after a due-soon one', () => {
    const taak = (key: string, uiterlijkOp: Date, status: WerkvoorraadTaak['status']): WerkvoorraadTaak => ({
      key, soort: 'TAAK', titel: key, huishouden: hh(key), casusId: null, casusNummer: null, uiterlijkOp, status, dagen: 0,
    });
    const sorted = sorteerTaken([taak('soon', d('2026-11-20'), 'DUE_SOON'), taak('late', d('2026-11-21'), 'OVERDUE')]);
    expect(sorted.map((t) => t.key)).toEqual(['late', 'soon']);
  });
});

describe('one derivation for the dossier and the werkvoorraad', () => {
  it('gives the same task the same key and title in both', () => {
    const casus = { id: 'c1', fase: 'UITVOERING' as const, meldingOntvangenOp: d('2026-11-01'), verslagVerstuurdOp: null, opschortingen: [] };
    const acties = [{ id: 'x', wat: 'Post sorteren', uiterlijk: d('2026-11-25'), wie: 'Inwoner' }];
    const dossier = dossierTaken({ casus: { ...casus, waakvlamOp: null }, onderzoekTermijnDagen: 42, evaluatieDatum: d('2026-11-26'), consulten: [], taken: [], acties, aanvragen: [], achttien: [], eindigend: [], besluitdagen: KB }, today);
    const werkvoorraad = bouwWerkvoorraad(input({
      regie: [{ ...regie('a'), casus: { ...casus, nummer: 'C-1', acties, planVersies: [{ versienummer: 1, status: 'VASTGESTELD', evaluatieDatum: d('2026-11-26') }] } }],
    }));
    const beide = (t: { key: string; soort: string; titel: string }) => [t.key, t.soort, t.titel];
    expect(werkvoorraad.taken.map(beide).sort()).toEqual(dossier.map(beide).sort());
    expect(dossier.map((t) => t.soort).sort()).toEqual(['ACTIE', 'EVALUATIE', 'ONDERZOEK']);
  });
});

