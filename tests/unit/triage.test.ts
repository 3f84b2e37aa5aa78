import { describe, expect, it } from 'vitest';
import type { CasusFacts } from '@/lib/domain/casus-transitions';
import { TRIAGE_UITKOMST_VALUES, type Fase } from '@/lib/domain/enums';
import {
  hoogsteUrgentie, hoogsteVeiligheid, planTriage, REASONS, routeOptions, routeRefusals, ROUTES_PER_UITKOMST, routeVervolg,
  TRIAGE_ROUTES, vraagtConsult, type TriageKeuze, type TriageRoute, type TriageSituatie,
} from '@/lib/domain/triage';

const facts = (over: Partial<CasusFacts> = {}): CasusFacts => ({
  fase: 'TRIAGE', hasLeadRegisseur: false, planVastgesteld: false, hasOpenVeiligheidsconsult: false, veiligheid: 'GEEN_ZORGEN',
  spoed: false, teamleadApprovedClosing: false, afsluitreden: null, ...over,
});
const inTriage = (over: Partial<CasusFacts> = {}, andereOpenMeldingen = 0): TriageSituatie => ({ soort: 'TRIAGE', casus: facts(over), andereOpenMeldingen });
const lopend = (fase: Fase): TriageSituatie => ({ soort: 'LOPEND', casus: facts({ fase, hasLeadRegisseur: true }) });
const geenCasus: TriageSituatie = { soort: 'GEEN_CASUS' };

const keuze = (over: Partial<TriageKeuze> = {}): TriageKeuze => ({
  uitkomst: 'MEERVOUDIG', route: 'VRAAGVERHELDERING', urgentie: 'NORMAAL', veiligheid: 'GEEN_ZORGEN', metIndicatie: false, ...over,
});

describe('triage effect on the casus (lib/domain/casus-transitions)', () => {
  it.each([
    // uitkomst, route, extra, fase after, melding status, vervolg
    ['MEERVOUDIG', 'VRAAGVERHELDERING', {}, 'VRAAGVERHELDERING', 'GEKOPPELD', 'VRAAGVERHELDERING'],
    ['ENKELVOUDIG', 'KORTDURENDE_HULP', {}, 'KORTDURENDE_HULP', 'GEKOPPELD', 'KORTDURENDE_HULP'],
    ['CRISIS', 'SPOED', { urgentie: 'CRISIS' }, 'WACHT_OP_REGIE', 'GEKOPPELD', 'SPOED'],
    ['MEERVOUDIG', 'SPOED', { urgentie: 'HOOG' }, 'WACHT_OP_REGIE', 'GEKOPPELD', 'SPOED'],
    ['INFORMATIE_ADVIES', 'ADVIES', { toelichting: 'Tips voor eigen netwerk' }, 'AFGESLOTEN', 'AFGEHANDELD', 'AFGEHANDELD'],
    ['ENKELVOUDIG', 'VOORLIGGEND', { voorzieningGekozen: true }, 'AFGESLOTEN', 'AFGEHANDELD', 'AFGEHANDELD'],
  ] as const)('%s via %s moves the casus to %s', (uitkomst, route, extra, naar, status, vervolg) => {
    const plan = planTriage(inTriage(), keuze({ uitkomst, route, ...extra }));
    expect(plan).toMatchObject({ ok: true, effect: { naar, meldingStatus: status, vervolg, consult: false } });
  });

  it('closes with the reason on record when it ends at triage', () => {
    const plan = planTriage(inTriage(), keuze({ uitkomst: 'INFORMATIE_ADVIES', route: 'ADVIES', toelichting: 'Advies gegeven' }));
    expect(plan.ok && plan.effect.afsluitreden).toBe('Afgehandeld bij triage: afsluiten met informatie en advies');
  });

  it('does not close a casus that another open melding still needs', () => {
    const plan = planTriage(inTriage({}, 1), keuze({ uitkomst: 'INFORMATIE_ADVIES', route: 'ADVIES', toelichting: 'Advies' }));
    expect(plan).toMatchObject({ ok: true, effect: { naar: null, meldingStatus: 'AFGEHANDELD' } });
  });

  it('adds the melding to a running casus without moving it', () => {
    const plan = planTriage(lopend('UITVOERING'), keuze({ route: 'LOPENDE_CASUS' }));
    expect(plan).toMatchObject({ ok: true, effect: { naar: null, meldingStatus: 'GEKOPPELD', vervolg: 'VRAAGVERHELDERING' } });
    expect(routeVervolg('LOPENDE_CASUS', 'CRISIS')).toBe('SPOED');
  });

  it('lets a melding without household end only with advice', () => {
    expect(planTriage(geenCasus, keuze({ uitkomst: 'INFORMATIE_ADVIES', route: 'ADVIES', toelichting: 'Verwezen naar de website' }))).toMatchObject({ ok: true, effect: { naar: null } });
    expect(planTriage(geenCasus, keuze())).toEqual({ ok: false, fieldErrors: { route: [REASONS.geenHuishouden] } });
  });
});

describe('safety (DOMAIN.md §3 rule 6)', () => {
  it.each([
    ['GEEN_ZORGEN', false],
    ['TWIJFEL', true],
    ['RISICO', true],
    ['ACUUT', true],
  ] as const)('%s raises a consult: %s', (veiligheid, consult) => {
    expect(vraagtConsult(veiligheid)).toBe(consult);
    const plan = planTriage(inTriage(), keuze({ veiligheid, route: veiligheid === 'ACUUT' ? 'SPOED' : 'VRAAGVERHELDERING', urgentie: veiligheid === 'ACUUT' ? 'CRISIS' : 'NORMAAL' }));
    expect(plan.ok && plan.effect.consult).toBe(consult);
  });

  it('refuses to close at triage while the safety consult it raises is open', () => {
    const plan = planTriage(inTriage(), keuze({ uitkomst: 'INFORMATIE_ADVIES', route: 'ADVIES', veiligheid: 'TWIJFEL', toelichting: 'Advies' }));
    expect(plan).toEqual({ ok: false, fieldErrors: { route: ['Sluiten kan niet zolang er een veiligheidsconsult openstaat.'] } });
  });

  it('asks for the teamlead besides the consult on a risk', () => {
    const plan = planTriage(inTriage(), keuze({ uitkomst: 'INFORMATIE_ADVIES', route: 'ADVIES', veiligheid: 'RISICO', toelichting: 'Advies' }));
    expect(!plan.ok && plan.fieldErrors.route).toHaveLength(2);
  });

  it('sends acute danger only along spoed', () => {
    const plan = planTriage(inTriage(), keuze({ veiligheid: 'ACUUT', urgentie: 'CRISIS' }));
    expect(!plan.ok && plan.fieldErrors.route).toEqual([REASONS.acuutIsSpoed]);
  });

  it('cannot raise a consult without a household', () => {
    const plan = planTriage(geenCasus, keuze({ uitkomst: 'INFORMATIE_ADVIES', route: 'ADVIES', veiligheid: 'TWIJFEL', toelichting: 'x' }));
    expect(!plan.ok && plan.fieldErrors.veiligheid).toEqual([REASONS.veiligheidZonderHuishouden]);
  });

  it('never lowers what the casus knows', () => {
    expect(hoogsteVeiligheid('RISICO', 'GEEN_ZORGEN')).toBe('RISICO');
    expect(hoogsteVeiligheid('TWIJFEL', 'ACUUT')).toBe('ACUUT');
    expect(hoogsteUrgentie('CRISIS', 'NORMAAL')).toBe('CRISIS');
  });
});

describe('the form rules', () => {
  it('asks about indicatie for enkelvoudige and meervoudige vragen only', () => {
    expect(planTriage(inTriage(), keuze({ metIndicatie: null }))).toEqual({ ok: false, fieldErrors: { metIndicatie: [REASONS.indicatie] } });
    expect(planTriage(inTriage(), keuze({ uitkomst: 'CRISIS', route: 'SPOED', urgentie: 'CRISIS', metIndicatie: null })).ok).toBe(true);
  });

  it('needs a voorziening for a referral, and advice text or a voorziening for advice', () => {
    expect(planTriage(inTriage(), keuze({ uitkomst: 'ENKELVOUDIG', route: 'VOORLIGGEND' }))).toEqual({ ok: false, fieldErrors: { voorzieningId: [REASONS.voorziening] } });
    expect(planTriage(inTriage(), keuze({ uitkomst: 'INFORMATIE_ADVIES', route: 'ADVIES' }))).toEqual({ ok: false, fieldErrors: { toelichting: [REASONS.advies] } });
    expect(planTriage(inTriage(), keuze({ uitkomst: 'INFORMATIE_ADVIES', route: 'ADVIES', voorzieningGekozen: true })).ok).toBe(true);
  });

  it('requires crisis urgency for a crisis', () => {
    expect(planTriage(inTriage(), keuze({ uitkomst: 'CRISIS', route: 'SPOED', urgentie: 'HOOG' }))).toEqual({ ok: false, fieldErrors: { urgentie: [REASONS.crisisIsCrisis] } });
    // Issue 16 item 16: spoed with urgency normaal and no safety concern is refused at the route.
    expect(planTriage(inTriage(), keuze({ uitkomst: 'MEERVOUDIG', route: 'SPOED', urgentie: 'NORMAAL', veiligheid: 'GEEN_ZORGEN' }))).toEqual({ ok: false, fieldErrors: { route: [REASONS.spoedZonderReden] } });
    expect(planTriage(inTriage(), keuze({ uitkomst: 'MEERVOUDIG', route: 'SPOED', urgentie: 'NORMAAL', veiligheid: 'TWIJFEL' })).ok).toBe(true);
  });

  it('refuses every route that does not fit the outcome class', () => {
    let refused = 0;
    for (const uitkomst of TRIAGE_UITKOMST_VALUES) {
      for (const route of TRIAGE_ROUTES) {
        if (ROUTES_PER_UITKOMST[uitkomst].includes(route)) continue;
        const plan = planTriage(inTriage(), keuze({ uitkomst, route, urgentie: 'CRISIS', voorzieningGekozen: true, toelichting: 'x' }));
        expect(!plan.ok && plan.fieldErrors.route?.[0]).toContain('Deze route past niet bij deze uitkomst');
        refused++;
      }
    }
    expect(refused).toBe(4 * 6 - (2 + 5 + 3 + 2));
  });
});

describe('the routes offered', () => {
  const offered = (situatie: TriageSituatie) => routeOptions(situatie).map((o) => [o.route, o.reasons.length === 0] as [TriageRoute, boolean]);

  it('offers the route table’s moves for a casus in triage', () => {
    expect(offered(inTriage())).toEqual([
      ['ADVIES', true], ['VOORLIGGEND', true], ['KORTDURENDE_HULP', true], ['VRAAGVERHELDERING', true], ['SPOED', true],
    ]);
  });

  it('offers only advice or joining a running casus, and only advice without a household', () => {
    expect(offered(lopend('PLAN'))).toEqual([['ADVIES', true], ['VOORLIGGEND', true], ['LOPENDE_CASUS', true]]);
    expect(offered(geenCasus)).toEqual([['ADVIES', true], ['VOORLIGGEND', true], ['KORTDURENDE_HULP', false], ['VRAAGVERHELDERING', false], ['SPOED', false]]);
  });

  it('blocks closing when an open safety consult already exists', () => {
    const advies = routeOptions(inTriage({ hasOpenVeiligheidsconsult: true })).find((o) => o.route === 'ADVIES');
    expect(advies?.reasons).toEqual(['Sluiten kan niet zolang er een veiligheidsconsult openstaat.']);
    expect(routeRefusals(lopend('PLAN'), { route: 'SPOED' })[0]).toContain('fase plan');
  });
});
