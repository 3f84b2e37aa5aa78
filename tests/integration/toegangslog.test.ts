import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { listToegangslog, TOEGANGSLOG_PAGINA } from '@/lib/server/toegangslog/list-toegangslog';
import { parseToegangslogFilter } from '@/lib/validations/toegangslog';
import { actorFor, createGemeente, createHuishouden, createUser } from '../support/factories';

let gemeenteId: string;
let privacy: Actor;
let beheerder: Actor;
let coach: Actor;
let huishoudenA: string;
let huishoudenB: string;

const filter = (params: Record<string, string> = {}) => parseToegangslogFilter(params).filter;

beforeAll(async () => {
  gemeenteId = (await createGemeente()).id;
  privacy = actorFor(await createUser(gemeenteId, ['PRIVACY']));
  beheerder = actorFor(await createUser(gemeenteId, ['BEHEERDER']));
  coach = actorFor(await createUser(gemeenteId, ['WIJKCOACH'], { naam: 'Coach Log' }));
  huishoudenA = (await createHuishouden(gemeenteId)).id;
  huishoudenB = (await createHuishouden(gemeenteId)).id;
  const base = { gemeenteId, actorId: coach.id, actorRol: 'WIJKCOACH', entiteit: 'Huishouden' };
  // 60 ordinary reads of A on 10 november, one break the glass on B on 20 november, an export by privacy on 21 november.
  await prisma.auditEntry.createMany({
    data: Array.from({ length: 60 }, (_, i) => ({ ...base, actie: 'DOSSIER_VIEWED', huishoudenId: huishoudenA, context: 'eigen team', op: new Date(Date.UTC(2026, 10, 10, 9, i)) })),
  });
  await prisma.auditEntry.create({
    data: { ...base, actie: 'BREAK_THE_GLASS', huishoudenId: huishoudenB, context: 'Crisis in de nacht', breakTheGlass: true, ip: '10.0.0.7', op: new Date(Date.UTC(2026, 10, 20, 23, 30)) },
  });
  await prisma.auditEntry.create({ data: { gemeenteId, actorId: privacy.id, actorRol: 'PRIVACY', actie: 'EXPORT', entiteit: 'Persoon', op: new Date(Date.UTC(2026, 10, 21, 12)) } });
  // Another gemeente's row never shows.
  const ander = (await createGemeente()).id;
  await prisma.auditEntry.create({ data: { gemeenteId: ander, actie: 'DOSSIER_VIEWED', entiteit: 'Huishouden', breakTheGlass: true } });
});

describe('listToegangslog', () => {
  it('lists the gemeente newest first, 50 a page, with the names of who and whose', async () => {
    const first = await listToegangslog(privacy, filter());
    expect(first.totaal).toBe(62);
    expect(first.paginas).toBe(2);
    expect(first.regels).toHaveLength(TOEGANGSLOG_PAGINA);
    expect(first.regels[0]).toMatchObject({ actie: 'EXPORT', actorNaam: privacy.naam });
    expect(first.regels[1]).toMatchObject({ actie: 'BREAK_THE_GLASS', breakTheGlass: true, actorNaam: 'Coach Log', context: 'Crisis in de nacht', ip: '10.0.0.7' });
    expect(first.regels[1].huishoudenNaam).toMatch(/^Huishouden/);
    const second = await listToegangslog(beheerder, filter({ pagina: '2' }));
    expect(second.regels).toHaveLength(12);
    expect(new Set([...first.regels, ...second.regels].map((r) => r.id)).size).toBe(62);
  });

  it('filters on break the glass, user, id, action and period (tot en met inclusive)', async () => {
    expect((await listToegangslog(privacy, filter({ btg: 'on' }))).regels.map((r) => r.actie)).toEqual(['BREAK_THE_GLASS']);
    expect((await listToegangslog(privacy, filter({ gebruiker: privacy.id }))).totaal).toBe(1);
    expect((await listToegangslog(privacy, filter({ id: huishoudenA }))).totaal).toBe(60);
    expect((await listToegangslog(privacy, filter({ actie: 'EXPORT' }))).totaal).toBe(1);
    expect((await listToegangslog(privacy, filter({ van: '20-11-2026', tot: '20-11-2026' }))).totaal).toBe(1);
    expect((await listToegangslog(privacy, filter({ tot: '10-11-2026' }))).totaal).toBe(60);
  });

  it('reports bad filter input at the field and ignores that field only', () => {
    const parsed = parseToegangslogFilter({ van: '31-02-2026', id: 'abc', btg: 'on', pagina: 'x' });
    expect(parsed.fieldErrors.van?.[0]).toMatch(/geldige datum/);
    expect(parsed.fieldErrors.id?.[0]).toMatch(/volledig id/);
    expect(parsed.filter).toMatchObject({ van: null, btg: true, pagina: 1 });
    expect(parsed.values.id).toBe('abc');
  });

  it('refuses roles other than privacy and beheer', async () => {
    await expect(listToegangslog(coach, filter())).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('the application cannot change or delete a row (append-only)', async () => {
    await expect(prisma.auditEntry.updateMany({ where: { gemeenteId }, data: { context: 'weg' } })).rejects.toThrow();
    await expect(prisma.auditEntry.deleteMany({ where: { gemeenteId } })).rejects.toThrow();
  });
});
