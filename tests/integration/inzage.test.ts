import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { exportPersoon, zoekPersoonVoorInzage } from '@/lib/server/inzage/export-persoon';
import { actorFor, createCasus, createGemeente, createHuishouden, createPersoon, createUser } from '../support/factories';

let gemeenteId: string;
let privacy: Actor;
let persoonId: string;
let huishoudenId: string;

beforeAll(async () => {
  gemeenteId = (await createGemeente()).id;
  privacy = actorFor(await createUser(gemeenteId, ['PRIVACY']));
  const persoon = await createPersoon(gemeenteId, { voornamen: 'Inge', achternaam: 'Zagers', bsn: '111222333' });
  persoonId = persoon.id;
  huishoudenId = (await createHuishouden(gemeenteId, [{ persoonId }])).id;
  await createCasus(gemeenteId, huishoudenId);
  await prisma.auditEntry.create({ data: { gemeenteId, actie: 'DOSSIER_VIEWED', entiteit: 'Huishouden', huishoudenId } });
});

describe('exportPersoon', () => {
  it('finds the person by BSN or surname', async () => {
    expect((await zoekPersoonVoorInzage(privacy, '111222333')).map((p) => p.id)).toEqual([persoonId]);
    expect((await zoekPersoonVoorInzage(privacy, 'zager')).map((p) => p.id)).toEqual([persoonId]);
  });

  it('exports the person, their households with casussen and the access log about them, and logs the export', async () => {
    const data = await exportPersoon(privacy, persoonId);
    expect(data.persoon).toMatchObject({ voornamen: 'Inge', achternaam: 'Zagers', bsn: '111222333' });
    expect(data.huishoudens.map((h) => h.id)).toEqual([huishoudenId]);
    expect(data.huishoudens[0].casussen).toHaveLength(1);
    expect(data.toegangslog.map((e) => e.actie)).toContain('DOSSIER_VIEWED');
    expect(JSON.parse(JSON.stringify(data)).persoon.id).toBe(persoonId);
    const log = await prisma.auditEntry.findMany({ where: { gemeenteId, actie: 'EXPORT', persoonId } });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ actorId: privacy.id, entiteit: 'Persoon', entiteitId: persoonId });
  });

  it('refuses other roles and unknown persons', async () => {
    const beheer = actorFor(await createUser(gemeenteId, ['BEHEERDER']));
    await expect(exportPersoon(beheer, persoonId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(exportPersoon(privacy, crypto.randomUUID())).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const ander = actorFor(await createUser((await createGemeente()).id, ['PRIVACY']));
    await expect(exportPersoon(ander, persoonId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
