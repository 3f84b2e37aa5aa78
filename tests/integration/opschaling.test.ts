import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { OPSCHALING_REASONS } from '@/lib/domain/opschaling';
import { ASSIGN_REASONS } from '@/lib/domain/regie';
import { decideOpschaling } from '@/lib/server/regie/decide-opschaling';
import { getCasusverdeling } from '@/lib/server/regie/get-casusverdeling';
import { getOpschalingsverzoek } from '@/lib/server/regie/get-opschalingsverzoek';
import { recordDoorzettingsmacht } from '@/lib/server/regie/record-doorzettingsmacht';
import { requestOpschaling } from '@/lib/server/regie/request-opschaling';
import { actorFor, createGemeente, createRegie, createRegieTeam, createTeamCasus, createUser, grantMandaat } from '../support/factories';

let gemeenteId: string;
let teamId: string;
let teamlead: Actor;
let coach: Actor;
let otherCoach: Actor;
let procesregisseur: Actor;

beforeAll(async () => {
  gemeenteId = (await createGemeente()).id;
  const team = await createRegieTeam(gemeenteId, { coaches: 2, procesregisseur: true });
  teamId = team.team.id;
  teamlead = team.teamlead;
  [coach, otherCoach] = team.coaches;
  procesregisseur = team.procesregisseur!;
  await grantMandaat(teamlead.id, 'DOORZETTINGSMACHT');
});

/** A casus in uitvoering with `coach` as lead casusregisseur. */
async function casusInRegie() {
  const { casus, huishouden } = await createTeamCasus(gemeenteId, teamId, { fase: 'UITVOERING' });
  await createRegie(casus, coach.id);
  return { casus, huishouden };
}

const REDEN = 'Vijf partijen betrokken, geen voortgang bij schuldhulp en woningcorporatie';

describe('requestOpschaling', () => {
  it('records the request of the casusregisseur, with an access-log row', async () => {
    const { casus, huishouden } = await casusInRegie();
    const verzoek = await requestOpschaling(coach, { casusId: casus.id, reden: REDEN });
    expect(verzoek).toMatchObject({ status: 'OPEN', aangevraagdDoorId: coach.id, reden: REDEN });
    expect(await prisma.auditEntry.count({ where: { huishoudenId: huishouden.id, actie: 'OPSCHALING_AANGEVRAAGD', entiteitId: verzoek.id } })).toBe(1);
  });

  it('refuses a teamlead (wrong role), a coach who is not the regisseur, and a second open request', async () => {
    const { casus } = await casusInRegie();
    await expect(requestOpschaling(teamlead, { casusId: casus.id, reden: REDEN })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(requestOpschaling(otherCoach, { casusId: casus.id, reden: REDEN })).rejects.toMatchObject({ reasons: [OPSCHALING_REASONS.notRegisseur] });
    await requestOpschaling(coach, { casusId: casus.id, reden: REDEN });
    await expect(requestOpschaling(coach, { casusId: casus.id, reden: REDEN })).rejects.toMatchObject({ reasons: [OPSCHALING_REASONS.alreadyRequested] });
    expect(await prisma.opschalingsverzoek.count({ where: { casusId: casus.id } })).toBe(1);
  });

  it('refuses a coach without need-to-know', async () => {
    const { casus } = await casusInRegie();
    const stranger = actorFor(await createUser(gemeenteId, ['WIJKCOACH']));
    await expect(requestOpschaling(stranger, { casusId: casus.id, reden: REDEN })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets the database refuse a second open request even when code is bypassed', async () => {
    const { casus } = await casusInRegie();
    const row = { gemeenteId, casusId: casus.id, aangevraagdDoorId: coach.id, reden: REDEN };
    await prisma.opschalingsverzoek.create({ data: row });
    await expect(prisma.opschalingsverzoek.create({ data: row })).rejects.toThrow();
    await expect(prisma.opschalingsverzoek.create({ data: { ...row, status: 'AFGEWEZEN' } })).resolves.toBeTruthy();
  });
});

describe('decideOpschaling', () => {
  it('shows open requests on the board, and granting gives procesregie: the procesregisseur leads, the coach stays beside', async () => {
    const { casus, huishouden } = await casusInRegie();
    const verzoek = await requestOpschaling(coach, { casusId: casus.id, reden: REDEN });
    const board = await getCasusverdeling(teamlead);
    expect(board.verzoeken.map((v) => [v.id, v.aangevraagdDoor])).toContainEqual([verzoek.id, coach.naam]);
    const detail = await getOpschalingsverzoek(teamlead, verzoek.id);
    expect(detail.kandidaten[0]).toMatchObject({ id: procesregisseur.id, geschikt: true });

    await decideOpschaling(teamlead, { verzoekId: verzoek.id, version: verzoek.version, besluit: 'TOEKENNEN', procesregisseurId: procesregisseur.id, toelichting: 'Akkoord' });
    expect(await prisma.opschalingsverzoek.findUniqueOrThrow({ where: { id: verzoek.id } })).toMatchObject({
      status: 'TOEGEKEND', besluitDoorId: teamlead.id, besluitToelichting: 'Akkoord',
    });
    const rows = await prisma.regieToewijzing.findMany({ where: { huishoudenId: huishouden.id, tot: null } });
    expect(rows.map((r) => [r.vorm, r.regisseurId, r.lead]).sort()).toEqual([
      ['CASUSREGIE', coach.id, false],
      ['PROCESREGIE', procesregisseur.id, true],
    ]);
    expect(await prisma.casusGebeurtenis.findMany({ where: { casusId: casus.id } })).toMatchObject([{ soort: 'OPGESCHAALD', doorId: teamlead.id }]);
    expect((await getCasusverdeling(teamlead)).verzoeken.map((v) => v.id)).not.toContain(verzoek.id);
  });

  it('refuses granting to someone without the procesregie mandate and leaves the request open', async () => {
    const { casus } = await casusInRegie();
    const verzoek = await requestOpschaling(coach, { casusId: casus.id, reden: REDEN });
    await expect(
      decideOpschaling(teamlead, { verzoekId: verzoek.id, version: verzoek.version, besluit: 'TOEKENNEN', procesregisseurId: otherCoach.id, toelichting: null }),
    ).rejects.toMatchObject({ reasons: [ASSIGN_REASONS.procesregieNeedsMandaat], fieldErrors: { procesregisseurId: [ASSIGN_REASONS.procesregieNeedsMandaat] } });
    expect((await prisma.opschalingsverzoek.findUniqueOrThrow({ where: { id: verzoek.id } })).status).toBe('OPEN');
  });

  it('refuses with a toelichting, refuses a stale version, and refuses the coach (wrong role)', async () => {
    const { casus, huishouden } = await casusInRegie();
    const verzoek = await requestOpschaling(coach, { casusId: casus.id, reden: REDEN });
    await expect(decideOpschaling(coach, { verzoekId: verzoek.id, version: 1, besluit: 'AFWIJZEN', procesregisseurId: null, toelichting: 'Nee' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(decideOpschaling(teamlead, { verzoekId: verzoek.id, version: verzoek.version, besluit: 'AFWIJZEN', procesregisseurId: null, toelichting: '' })).rejects.toMatchObject({
      reasons: [OPSCHALING_REASONS.needsToelichting],
    });
    await decideOpschaling(teamlead, { verzoekId: verzoek.id, version: verzoek.version, besluit: 'AFWIJZEN', procesregisseurId: null, toelichting: 'Eerst een netwerkberaad' });
    expect(await prisma.opschalingsverzoek.findUniqueOrThrow({ where: { id: verzoek.id } })).toMatchObject({ status: 'AFGEWEZEN', besluitToelichting: 'Eerst een netwerkberaad' });
    await expect(
      decideOpschaling(teamlead, { verzoekId: verzoek.id, version: verzoek.version, besluit: 'TOEKENNEN', procesregisseurId: procesregisseur.id, toelichting: null }),
    ).rejects.toMatchObject({ reasons: [OPSCHALING_REASONS.notOpen] });
    expect(await prisma.regieToewijzing.count({ where: { huishoudenId: huishouden.id, vorm: 'PROCESREGIE' } })).toBe(0);
  });

  it('refuses a decision on a version someone else just changed', async () => {
    const { casus } = await casusInRegie();
    const verzoek = await requestOpschaling(coach, { casusId: casus.id, reden: REDEN });
    await prisma.opschalingsverzoek.update({ where: { id: verzoek.id }, data: { version: { increment: 1 } } });
    await expect(
      decideOpschaling(teamlead, { verzoekId: verzoek.id, version: verzoek.version, besluit: 'AFWIJZEN', procesregisseurId: null, toelichting: 'Nee' }),
    ).rejects.toMatchObject({ code: 'STALE_VERSION' });
  });
});

describe('recordDoorzettingsmacht', () => {
  it('records the event for someone with the mandate, and refuses someone without', async () => {
    const { casus, huishouden } = await casusInRegie();
    const event = await recordDoorzettingsmacht(teamlead, { casusId: casus.id, omschrijving: 'Woningcorporatie schort de ontruiming op' });
    expect(event).toMatchObject({ soort: 'DOORZETTINGSMACHT', doorId: teamlead.id, casusId: casus.id });
    expect(await prisma.auditEntry.count({ where: { huishoudenId: huishouden.id, actie: 'DOORZETTINGSMACHT_INGEZET' } })).toBe(1);
    await expect(recordDoorzettingsmacht(coach, { casusId: casus.id, omschrijving: 'x' })).rejects.toMatchObject({
      reasons: [OPSCHALING_REASONS.doorzettingsmachtNeedsMandaat],
    });
    expect(await prisma.casusGebeurtenis.count({ where: { casusId: casus.id, soort: 'DOORZETTINGSMACHT' } })).toBe(1);
  });
});
