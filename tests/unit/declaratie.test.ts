import { describe, expect, it } from 'vitest';
import { beoordeelPrestaties, declaratieUitkomst, toegestaanVolume, type DeclaratiePrestatieIn, type DeclaratieToewijzing, type EerderGedeclareerd } from '@/lib/domain/declaratie';

// Issue 19: each prestatie of a declaratie (323) judged against its toewijzing, with the standard's retourcodes.

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const T: DeclaratieToewijzing = {
  toewijzingNummer: 7, bsn: '999993653', categorie: '07', code: '07A12', ingangsdatum: d('2026-03-01'), einddatum: d('2026-12-31'),
  volume: 2, eenheid: '16', frequentie: '2', budgetCent: null, redenWijziging: null, contractTariefCent: 5000,
};
const P: DeclaratiePrestatieIn = {
  bsn: '999993653', toewijzingNummer: 7, referentieNummer: 'P1', vorigReferentieNummer: null, categorie: '07', code: '07A12', begindatum: d('2026-03-01'), einddatum: d('2026-03-31'),
  volume: 8, eenheid: '16', tariefCent: 5000, bedragCent: 40000, debet: true,
};
const GEEN: EerderGedeclareerd = { perToewijzing: new Map(), referenties: new Map(), gebruikt: new Set() };
const oordeel = (p: Partial<DeclaratiePrestatieIn>, t: Partial<DeclaratieToewijzing> = {}, eerder = GEEN) =>
  beoordeelPrestaties([{ ...P, ...p }], new Map([[7, { ...T, ...t }]]), eerder)[0];

describe('toegestaanVolume', () => {
  it('multiplies the volume by days, weeks begun, months touched, or not at all (frequentie 6)', () => {
    expect(toegestaanVolume({ volume: 3, frequentie: '1' }, d('2026-03-01'), d('2026-03-31'))).toBe(93);
    expect(toegestaanVolume({ volume: 2, frequentie: '2' }, d('2026-03-01'), d('2026-03-31'))).toBe(10); // 31 days: 5 weeks begun
    expect(toegestaanVolume({ volume: 2, frequentie: '2' }, d('2026-03-01'), d('2026-03-07'))).toBe(2);
    expect(toegestaanVolume({ volume: 10, frequentie: '4' }, d('2026-03-15'), d('2026-05-01'))).toBe(30);
    expect(toegestaanVolume({ volume: 40, frequentie: '6' }, d('2026-03-01'), d('2027-03-31'))).toBe(40);
    expect(toegestaanVolume({ volume: null, frequentie: null }, d('2026-03-01'), d('2026-03-31'))).toBeNull();
  });
});

describe('beoordeelPrestaties', () => {
  it('grants a prestatie that fits its toewijzing', () => {
    expect(oordeel({})).toEqual({ toegekend: true, retourcodes: [] });
  });

  it('rejects with the code of each broken rule', () => {
    expect(beoordeelPrestaties([{ ...P, toewijzingNummer: 8 }], new Map([[7, T]]), GEEN)[0]).toEqual({ toegekend: false, retourcodes: ['9338'] });
    expect(oordeel({ bsn: '999990019' }).retourcodes).toEqual(['8187']);
    expect(oordeel({}, { redenWijziging: '13' }).retourcodes).toEqual(['9384']);
    expect(oordeel({ categorie: '08' }).retourcodes).toEqual(['9339']);
    expect(oordeel({ code: '07A13' }).retourcodes).toEqual(['9340']);
    expect(oordeel({ eenheid: '04' }).retourcodes).toEqual(['9341']);
    expect(oordeel({ begindatum: d('2026-02-20') }).retourcodes).toEqual(['9307']);
    expect(oordeel({ volume: 6, bedragCent: 30000 }, { einddatum: d('2026-03-20') }).retourcodes).toEqual(['9308']); // 3 weeks begun × 2
    expect(oordeel({}, { einddatum: d('2026-03-20') }).retourcodes).toEqual(['9308', '9322']);
    expect(oordeel({ volume: 11, bedragCent: 55000 }).retourcodes).toEqual(['9321']); // 5 weeks × 2 = 10
    expect(oordeel({ bedragCent: 40001 }).retourcodes).toEqual(['9346']);
    expect(oordeel({ tariefCent: 6000, bedragCent: 48000 }).retourcodes).toEqual(['0611']);
    expect(oordeel({ tariefCent: null, bedragCent: 48000 }).retourcodes).toEqual(['0611']);
  });

  it('TR322: what was granted before counts; 8021: a ReferentieNummer once', () => {
    const eerder: EerderGedeclareerd = { perToewijzing: new Map([[7, { volume: 9, bedragCent: 45000 }]]), referenties: new Map([['P0', { volume: 9, bedragCent: 45000, toewijzingNummer: 7, gecrediteerd: false }]]), gebruikt: new Set(['P0']) };
    // March allows 10; 9 granted before and 1 more fits, 2 do not.
    expect(oordeel({ volume: 1, bedragCent: 5000 }, {}, eerder)).toEqual({ toegekend: true, retourcodes: [] });
    expect(oordeel({ volume: 2, bedragCent: 10000 }, {}, eerder).retourcodes).toEqual(['9322']);
    expect(oordeel({ referentieNummer: 'P0', volume: 1, bedragCent: 5000 }, {}, eerder).retourcodes).toEqual(['8021']);
  });

  it('counts the granted prestaties of the same declaratie towards the later ones', () => {
    const r = beoordeelPrestaties([P, { ...P, referentieNummer: 'P2', volume: 4, bedragCent: 20000 }], new Map([[7, T]]), GEEN);
    expect(r.map((o) => o.retourcodes)).toEqual([[], ['9322']]);
  });

  it('a budget toewijzing: the bedragen together within the budget (9369)', () => {
    const budget = { volume: null, frequentie: null, eenheid: null, budgetCent: 50000, contractTariefCent: null };
    const r = beoordeelPrestaties([P, { ...P, referentieNummer: 'P2', volume: 4, bedragCent: 20000 }], new Map([[7, { ...T, ...budget }]]), GEEN);
    expect(r.map((o) => o.retourcodes)).toEqual([[], ['9369']]);
  });

  it('a credit takes back the granted debet its VorigReferentieNummer names, once, with the same values', () => {
    const eerder: EerderGedeclareerd = { perToewijzing: new Map([[7, { volume: 8, bedragCent: 40000 }]]), referenties: new Map([['P1', { volume: 8, bedragCent: 40000, toewijzingNummer: 7, gecrediteerd: false }]]), gebruikt: new Set(['P1']) };
    const credit = { debet: false, referentieNummer: 'C1', vorigReferentieNummer: 'P1' };
    expect(oordeel(credit, {}, eerder)).toEqual({ toegekend: true, retourcodes: [] });
    expect(oordeel({ ...credit, vorigReferentieNummer: 'X' }, {}, eerder).retourcodes).toEqual(['8017']);
    expect(oordeel({ ...credit, volume: 7, bedragCent: 35000 }, {}, eerder).retourcodes).toEqual(['9367']);
    expect(oordeel({ ...credit, referentieNummer: 'P1' }, {}, eerder).retourcodes).toEqual(['8021']);
    // Credit, then the corrected debet under a new number in one declaratie: the credit frees the volume.
    const r = beoordeelPrestaties([{ ...P, ...credit }, { ...P, referentieNummer: 'P1b', volume: 10, bedragCent: 50000 }, { ...P, ...credit, referentieNummer: 'C2' }], new Map([[7, T]]), eerder);
    expect(r.map((o) => o.retourcodes)).toEqual([[], [], ['9390']]);
  });
});

describe('declaratieUitkomst', () => {
  it('totals debet less credit, and names the status', () => {
    const ps = [P, { ...P, bedragCent: 10000 }, { ...P, bedragCent: 3000, debet: false }];
    expect(declaratieUitkomst(ps, [{ toegekend: true, retourcodes: [] }, { toegekend: false, retourcodes: ['9321'] }, { toegekend: true, retourcodes: [] }])).toEqual({ ingediendCent: 47000, toegekendCent: 37000, status: 'DEELS_TOEGEKEND' });
    expect(declaratieUitkomst([P], [{ toegekend: true, retourcodes: [] }])).toEqual({ ingediendCent: 40000, toegekendCent: 40000, status: 'TOEGEKEND' });
    expect(declaratieUitkomst([P], [{ toegekend: false, retourcodes: ['9338'] }])).toEqual({ ingediendCent: 40000, toegekendCent: 0, status: 'AFGEWEZEN' });
  });
});
