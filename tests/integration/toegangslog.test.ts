import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { beoordeelBreakTheGlass } from '@/lib/server/toegangslog/beoordeel-break-the-glass';
import { listBreakTheGlass } from '@/lib/server/toegangslog/list-break-the-glass';
import { getToegangslogKeuzes, listToegangslog, TOEGANGSLOG_PAGINA } from '@/lib/server/toegangslog/list-toegangslog';
import { beoordeelBreakTheGlassSchema, parseToegangslogFilter } from '@/lib/validations/toegangslog';
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

describe('the access log in words, households by name or kenmerk (issue 16 item 18)', () => {
  it('describes every line and every choice of the filter in Dutch, not as a code', async () => {
    const log = await listToegangslog(privacy, filter());
    expect(log.regels[0]).toMatchObject({ actie: 'EXPORT', handeling: 'Afgedrukt of gedownload' });
    expect(log.regels[1]).toMatchObject({ actie: 'BREAK_THE_GLASS', handeling: 'Toegang zonder grond (break the glass)' });
    expect((await getToegangslogKeuzes(privacy)).acties).toContainEqual({ value: 'DOSSIER_VIEWED', label: 'Dossier bekeken' });
  });

  it('finds a household by part of its name, any case, and by the kenmerk of its casus', async () => {
    const naam = (await prisma.huishouden.findUniqueOrThrow({ where: { id: huishoudenA } })).naam;
    const deel = naam.slice(-4).toLowerCase();
    const opNaam = await listToegangslog(privacy, filter({ huishouden: deel }));
    expect(opNaam.huishoudensGevonden).toBe(1);
    expect(opNaam.totaal).toBe(60);
    const casus = await prisma.casus.create({
      data: { gemeenteId, huishoudenId: huishoudenB, nummer: 'C-2026-424242', fase: 'TRIAGE', meldingOntvangenOp: new Date() },
    });
    const opKenmerk = await listToegangslog(privacy, filter({ huishouden: 'c-2026-424242' }));
    expect(opKenmerk.regels.map((r) => r.actie)).toEqual(['BREAK_THE_GLASS']);
    await prisma.casus.update({ where: { id: casus.id }, data: { fase: 'AFGESLOTEN', afgeslotenOp: new Date() } });
    const niets = await listToegangslog(privacy, filter({ huishouden: 'Bestaat niet 123' }));
    expect([niets.huishoudensGevonden, niets.totaal]).toEqual([0, 0]);
  });
});

describe('reviewing break the glass (issue 16 item 18, NEN 7513)', () => {
  const nieuweBtg = () =>
    prisma.breakTheGlass.create({ data: { gemeenteId, userId: coach.id, huishoudenId: huishoudenB, reden: 'Crisis in de nacht', verlooptOp: new Date(Date.now() + 3600_000) } });

  it('lists an access until it is reviewed, records the outcome once, with an audit row', async () => {
    const btg = await nieuweBtg();
    expect((await listBreakTheGlass(privacy)).teBeoordelen.map((b) => b.id)).toContain(btg.id);
    await beoordeelBreakTheGlass(privacy, beoordeelBreakTheGlassSchema.parse({ breakTheGlassId: btg.id, uitkomst: 'GERECHTVAARDIGD' }));
    expect(await prisma.breakTheGlass.findUniqueOrThrow({ where: { id: btg.id } })).toMatchObject({ uitkomst: 'GERECHTVAARDIGD', beoordeeldDoorId: privacy.id, beoordeling: null });
    const lijst = await listBreakTheGlass(privacy);
    expect(lijst.teBeoordelen.map((b) => b.id)).not.toContain(btg.id);
    expect(lijst.beoordeeld.find((b) => b.id === btg.id)).toMatchObject({ uitkomst: 'GERECHTVAARDIGD', beoordeeldDoor: privacy.naam, medewerker: 'Coach Log' });
    expect(await prisma.auditEntry.findFirstOrThrow({ where: { actie: 'BREAK_THE_GLASS_BEOORDEELD', entiteitId: btg.id } })).toMatchObject({
      actorId: privacy.id, huishoudenId: huishoudenB, after: { uitkomst: 'GERECHTVAARDIGD' },
    });
    // A second review (someone else was quicker) is refused and writes nothing.
    await expect(
      beoordeelBreakTheGlass(privacy, { breakTheGlassId: btg.id, uitkomst: 'NIET_GERECHTVAARDIGD', beoordeling: 'Toch niet' }),
    ).rejects.toMatchObject({ code: 'STALE_VERSION' });
    expect(await prisma.breakTheGlass.findUniqueOrThrow({ where: { id: btg.id } })).toMatchObject({ uitkomst: 'GERECHTVAARDIGD' });
    expect(await prisma.auditEntry.count({ where: { actie: 'BREAK_THE_GLASS_BEOORDEELD', entiteitId: btg.id } })).toBe(1);
  });

  it('asks for an explanation when the access was not justified, at the field', () => {
    const r = beoordeelBreakTheGlassSchema.safeParse({ breakTheGlassId: crypto.randomUUID(), uitkomst: 'NIET_GERECHTVAARDIGD', beoordeling: '  ' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ path: ['beoordeling'] });
  });

  it('refuses the beheerder (who may read the log), and an access of another gemeente, writing nothing', async () => {
    const btg = await nieuweBtg();
    await expect(beoordeelBreakTheGlass(beheerder, { breakTheGlassId: btg.id, uitkomst: 'GERECHTVAARDIGD', beoordeling: '' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const andere = actorFor(await createUser((await createGemeente()).id, ['PRIVACY']));
    await expect(beoordeelBreakTheGlass(andere, { breakTheGlassId: btg.id, uitkomst: 'GERECHTVAARDIGD', beoordeling: '' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listBreakTheGlass(coach)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await prisma.breakTheGlass.findUniqueOrThrow({ where: { id: btg.id } })).toMatchObject({ uitkomst: null, beoordeeldOp: null });
  });

  it('the database refuses a half review and an unexplained "niet gerechtvaardigd"', async () => {
    const btg = await nieuweBtg();
    await expect(prisma.breakTheGlass.update({ where: { id: btg.id }, data: { uitkomst: 'GERECHTVAARDIGD' } })).rejects.toThrow();
    await expect(
      prisma.breakTheGlass.update({ where: { id: btg.id }, data: { uitkomst: 'NIET_GERECHTVAARDIGD', beoordeeldOp: new Date(), beoordeeldDoorId: privacy.id } }),
    ).rejects.toThrow();
  });
});
