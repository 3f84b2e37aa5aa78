import { describe, expect, it } from 'vitest';
import { gewijzigdeVelden, staleVersionMelding, wanneer } from '@/lib/domain/stale-version';

const NU = new Date('2026-03-10T15:00:00Z'); // 16:00 in Amsterdam

describe('staleVersionMelding', () => {
  it('says who changed it, when and what, and that the input is kept', () => {
    const m = staleVersionMelding('deze triage', { door: 'Mirjam Hoekstra', zelf: false, op: new Date('2026-03-10T13:32:00Z'), handeling: 'gewijzigd', details: ['urgentie is nu Hoog'] }, NU);
    expect(m).toBe('Mirjam Hoekstra heeft deze triage om 14:32 gewijzigd: urgentie is nu Hoog. Je wijziging is niet opgeslagen en staat nog in het formulier. Bekijk de nieuwe stand en voer je wijziging opnieuw in.');
  });

  it('names the day when it was not today, and another window of your own account', () => {
    const m = staleVersionMelding('deze beschikking', { door: 'Hasan Kaya', zelf: true, op: new Date('2026-03-09T08:05:00Z'), handeling: 'vastgesteld', details: [] }, NU);
    expect(m).toMatch(/^Je hebt deze beschikking \(in een ander venster of tabblad\) op 9 maart om 09:05 vastgesteld\. /);
  });

  it('falls back to "iemand anders" without an audit row', () => {
    expect(staleVersionMelding('deze aanbieder', null, NU)).toMatch(/^Iemand anders heeft deze aanbieder gewijzigd sinds je de pagina opende\. Je wijziging/);
    expect(staleVersionMelding('deze aanbieder', { door: null, zelf: false, op: NU, handeling: 'gewijzigd', details: [] }, NU)).toMatch(/^Iemand anders heeft deze aanbieder om 16:00 gewijzigd\./);
  });
});

describe('wanneer', () => {
  it('uses Amsterdam time and the Amsterdam day', () => {
    expect(wanneer(new Date('2026-03-10T13:32:00Z'), NU)).toBe('om 14:32');
    // 23:30 UTC on 9 March is 00:30 on 10 March in Amsterdam: today.
    expect(wanneer(new Date('2026-03-09T23:30:00Z'), NU)).toBe('om 00:30');
    expect(wanneer(new Date('2026-03-09T22:30:00Z'), NU)).toBe('op 9 maart om 23:30');
  });
});

describe('gewijzigdeVelden', () => {
  it('lists the changed fields with their labels', () => {
    expect(gewijzigdeVelden({ naam: 'B', telefoon: '1' }, { naam: 'naam', telefoon: 'telefoonnummer' })).toEqual(['naam, telefoonnummer zijn aangepast']);
    expect(gewijzigdeVelden({ naam: 'B', version: 2 })).toEqual(['naam is aangepast']);
    expect(gewijzigdeVelden(null)).toEqual([]);
    expect(gewijzigdeVelden({ version: 3 })).toEqual([]);
  });
});
