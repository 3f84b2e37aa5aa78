// Need-to-know in two forms (issue 9): householdAccessWhere (a Prisma filter for lists and search) and
// householdAccessSql / householdAccess (hand-written SQL, one statement on every dossier view and in the aanvragen
// queue). On the whole demo (300 households over every stage of the route) both must let every demo account see
// exactly the same households, and findHouseholdAccess must name a ground for exactly those.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/permissions';
import { findHouseholdAccess, householdAccess, householdAccessSql, householdAccessWhere, intakeRefusalUitleg } from '@/lib/server/access/household-access';
import { DEMO_ACCOUNTS, seedDemo } from '@/prisma/seed';
import { INTAKE_TOEGANG_DAGEN } from '@/lib/domain/intake-toegang';
import { getDossierKop } from '@/lib/server/dossier/get-dossier-kop';

let actors: Actor[];
let alle: string[];

beforeAll(async () => {
  await seedDemo(prisma, { today: new Date() });
  const users = await prisma.user.findMany({
    where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } },
    select: { id: true, gemeenteId: true, naam: true, email: true, rollen: true, teams: { where: { tot: null }, select: { teamId: true } } },
  });
  actors = users.map((u) => ({ id: u.id, gemeenteId: u.gemeenteId, naam: u.naam, email: u.email, rollen: u.rollen, teamIds: u.teams.map((t) => t.teamId) }));
  alle = (await prisma.huishouden.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((h) => h.id);
  // A break the glass in force and one that has run out, for the wijkcoach, on households outside her team.
  const coach = actors.find((a) => a.email.startsWith('wijkcoach@'))!;
  const buiten = await prisma.huishouden.findMany({ where: { NOT: householdAccessWhere(coach) }, select: { id: true }, take: 2, orderBy: { id: 'asc' } });
  await prisma.breakTheGlass.createMany({
    data: [
      { gemeenteId: coach.gemeenteId, userId: coach.id, huishoudenId: buiten[0].id, reden: 'Crisis', verlooptOp: new Date(Date.now() + 3_600_000) },
      { gemeenteId: coach.gemeenteId, userId: coach.id, huishoudenId: buiten[1].id, reden: 'Verlopen', verlooptOp: new Date(Date.now() - 60_000) },
    ],
  });
  // A melding in triage on a household the front office has no other ground for (each ground must show up once alone).
  const front = actors.find((a) => a.email.startsWith('frontoffice@'))!;
  const anders = await prisma.huishouden.findFirstOrThrow({ where: { NOT: householdAccessWhere(front) }, select: { id: true }, orderBy: { id: 'desc' } });
  await prisma.melding.create({
    data: { gemeenteId: front.gemeenteId, kenmerk: 'M-2026-990001', kanaal: 'TELEFOON', naam: 'Test Triage', vraag: 'Hulp', status: 'IN_TRIAGE', huishoudenId: anders.id },
  });
  // Issue 16 item 14: the front office triaged (and closed) a melding on two households it has no other ground for,
  // three days ago (the intake ground holds) and twenty days ago (it has run out).
  const zonder = await prisma.huishouden.findMany({ where: { NOT: householdAccessWhere(front), id: { not: anders.id } }, select: { id: true }, take: 2, orderBy: { id: 'asc' } });
  for (const [i, dagen] of [3, 20].entries()) {
    const melding = await prisma.melding.create({
      data: { gemeenteId: front.gemeenteId, kenmerk: `M-2026-99001${i + 1}`, kanaal: 'TELEFOON', naam: 'Test Intake', vraag: 'Hulp', status: 'GEKOPPELD', huishoudenId: zonder[i].id },
    });
    await prisma.triage.create({
      data: { gemeenteId: front.gemeenteId, meldingId: melding.id, uitkomst: 'MEERVOUDIG', vervolg: 'VRAAGVERHELDERING', urgentie: 'NORMAAL', veiligheid: 'GEEN_ZORGEN', doorId: front.id, op: new Date(Date.now() - dagen * 86_400_000) },
    });
  }
}, 120_000);

const viaPrisma = async (actor: Actor) => (await prisma.huishouden.findMany({ where: householdAccessWhere(actor), select: { id: true }, orderBy: { id: 'asc' } })).map((h) => h.id);
const viaSql = async (actor: Actor) =>
  (await prisma.$queryRaw<{ id: string }[]>`SELECT h."id" FROM "Huishouden" h WHERE ${householdAccessSql(actor, Prisma.sql`h`)} ORDER BY h."id"`).map((h) => h.id);

describe('householdAccessSql and householdAccess agree with householdAccessWhere', () => {
  it('every demo account sees the same households both ways, and a ground is named for exactly those', async () => {
    expect(actors.length).toBe(DEMO_ACCOUNTS.length);
    const gezien = new Map<string, number>();
    for (const actor of actors) {
      const verwacht = await viaPrisma(actor);
      expect(await viaSql(actor), actor.email).toEqual(verwacht);
      const metGrond: string[] = [];
      for (const id of alle) if (await findHouseholdAccess(actor, id)) metGrond.push(id);
      expect(metGrond, actor.email).toEqual(verwacht);
      gezien.set(actor.email.split('@')[0], verwacht.length);
    }
    // The comparison means something: roles see different, non-trivial parts of the demo.
    expect(gezien.get('wijkcoach')).toBeGreaterThan(0);
    expect(gezien.get('wijkcoach')).toBeLessThan(alle.length);
    expect(gezien.get('backoffice')).toBeGreaterThan(0);
    expect(gezien.get('frontoffice')).toBeGreaterThan(0);
    expect(gezien.get('beheer')).toBe(0);
  }, 120_000);

  it('names the ground: team, break the glass in force, and none when it has run out', async () => {
    const coach = actors.find((a) => a.email.startsWith('wijkcoach@'))!;
    const btg = await prisma.breakTheGlass.findMany({ where: { userId: coach.id }, orderBy: { verlooptOp: 'desc' } });
    expect(await findHouseholdAccess(coach, btg[0].huishoudenId)).toBe('BREAK_THE_GLASS');
    expect(await findHouseholdAccess(coach, btg[1].huishoudenId)).toBeNull();
    const eigen = (await viaPrisma(coach)).find((id) => id !== btg[0].huishoudenId)!;
    expect(['REGIE', 'TEAM']).toContain(await findHouseholdAccess(coach, eigen));
  });

  it('tells a household that does not exist (or is no uuid, or of another gemeente) from one without a ground', async () => {
    const coach = actors.find((a) => a.email.startsWith('wijkcoach@'))!;
    expect(await householdAccess(coach, 'geen-uuid')).toEqual({ gevonden: false, grond: null });
    expect(await householdAccess(coach, '00000000-0000-4000-8000-000000000000')).toEqual({ gevonden: false, grond: null });
    expect(await householdAccess({ ...coach, gemeenteId: '00000000-0000-4000-8000-000000000001' }, alle[0])).toEqual({ gevonden: false, grond: null });
    const buiten = (await prisma.huishouden.findFirstOrThrow({ where: { NOT: householdAccessWhere(coach) }, select: { id: true } })).id;
    expect(await householdAccess(coach, buiten)).toEqual({ gevonden: true, grond: null });
  });

  it('gives whoever did the intake access for INTAKE_TOEGANG_DAGEN after the triage, and none after (issue 16 item 14)', async () => {
    const front = actors.find((a) => a.email.startsWith('frontoffice@'))!;
    const [recent, oud] = await Promise.all(['M-2026-990011', 'M-2026-990012'].map((kenmerk) => prisma.melding.findFirstOrThrow({ where: { kenmerk }, select: { huishoudenId: true } })));
    expect(INTAKE_TOEGANG_DAGEN).toBe(14);
    expect(await findHouseholdAccess(front, recent.huishoudenId!)).toBe('INTAKE');
    expect(await findHouseholdAccess(front, oud.huishoudenId!)).toBeNull();
    expect(await viaSql(front)).toContain(recent.huishoudenId);
    expect(await viaPrisma(front)).not.toContain(oud.huishoudenId);
    // Only the one who did it: a colleague at the same desk has no ground.
    expect(await findHouseholdAccess({ ...front, id: crypto.randomUUID() }, recent.huishoudenId!)).toBeNull();
    // The dossier's header names the ground and until when it lasts.
    const kop = await getDossierKop(front, recent.huishoudenId!);
    const triage = await prisma.triage.findFirstOrThrow({ where: { melding: { kenmerk: 'M-2026-990011' } } });
    expect(kop).toMatchObject({ grond: 'INTAKE', intakeTot: new Date(triage.op.getTime() + INTAKE_TOEGANG_DAGEN * 86_400_000) });
    // The refusal after the period says why and what to do; someone who did no intake there gets no such text.
    expect(await intakeRefusalUitleg(front, oud.huishoudenId!)).toMatch(/^Je deed de triage op .*14 dagen toegang.*vraag dan de teamleider/);
    expect(await intakeRefusalUitleg({ ...front, id: crypto.randomUUID() }, oud.huishoudenId!)).toBeNull();
  });
});
