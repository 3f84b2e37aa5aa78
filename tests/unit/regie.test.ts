import { describe, expect, it } from 'vitest';
import {
  ASSIGN_REASONS,
  caseload,
  contactpersoonAfter,
  leadOf,
  monitoringOf,
  needsCasusregisseur,
  planAssignment,
  planEnding,
  planRegieChange,
  REGIE_REASONS,
  regieProblems,
  type RegieAssignment,
} from '@/lib/domain/regie';

const casus = (id: string, regisseurId: string, lead = true): RegieAssignment => ({ id, vorm: 'CASUSREGIE', lead, regisseurId, aanbiederId: null });
const proces = (id: string, regisseurId: string): RegieAssignment => ({ id, vorm: 'PROCESREGIE', lead: true, regisseurId, aanbiederId: null });
const aanbieder = (id: string, aanbiederId: string, lead = true): RegieAssignment => ({ id, vorm: 'CASUSREGIE', lead, regisseurId: null, aanbiederId });

describe('planAssignment: one lead regisseur (DOMAIN.md §3 rule 3)', () => {
  it('makes the first casusregisseur lead and ends nothing', () => {
    expect(planAssignment([], { vorm: 'CASUSREGIE', regisseurId: 'u1' })).toEqual({
      ok: true, end: [], lead: true, leadChanges: [], exception: false, replaces: null,
    });
  });

  it('reassigning ends the old casusregie and records what it replaces', () => {
    const plan = planAssignment([casus('a1', 'u1')], { vorm: 'CASUSREGIE', regisseurId: 'u2' });
    expect(plan).toMatchObject({ ok: true, end: ['a1'], lead: true, replaces: 'a1' });
  });

  it('puts a new procesregisseur in the lead beside the casusregisseur, who stays on', () => {
    const plan = planAssignment([casus('a1', 'u1')], { vorm: 'PROCESREGIE', regisseurId: 'u2' });
    expect(plan).toMatchObject({ ok: true, end: [], lead: true, leadChanges: [{ id: 'a1', lead: false }] });
    expect(needsCasusregisseur([proces('p1', 'u2')])).toBe(true);
    expect(needsCasusregisseur([proces('p1', 'u2'), casus('a1', 'u1', false)])).toBe(false);
  });

  it('gives procesregie to the casusregisseur by ending their casusregie (opschalen)', () => {
    const plan = planAssignment([casus('a1', 'u1')], { vorm: 'PROCESREGIE', regisseurId: 'u1' });
    expect(plan).toMatchObject({ ok: true, end: ['a1'], lead: true });
  });

  it('a casusregisseur added under procesregie is not lead', () => {
    const plan = planAssignment([proces('p1', 'u2')], { vorm: 'CASUSREGIE', regisseurId: 'u1' });
    expect(plan).toMatchObject({ ok: true, lead: false, end: [] });
  });

  it.each([
    [{ vorm: 'CASUSREGIE' as const }, [REGIE_REASONS.chooseOne]],
    [{ vorm: 'CASUSREGIE' as const, regisseurId: 'u1', aanbiederId: 'x' }, [REGIE_REASONS.notBoth]],
    [{ vorm: 'PROCESREGIE' as const, aanbiederId: 'x' }, [REGIE_REASONS.procesregieStaysWithTeam]],
    [{ vorm: 'CASUSREGIE' as const, regisseurId: 'u1' }, [REGIE_REASONS.regisseurHasIt]],
    [{ vorm: 'CASUSREGIE' as const, regisseurId: 'u2', asSecond: true }, [REGIE_REASONS.secondNeedsReason, REGIE_REASONS.secondNeedsTeamlead]],
    [{ vorm: 'CASUSREGIE' as const, regisseurId: 'u2', asSecond: true, uitzonderingReden: 'Gesplitst huishouden' }, [REGIE_REASONS.secondNeedsTeamlead]],
  ])('refuses %j', (request, reasons) => {
    expect(planAssignment([casus('a1', 'u1')], request)).toEqual({ ok: false, reasons });
  });

  it('allows a second regisseur as an approved exception, never lead and ending nothing', () => {
    const plan = planAssignment([casus('a1', 'u1')], {
      vorm: 'CASUSREGIE', regisseurId: 'u2', asSecond: true, uitzonderingReden: 'Gesplitst huishouden', approvedByTeamlead: true,
    });
    expect(plan).toEqual({ ok: true, end: [], lead: false, leadChanges: [], exception: true, replaces: null });
  });

  it('hands casusregie to an aanbieder while the team casusregisseur keeps watch', () => {
    const plan = planAssignment([casus('a1', 'u1')], { vorm: 'CASUSREGIE', aanbiederId: 'aa' });
    expect(plan).toMatchObject({ ok: true, end: [], lead: true, leadChanges: [{ id: 'a1', lead: false }], replaces: 'a1' });
    const after = [casus('a1', 'u1', false), aanbieder('n1', 'aa')];
    expect(monitoringOf(after)?.id).toBe('a1');
    expect(regieProblems(after)).toEqual([]);
  });

  it('refuses handing over without anyone of the team to keep watch', () => {
    expect(planAssignment([], { vorm: 'CASUSREGIE', aanbiederId: 'aa' })).toEqual({ ok: false, reasons: [REGIE_REASONS.teamMustKeepWatch] });
  });
});

describe('planRegieChange: the teamlead modes', () => {
  it('EERSTE refuses a household that already has a lead regisseur, with a clear message', () => {
    expect(planRegieChange([casus('a1', 'u1')], { vorm: 'CASUSREGIE', regisseurId: 'u2' }, 'EERSTE')).toEqual({
      ok: false, reasons: [ASSIGN_REASONS.alreadyHasLead],
    });
    expect(planRegieChange([], { vorm: 'PROCESREGIE', regisseurId: 'u2' }, 'EERSTE')).toMatchObject({ ok: true, lead: true });
  });

  it('WIJZIGEN replaces and TWEEDE needs the exception', () => {
    expect(planRegieChange([casus('a1', 'u1')], { vorm: 'CASUSREGIE', regisseurId: 'u2' }, 'WIJZIGEN')).toMatchObject({ ok: true, end: ['a1'] });
    expect(planRegieChange([casus('a1', 'u1')], { vorm: 'CASUSREGIE', regisseurId: 'u2' }, 'TWEEDE')).toMatchObject({ ok: false });
    expect(
      planRegieChange([casus('a1', 'u1')], { vorm: 'CASUSREGIE', regisseurId: 'u2', uitzonderingReden: 'Twee adressen', approvedByTeamlead: true }, 'TWEEDE'),
    ).toMatchObject({ ok: true, exception: true, lead: false });
  });
});

describe('planEnding', () => {
  it('moves the lead to the remaining regisseur when the lead ends', () => {
    expect(planEnding([proces('p1', 'u2'), casus('a1', 'u1', false)], 'p1')).toEqual({
      ok: true, end: ['p1'], leadChanges: [{ id: 'a1', lead: true }],
    });
  });

  it('refuses ending the last team regisseur while an aanbieder has the casusregie', () => {
    expect(planEnding([casus('a1', 'u1', false), aanbieder('n1', 'aa')], 'a1')).toEqual({ ok: false, reasons: [REGIE_REASONS.lastTeamWatch] });
    expect(planEnding([casus('a1', 'u1')], 'zz')).toEqual({ ok: false, reasons: [REGIE_REASONS.notCurrent] });
  });
});

describe('regieProblems and leadOf', () => {
  it('flags two leads, no lead and a procesregisseur out of the lead', () => {
    expect(regieProblems([casus('a1', 'u1'), casus('a2', 'u2')])).toContain('Er is meer dan één regisseur in de lead.');
    expect(regieProblems([casus('a1', 'u1', false)])).toContain('Er is geen regisseur in de lead.');
    expect(regieProblems([{ ...proces('p1', 'u2'), lead: false }, casus('a1', 'u1')])).toContain('De procesregisseur hoort in de lead.');
    expect(leadOf([casus('a1', 'u1', false), proces('p1', 'u2')])?.id).toBe('p1');
  });
});

describe('caseload: procesregie weighs more', () => {
  it('counts own assignments and weighs procesregie 2.5, ignoring aanbieders', () => {
    expect(caseload([casus('a1', 'u1'), proces('p1', 'u1'), casus('a2', 'u1', false), aanbieder('n1', 'aa')])).toEqual({ count: 3, weighted: 4.5 });
    expect(caseload([proces('p1', 'u1')], { CASUSREGIE: 1, PROCESREGIE: 3 })).toEqual({ count: 1, weighted: 3 });
  });
});

describe('contactpersoonAfter: the intake professional is the default contact', () => {
  it.each([
    ['first assignment keeps the intake professional', { intakeDoorId: 'i', contactpersoonId: null, replaced: null, assigned: { regisseurId: 'r' } }, 'i'],
    ['first assignment without intake makes the regisseur contact', { intakeDoorId: null, contactpersoonId: null, replaced: null, assigned: { regisseurId: 'r' } }, 'r'],
    ['reassigning the lead moves the contact to the new regisseur', { intakeDoorId: 'i', contactpersoonId: 'i', replaced: { lead: true, regisseurId: 'r' }, assigned: { regisseurId: 'r2' } }, 'r2'],
    ['handing to an aanbieder keeps the contact', { intakeDoorId: 'i', contactpersoonId: 'r', replaced: { lead: true, regisseurId: 'r' }, assigned: { regisseurId: null } }, 'r'],
    ['replacing a non-lead who is the contact moves the contact', { intakeDoorId: 'i', contactpersoonId: 'r', replaced: { lead: false, regisseurId: 'r' }, assigned: { regisseurId: 'r3' } }, 'r3'],
    ['replacing a non-lead who is not the contact keeps it', { intakeDoorId: 'i', contactpersoonId: 'i', replaced: { lead: false, regisseurId: 'r' }, assigned: { regisseurId: 'r3' } }, 'i'],
  ] as const)('%s', (_name, input, expected) => {
    expect(contactpersoonAfter(input)).toBe(expected);
  });
});
