import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { addCalendarDays, toCalendarDay } from '@/lib/domain/dates';
import { daysLeft, dueDate } from '@/lib/domain/deadlines';
import { laadBesluitdagen } from '@/lib/server/termijnwet/besluitdagen';
import { getWerkvoorraad } from '@/lib/server/werkvoorraad/get-werkvoorraad';
import { actorFor, createGemeente, createRegie, createRegieTeam, createTeamCasus, createUser } from '../support/factories';

// Mijn werkvoorraad (issue 5): tasks derived from the records, need-to-know, and fast on 100,000 households: the
// number of queries stays the same however many households the coach has, and on a database with 100,000
// households every query the use case sends is planned through an index, never a scan of a big table.

// Noon (UTC) of the Amsterdam calendar day n days from today: the same calendar day in summer and winter time,
// whatever hour the test runs.
const today = toCalendarDay(new Date());
const daysFromNow = (n: number) => new Date(addCalendarDays(today, n).getTime() + 12 * 3_600_000);
const dateOnly = (n: number) => addCalendarDays(today, n);

// ── Counting what the use case sends to PostgreSQL ──
type Sent = { text: string; values: unknown[] };
let capture: Sent[] | null = null;
const originalQuery = pg.Client.prototype.query;
beforeAll(() => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (pg.Client.prototype as any).query = function (this: pg.Client, ...args: any[]) {
    const config = args[0];
    if (capture) capture.push(typeof config === 'string' ? { text: config, values: args[1] ?? [] } : { text: config.text, values: config.values ?? [] });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return (originalQuery as any).apply(this, args);
  };
});
afterAll(() => {
  pg.Client.prototype.query = originalQuery;
});
async function sent<T>(work: () => Promise<T>): Promise<{ result: T; queries: Sent[] }> {
  capture = [];
  try {
    const result = await work();
    return { result, queries: capture };
  } finally {
    capture = null;
  }
}

let gemeenteId: string;
let teamId: string;
let me: Actor;
let colleague: Actor;

beforeAll(async () => {
  gemeenteId = (await createGemeente()).id;
  const team = await createRegieTeam(gemeenteId, { coaches: 2 });
  teamId = team.team.id;
  [me, colleague] = team.coaches;
});

/** One household in regie with every kind of record that makes a task. */
async function householdWithEverything(regisseur: Actor) {
  const { casus, huishouden } = await createTeamCasus(gemeenteId, teamId, { fase: 'UITVOERING', meldingOntvangenOp: daysFromNow(-50) });
  await createRegie(casus, regisseur.id);
  const plan = await prisma.ondersteuningsplan.create({ data: { gemeenteId, huishoudenId: huishouden.id, casusId: casus.id } });
  const versie = await prisma.planVersie.create({ data: { gemeenteId, planId: plan.id, versienummer: 1, status: 'CONCEPT', evaluatieDatum: dateOnly(10), opgesteldDoorId: regisseur.id } });
  await prisma.actie.create({ data: { planVersieId: versie.id, wie: 'INWONER', wat: 'Formulier invullen', uiterlijk: dateOnly(1) } });
  await prisma.planVersie.update({ where: { id: versie.id }, data: { status: 'VASTGESTELD' } });
  await prisma.planVersie.update({ where: { id: versie.id }, data: { status: 'IN_UITVOERING' } });
  await prisma.consult.create({ data: { gemeenteId, huishoudenId: huishouden.id, casusId: casus.id, soort: 'MEEDENKEN', vraag: 'Vraag', aangevraagdDoorId: regisseur.id, uiterlijkOp: dateOnly(2) } });
  await prisma.taak.create({ data: { gemeenteId, huishoudenId: huishouden.id, casusId: casus.id, titel: 'Bellen', toegewezenAanId: regisseur.id, uiterlijkOp: dateOnly(0), aangemaaktDoorId: regisseur.id } });
  await prisma.opschorting.create({ data: { gemeenteId, casusId: casus.id, van: dateOnly(-40), tot: dateOnly(-33), reden: 'Op verzoek', doorId: regisseur.id } });
  return { casus, huishouden };
}

describe('getWerkvoorraad: tasks derived from the records', () => {
  it('shows my onderzoek terms, plan evaluations, open consults, waakvlam checks and tasks, overdue first', async () => {
    const a = await createTeamCasus(gemeenteId, teamId, { fase: 'PLAN', meldingOntvangenOp: daysFromNow(-50) });
    await createRegie(a.casus, me.id);
    const b = await createTeamCasus(gemeenteId, teamId, { fase: 'UITVOERING', meldingOntvangenOp: daysFromNow(-100) });
    await prisma.casus.update({ where: { id: b.casus.id }, data: { verslagVerstuurdOp: daysFromNow(-70) } });
    await createRegie(b.casus, me.id);
    const plan = await prisma.ondersteuningsplan.create({ data: { gemeenteId, huishoudenId: b.huishouden.id, casusId: b.casus.id } });
    await prisma.planVersie.create({ data: { gemeenteId, planId: plan.id, versienummer: 1, status: 'VERVANGEN', evaluatieDatum: dateOnly(-30), opgesteldDoorId: me.id } });
    const v2 = await prisma.planVersie.create({ data: { gemeenteId, planId: plan.id, versienummer: 2, status: 'CONCEPT', evaluatieDatum: dateOnly(12), opgesteldDoorId: me.id } });
    // Actions of the plan in force: a late one and one due within the week show; one due later, or done, does not.
    await prisma.actie.createMany({
      data: [
        { planVersieId: v2.id, wie: 'INWONER', wieNaam: 'Inwoner', wat: 'Post sorteren', uiterlijk: dateOnly(-3) },
        { planVersieId: v2.id, wie: 'AANBIEDER', wat: 'Intake jeugdhulp', uiterlijk: dateOnly(5), status: 'BEZIG' },
        { planVersieId: v2.id, wie: 'NETWERK', wat: 'Later', uiterlijk: dateOnly(20) },
        { planVersieId: v2.id, wie: 'INWONER', wat: 'Al gedaan', uiterlijk: dateOnly(-6), status: 'GEDAAN' },
        { planVersieId: v2.id, wie: 'INWONER', wat: 'Zonder datum' },
      ],
    });
    await prisma.planVersie.update({ where: { id: v2.id }, data: { status: 'VASTGESTELD' } });
    await prisma.planVersie.update({ where: { id: v2.id }, data: { status: 'IN_UITVOERING' } });
    await prisma.consult.create({ data: { gemeenteId, huishoudenId: a.huishouden.id, casusId: a.casus.id, soort: 'VEILIGHEID', vraag: 'Zorgen', aangevraagdDoorId: me.id, uiterlijkOp: dateOnly(3) } });
    await prisma.consult.create({ data: { gemeenteId, huishoudenId: a.huishouden.id, casusId: a.casus.id, soort: 'MEEDENKEN', vraag: 'Klaar', aangevraagdDoorId: me.id, uiterlijkOp: dateOnly(1), status: 'AFGEROND' } });
    // Waakvlam: a closed casus I led last, and one a colleague took over from me.
    const c = await createTeamCasus(gemeenteId, teamId, { fase: 'AFGESLOTEN' });
    await prisma.casus.update({ where: { id: c.casus.id }, data: { waakvlamOp: dateOnly(20) } });
    await createRegie(c.casus, me.id, { tot: daysFromNow(-10) });
    const d = await createTeamCasus(gemeenteId, teamId, { fase: 'AFGESLOTEN' });
    await prisma.casus.update({ where: { id: d.casus.id }, data: { waakvlamOp: dateOnly(5) } });
    await createRegie(d.casus, me.id, { tot: daysFromNow(-60), vanaf: daysFromNow(-90) });
    await createRegie(d.casus, colleague.id, { tot: daysFromNow(-10), vanaf: daysFromNow(-60) });
    await prisma.taak.create({ data: { gemeenteId, huishoudenId: b.huishouden.id, titel: 'Huisarts terugbellen', toegewezenAanId: me.id, uiterlijkOp: dateOnly(0), aangemaaktDoorId: colleague.id } });
    await prisma.taak.create({ data: { gemeenteId, huishoudenId: b.huishouden.id, titel: 'Al gedaan', toegewezenAanId: me.id, uiterlijkOp: dateOnly(-5), afgerondOp: new Date(), aangemaaktDoorId: me.id } });
    // A task on a household of another team, where I have no ground any more: left out.
    const elsewhere = await createRegieTeam(gemeenteId, { coaches: 0 });
    const e = await createTeamCasus(gemeenteId, elsewhere.team.id);
    await prisma.taak.create({ data: { gemeenteId, huishoudenId: e.huishouden.id, titel: 'Geheim', toegewezenAanId: me.id, uiterlijkOp: dateOnly(-1), aangemaaktDoorId: me.id } });

    const werkvoorraad = await getWerkvoorraad(me);
    // 42 - 50 = 8 days late, or fewer when the six weeks ended on a weekend or feestdag (Algemene termijnenwet: the
    // days run from today, so the domain rule says how many; tests/unit/termijnwet.test.ts has fixed cases).
    const onderzoekDagen = daysLeft(dueDate({ start: daysFromNow(-50), termDays: 42, suspensions: [], today: new Date(), besluitdagen: await laadBesluitdagen(prisma) }), new Date());
    expect(onderzoekDagen).toBeGreaterThanOrEqual(-8);
    expect(onderzoekDagen).toBeLessThanOrEqual(-4);
    expect(werkvoorraad.taken.map((t) => [t.soort, t.huishouden.id, t.status, t.dagen])).toEqual([
      ['ONDERZOEK', a.huishouden.id, 'OVERDUE', onderzoekDagen],
      ['ACTIE', b.huishouden.id, 'OVERDUE', -3],
      ['TAAK', b.huishouden.id, 'DUE_SOON', 0],
      ['CONSULT', a.huishouden.id, 'DUE_SOON', 3],
      ['ACTIE', b.huishouden.id, 'ON_TRACK', 5],
      ['EVALUATIE', b.huishouden.id, 'ON_TRACK', 12],
      ['WAAKVLAM', c.huishouden.id, 'ON_TRACK', 20],
    ]);
    expect(werkvoorraad.taken.filter((t) => t.soort === 'ACTIE').map((t) => [t.titel, t.wie])).toEqual([['Actie uit het plan: Post sorteren', 'Inwoner'], ['Actie uit het plan: Intake jeugdhulp', null]]);
    expect(werkvoorraad.huishoudens.map((h) => [h.huishouden.id, h.volgende?.soort, h.teLaat])).toEqual([
      [a.huishouden.id, 'ONDERZOEK', 1],
      [b.huishouden.id, 'ACTIE', 1],
    ]);
    expect((await getWerkvoorraad(colleague)).taken.map((t) => [t.soort, t.huishouden.id])).toEqual([['WAAKVLAM', d.huishouden.id]]);
  });

  it('moves the onderzoek term by an opschorting', async () => {
    const coach = actorFor(await createUser(gemeenteId, ['WIJKCOACH'], { teamId }), [teamId]);
    await householdWithEverything(coach);
    const [onderzoek] = (await getWerkvoorraad(coach)).taken.filter((t) => t.soort === 'ONDERZOEK');
    // 42 - 50 + 7 paused days = 1 day late, or on time when that end fell on a weekend or feestdag (Atw).
    const verwacht = daysLeft(dueDate({
      start: daysFromNow(-50), termDays: 42, suspensions: [{ van: dateOnly(-40), tot: dateOnly(-33) }], today: new Date(), besluitdagen: await laadBesluitdagen(prisma),
    }), new Date());
    expect(verwacht).toBeGreaterThanOrEqual(-1);
    expect(onderzoek.dagen).toBe(verwacht);
  });

  it('refuses a role without a werkvoorraad', async () => {
    const backoffice = actorFor(await createUser(gemeenteId, ['BACKOFFICE']));
    await expect(getWerkvoorraad(backoffice)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('getWerkvoorraad: a fixed number of queries', () => {
  it('sends one query, for 40 households as for 2', async () => {
    const coach = actorFor(await createUser(gemeenteId, ['WIJKCOACH'], { teamId }), [teamId]);
    for (let i = 0; i < 2; i++) await householdWithEverything(coach);
    const small = await sent(() => getWerkvoorraad(coach));
    expect(small.result.huishoudens).toHaveLength(2);
    for (let i = 0; i < 38; i++) await householdWithEverything(coach);
    const large = await sent(() => getWerkvoorraad(coach));
    expect(large.result.huishoudens).toHaveLength(40);
    expect(large.result.taken).toHaveLength(40 * 5); // onderzoek, evaluatie, consult, taak, plan action
    expect(large.queries.length).toBe(small.queries.length);
    // Issue 23: one statement, the parts of the worklist as json arrays.
    expect(large.queries.length).toBe(1);
  });
});

// ── 100,000 households ──
const BIG_TABLES = ['Huishouden', 'Casus', 'RegieToewijzing', 'Consult', 'Taak', 'Ondersteuningsplan', 'PlanVersie'];

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; Plans?: PlanNode[] };
const seqScans = (node: PlanNode): string[] => [
  ...(node['Node Type'] === 'Seq Scan' && node['Relation Name'] ? [node['Relation Name']] : []),
  ...(node.Plans ?? []).flatMap(seqScans),
];

describe('getWerkvoorraad on 100,000 households', () => {
  it('plans every query it sends through an index and answers quickly', { timeout: 180_000 }, async () => {
    const team = await createRegieTeam(gemeenteId, { coaches: 1 });
    const otherTeam = await createRegieTeam(gemeenteId, { coaches: 0 });
    const coach = team.coaches[0];
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const g = `'${gemeenteId}'::uuid`;
    try {
      await client.query(`
        CREATE TEMP TABLE big AS SELECT i, gen_random_uuid() AS hid, gen_random_uuid() AS cid, gen_random_uuid() AS pid FROM generate_series(1, 100000) i;
        CREATE TEMP TABLE coach AS SELECT j, gen_random_uuid() AS uid FROM generate_series(0, 49) j;
        INSERT INTO "User" (id, "gemeenteId", email, naam, rollen, "updatedAt")
          SELECT uid, ${g}, 'groot' || j || '@example.test', 'Coach ' || j, '{WIJKCOACH}', now() FROM coach;
        INSERT INTO "Huishouden" (id, "gemeenteId", naam, straat, huisnummer, postcode, woonplaats, "updatedAt")
          SELECT hid, ${g}, 'Huishouden ' || i, 'Laan', i, '1781AB', 'Den Helder', now() FROM big;
        INSERT INTO "Casus" (id, "gemeenteId", nummer, "huishoudenId", "teamId", fase, "meldingOntvangenOp", "afgeslotenOp", "waakvlamOp", "verslagVerstuurdOp", "updatedAt")
          SELECT cid, ${g}, 'C-GROOT-' || i, hid, CASE WHEN i % 2 = 0 THEN '${team.team.id}'::uuid ELSE '${otherTeam.team.id}'::uuid END,
                 (CASE WHEN i % 5 = 0 THEN 'AFGESLOTEN' ELSE 'UITVOERING' END)::"Fase", now() - (i % 300) * interval '1 day',
                 CASE WHEN i % 5 = 0 THEN now() END, CASE WHEN i % 5 = 0 THEN current_date + (i % 90) END,
                 CASE WHEN i % 3 = 0 THEN now() END, now()
          FROM big;
        INSERT INTO "RegieToewijzing" (id, "gemeenteId", "huishoudenId", "casusId", vorm, lead, "regisseurId", vanaf, tot, reden, "toegewezenDoorId")
          SELECT gen_random_uuid(), ${g}, hid, cid, 'CASUSREGIE', true, c.uid, now() - interval '200 days',
                 CASE WHEN i % 5 = 0 THEN now() - interval '10 days' END, 'Opzet', c.uid
          FROM big JOIN coach c ON c.j = i % 50;
        INSERT INTO "Ondersteuningsplan" (id, "gemeenteId", "huishoudenId", "casusId") SELECT pid, ${g}, hid, cid FROM big WHERE i % 5 <> 0;
        INSERT INTO "PlanVersie" (id, "gemeenteId", "planId", versienummer, status, "evaluatieDatum", "opgesteldDoorId", "updatedAt")
          SELECT gen_random_uuid(), ${g}, pid, 1, 'IN_UITVOERING', current_date + (i % 120), (SELECT uid FROM coach WHERE j = 0), now() FROM big WHERE i % 5 <> 0;
        INSERT INTO "Consult" (id, "gemeenteId", "huishoudenId", "casusId", soort, vraag, "aangevraagdDoorId", "uiterlijkOp", status)
          SELECT gen_random_uuid(), ${g}, hid, cid, 'MEEDENKEN', 'Vraag', c.uid, current_date + (i % 10), (CASE WHEN i % 8 = 0 THEN 'OPEN' ELSE 'AFGEROND' END)::"ConsultStatus"
          FROM big JOIN coach c ON c.j = i % 50 WHERE i % 4 = 0;
        INSERT INTO "Taak" (id, "gemeenteId", "huishoudenId", titel, "toegewezenAanId", "uiterlijkOp", "aangemaaktDoorId")
          SELECT gen_random_uuid(), ${g}, hid, 'Taak', c.uid, current_date + (i % 30), c.uid FROM big JOIN coach c ON c.j = i % 50 WHERE i % 4 = 1;
        -- This coach takes over 30 open households of the team, with their consults and tasks, and led 10 closed ones last.
        UPDATE "RegieToewijzing" SET "regisseurId" = '${coach.id}'::uuid
          WHERE "casusId" IN (SELECT cid FROM big WHERE i % 2 = 0 AND i % 5 <> 0 AND i <= 200 ORDER BY i LIMIT 30);
        UPDATE "RegieToewijzing" SET "regisseurId" = '${coach.id}'::uuid
          WHERE "casusId" IN (SELECT cid FROM big WHERE i % 10 = 0 AND i <= 300 ORDER BY i LIMIT 10);
        UPDATE "Consult" SET "aangevraagdDoorId" = '${coach.id}'::uuid, status = 'OPEN'
          WHERE "casusId" IN (SELECT cid FROM big WHERE i % 4 = 0 AND i <= 200);
        ANALYZE;
      `);
      expect(Number((await client.query('SELECT count(*) FROM "Huishouden"')).rows[0].count)).toBeGreaterThanOrEqual(100_000);

      const { result, queries } = await sent(() => getWerkvoorraad(coach));
      expect(result.huishoudens).toHaveLength(30);
      expect(result.taken.filter((t) => t.soort === 'WAAKVLAM')).toHaveLength(10);
      expect(result.taken.filter((t) => t.soort === 'CONSULT').length).toBeGreaterThan(0);

      const selects = queries.filter((q) => /^\s*SELECT/i.test(q.text));
      expect(selects.length).toBe(1);
      const scanned: string[] = [];
      for (const q of selects) {
        const plan = (await client.query({ text: `EXPLAIN (FORMAT JSON) ${q.text}`, values: q.values as unknown[] })).rows[0]['QUERY PLAN'][0].Plan as PlanNode;
        scanned.push(...seqScans(plan).filter((relation) => BIG_TABLES.includes(relation)));
      }
      expect(scanned).toEqual([]);

      const timings: number[] = [];
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        await getWerkvoorraad(coach);
        timings.push(performance.now() - start);
      }
      const median = timings.sort((a, b) => a - b)[2];
      console.info(`werkvoorraad on 100,000 households: ${selects.length} queries, median ${median.toFixed(1)} ms`);
      expect(median).toBeLessThan(1000);
    } finally {
      await client.end();
    }
  });
});
