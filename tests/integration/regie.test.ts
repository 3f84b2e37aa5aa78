import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { ASSIGN_REASONS, REGIE_REASONS } from '@/lib/domain/regie';
import { assignRegie } from '@/lib/server/regie/assign-regie';
import { endRegie, LAST_REGISSEUR } from '@/lib/server/regie/end-regie';
import { getRegieDossier } from '@/lib/server/regie/get-regie-dossier';
import type { AssignRegieInput } from '@/lib/validations/regie';
import { actorFor, createGemeente, createRegie, createRegieTeam, createTeamCasus, createUser } from '../support/factories';

let gemeenteId: string;
let teamlead: Actor;
let coachA: Actor;
let coachB: Actor;
let procesregisseur: Actor;
let intake: Actor;
let teamId: string;
let otherTeamlead: Actor;

beforeAll(async () => {
  gemeenteId = (await createGemeente()).id;
  const team = await createRegieTeam(gemeenteId, { coaches: 2, procesregisseur: true });
  teamId = team.team.id;
  teamlead = team.teamlead;
  [coachA, coachB] = team.coaches;
  procesregisseur = team.procesregisseur!;
  intake = actorFor(await createUser(gemeenteId, ['WIJKCOACH'], { teamId }), [teamId]);
  otherTeamlead = (await createRegieTeam(gemeenteId, { coaches: 0 })).teamlead;
});

const input = (casus: { id: string; version: number }, overrides: Partial<AssignRegieInput> = {}): AssignRegieInput => ({
  casusId: casus.id,
  version: casus.version,
  mode: 'EERSTE',
  vorm: 'CASUSREGIE',
  regisseurId: coachA.id,
  aanbiederId: null,
  externeRegisseurNaam: null,
  reden: 'Past bij de focuswijk en heeft ruimte',
  uitzonderingReden: null,
  uitzonderingGoedgekeurd: false,
  ...overrides,
});

const reload = (id: string) => prisma.casus.findUniqueOrThrow({ where: { id } });
const current = (huishoudenId: string) =>
  prisma.regieToewijzing.findMany({ where: { huishoudenId, tot: null }, orderBy: { vanaf: 'asc' } });

describe('assignRegie: the first regisseur of a waiting casus', () => {
  it('creates the lead assignment, moves the casus to PLAN with a fase change, keeps the intake as contact and logs it', async () => {
    const { casus, huishouden } = await createTeamCasus(gemeenteId, teamId, { intakeDoorId: intake.id });
    const result = await assignRegie(teamlead, input(casus));
    expect(result).toMatchObject({ lead: true, fase: 'PLAN' });

    const rows = await current(huishouden.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ vorm: 'CASUSREGIE', lead: true, regisseurId: coachA.id, toegewezenDoorId: teamlead.id, reden: 'Past bij de focuswijk en heeft ruimte', vorigeId: null });
    const after = await reload(casus.id);
    expect(after).toMatchObject({ fase: 'PLAN', version: casus.version + 1, contactpersoonId: intake.id });
    expect(await prisma.casusFaseWijziging.findMany({ where: { casusId: casus.id } })).toMatchObject([{ van: 'WACHT_OP_REGIE', naar: 'PLAN', doorId: teamlead.id }]);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { huishoudenId: huishouden.id, actie: 'REGIE_TOEGEWEZEN' } });
    expect(audit).toMatchObject({ actorId: teamlead.id, entiteit: 'RegieToewijzing', entiteitId: rows[0].id, context: 'eigen team' });
  });

  it('makes the regisseur the contact person when nobody did an intake', async () => {
    const { casus } = await createTeamCasus(gemeenteId, teamId);
    await assignRegie(teamlead, input(casus, { regisseurId: coachB.id }));
    expect((await reload(casus.id)).contactpersoonId).toBe(coachB.id);
  });

  it('refuses a wijkcoach (wrong role) before reading anything', async () => {
    const { casus, huishouden } = await createTeamCasus(gemeenteId, teamId);
    await expect(assignRegie(coachA, input(casus))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await prisma.auditEntry.count({ where: { huishoudenId: huishouden.id } })).toBe(0);
  });

  it('refuses the teamlead of another team (no need-to-know) and writes nothing', async () => {
    const { casus, huishouden } = await createTeamCasus(gemeenteId, teamId);
    await expect(assignRegie(otherTeamlead, input(casus))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await current(huishouden.id)).toHaveLength(0);
    expect((await reload(casus.id)).fase).toBe('WACHT_OP_REGIE');
  });

  it('refuses a stale version and writes no assignment, no fase change and no audit row', async () => {
    const { casus, huishouden } = await createTeamCasus(gemeenteId, teamId);
    await prisma.casus.update({ where: { id: casus.id }, data: { version: { increment: 1 } } });
    await expect(assignRegie(teamlead, input(casus))).rejects.toMatchObject({ code: 'STALE_VERSION' });
    expect(await current(huishouden.id)).toHaveLength(0);
    expect(await prisma.casusFaseWijziging.count({ where: { casusId: casus.id } })).toBe(0);
    expect(await prisma.auditEntry.count({ where: { huishoudenId: huishouden.id } })).toBe(0);
  });

  it('refuses a second lead regisseur without an approved exception, with a clear message', async () => {
    const { casus, huishouden } = await createTeamCasus(gemeenteId, teamId);
    await assignRegie(teamlead, input(casus));
    const fresh = await reload(casus.id);
    await expect(assignRegie(teamlead, input(fresh, { regisseurId: coachB.id }))).rejects.toMatchObject({
      code: 'TRANSITION_REFUSED', reasons: [ASSIGN_REASONS.alreadyHasLead],
    });
    await expect(assignRegie(teamlead, input(fresh, { mode: 'TWEEDE', regisseurId: coachB.id, uitzonderingReden: 'Gescheiden ouders, twee adressen' }))).rejects.toMatchObject({
      reasons: [REGIE_REASONS.secondNeedsTeamlead],
    });
    expect(await current(huishouden.id)).toHaveLength(1);
  });

  it('refuses someone outside the team, and procesregie without the mandate', async () => {
    const { casus } = await createTeamCasus(gemeenteId, teamId);
    const outsider = await createUser(gemeenteId, ['WIJKCOACH']);
    await expect(assignRegie(teamlead, input(casus, { regisseurId: outsider.id }))).rejects.toMatchObject({
      reasons: [ASSIGN_REASONS.notInTeam], fieldErrors: { regisseurId: [ASSIGN_REASONS.notInTeam] },
    });
    await expect(assignRegie(teamlead, input(casus, { vorm: 'PROCESREGIE' }))).rejects.toMatchObject({ reasons: [ASSIGN_REASONS.procesregieNeedsMandaat] });
    await expect(assignRegie(teamlead, input(casus, { vorm: 'PROCESREGIE', regisseurId: procesregisseur.id }))).resolves.toMatchObject({ lead: true });
  });
});

describe('assignRegie: changes with full history', () => {
  it('reassigning ends the old row with tot and eindreden, links it with vorigeId and moves the contact', async () => {
    const { casus, huishouden } = await createTeamCasus(gemeenteId, teamId, { intakeDoorId: intake.id });
    await assignRegie(teamlead, input(casus));
    const old = (await current(huishouden.id))[0];
    await assignRegie(teamlead, input(await reload(casus.id), { mode: 'WIJZIGEN', regisseurId: coachB.id, reden: 'Coach A gaat met verlof' }));
    const all = await prisma.regieToewijzing.findMany({ where: { huishoudenId: huishouden.id }, orderBy: { vanaf: 'asc' } });
    expect(all).toHaveLength(2);
    expect(all[0]).toMatchObject({ id: old.id, regisseurId: coachA.id, eindreden: 'Coach A gaat met verlof', lead: true });
    expect(all[0].tot).toBeInstanceOf(Date);
    expect(all[1]).toMatchObject({ regisseurId: coachB.id, lead: true, tot: null, vorigeId: old.id });
    expect((await reload(casus.id)).contactpersoonId).toBe(coachB.id);
  });

  it('puts the procesregisseur in the lead beside the casusregisseur, who stays on', async () => {
    const { casus, huishouden } = await createTeamCasus(gemeenteId, teamId);
    await assignRegie(teamlead, input(casus));
    await assignRegie(teamlead, input(await reload(casus.id), { mode: 'WIJZIGEN', vorm: 'PROCESREGIE', regisseurId: procesregisseur.id }));
    const rows = await current(huishouden.id);
    expect(rows.map((r) => [r.vorm, r.regisseurId, r.lead])).toEqual([
      ['CASUSREGIE', coachA.id, false],
      ['PROCESREGIE', procesregisseur.id, true],
    ]);
  });

  it('adds an approved second regisseur as a non-lead exception with reason and approver', async () => {
    const { casus, huishouden } = await createTeamCasus(gemeenteId, teamId);
    await assignRegie(teamlead, input(casus));
    await assignRegie(teamlead, input(await reload(casus.id), {
      mode: 'TWEEDE', regisseurId: coachB.id, uitzonderingReden: 'Gescheiden ouders, twee adressen', uitzonderingGoedgekeurd: true,
    }));
    const second = (await current(huishouden.id)).find((r) => r.regisseurId === coachB.id)!;
    expect(second).toMatchObject({ lead: false, uitzonderingReden: 'Gescheiden ouders, twee adressen', goedgekeurdDoorId: teamlead.id });
  });

  it('hands casusregie to an aanbieder while the team casusregisseur keeps watch', async () => {
    const { casus, huishouden } = await createTeamCasus(gemeenteId, teamId);
    const aanbieder = await prisma.aanbieder.create({ data: { gemeenteId, naam: 'Zorggroep Noord', agbCode: '12345678' } });
    await assignRegie(teamlead, input(casus));
    await assignRegie(teamlead, input(await reload(casus.id), {
      mode: 'WIJZIGEN', regisseurId: null, aanbiederId: aanbieder.id, externeRegisseurNaam: 'J. de Wit', reden: 'Langdurige zorg',
    }));
    const rows = await current(huishouden.id);
    expect(rows.map((r) => [r.regisseurId, r.aanbiederId, r.lead])).toEqual([
      [coachA.id, null, false],
      [null, aanbieder.id, true],
    ]);
    const dossier = await getRegieDossier(teamlead, huishouden.id);
    expect(dossier.huidige.find((h) => h.regisseurId === coachA.id)?.isMonitoring).toBe(true);
    expect(dossier.huidige.find((h) => h.isAanbieder)?.houder).toBe('Zorggroep Noord (J. de Wit)');
  });
});

describe('endRegie', () => {
  it('ends the casusregisseur beside the procesregisseur and refuses ending the last one', async () => {
    const { casus, huishouden } = await createTeamCasus(gemeenteId, teamId);
    await assignRegie(teamlead, input(casus, { vorm: 'PROCESREGIE', regisseurId: procesregisseur.id }));
    await assignRegie(teamlead, input(await reload(casus.id), { mode: 'WIJZIGEN', regisseurId: coachA.id }));
    const [casusregie, procesregie] = [...(await current(huishouden.id))].sort((a) => (a.vorm === 'CASUSREGIE' ? -1 : 1));
    await endRegie(teamlead, { toewijzingId: casusregie.id, version: casusregie.version, eindreden: 'Niet meer nodig' });
    expect((await current(huishouden.id)).map((r) => r.id)).toEqual([procesregie.id]);
    await expect(endRegie(teamlead, { toewijzingId: procesregie.id, version: procesregie.version, eindreden: 'x' })).rejects.toMatchObject({ reasons: [LAST_REGISSEUR] });
    await expect(endRegie(coachA, { toewijzingId: procesregie.id, version: procesregie.version, eindreden: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('getRegieDossier: the regie tab', () => {
  it('shows the history from, to, when and why, and what the actor may do', async () => {
    const { casus, huishouden } = await createTeamCasus(gemeenteId, teamId, { intakeDoorId: intake.id });
    await assignRegie(teamlead, input(casus));
    await assignRegie(teamlead, input(await reload(casus.id), { mode: 'WIJZIGEN', regisseurId: coachB.id, reden: 'Verlof' }));
    const dossier = await getRegieDossier(teamlead, huishouden.id);
    expect(dossier.geschiedenis.map((g) => [g.houder, g.tot === null, g.eindreden, g.vervangt])).toEqual([
      [coachB.naam, true, null, coachA.naam],
      [coachA.naam, false, 'Verlof', null],
    ]);
    expect(dossier.mag).toMatchObject({ toewijzen: true, opschalen: false });
    expect(dossier.teamleden.map((t) => t.id)).toContain(coachA.id);
    expect(dossier.casus?.contactpersoon).toBe(coachB.naam);

    const coachView = await getRegieDossier(coachB, huishouden.id);
    expect(coachView.mag).toMatchObject({ toewijzen: false, opschalen: true });
    expect(coachView.teamleden).toEqual([]);
  });

  it('refuses someone without need-to-know and logs every read', async () => {
    const { huishouden } = await createTeamCasus(gemeenteId, teamId);
    const stranger = actorFor(await createUser(gemeenteId, ['WIJKCOACH']));
    await expect(getRegieDossier(stranger, huishouden.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await getRegieDossier(teamlead, huishouden.id);
    expect(await prisma.auditEntry.count({ where: { huishoudenId: huishouden.id, actie: 'READ', entiteit: 'RegieToewijzing' } })).toBe(1);
  });
});

describe('the database itself', () => {
  it('refuses a second current lead even when code is bypassed', async () => {
    const { casus } = await createTeamCasus(gemeenteId, teamId, { fase: 'PLAN' });
    await createRegie(casus, coachA.id);
    await expect(createRegie(casus, coachB.id)).rejects.toThrow();
    await expect(createRegie(casus, coachB.id, { lead: false })).resolves.toBeTruthy();
  });
});
