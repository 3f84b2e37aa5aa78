import { describe, expect, it } from 'vitest';
import {
  allowedNext,
  canTransition,
  CASUS_TRANSITIONS,
  FASE_LABELS,
  isInRoute,
  nextSteps,
  REASONS,
  refusalReasons,
  type CasusFacts,
} from '@/lib/domain/casus-transitions';
import { FASE_VALUES, type Fase } from '@/lib/domain/enums';

// Facts under which every guard passes.
const ready: Omit<CasusFacts, 'fase'> = {
  hasLeadRegisseur: true,
  planVastgesteld: true,
  hasOpenVeiligheidsconsult: false,
  veiligheid: 'GEEN_ZORGEN',
  spoed: true,
  teamleadApprovedClosing: false,
  afsluitreden: 'Situatie is stabiel',
};
const facts = (fase: Fase, overrides: Partial<CasusFacts> = {}): CasusFacts => ({ ...ready, fase, ...overrides });

// Every pair in the route, DOMAIN.md §2.
const ROUTE: [Fase, Fase][] = [
  ['TRIAGE', 'KORTDURENDE_HULP'],
  ['TRIAGE', 'VRAAGVERHELDERING'],
  ['TRIAGE', 'WACHT_OP_REGIE'],
  ['TRIAGE', 'AFGESLOTEN'],
  ['KORTDURENDE_HULP', 'VRAAGVERHELDERING'],
  ['KORTDURENDE_HULP', 'AFGESLOTEN'],
  ['VRAAGVERHELDERING', 'WACHT_OP_REGIE'],
  ['VRAAGVERHELDERING', 'AFGESLOTEN'],
  ['WACHT_OP_REGIE', 'PLAN'],
  ['PLAN', 'UITVOERING'],
  ['UITVOERING', 'EVALUATIE'],
  ['VRAAGVERHELDERING', 'PLAN'],
  ['EVALUATIE', 'UITVOERING'],
  ['EVALUATIE', 'PLAN'],
  ['EVALUATIE', 'AFGESLOTEN'],
  ['AFGESLOTEN', 'VRAAGVERHELDERING'],
  ['AFGESLOTEN', 'WACHT_OP_REGIE'],
  ['AFGESLOTEN', 'PLAN'],
];

const tablePairs = (): [Fase, Fase][] =>
  (Object.entries(CASUS_TRANSITIONS) as [Fase, Record<string, unknown>][]).flatMap(([from, tos]) =>
    (Object.keys(tos) as Fase[]).map((to): [Fase, Fase] => [from, to]),
  );

describe('the route table', () => {
  it('holds exactly the 18 steps of the route', () => {
    expect(tablePairs()).toHaveLength(18);
    expect(tablePairs().map((p) => p.join('>')).sort()).toEqual(ROUTE.map((p) => p.join('>')).sort());
  });

  it('has a row for every fase', () => {
    expect(Object.keys(CASUS_TRANSITIONS).sort()).toEqual([...FASE_VALUES].sort());
  });
});

describe('allowed steps', () => {
  let rows = 0;
  it.each(ROUTE)('%s -> %s is allowed when its guards pass', (from, to) => {
    rows++;
    expect(refusalReasons(facts(from), to)).toEqual([]);
    expect(canTransition(facts(from), to)).toBe(true);
    expect(isInRoute(from, to)).toBe(true);
  });
  it('walked every step of the route', () => expect(rows).toBe(18));
});

describe('guards', () => {
  const noSafetyIssue = { veiligheid: 'GEEN_ZORGEN', hasOpenVeiligheidsconsult: false } as const;
  it.each<[Fase, Fase, Partial<CasusFacts>, string[]]>([
    ['TRIAGE', 'WACHT_OP_REGIE', { spoed: false }, [REASONS.noSpoed]],
    ['TRIAGE', 'VRAAGVERHELDERING', { spoed: false, hasLeadRegisseur: false }, []],
    ['WACHT_OP_REGIE', 'PLAN', { hasLeadRegisseur: false }, [REASONS.noRegisseur]],
    ['WACHT_OP_REGIE', 'PLAN', { planVastgesteld: false }, []],
    ['PLAN', 'UITVOERING', { planVastgesteld: false }, [REASONS.planNotVastgesteld]],
    ['UITVOERING', 'EVALUATIE', { planVastgesteld: false, hasLeadRegisseur: false }, []],
    ['EVALUATIE', 'UITVOERING', { planVastgesteld: false }, [REASONS.planNotVastgesteld]],
    ['EVALUATIE', 'PLAN', { hasLeadRegisseur: false }, [REASONS.noRegisseur]],
    ['EVALUATIE', 'PLAN', { planVastgesteld: false }, []], // bijstellen: a new concept version
    ['AFGESLOTEN', 'PLAN', { hasLeadRegisseur: false }, [REASONS.noRegisseur]],
    ['AFGESLOTEN', 'WACHT_OP_REGIE', { hasLeadRegisseur: false, ...noSafetyIssue }, []],
    ['AFGESLOTEN', 'VRAAGVERHELDERING', { hasLeadRegisseur: false }, []],
  ])('%s -> %s with %o', (from, to, overrides, reasons) => {
    expect(refusalReasons(facts(from, overrides), to)).toEqual(reasons);
  });
});

describe('closing (DOMAIN.md §2 Afsluiten, §3 rule 6)', () => {
  const closableFrom: Fase[] = ['TRIAGE', 'KORTDURENDE_HULP', 'VRAAGVERHELDERING', 'EVALUATIE'];

  it('can close from exactly these fases', () => {
    expect(FASE_VALUES.filter((from) => isInRoute(from, 'AFGESLOTEN'))).toEqual(closableFrom);
  });

  describe.each(closableFrom)('from %s', (from) => {
    it.each<[string, Partial<CasusFacts>, string[]]>([
      ['refuses while a safety consult is open', { hasOpenVeiligheidsconsult: true }, [REASONS.openVeiligheidsconsult]],
      ['refuses without a reason', { afsluitreden: null }, [REASONS.noAfsluitreden]],
      ['refuses a blank reason', { afsluitreden: '   ' }, [REASONS.noAfsluitreden]],
      ['refuses a lasting risk without the teamlead', { veiligheid: 'RISICO' }, [REASONS.riskNeedsTeamlead]],
      ['refuses an acute risk without the teamlead', { veiligheid: 'ACUUT' }, [REASONS.riskNeedsTeamlead]],
      ['allows a lasting risk with the teamlead', { veiligheid: 'RISICO', teamleadApprovedClosing: true }, []],
      ['allows doubt (twijfel) without the teamlead', { veiligheid: 'TWIJFEL' }, []],
      [
        'gives every reason at once',
        { hasOpenVeiligheidsconsult: true, afsluitreden: null, veiligheid: 'ACUUT' },
        [REASONS.openVeiligheidsconsult, REASONS.noAfsluitreden, REASONS.riskNeedsTeamlead],
      ],
      [
        'refuses an open consult even with teamlead approval',
        { hasOpenVeiligheidsconsult: true, veiligheid: 'RISICO', teamleadApprovedClosing: true },
        [REASONS.openVeiligheidsconsult],
      ],
    ])('%s', (_, overrides, reasons) => {
      expect(refusalReasons(facts(from, overrides), 'AFGESLOTEN')).toEqual(reasons);
    });
  });

  it('uses the exact wording for an open consult', () => {
    expect(REASONS.openVeiligheidsconsult).toBe('Sluiten kan niet zolang er een veiligheidsconsult openstaat.');
  });
});

describe('steps outside the route', () => {
  it('refuses every pair that is not in the table, even when all guards would pass', () => {
    const inRoute = new Set(ROUTE.map(([from, to]) => `${from}>${to}`));
    let refused = 0;
    for (const from of FASE_VALUES) {
      for (const to of FASE_VALUES) {
        if (inRoute.has(`${from}>${to}`)) continue;
        expect(refusalReasons(facts(from), to), `${from} -> ${to}`).toEqual([
          `Van ${FASE_LABELS[from]} kun je niet naar ${FASE_LABELS[to]}.`,
        ]);
        expect(canTransition(facts(from), to)).toBe(false);
        expect(isInRoute(from, to)).toBe(false);
        refused++;
      }
    }
    expect(refused).toBe(8 * 8 - 18);
  });

  it('words the refusal for the user', () => {
    expect(refusalReasons(facts('TRIAGE'), 'PLAN')).toEqual(['Van Triage kun je niet naar Plan.']);
  });
});

describe('allowedNext and nextSteps', () => {
  it.each<[Fase, Partial<CasusFacts>, Fase[]]>([
    ['TRIAGE', {}, ['KORTDURENDE_HULP', 'VRAAGVERHELDERING', 'WACHT_OP_REGIE', 'AFGESLOTEN']],
    ['TRIAGE', { spoed: false, afsluitreden: null }, ['KORTDURENDE_HULP', 'VRAAGVERHELDERING']],
    ['WACHT_OP_REGIE', { hasLeadRegisseur: false }, []],
    ['EVALUATIE', {}, ['PLAN', 'UITVOERING', 'AFGESLOTEN']],
    ['EVALUATIE', { planVastgesteld: false, hasOpenVeiligheidsconsult: true }, ['PLAN']],
    ['AFGESLOTEN', { hasLeadRegisseur: false }, ['VRAAGVERHELDERING', 'WACHT_OP_REGIE']],
  ])('from %s with %o: %o', (fase, overrides, expected) => {
    expect(allowedNext(facts(fase, overrides))).toEqual(expected);
  });

  it('lists blocked steps with their reasons', () => {
    expect(nextSteps(facts('WACHT_OP_REGIE', { hasLeadRegisseur: false }))).toEqual([
      { to: 'PLAN', reasons: [REASONS.noRegisseur] },
    ]);
    expect(nextSteps(facts('UITVOERING'))).toEqual([{ to: 'EVALUATIE', reasons: [] }]);
  });
});

describe('FASE_LABELS', () => {
  it.each<[Fase, string]>([
    ['TRIAGE', 'Triage'],
    ['KORTDURENDE_HULP', 'Kortdurende hulp'],
    ['WACHT_OP_REGIE', 'Wacht op regie'],
    ['AFGESLOTEN', 'Afgesloten'],
  ])('%s is shown as "%s"', (fase, label) => {
    expect(FASE_LABELS[fase]).toBe(label);
  });
});
