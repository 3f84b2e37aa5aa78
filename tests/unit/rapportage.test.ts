import { describe, expect, it } from 'vitest';
import { betrokkenenBucket, rapportageRijen, toonRapportage, triageTabel, type RapportageRuw } from '@/lib/domain/rapportage';

const ruw: RapportageRuw = {
  doorlooptijden: [
    { fase: 'TRIAGE', aantal: 12, mediaanDagen: 2.345, p90Dagen: 7.96 },
    { fase: 'PLAN', aantal: 3, mediaanDagen: 10, p90Dagen: 20 },
  ],
  termijnen: [{ soort: 'ONDERZOEK', lopend: 40, verlopen: 2 }],
  caseloadProfessional: [
    { professionalId: 'a', naam: 'Mirjam Hoekstra', team: 'Noord', aantal: 22 },
    { professionalId: 'b', naam: 'Sander Bakker', team: null, aantal: 3 },
  ],
  caseloadTeam: [{ team: 'Noord', aantal: 25 }],
  triagePerWijk: [{ wijk: 'Centrum', uitkomst: 'CRISIS', aantal: 1 }],
  regie: { casusregie: 90, procesregie: 10 },
  arrangementen: { plannen: 40, gecombineerd: 30, alleenFormeel: 6, alleenInformeel: 4 },
  betrokkenenPerHuishouden: [{ bucket: '0', huishoudensProfessionals: 7, huishoudensOrganisaties: 0 }],
};

describe('toonRapportage', () => {
  it('shows everything, with names, for the teamlead', () => {
    const r = toonRapportage(ruw, false);
    expect(r.caseloadProfessional.map((c) => c.professional)).toEqual(['Mirjam Hoekstra', 'Sander Bakker']);
    expect(r.caseloadProfessional[1].team).toBe('Geen team');
    expect(r.doorlooptijden[0]).toEqual({ fase: 'TRIAGE', aantal: 12, mediaanDagen: 2.3, p90Dagen: 8 });
    expect(r.doorlooptijden[1].aantal).toBe(3);
    expect(r.regie.aandeelProcesregie).toBe(10);
  });

  it('suppresses small cells and names for beleid', () => {
    const r = toonRapportage(ruw, true);
    expect(r.caseloadProfessional.map((c) => [c.professional, c.aantal])).toEqual([
      ['Professional 1', 22],
      ['Professional 2', '<5'],
    ]);
    expect(r.doorlooptijden[1]).toEqual({ fase: 'PLAN', aantal: '<5', mediaanDagen: null, p90Dagen: null });
    expect(r.termijnen[0]).toEqual({ soort: 'ONDERZOEK', lopend: 40, verlopen: '<5' });
    expect(r.triagePerWijk[0].aantal).toBe('<5');
    expect(r.arrangementen).toMatchObject({ aandeelGecombineerd: 75, alleenInformeel: '<5' });
    expect(JSON.stringify(r)).not.toMatch(/Hoekstra|Bakker/);
  });
});

describe('betrokkenenBucket', () => {
  it('groups counts', () => expect([0, 1, 2, 3, 4, 5, 6, 12].map(betrokkenenBucket)).toEqual(['0', '1', '2', '3', '4–5', '4–5', '6 of meer', '6 of meer']));
});

describe('rapportageRijen', () => {
  it('lists every figure once, suppressed cells as <5 and missing as empty', () => {
    const rows = rapportageRijen(toonRapportage(ruw, true), { fase: (f) => f.toLowerCase(), uitkomst: (u) => u });
    expect(rows).toContainEqual({ onderdeel: 'Doorlooptijd', categorie: 'plan', kenmerk: 'Mediaan (dagen)', waarde: '' });
    expect(rows).toContainEqual({ onderdeel: 'Caseload per professional', categorie: 'Professional 2', kenmerk: 'Geen team', waarde: '<5' });
    expect(rows).toContainEqual({ onderdeel: 'Regie', categorie: 'Procesregie', kenmerk: 'Aandeel (%)', waarde: '10' });
    expect(rows.filter((r) => r.onderdeel === 'Doorlooptijd')).toHaveLength(6);
  });
});

describe('triageTabel', () => {
  it('makes one row per wijk with a figure per uitkomst, 0 where a wijk has none, in the order of the wijken', () => {
    const tabel = triageTabel(
      [
        { wijk: 'Centrum', uitkomst: 'CRISIS', aantal: '<5' },
        { wijk: 'Centrum', uitkomst: 'ENKELVOUDIG', aantal: 12 },
        { wijk: 'Noord', uitkomst: 'MEERVOUDIG', aantal: 7 },
        { wijk: 'Noord', uitkomst: 'ONBEKEND', aantal: 5 },
      ],
      ['ENKELVOUDIG', 'MEERVOUDIG', 'CRISIS'],
    );
    expect(tabel.uitkomsten).toEqual(['ENKELVOUDIG', 'MEERVOUDIG', 'CRISIS', 'ONBEKEND']);
    expect(tabel.wijken).toEqual([
      { wijk: 'Centrum', aantallen: [12, 0, '<5', 0] },
      { wijk: 'Noord', aantallen: [0, 7, 0, 5] },
    ]);
  });

  it('has no rows without figures', () => {
    expect(triageTabel([], ['CRISIS']).wijken).toEqual([]);
  });
});
