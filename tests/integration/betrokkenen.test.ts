import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { addBetrokkene } from '@/lib/server/dossier/add-betrokkene';
import { endBetrokkene } from '@/lib/server/dossier/end-betrokkene';
import { getBetrokkenen } from '@/lib/server/dossier/get-betrokkenen';
import { createGemeente } from '../support/factories';
import { createBuitenstaander, createRijkHuishouden, createWijkMetTeam, type HuishoudenFixture } from '../support/dossier-fixtures';

let gemeenteId: string;
let org: Awaited<ReturnType<typeof createWijkMetTeam>>;
let fx: HuishoudenFixture;

beforeAll(async () => {
  gemeenteId = (await createGemeente()).id;
  org = await createWijkMetTeam(gemeenteId);
  fx = await createRijkHuishouden(gemeenteId, org);
});

const invoer = { naam: 'Mevrouw Smit', organisatie: 'Basisschool De Regenboog', rol: 'Mentor', telefoon: '0223 444 555', email: 'smit@school.test', vanaf: new Date('2026-09-01') };

describe('recording betrokkenen', () => {
  it('adds a school mentor who then shows on the list, and ends her involvement', async () => {
    const b = await addBetrokkene(org.coach, { huishoudenId: fx.huishouden.id, ...invoer });
    expect((await getBetrokkenen(org.coach, fx.huishouden.id)).regels.find((r) => r.naam === 'Mevrouw Smit')).toMatchObject({
      groep: 'PROFESSIONAL', organisatie: 'Basisschool De Regenboog', rollen: ['Mentor'], telefoon: '0223 444 555', email: 'smit@school.test', betrokkeneId: b.id,
    });
    expect(await prisma.auditEntry.count({ where: { actie: 'BETROKKENE_ADDED', entiteitId: b.id } })).toBe(1);
    const yesterday = new Date(Date.now() - 86_400_000);
    await endBetrokkene(org.coach, { betrokkeneId: b.id, tot: new Date(Date.UTC(yesterday.getUTCFullYear(), yesterday.getUTCMonth(), yesterday.getUTCDate())) });
    expect((await getBetrokkenen(org.coach, fx.huishouden.id)).regels.find((r) => r.naam === 'Mevrouw Smit')).toBeUndefined();
    await expect(endBetrokkene(org.coach, { betrokkeneId: b.id, tot: new Date() })).rejects.toMatchObject({ code: 'STALE_VERSION' });
  });

  it('refuses an end before the start at the field', async () => {
    const b = await addBetrokkene(org.coach, { huishoudenId: fx.huishouden.id, ...invoer, naam: 'Meester Jan' });
    await expect(endBetrokkene(org.coach, { betrokkeneId: b.id, tot: new Date('2026-01-01') })).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { tot: [expect.any(String)] } });
  });

  it('refuses a role that may not record them, and a user without need-to-know, writing nothing', async () => {
    const before = await prisma.betrokkene.count();
    await expect(addBetrokkene(fx.backoffice1, { huishoudenId: fx.huishouden.id, ...invoer })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(addBetrokkene(await createBuitenstaander(gemeenteId), { huishoudenId: fx.huishouden.id, ...invoer })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await prisma.betrokkene.count()).toBe(before);
  });
});
