import { describe, expect, it } from 'vitest';
import { diffPlan, gewijzigdeOnderdelen, isGelijk, LEGE_PLAN_INHOUD, samenvatting, type PlanInhoud } from '@/lib/domain/plan-diff';

const v1: PlanInhoud = {
  watGaatGoed: 'De huur wordt op tijd betaald.',
  monitor: 'Sanne Wijkcoach',
  contactpersoon: 'Sanne Wijkcoach',
  evaluatieDatum: '22 februari 2027',
  vragen: [{ leefgebied: 'Financiën', tekst: 'Hoe krijg ik overzicht over mijn geld?' }],
  doelen: [
    { leefgebied: 'Financiën', persoon: '', omschrijving: 'Ik wil elke week weten hoeveel geld ik heb.', horizon: 'Eerste stap', zichtbaarAan: 'Er is een weekbudget.' },
    { leefgebied: 'Sociaal netwerk', persoon: '', omschrijving: 'Ik ga één keer per week naar het wijkrestaurant.', horizon: 'Over 3 maanden', zichtbaarAan: 'Zegt zelf dat het goed gaat.' },
  ],
  acties: [
    { wat: 'Post verzamelen in één map.', wie: 'Inwoner', doel: 'Ik wil elke week weten hoeveel geld ik heb.', uiterlijk: '1 december 2026', status: 'Open' },
    { wat: 'Aanmelden bij schuldhulp.', wie: 'Professional', doel: '', uiterlijk: '', status: 'Open' },
  ],
  arrangement: [
    { soort: 'Maatwerk', omschrijving: 'Dagbesteding', voorziening: '', product: '07A12 Dagbesteding', persoon: 'Jan Jansen', leveringsvorm: 'Zorg in natura' },
  ],
};

const copy = (p: PlanInhoud): PlanInhoud => structuredClone(p);

describe('diffPlan', () => {
  it('finds nothing between a version and its copy', () => {
    const verschil = diffPlan(v1, copy(v1));
    expect(isGelijk(verschil)).toBe(true);
    expect(gewijzigdeOnderdelen(verschil)).toEqual([]);
    expect(samenvatting(verschil)).toEqual([]);
  });

  it('ignores the order of the items', () => {
    const v2 = copy(v1);
    v2.doelen.reverse();
    expect(isGelijk(diffPlan(v1, v2))).toBe(true);
  });

  it('reports changed fields with old and new value', () => {
    const v2 = copy(v1);
    v2.evaluatieDatum = '1 maart 2027';
    expect(diffPlan(v1, v2).velden).toEqual([{ label: 'Evaluatiedatum', oud: '22 februari 2027', nieuw: '1 maart 2027' }]);
  });

  it('sees an edited goal as an edit (same text, other horizon) and names the field', () => {
    const v2 = copy(v1);
    v2.doelen[1].horizon = 'Over 1 jaar';
    const doelen = diffPlan(v1, v2).lijsten.find((l) => l.onderdeel === 'Doelen')!;
    expect(doelen).toEqual({
      onderdeel: 'Doelen',
      toegevoegd: [],
      verwijderd: [],
      gewijzigd: [{ titel: 'Ik ga één keer per week naar het wijkrestaurant.', velden: [{ label: 'Wanneer', oud: 'Over 3 maanden', nieuw: 'Over 1 jaar' }] }],
    });
  });

  it('sees a goal moved to another leefgebied as an edit, not as removed and added', () => {
    const v2 = copy(v1);
    v2.doelen[0].leefgebied = 'Werk en opleiding';
    const doelen = diffPlan(v1, v2).lijsten.find((l) => l.onderdeel === 'Doelen')!;
    expect(doelen.toegevoegd).toEqual([]);
    expect(doelen.verwijderd).toEqual([]);
    expect(doelen.gewijzigd[0].velden).toEqual([{ label: 'Leefgebied', oud: 'Financiën', nieuw: 'Werk en opleiding' }]);
  });

  it('pairs a reworded goal in the same leefgebied as an edit', () => {
    const v2 = copy(v1);
    v2.doelen[0].omschrijving = 'Ik weet elke week wat ik kan uitgeven.';
    const doelen = diffPlan(v1, v2).lijsten.find((l) => l.onderdeel === 'Doelen')!;
    expect(doelen.gewijzigd).toHaveLength(1);
    expect(doelen.gewijzigd[0].velden[0]).toEqual({ label: 'Doel', oud: 'Ik wil elke week weten hoeveel geld ik heb.', nieuw: 'Ik weet elke week wat ik kan uitgeven.' });
    expect(doelen.toegevoegd).toEqual([]);
  });

  it('lists added and removed items', () => {
    const v2 = copy(v1);
    v2.acties.push({ wat: 'Zus helpt met de post.', wie: 'Netwerk', doel: '', uiterlijk: '', status: 'Open' });
    v2.arrangement = [];
    const verschil = diffPlan(v1, v2);
    expect(verschil.lijsten.find((l) => l.onderdeel === 'Acties')!.toegevoegd).toEqual(['Netwerk: Zus helpt met de post.']);
    expect(verschil.lijsten.find((l) => l.onderdeel === 'Arrangement')!.verwijderd).toEqual(['Maatwerk: Dagbesteding']);
    expect(gewijzigdeOnderdelen(verschil)).toEqual(['Acties', 'Arrangement']);
    expect(samenvatting(verschil)).toEqual(['Acties: 1 toegevoegd', 'Arrangement: 1 verwijderd']);
  });

  it('compares an empty plan with a full one as all added', () => {
    const verschil = diffPlan(LEGE_PLAN_INHOUD, v1);
    expect(samenvatting(verschil)).toEqual([
      'Wat gaat goed: gewijzigd', 'Wie bewaakt het plan: gewijzigd', 'Contactpersoon: gewijzigd', 'Evaluatiedatum: gewijzigd',
      'Vragen en zorgen: 1 toegevoegd', 'Doelen: 2 toegevoegd', 'Acties: 2 toegevoegd', 'Arrangement: 1 toegevoegd',
    ]);
  });

  it('counts a status change of an action as a change', () => {
    const v2 = copy(v1);
    v2.acties[0].status = 'Gedaan';
    expect(samenvatting(diffPlan(v1, v2))).toEqual(['Acties: 1 gewijzigd']);
  });
});
