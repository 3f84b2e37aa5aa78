import { describe, expect, it } from 'vitest';
import {
  aanvraagTermijn,
  dagenOverTekst,
  hervattenProblem,
  opschortenProblem,
  REDENEN,
  verdagenProblem,
  vergelijkWachtrij,
  verdagingTekst,
} from '@/lib/domain/aanvraag-termijn';
import { EXTENSION_ALREADY_USED, EXTENSION_TOO_LATE } from '@/lib/domain/deadlines';
import { BESLUITDAGEN_2026_2028 } from '@/lib/domain/termijnwet';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);
const GEMEENTE = { wmoBeschikkingTermijnDagen: 14, awbBeschikkingTermijnDagen: 56 };
const KB = new Set<string>(BESLUITDAGEN_2026_2028.map((b) => b.datum)); // Atw art. 3 lid 3

describe('aanvraagTermijn: the beslistermijn of an aanvraag', () => {
  it('gives a Wmo aanvraag two weeks (Wmo 2015 art. 2.3.5)', () => {
    const t = aanvraagTermijn({ wet: 'WMO', ontvangenOp: d('2026-03-02'), opschortingen: [], verdagingDagen: null }, GEMEENTE, d('2026-03-10'), KB);
    expect(iso(t.uiterlijk)).toBe('2026-03-16');
    expect(t.dagenOver).toBe(6);
    expect(t.status).toBe('ON_TRACK');
    expect(t.opgeschort).toBe(false);
  });

  it('gives Jeugdwet and Participatiewet the Awb term of eight weeks, or the gemeente\'s own term', () => {
    const jeugd = aanvraagTermijn({ wet: 'JEUGDWET', ontvangenOp: d('2026-03-02'), opschortingen: [], verdagingDagen: null }, GEMEENTE, d('2026-03-02'), KB);
    expect(iso(jeugd.uiterlijk)).toBe('2026-04-28'); // 27 April is Koningsdag (Atw)
    const eigen = aanvraagTermijn({ wet: 'PARTICIPATIEWET', ontvangenOp: d('2026-03-02'), opschortingen: [], verdagingDagen: null }, { awbBeschikkingTermijnDagen: 28 }, d('2026-03-02'), KB);
    expect(iso(eigen.uiterlijk)).toBe('2026-03-30');
  });

  it('moves the due date by an opschorting that runs over a month end (31 January to 3 February: 3 days)', () => {
    // Received 20 January: due 3 February. Paused from 31 January, running again on 3 February: 3 days later.
    const t = aanvraagTermijn(
      { wet: 'WMO', ontvangenOp: d('2026-01-20'), opschortingen: [{ van: d('2026-01-31'), tot: d('2026-02-03') }], verdagingDagen: null },
      GEMEENTE,
      d('2026-02-04'),
      KB,
    );
    expect(iso(t.uiterlijk)).toBe('2026-02-06');
    expect(t.dagenOpgeschort).toBe(3);
  });

  it('moves the due date over the end of February in a leap year and a common year', () => {
    // 2028 is a leap year: 25 Feb to 2 Mar pauses 6 days (25, 26, 27, 28, 29 Feb, 1 Mar).
    const schrikkel = aanvraagTermijn(
      { wet: 'WMO', ontvangenOp: d('2028-02-20'), opschortingen: [{ van: d('2028-02-25'), tot: d('2028-03-02') }], verdagingDagen: null },
      GEMEENTE,
      d('2028-03-02'),
      KB,
    );
    expect(schrikkel.dagenOpgeschort).toBe(6);
    expect(iso(schrikkel.uiterlijk)).toBe('2028-03-13'); // 11 March 2028 is a Saturday (Atw)
    const gewoon = aanvraagTermijn(
      { wet: 'WMO', ontvangenOp: d('2027-02-20'), opschortingen: [{ van: d('2027-02-25'), tot: d('2027-03-02') }], verdagingDagen: null },
      GEMEENTE,
      d('2027-03-02'),
      KB,
    );
    expect(gewoon.dagenOpgeschort).toBe(5);
    expect(iso(gewoon.uiterlijk)).toBe('2027-03-11');
  });

  it('keeps moving the due date while an opschorting is still open, and says so', () => {
    const feiten = { wet: 'WMO' as const, ontvangenOp: d('2026-04-28'), opschortingen: [{ van: d('2026-04-30'), tot: null }], verdagingDagen: null };
    const op2mei = aanvraagTermijn(feiten, GEMEENTE, d('2026-05-02'), KB);
    const op9mei = aanvraagTermijn(feiten, GEMEENTE, d('2026-05-09'), KB);
    expect(op2mei.opgeschort).toBe(true);
    expect(iso(op2mei.uiterlijk)).toBe('2026-05-18'); // 14 May Hemelvaartsdag, 15 May decree day, weekend (Atw)
    expect(iso(op9mei.uiterlijk)).toBe('2026-05-21');
    expect(op9mei.dagenOver).toBe(12);
  });

  it('adds a verdaging to the term, on top of an opschorting over a month end', () => {
    const t = aanvraagTermijn(
      { wet: 'WMO', ontvangenOp: d('2026-03-20'), opschortingen: [{ van: d('2026-03-30'), tot: d('2026-04-06') }], verdagingDagen: 14 },
      GEMEENTE,
      d('2026-04-10'),
      KB,
    );
    // 20 March + 14 = 3 April; + 7 paused days = 10 April; + 14 days verdaging = 24 April.
    expect(iso(t.uiterlijk)).toBe('2026-04-24');
  });

  it('marks an aanvraag overdue the day after its due date, and due soon three days before', () => {
    const feiten = { wet: 'WMO' as const, ontvangenOp: d('2026-06-01'), opschortingen: [], verdagingDagen: null };
    expect(aanvraagTermijn(feiten, GEMEENTE, d('2026-06-15'), KB).status).toBe('DUE_SOON');
    expect(aanvraagTermijn(feiten, GEMEENTE, d('2026-06-11'), KB).status).toBe('ON_TRACK');
    const laat = aanvraagTermijn(feiten, GEMEENTE, d('2026-06-17'), KB);
    expect(laat.status).toBe('OVERDUE');
    expect(laat.dagenOver).toBe(-2);
  });
});

describe('dagenOverTekst', () => {
  it.each([
    [3, 'nog 3 dagen'],
    [1, 'nog 1 dag'],
    [0, 'vandaag de laatste dag'],
    [-1, '1 dag te laat'],
    [-5, '5 dagen te laat'],
  ])('%i → %s', (dagen, tekst) => expect(dagenOverTekst(dagen)).toBe(tekst));
});

describe('vergelijkWachtrij: the queue order', () => {
  it('puts the earliest due date first, so overdue aanvragen lead; then the oldest', () => {
    const rijen = [
      { nummer: 'A-3', uiterlijk: d('2026-05-20'), ontvangenOp: d('2026-05-06') },
      { nummer: 'A-1', uiterlijk: d('2026-05-01'), ontvangenOp: d('2026-04-17') },
      { nummer: 'A-2', uiterlijk: d('2026-05-20'), ontvangenOp: d('2026-04-01') },
    ];
    expect([...rijen].sort(vergelijkWachtrij).map((r) => r.nummer)).toEqual(['A-1', 'A-2', 'A-3']);
  });
});

describe('opschorten and hervatten (Awb 4:15)', () => {
  const basis = { status: 'IN_BEHANDELING' as const, ontvangenOp: d('2026-03-02'), opschortingen: [], uiterlijk: d('2026-03-16'), today: d('2026-03-10') };

  it.each([
    ['an aanvraag in behandeling, from today', basis, d('2026-03-10'), null],
    ['a received aanvraag, from an earlier day', { ...basis, status: 'ONTVANGEN' as const }, d('2026-03-05'), null],
    ['a decided aanvraag', { ...basis, status: 'BESCHIKT' as const }, d('2026-03-10'), REDENEN.nietOpen],
    ['a withdrawn aanvraag', { ...basis, status: 'INGETROKKEN' as const }, d('2026-03-10'), REDENEN.nietOpen],
    ['one already suspended', { ...basis, status: 'OPGESCHORT' as const, opschortingen: [{ van: d('2026-03-05'), tot: null }] }, d('2026-03-10'), REDENEN.alOpgeschort],
    ['a start before the aanvraag came in', basis, d('2026-03-01'), REDENEN.vanVoorOntvangst],
    ['a start in the future', basis, d('2026-03-11'), REDENEN.vanInToekomst],
    ['a start after the term ran out', { ...basis, today: d('2026-03-20') }, d('2026-03-18'), REDENEN.termijnVerlopen],
  ])('%s', (_naam, feiten, van, reden) => expect(opschortenProblem(feiten, van)).toBe(reden));

  it('resumes from a day on or after the start, not in the future', () => {
    const open = { van: d('2026-03-05') };
    expect(hervattenProblem(open, d('2026-03-05'), d('2026-03-10'))).toBeNull();
    expect(hervattenProblem(open, d('2026-03-10'), d('2026-03-10'))).toBeNull();
    expect(hervattenProblem(open, d('2026-03-04'), d('2026-03-10'))).toBe(REDENEN.totVoorVan);
    expect(hervattenProblem(open, d('2026-03-11'), d('2026-03-10'))).toBe(REDENEN.totInToekomst);
    expect(hervattenProblem(null, d('2026-03-10'), d('2026-03-10'))).toBe(REDENEN.nietOpgeschort);
  });
});

describe('verdagen (Awb 4:14): once, with notice, within the term', () => {
  const basis = { status: 'IN_BEHANDELING' as const, verdaagdOp: null, uiterlijk: d('2026-03-16'), today: d('2026-03-12') };

  it('allows a first verdaging before the due date', () => {
    expect(verdagenProblem(basis, 14)).toBeNull();
    expect(verdagenProblem({ ...basis, today: d('2026-03-16') }, 14)).toBeNull();
  });

  it('refuses a second verdaging', () => expect(verdagenProblem({ ...basis, verdaagdOp: d('2026-03-05') }, 7)).toBe(EXTENSION_ALREADY_USED));
  it('refuses a verdaging after the term ran out', () => expect(verdagenProblem({ ...basis, today: d('2026-03-17') }, 7)).toBe(EXTENSION_TOO_LATE));
  it('refuses a closed aanvraag', () => expect(verdagenProblem({ ...basis, status: 'BESCHIKT' }, 7)).toBe(REDENEN.nietOpen));
  it.each([0, -3, 57, 2.5])('refuses %s days', (dagen) => expect(verdagenProblem(basis, dagen)).toBe(REDENEN.verdagingDagen));

  it('tells the inwoner the old and the new date', () => {
    expect(verdagingTekst(d('2026-03-16'), 14, d('2026-03-30'))).toBe(
      'Wij beslissen uiterlijk op 30 maart 2026 in plaats van op 16 maart 2026. De termijn wordt eenmalig met 14 dagen verlengd.',
    );
  });
});
