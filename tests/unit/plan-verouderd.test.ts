import { describe, expect, it } from 'vitest';
import { conflictMelding } from '@/lib/domain/plan';
import { diffPlan, LEGE_PLAN_INHOUD, samenvatting, type PlanInhoud } from '@/lib/domain/plan-diff';

// Issue 16 item 11: a stale plan editor blamed "iemand anders" for the user's own change, and counted the actions
// of a reworded goal as changed.
const NU = new Date(Date.UTC(2026, 11, 6, 13, 0));

describe('conflictMelding', () => {
  it('says "je" when the change was made by the same user in another window', () => {
    const [eerste, regel] = conflictMelding([{ door: 'Sanne Coach', op: NU, actie: 'PLAN_VASTGESTELD', onderdelen: [], zelf: true }], [], NU);
    expect(eerste).toMatch(/^Je hebt dit plan in een ander venster of tabblad gewijzigd/);
    expect(regel).toBe('Je stelde het plan vast om 14:00.');
  });

  it('still names the colleague when someone else changed it', () => {
    const regels = conflictMelding(
      [{ door: 'Sanne Coach', op: NU, actie: 'PLAN_CONCEPT_OPGESLAGEN', onderdelen: [], zelf: true }, { door: 'Mirjam', op: NU, actie: 'PLAN_VASTGESTELD', onderdelen: [] }],
      [],
      NU,
    );
    expect(regels[0]).toMatch(/^Iemand anders heeft dit plan gewijzigd/);
    expect(regels).toContain('Mirjam stelde het plan vast om 14:00.');
  });
});

describe('diffPlan', () => {
  const doel = { leefgebied: 'Financiën', persoon: '', horizon: 'Eerste stap', zichtbaarAan: 'Er is een weekbudget.' };
  const oud: PlanInhoud = {
    ...LEGE_PLAN_INHOUD,
    doelen: [{ ...doel, omschrijving: 'Overzicht over mijn geld' }],
    acties: [
      { wat: 'Post sorteren', wie: 'Inwoner', doel: 'Overzicht over mijn geld', uiterlijk: '', status: 'Open' },
      { wat: 'Budgetplan maken', wie: 'Vrijwilliger', doel: 'Overzicht over mijn geld', uiterlijk: '', status: 'Open' },
    ],
  };

  it('counts a reworded goal once, not its actions as well', () => {
    const nieuw: PlanInhoud = {
      ...oud,
      doelen: [{ ...doel, omschrijving: 'Elke week weten hoeveel geld ik heb' }],
      acties: oud.acties.map((a) => ({ ...a, doel: 'Elke week weten hoeveel geld ik heb' })),
    };
    expect(samenvatting(diffPlan(oud, nieuw))).toEqual(['Doelen: 1 gewijzigd']);
  });

  it('still counts an action moved to another goal', () => {
    const nieuw: PlanInhoud = {
      ...oud,
      doelen: [...oud.doelen, { ...doel, omschrijving: 'Schulden afbetalen' }],
      acties: [oud.acties[0], { ...oud.acties[1], doel: 'Schulden afbetalen' }],
    };
    expect(samenvatting(diffPlan(oud, nieuw))).toEqual(['Doelen: 1 toegevoegd', 'Acties: 1 gewijzigd']);
  });
});
