// Issue 22 item 4: the rules of a verzoek om toewijzing/wijziging (both channels), and the partner toewijzingen list.
import { describe, expect, it } from 'vitest';
import { inContract, toetsLevering, toetsWijzigingNummers } from '@/lib/domain/aanbieder-verzoek';
import { leesPartnerToewijzingFilters, zoekSoort, zorgStand } from '@/lib/domain/partner-toewijzingen';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('toetsWijzigingNummers (TR349, TR350, TR351)', () => {
  it('accepts a verzoek that names every actuele toewijzing once', () => {
    expect(toetsWijzigingNummers([1, 2], { teWijzigen: [{ toewijzingNummer: 1 }], ongewijzigd: [2] })).toEqual([]);
  });
  it('refuses a toewijzing to change that is not actueel (9351), one left unchanged that is not (9350), and a forgotten one (9349)', () => {
    expect(toetsWijzigingNummers([1, 2], { teWijzigen: [{ toewijzingNummer: 7 }], ongewijzigd: [8] }).map((b) => b.retourcode)).toEqual(['9351', '9350', '9349']);
    expect(toetsWijzigingNummers([1, 2], { teWijzigen: [{ toewijzingNummer: 1 }], ongewijzigd: [] })).toEqual([
      { retourcode: '9349', reden: 'Het verzoek noemt niet alle actuele toewijzingen; ontbrekend: 2 (TR349).' },
    ]);
  });
});

describe('toetsLevering', () => {
  it('accepts a forward period, an open end and a positive whole volume', () => {
    expect(toetsLevering({ ingangsdatum: d('2026-04-01'), einddatum: d('2026-04-01'), omvang: { volume: 1 } })).toEqual([]);
    expect(toetsLevering({ ingangsdatum: d('2026-04-01'), einddatum: null, omvang: null })).toEqual([]);
  });
  it('refuses an einddatum before the ingangsdatum and a volume of 0 or a fraction', () => {
    expect(toetsLevering({ ingangsdatum: d('2026-04-02'), einddatum: d('2026-04-01'), omvang: null }).map((b) => b.reden)).toEqual(['De einddatum ligt vóór de ingangsdatum.']);
    expect(toetsLevering({ ingangsdatum: d('2026-04-01'), einddatum: null, omvang: { volume: 0 } })).toHaveLength(1);
    expect(toetsLevering({ ingangsdatum: d('2026-04-01'), einddatum: null, omvang: { volume: 1.5 } })).toHaveLength(1);
  });
});

describe('inContract', () => {
  const contracten = [{ van: d('2026-01-01'), tot: d('2026-06-30') }, { van: d('2027-01-01'), tot: null }];
  it('is true on a day a contract runs (both ends included) and false between contracts', () => {
    expect(inContract(contracten, d('2026-01-01'))).toBe(true);
    expect(inContract(contracten, d('2026-06-30'))).toBe(true);
    expect(inContract(contracten, d('2026-07-01'))).toBe(false);
    expect(inContract(contracten, d('2030-01-01'))).toBe(true);
    expect(inContract([], d('2026-03-01'))).toBe(false);
  });
});

describe('the partner toewijzingen list', () => {
  it('zorgStand: none → not started, an open levering → in care, all ended → stopped', () => {
    expect(zorgStand([])).toBe('NIET_GESTART');
    expect(zorgStand([{ einddatum: d('2026-03-01') }, { einddatum: null }])).toBe('IN_ZORG');
    expect(zorgStand([{ einddatum: d('2026-03-01') }])).toBe('GESTOPT');
  });
  it('zoekSoort: digits are a number or a BSN, anything else a name', () => {
    expect(zoekSoort(' 123456789 ')).toEqual({ soort: 'cijfers', tekst: '123456789', nummer: 123456789 });
    expect(zoekSoort('42')).toEqual({ soort: 'cijfers', tekst: '42', nummer: 42 });
    expect(zoekSoort('van  Dijk')).toEqual({ soort: 'naam', naam: 'van Dijk' });
    expect(zoekSoort('1234567890')).toEqual({ soort: 'naam', naam: '1234567890' });
  });
  it('leesPartnerToewijzingFilters ignores what it does not know', () => {
    expect(leesPartnerToewijzingFilters({ stand: 'in-zorg', zoek: ' Jansen ', pagina: '3' })).toEqual({ stand: 'IN_ZORG', zoek: 'Jansen', pagina: 3 });
    expect(leesPartnerToewijzingFilters({ stand: 'x', zoek: ['a', 'b'], pagina: '-2' })).toEqual({ stand: null, zoek: null, pagina: 1 });
  });
});
