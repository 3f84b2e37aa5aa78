import { describe, expect, it } from 'vitest';
import {
  bronnenVan,
  defineMachine,
  doelenVan,
  isStap,
  schrijfWeigeringen,
  stappen,
  toegestaan,
  volgendeStappen,
  weigeringen,
  type StateMachine,
} from '@/lib/domain/state-machine';
import {
  CASUS_MACHINE,
  EVALUATIE_FASEN,
  FASEN_MET_PLAN,
  HEROPEN_FASEN,
  OPEN_FASEN,
  PLAN_START_FASEN,
  REASONS,
  REGIE_FASEN,
  type CasusFacts,
} from '@/lib/domain/casus-transitions';
import { MELDING_MACHINE, OPEN_MELDING_STATUSES } from '@/lib/domain/melding';
import { AANVRAAG_MACHINE, OPEN_AANVRAAG_STATUSSEN } from '@/lib/domain/aanvraag-termijn';
import { BESCHIKKING_MACHINE, REDENEN, type BeschikkingFeiten } from '@/lib/domain/beschikking';
import { PLAN_MACHINE, type PlanFacts } from '@/lib/domain/plan';
import { CONSULT_MACHINE, CONSULT_REDENEN } from '@/lib/domain/consult';
import { FASE_VALUES, type Fase } from '@/lib/domain/enums';

// Issue 18 item 1: one engine (lib/domain/state-machine.ts) behind the six route objects' tables.

type Licht = 'ROOD' | 'ORANJE' | 'GROEN';
type LichtFeiten = { stroom: boolean };
const LICHT = defineMachine<Licht, LichtFeiten>({
  states: ['ROOD', 'ORANJE', 'GROEN'],
  table: {
    ROOD: { GROEN: [(f) => (f.stroom ? null : 'Geen stroom.'), () => null] },
    GROEN: { ORANJE: [] },
    ORANJE: { ROOD: [] },
  },
  initial: ['ROOD'],
  blijft: ['GROEN'],
  kanNiet: (van, naar) => `Van ${van} niet naar ${naar}.`,
});

describe('the engine', () => {
  it('knows the steps of the table', () => {
    expect(isStap(LICHT, 'ROOD', 'GROEN')).toBe(true);
    expect(isStap(LICHT, 'ROOD', 'ORANJE')).toBe(false);
    expect(stappen(LICHT)).toEqual([['ROOD', 'GROEN'], ['ORANJE', 'ROOD'], ['GROEN', 'ORANJE']]);
    expect(bronnenVan(LICHT, 'ROOD')).toEqual(['ORANJE']);
    expect(doelenVan(LICHT, 'ROOD')).toEqual(['GROEN']);
  });

  it('refuses a step that is not in the table with the machine sentence, whatever the facts', () => {
    expect(weigeringen(LICHT, 'ROOD', 'ORANJE', { stroom: true })).toEqual(['Van ROOD niet naar ORANJE.']);
  });

  it('allows a step when no guard gives a reason, and gives every reason otherwise', () => {
    expect(weigeringen(LICHT, 'ROOD', 'GROEN', { stroom: true })).toEqual([]);
    expect(weigeringen(LICHT, 'ROOD', 'GROEN', { stroom: false })).toEqual(['Geen stroom.']);
  });

  it('lists the next steps with their reasons, and the states allowed now, in route order', () => {
    expect(volgendeStappen(LICHT, 'ROOD', { stroom: false })).toEqual([{ to: 'GROEN', reasons: ['Geen stroom.'] }]);
    expect(toegestaan(LICHT, 'ROOD', { stroom: true })).toEqual(['GROEN']);
    expect(toegestaan(LICHT, 'ROOD', { stroom: false })).toEqual([]);
  });

  it('lets a write stay in a state of `blijft` only', () => {
    expect(schrijfWeigeringen(LICHT, 'GROEN', 'GROEN', { stroom: false })).toEqual([]);
    expect(schrijfWeigeringen(LICHT, 'ROOD', 'ROOD', { stroom: true })).toEqual(['Van ROOD niet naar ROOD.']);
    expect(schrijfWeigeringen(LICHT, 'ROOD', 'GROEN', { stroom: false })).toEqual(['Geen stroom.']);
  });
});

// Facts under which every guard of a table passes.
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = day('2026-12-07');
const casusFacts = (fase: Fase): CasusFacts => ({
  fase, hasLeadRegisseur: true, planVastgesteld: true, hasOpenVeiligheidsconsult: false, veiligheid: 'GEEN_ZORGEN', spoed: true,
  teamleadApprovedClosing: true, afsluitreden: 'Doel bereikt',
});
const planFacts = (status: PlanFacts['status']): PlanFacts => ({
  status, aantalDoelen: 1, evaluatieDatum: day('2027-03-01'), monitorDoorId: 'coach', akkoordInwonerOp: TODAY, akkoordWijze: 'MONDELING',
  maatwerk: [], mandaten: [{ soort: 'PLAN_VASTSTELLEN', wet: 'WMO', productId: null, vanaf: day('2026-01-01'), tot: null }], today: TODAY,
});
const beschikkingFeiten = (status: BeschikkingFeiten['status']): BeschikkingFeiten => ({
  status, opgesteldDoorId: 'opsteller', actorId: 'collega', mandaatProbleem: null, inhoudProblemen: [], datum: TODAY, verzenddatum: TODAY,
  vervalreden: 'TIJDELIJK', today: TODAY,
});

type Case = { naam: string; machine: StateMachine<string, unknown>; facts: (state: string) => unknown; aantal: number; geweigerd: [string, string, string][] };
const CASES: Case[] = [
  {
    naam: 'casus (fase)', machine: CASUS_MACHINE as StateMachine<string, unknown>, facts: (s) => casusFacts(s as Fase), aantal: 18,
    geweigerd: [['TRIAGE', 'UITVOERING', 'Van Triage kun je niet naar Uitvoering.'], ['AFGESLOTEN', 'EVALUATIE', 'Van Afgesloten kun je niet naar Evaluatie.'], ['PLAN', 'AFGESLOTEN', 'Van Plan kun je niet naar Afgesloten.']],
  },
  {
    naam: 'melding (status)', machine: MELDING_MACHINE as StateMachine<string, unknown>, facts: () => ({}), aantal: 5,
    geweigerd: [['GEKOPPELD', 'IN_TRIAGE', 'Deze melding is al getrieerd.'], ['AFGEHANDELD', 'GEKOPPELD', 'Deze melding is al getrieerd.'], ['IN_TRIAGE', 'NIEUW', 'Deze melding kan zo niet verder.']],
  },
  {
    naam: 'aanvraag (status)', machine: AANVRAAG_MACHINE as StateMachine<string, unknown>, facts: () => ({}), aantal: 11,
    geweigerd: [['BESCHIKT', 'OPGESCHORT', 'Deze aanvraag is al afgehandeld.'], ['INGETROKKEN', 'ONTVANGEN', 'Deze aanvraag is al afgehandeld.'], ['IN_BEHANDELING', 'ONTVANGEN', 'Een aanvraag die in behandeling is, gaat niet naar ontvangen.']],
  },
  {
    naam: 'beschikking (status)', machine: BESCHIKKING_MACHINE as StateMachine<string, unknown>, facts: (s) => beschikkingFeiten(s as BeschikkingFeiten['status']), aantal: 4,
    geweigerd: [['VERZONDEN', 'CONCEPT', REDENEN.kanNiet('VERZONDEN', 'CONCEPT')], ['CONCEPT', 'VERZONDEN', 'Een beschikking gaat niet van concept naar verzonden.'], ['VERVALLEN', 'VASTGESTELD', REDENEN.kanNiet('VERVALLEN', 'VASTGESTELD')]],
  },
  {
    naam: 'plan versie (status)', machine: PLAN_MACHINE as StateMachine<string, unknown>, facts: (s) => planFacts(s as PlanFacts['status']), aantal: 9,
    geweigerd: [['VASTGESTELD', 'CONCEPT', 'Een plan met status vastgesteld kan niet naar concept.'], ['CONCEPT', 'VASTGESTELD', 'Een plan met status concept kan niet naar vastgesteld.'], ['VERVANGEN', 'IN_UITVOERING', 'Een plan met status vervangen kan niet naar in uitvoering.']],
  },
  {
    naam: 'consult (status)', machine: CONSULT_MACHINE as StateMachine<string, unknown>, facts: () => ({}), aantal: 3,
    geweigerd: [['AFGEROND', 'IN_BEHANDELING', CONSULT_REDENEN.alBeantwoord], ['AFGEROND', 'AFGEROND', CONSULT_REDENEN.alBeantwoord], ['IN_BEHANDELING', 'OPEN', 'Een consult dat in behandeling is, gaat niet terug naar open.']],
  },
];

describe.each(CASES)('the $naam machine', ({ machine, facts, aantal, geweigerd }) => {
  it('has a row for every state and only states of its own', () => {
    expect(Object.keys(machine.table).sort()).toEqual([...machine.states].sort());
    for (const [van, naar] of stappen(machine)) expect(machine.states).toEqual(expect.arrayContaining([van, naar]));
  });

  it(`holds its ${aantal} steps, each allowed when its guards pass`, () => {
    expect(stappen(machine)).toHaveLength(aantal);
    for (const [van, naar] of stappen(machine)) expect(weigeringen(machine, van, naar, facts(van)), `${van} → ${naar}`).toEqual([]);
  });

  it('refuses every step that is not in the table with a Dutch sentence', () => {
    for (const van of machine.states) {
      for (const naar of machine.states) {
        if (isStap(machine, van, naar)) continue;
        const reasons = weigeringen(machine, van, naar, facts(van));
        expect(reasons, `${van} → ${naar}`).toEqual([machine.kanNiet(van, naar)]);
        expect(reasons[0]).toMatch(/^(Een|Van|Deze|Dit) /);
      }
    }
  });

  it.each(geweigerd)('refuses %s → %s: "%s"', (van, naar, zin) => {
    expect(weigeringen(machine, van, naar, facts(van))).toEqual([zin]);
  });

  it('declares where a new row starts, and lets a write stay only in its `blijft` states', () => {
    expect(machine.initial.length).toBeGreaterThan(0);
    for (const s of machine.initial) expect(machine.states).toContain(s);
    for (const s of machine.states) {
      const blijft = machine.blijft?.includes(s) ?? false;
      expect(schrijfWeigeringen(machine, s, s, facts(s)).length === 0, s).toBe(blijft);
    }
  });
});

describe('guards give their Dutch reasons through the engine', () => {
  it('casus: WACHT_OP_REGIE → PLAN needs a lead regisseur', () => {
    expect(weigeringen(CASUS_MACHINE, 'WACHT_OP_REGIE', 'PLAN', { ...casusFacts('WACHT_OP_REGIE'), hasLeadRegisseur: false })).toEqual([REASONS.noRegisseur]);
  });
  it('beschikking: the opsteller does not vaststellen it (four eyes)', () => {
    expect(weigeringen(BESCHIKKING_MACHINE, 'CONCEPT', 'VASTGESTELD', { ...beschikkingFeiten('CONCEPT'), actorId: 'opsteller' })).toEqual([REDENEN.vierOgen]);
  });
  it('plan: ter akkoord needs a goal', () => {
    expect(weigeringen(PLAN_MACHINE, 'CONCEPT', 'TER_AKKOORD', { ...planFacts('CONCEPT'), aantalDoelen: 0 })).toEqual(['Schrijf minstens één doel op, in de woorden van het huishouden.']);
  });
});

describe('the sets of states beside the tables', () => {
  const bereikbaar = (van: Fase, zonder: Fase[]): Set<Fase> => {
    const gezien = new Set<Fase>([van]);
    const rij = [van];
    while (rij.length) for (const naar of doelenVan(CASUS_MACHINE, rij.pop()!)) if (!zonder.includes(naar) && !gezien.has(naar)) (gezien.add(naar), rij.push(naar));
    return gezien;
  };

  it('open fases: all but AFGESLOTEN, in route order', () => {
    expect(OPEN_FASEN).toEqual(FASE_VALUES.filter((f) => f !== 'AFGESLOTEN'));
  });

  it('fases with a plan: what the route reaches from PLAN without closing', () => {
    expect([...bereikbaar('PLAN', ['AFGESLOTEN'])].sort()).toEqual([...FASEN_MET_PLAN].sort());
  });

  it('regie fases: the fases with a plan and those with a step to PLAN (the regisseur gets the casus there)', () => {
    const naarPlan = OPEN_FASEN.filter((f) => isStap(CASUS_MACHINE, f, 'PLAN'));
    expect([...REGIE_FASEN].sort()).toEqual([...new Set([...FASEN_MET_PLAN, ...naarPlan])].sort());
  });

  it('plan start fases: the fases with a plan and the vraagverheldering (which moves on to PLAN), not while waiting for regie', () => {
    expect(PLAN_START_FASEN).toEqual(OPEN_FASEN.filter((f) => (FASEN_MET_PLAN as readonly Fase[]).includes(f) || f === 'VRAAGVERHELDERING'));
    expect(PLAN_START_FASEN).not.toContain('WACHT_OP_REGIE');
  });

  it('evaluatie fases: EVALUATIE and the fases with a step to it', () => {
    expect([...EVALUATIE_FASEN]).toEqual(OPEN_FASEN.filter((f) => f === 'EVALUATIE' || isStap(CASUS_MACHINE, f, 'EVALUATIE')));
  });

  it('heropen fases: the AFGESLOTEN row of the table', () => {
    expect([...HEROPEN_FASEN]).toEqual(doelenVan(CASUS_MACHINE, 'AFGESLOTEN'));
  });

  it('open meldingen and aanvragen: the states with a step onward', () => {
    expect([...OPEN_MELDING_STATUSES]).toEqual(MELDING_MACHINE.states.filter((s) => doelenVan(MELDING_MACHINE, s).length > 0));
    expect([...OPEN_AANVRAAG_STATUSSEN]).toEqual(AANVRAAG_MACHINE.states.filter((s) => doelenVan(AANVRAAG_MACHINE, s).length > 0));
  });
});
