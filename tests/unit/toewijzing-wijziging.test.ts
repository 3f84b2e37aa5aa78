import { describe, expect, it } from 'vitest';
import {
  hoortInBericht,
  intrekking,
  isActueel,
  isVerwijderd,
  moetVerzonden,
  statusNaVerzenden,
  toewijzingWijziging,
  type ToewijzingInhoud,
} from '@/lib/domain/toewijzing-wijziging';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

const huidig: ToewijzingInhoud = {
  productId: 'dagbesteding', aanbiederId: 'marsdiep', ingangsdatum: d('2026-03-16'), einddatum: d('2027-03-15'),
  volume: 6, eenheid: '16', frequentie: '2', budgetCent: null,
};

describe('toewijzingWijziging (OP257: what may change on a sent toewijzing)', () => {
  it.each([
    ['nothing', {}, { soort: 'GEEN' }],
    ['a later einddatum: verlenging', { einddatum: d('2027-09-15') }, { soort: 'AANPASSEN', velden: ['einddatum'], redenWijziging: '04' }],
    ['no einddatum any more: verlenging', { einddatum: null }, { soort: 'AANPASSEN', velden: ['einddatum'], redenWijziging: '04' }],
    ['an earlier einddatum: verkorting', { einddatum: d('2026-12-31') }, { soort: 'AANPASSEN', velden: ['einddatum'], redenWijziging: '05' }],
    ['a higher budget', { budgetCent: 100_000 }, { soort: 'AANPASSEN', velden: ['budgetCent'], redenWijziging: '04' }],
    ['another volume per week: intrekken and a new number', { volume: 4 }, { soort: 'INTREKKEN_EN_NIEUW', velden: ['volume'], redenWijziging: '05' }],
    ['another product', { productId: 'begeleiding' }, { soort: 'INTREKKEN_EN_NIEUW', velden: ['productId'], redenWijziging: '05' }],
    ['another aanbieder: overstap', { aanbiederId: 'duinen' }, { soort: 'INTREKKEN_EN_NIEUW', velden: ['aanbiederId'], redenWijziging: '09' }],
    ['another ingangsdatum', { ingangsdatum: d('2026-04-01') }, { soort: 'INTREKKEN_EN_NIEUW', velden: ['ingangsdatum'], redenWijziging: '05' }],
    ['another frequentie', { frequentie: '4', volume: 24 }, { soort: 'INTREKKEN_EN_NIEUW', velden: ['volume', 'frequentie'], redenWijziging: '05' }],
    ['another eenheid', { eenheid: '04', volume: 24 }, { soort: 'INTREKKEN_EN_NIEUW', velden: ['volume', 'eenheid'], redenWijziging: '05' }],
    ['einddatum and volume per week together', { einddatum: d('2027-09-15'), volume: 8 }, { soort: 'INTREKKEN_EN_NIEUW', velden: ['einddatum', 'volume'], redenWijziging: '05' }],
  ] as const)('%s', (_naam, gewenst, uitkomst) => expect(toewijzingWijziging(huidig, { ...huidig, ...gewenst })).toEqual(uitkomst));

  it('adjusts the volume in place only when the frequentie is 6 (totaal binnen de geldigheidsduur)', () => {
    const totaal = { ...huidig, eenheid: '04', volume: 40, frequentie: '6' };
    expect(toewijzingWijziging(totaal, { ...totaal, volume: 60 })).toEqual({ soort: 'AANPASSEN', velden: ['volume'], redenWijziging: '04' });
    expect(toewijzingWijziging(totaal, { ...totaal, volume: 30, einddatum: d('2026-12-31') })).toEqual({ soort: 'AANPASSEN', velden: ['einddatum', 'volume'], redenWijziging: '05' });
  });

  it('treats the same day given at another hour as unchanged', () => {
    expect(toewijzingWijziging(huidig, { ...huidig, einddatum: new Date('2027-03-15T12:00:00Z') })).toEqual({ soort: 'GEEN' });
  });
});

describe('intrekking: ending a toewijzing from a day on', () => {
  it('verwijdert one that has not started (einddatum = ingangsdatum, reden 13)', () => {
    const r = intrekking(huidig, d('2026-03-16'), '05')!;
    expect(iso(r.einddatum)).toBe('2026-03-16');
    expect(r.redenWijziging).toBe('13');
    expect(intrekking(huidig, d('2026-02-01'), '05')!.redenWijziging).toBe('13');
  });

  it('ends a running one the day before, over a month end', () => {
    const r = intrekking(huidig, d('2026-07-01'), '07')!;
    expect(iso(r.einddatum)).toBe('2026-06-30');
    expect(r.redenWijziging).toBe('07');
  });

  it('leaves one alone that ends before that day anyway', () => {
    expect(intrekking(huidig, d('2027-03-16'), '05')).toBeNull();
    expect(intrekking(huidig, d('2027-05-01'), '05')).toBeNull();
    expect(intrekking({ ...huidig, einddatum: null }, d('2030-01-01'), '05')).not.toBeNull();
  });
});

describe('OP087: which toewijzingen are actueel, and which still have to go', () => {
  it('does not count a verwijderde toewijzing, nor one that ended before the day', () => {
    const verwijderd = { ingangsdatum: d('2026-03-16'), einddatum: d('2026-03-16'), redenWijziging: '13' };
    expect(isVerwijderd(verwijderd)).toBe(true);
    expect(isActueel(verwijderd, d('2026-03-01'))).toBe(false);
    expect(isActueel({ ...verwijderd, redenWijziging: '05' }, d('2026-03-01'))).toBe(true);
    expect(isActueel({ ingangsdatum: d('2026-03-16'), einddatum: d('2026-06-30'), redenWijziging: null }, d('2026-06-30'))).toBe(true);
    expect(isActueel({ ingangsdatum: d('2026-03-16'), einddatum: d('2026-06-30'), redenWijziging: null }, d('2026-07-01'))).toBe(false);
    expect(isActueel({ ingangsdatum: d('2026-03-16'), einddatum: null, redenWijziging: null }, d('2030-01-01'))).toBe(true);
  });

  const op = new Date('2026-03-16T10:00:00Z');
  const eerder = new Date('2026-03-15T10:00:00Z');
  const later = new Date('2026-03-17T10:00:00Z');
  it.each([
    ['NIEUW', null, null, true],
    ['GEWIJZIGD', '04', eerder, true],
    ['VERZONDEN', null, later, false],
    ['INGETROKKEN', '05', eerder, true], // withdrawn after the last message: the aanbieder must hear of it
    ['INGETROKKEN', '05', later, false], // the withdrawal has been sent
    ['INGETROKKEN', '09', null, true], // the aanbieder had it from before this system: tell them
    ['INGETROKKEN', null, null, false], // withdrawn before it was ever sent: nothing to tell
  ] as const)('%s with reden %s, last message %s → %s', (status, redenWijziging, laatsteBerichtOp, verwacht) =>
    expect(moetVerzonden({ status, toewijzingOp: op, redenWijziging, laatsteBerichtOp })).toBe(verwacht));

  it('puts in a message what changed, and what is actueel and known to the aanbieder', () => {
    const t = { status: 'VERZONDEN' as const, ingangsdatum: d('2026-03-16'), einddatum: d('2027-03-15'), redenWijziging: null };
    expect(hoortInBericht(t, false, d('2026-06-01'))).toBe(true);
    expect(hoortInBericht(t, false, d('2027-03-16'))).toBe(false);
    expect(hoortInBericht(t, true, d('2027-03-16'))).toBe(true);
    expect(hoortInBericht({ ...t, status: 'INGETROKKEN', redenWijziging: '05' }, false, d('2026-06-01'))).toBe(true);
    expect(hoortInBericht({ ...t, status: 'INGETROKKEN', redenWijziging: null }, false, d('2026-06-01'))).toBe(false);
  });

  it('marks new and changed toewijzingen as sent, and keeps a withdrawn one withdrawn', () => {
    expect(statusNaVerzenden('NIEUW')).toBe('VERZONDEN');
    expect(statusNaVerzenden('GEWIJZIGD')).toBe('VERZONDEN');
    expect(statusNaVerzenden('INGETROKKEN')).toBe('INGETROKKEN');
  });
});
