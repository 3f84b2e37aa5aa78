// Issue 22: the partner's need-to-know as a table (consent or legal ground, AND involvement), what it sees within a
// household, and the worklist's grouping.
import { describe, expect, it } from 'vitest';
import {
  actieTermijn, consultGrens, coversPartner, deeltContactgegevens, isConsultBetrokken, isToewijzingLopend, PARTNER_CONSULT_DAGEN, PARTNER_DOEL, partnerDoelen,
  partnerToegang, partnerZietActie, voorstelUitkomst, type PartnerToestemmingFacts,
} from '@/lib/domain/partner-toegang';
import { eHerkenningNiveauVoldoende } from '@/lib/domain/partner-inloggen';

const dag = (iso: string) => new Date(`${iso}T00:00:00Z`);
const op = dag('2026-12-07');
const ORG = 'org-huisarts';

const toestemming = (overrides: Partial<PartnerToestemmingFacts> = {}): PartnerToestemmingFacts => ({
  soort: 'DELEN_MET_PARTIJ', partnerOrganisatieId: ORG, doel: PARTNER_DOEL, gegevenOp: dag('2026-11-01'), geldigTot: null, ingetrokkenOp: null, ...overrides,
});

describe('partnerToegang', () => {
  const cases: [string, PartnerToestemmingFacts[], number, number, ReturnType<typeof partnerToegang>][] = [
    ['consent and an action', [toestemming()], 0, 1, { gronden: ['TOESTEMMING'], betrokkenheid: ['ACTIE'] }],
    ['a running toewijzing alone (legal ground and involvement)', [], 1, 0, { gronden: ['TOEWIJZING'], betrokkenheid: ['TOEWIJZING'] }],
    ['consent, toewijzing and action', [toestemming()], 2, 3, { gronden: ['TOESTEMMING', 'TOEWIJZING'], betrokkenheid: ['ACTIE', 'TOEWIJZING'] }],
    ['consent without involvement', [toestemming()], 0, 0, null],
    ['an action without consent', [], 0, 1, null],
    ['consent withdrawn today', [toestemming({ ingetrokkenOp: op })], 0, 1, null],
    ['consent withdrawn tomorrow (still in force today)', [toestemming({ ingetrokkenOp: dag('2026-12-08') })], 0, 1, { gronden: ['TOESTEMMING'], betrokkenheid: ['ACTIE'] }],
    ['consent expired yesterday', [toestemming({ geldigTot: dag('2026-12-06') })], 0, 1, null],
    ['consent valid until today', [toestemming({ geldigTot: op })], 0, 1, { gronden: ['TOESTEMMING'], betrokkenheid: ['ACTIE'] }],
    ['consent from tomorrow', [toestemming({ gegevenOp: dag('2026-12-08') })], 0, 1, null],
    ['consent for another organisation', [toestemming({ partnerOrganisatieId: 'org-school' })], 0, 1, null],
    ['consent by name only (no registered organisation)', [toestemming({ partnerOrganisatieId: null })], 0, 1, null],
    ['consent for another purpose', [toestemming({ doel: 'Doorverwijzing' })], 0, 1, null],
    ['consent for the purpose written differently', [toestemming({ doel: '  afstemming  ZORG ' })], 0, 1, { gronden: ['TOESTEMMING'], betrokkenheid: ['ACTIE'] }],
    ['consent to be discussed in the team', [toestemming({ soort: 'BESPREKEN_IN_TEAM' })], 0, 1, null],
  ];
  it.each(cases)('%s', (_, toestemmingen, lopendeToewijzingen, acties, expected) => {
    expect(partnerToegang({ organisatieId: ORG, toestemmingen, lopendeToewijzingen, acties }, op)).toEqual(expected);
  });
  it('covers every row of the table', () => expect(cases).toHaveLength(15));
});

describe('what a partner sees within a household', () => {
  it('its own actions and actions of other partners marked shared; never unassigned ones', () => {
    expect(partnerZietActie({ partnerOrganisatieId: ORG, gedeeld: false }, ORG)).toBe(true);
    expect(partnerZietActie({ partnerOrganisatieId: 'org-school', gedeeld: false }, ORG)).toBe(false);
    expect(partnerZietActie({ partnerOrganisatieId: 'org-school', gedeeld: true }, ORG)).toBe(true);
    expect(partnerZietActie({ partnerOrganisatieId: null, gedeeld: true }, ORG)).toBe(false);
  });
  it('the goals its own actions serve, not those of shared actions', () => {
    const doelen = partnerDoelen([
      { doelId: 'd1', partnerOrganisatieId: ORG }, { doelId: null, partnerOrganisatieId: ORG },
      { doelId: 'd2', partnerOrganisatieId: 'org-school' }, { doelId: 'd3', partnerOrganisatieId: null },
    ], ORG);
    expect([...doelen]).toEqual(['d1']);
  });
  it('contact details only of a person whose valid consent for this organisation says so', () => {
    const t = (o: Partial<PartnerToestemmingFacts & { persoonId: string; deeltContactgegevens: boolean }>) => ({ ...toestemming(), persoonId: 'p1', deeltContactgegevens: true, ...o });
    expect(deeltContactgegevens([t({})], 'p1', ORG, op)).toBe(true);
    expect(deeltContactgegevens([t({})], 'p2', ORG, op)).toBe(false);
    expect(deeltContactgegevens([t({ deeltContactgegevens: false })], 'p1', ORG, op)).toBe(false);
    expect(deeltContactgegevens([t({ ingetrokkenOp: op })], 'p1', ORG, op)).toBe(false);
    expect(deeltContactgegevens([t({ partnerOrganisatieId: 'org-school' })], 'p1', ORG, op)).toBe(false);
  });
  it('coversPartner needs the registered organisation and the purpose', () => {
    expect(coversPartner(toestemming(), ORG)).toBe(true);
    expect(coversPartner(toestemming({ doel: null }), ORG)).toBe(false);
  });
});

describe('toewijzing and worklist', () => {
  it('a toewijzing runs until its end date unless withdrawn', () => {
    expect(isToewijzingLopend({ status: 'VERZONDEN', einddatum: null }, op)).toBe(true);
    expect(isToewijzingLopend({ status: 'VERZONDEN', einddatum: op }, op)).toBe(true);
    expect(isToewijzingLopend({ status: 'VERZONDEN', einddatum: dag('2026-12-06') }, op)).toBe(false);
    expect(isToewijzingLopend({ status: 'INGETROKKEN', einddatum: null }, op)).toBe(false);
  });
  it.each([
    [{ status: 'GEDAAN', uiterlijk: dag('2026-01-01') }, 'GEDAAN'],
    [{ status: 'VERVALLEN', uiterlijk: null }, 'GEDAAN'],
    [{ status: 'OPEN', uiterlijk: dag('2026-12-06') }, 'TE_LAAT'],
    [{ status: 'BEZIG', uiterlijk: op }, 'BINNENKORT'],
    [{ status: 'OPEN', uiterlijk: dag('2026-12-21') }, 'BINNENKORT'],
    [{ status: 'OPEN', uiterlijk: dag('2026-12-22') }, 'OPEN'],
    [{ status: 'OPEN', uiterlijk: null }, 'OPEN'],
  ] as const)('actieTermijn(%o) is %s', (actie, expected) => expect(actieTermijn(actie, op)).toBe(expected));
});

describe('eHerkenning level as the second factor', () => {
  it.each([
    ['urn:etoegang:core:assurance-class:loa4', true],
    ['urn:etoegang:core:assurance-class:loa3', true],
    ['urn:etoegang:core:assurance-class:loa2plus', false],
    ['urn:etoegang:core:assurance-class:loa1', false],
    ['loa3', false],
    [null, false],
  ] as const)('%s → %s', (acr, expected) => expect(eHerkenningNiveauVoldoende(acr)).toBe(expected));
});

describe('a consult asked of the organisation (involvement, never a ground)', () => {
  const nu = new Date('2026-12-07T10:00:00Z');
  it('counts while open and for 30 days after the answer, to the millisecond the SQL compares with', () => {
    expect(PARTNER_CONSULT_DAGEN).toBe(30);
    expect(consultGrens(nu)).toEqual(new Date('2026-11-07T10:00:00Z'));
    expect(isConsultBetrokken({ status: 'OPEN', afgerondOp: null }, nu)).toBe(true);
    expect(isConsultBetrokken({ status: 'IN_BEHANDELING', afgerondOp: null }, nu)).toBe(true);
    expect(isConsultBetrokken({ status: 'AFGEROND', afgerondOp: new Date('2026-11-07T10:00:00.001Z') }, nu)).toBe(true);
    expect(isConsultBetrokken({ status: 'AFGEROND', afgerondOp: new Date('2026-11-07T10:00:00Z') }, nu)).toBe(false);
    expect(isConsultBetrokken({ status: 'AFGEROND', afgerondOp: null }, nu)).toBe(false);
  });

  it('is an involvement next to consent, but gives no ground by itself', () => {
    const basis = { organisatieId: ORG, lopendeToewijzingen: 0, acties: 0 };
    expect(partnerToegang({ ...basis, toestemmingen: [toestemming()], consulten: 1 }, op)).toEqual({ gronden: ['TOESTEMMING'], betrokkenheid: ['CONSULT'] });
    expect(partnerToegang({ ...basis, toestemmingen: [], consulten: 1 }, op)).toBeNull();
    expect(partnerToegang({ ...basis, toestemmingen: [toestemming({ ingetrokkenOp: op })], consulten: 2 }, op)).toBeNull();
    expect(partnerToegang({ ...basis, acties: 1, toestemmingen: [toestemming()], consulten: 1 }, op)).toEqual({ gronden: ['TOESTEMMING'], betrokkenheid: ['ACTIE', 'CONSULT'] });
  });
});

describe('the outcome of a proposal as both sides read it', () => {
  it('names the version it went into, a concept until vastgesteld', () => {
    expect(voorstelUitkomst({ status: 'OPEN' }, null)).toBe('Te beoordelen');
    expect(voorstelUitkomst({ status: 'AFGEWEZEN' }, null)).toBe('Afgewezen');
    expect(voorstelUitkomst({ status: 'OVERGENOMEN' }, null)).toBe('Overgenomen');
    expect(voorstelUitkomst({ status: 'OVERGENOMEN' }, { versienummer: 3, status: 'CONCEPT' })).toBe('Opgenomen in het concept van versie 3');
    expect(voorstelUitkomst({ status: 'OVERGENOMEN' }, { versienummer: 3, status: 'TER_AKKOORD' })).toBe('Opgenomen in het concept van versie 3');
    expect(voorstelUitkomst({ status: 'OVERGENOMEN' }, { versienummer: 3, status: 'VASTGESTELD' })).toBe('Opgenomen in versie 3 van het plan');
  });
});
