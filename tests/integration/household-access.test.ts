import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { assertHouseholdAccess, findHouseholdAccess, householdAccessWhere } from '@/lib/server/access/household-access';
import { actorFor, createCasus, createGemeente, createHuishouden, createTeam, createUser } from '../support/factories';
import type { Actor } from '@/lib/auth/permissions';

let gemeenteId: string;
let coachA: Actor;
let coachB: Actor;
let backoffice: Actor;
let huishoudenA: string;
let huishoudenB: string;

beforeAll(async () => {
  gemeenteId = (await createGemeente()).id;
  const teamA = await createTeam(gemeenteId, 'Team A');
  const teamB = await createTeam(gemeenteId, 'Team B');
  const a = await createUser(gemeenteId, ['WIJKCOACH'], { teamId: teamA.id });
  const b = await createUser(gemeenteId, ['WIJKCOACH'], { teamId: teamB.id });
  coachA = actorFor(a, [teamA.id]);
  coachB = actorFor(b, [teamB.id]);
  backoffice = actorFor(await createUser(gemeenteId, ['BACKOFFICE']));
  huishoudenA = (await createHuishouden(gemeenteId)).id;
  huishoudenB = (await createHuishouden(gemeenteId)).id;
  await prisma.casus.update({ where: { id: (await createCasus(gemeenteId, huishoudenA)).id }, data: { teamId: teamA.id } });
  await prisma.casus.update({ where: { id: (await createCasus(gemeenteId, huishoudenB)).id }, data: { teamId: teamB.id } });
});

const visibleIds = async (actor: Actor) =>
  (await prisma.huishouden.findMany({ where: householdAccessWhere(actor), select: { id: true } })).map((h) => h.id).sort();

describe('need-to-know access to a household', () => {
  it('lets a wijkcoach open a household of their own team and refuses one of another team', async () => {
    expect(await findHouseholdAccess(coachA, huishoudenA)).toBe('TEAM');
    expect(await findHouseholdAccess(coachA, huishoudenB)).toBeNull();
    expect(await visibleIds(coachA)).toEqual([huishoudenA]);
  });

  it('refuses and writes no access-log row when there is no ground', async () => {
    const before = await prisma.auditEntry.count({ where: { huishoudenId: huishoudenB } });
    await expect(
      prisma.$transaction((tx) => assertHouseholdAccess(tx, coachA, huishoudenB, { actie: 'READ', entiteit: 'Huishouden', entiteitId: huishoudenB })),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await prisma.auditEntry.count({ where: { huishoudenId: huishoudenB } })).toBe(before);
  });

  it('grants access after break the glass, and flags the access-log row with the reason', async () => {
    await prisma.breakTheGlass.create({
      data: { gemeenteId, userId: coachA.id, huishoudenId: huishoudenB, reden: 'Crisis buiten kantooruren', verlooptOp: new Date(Date.now() + 3600_000) },
    });
    const ground = await prisma.$transaction((tx) => assertHouseholdAccess(tx, coachA, huishoudenB, { actie: 'READ', entiteit: 'Huishouden' }));
    expect(ground).toBe('BREAK_THE_GLASS');
    const row = await prisma.auditEntry.findFirstOrThrow({ where: { huishoudenId: huishoudenB, actorId: coachA.id } });
    expect(row).toMatchObject({ breakTheGlass: true, context: 'Crisis buiten kantooruren', actie: 'READ' });
    expect(await visibleIds(coachA)).toEqual([huishoudenA, huishoudenB].sort());
  });

  it('gives the regisseur access wherever the household is, and the backoffice only through an aanvraag', async () => {
    const casusB = await prisma.casus.findFirstOrThrow({ where: { huishoudenId: huishoudenB } });
    await prisma.regieToewijzing.create({
      data: { gemeenteId, huishoudenId: huishoudenB, casusId: casusB.id, vorm: 'CASUSREGIE', lead: false, regisseurId: coachB.id, reden: 'test', toegewezenDoorId: coachB.id },
    });
    expect(await findHouseholdAccess(coachB, huishoudenB)).toBe('REGIE');
    expect(await findHouseholdAccess(backoffice, huishoudenA)).toBeNull();
    expect(await visibleIds(backoffice)).toEqual([]);
  });
});
