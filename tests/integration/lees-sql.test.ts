import { describe, expect, it } from 'vitest';
import { leesSql, prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';

// Issue 23: leesSql runs a page's hand-written read on node-postgres instead of through Prisma's engine. It must give
// exactly what prisma.$queryRaw gives for the same SQL and values, or a page that switches would read other data.

const moment = new Date('2026-03-29T01:30:00.123Z'); // the night the clocks go forward in Amsterdam
const dag = new Date('2026-11-22T00:00:00Z');

const statement = () => Prisma.sql`
  SELECT ${dag}::date AS "dag", ${moment}::timestamp(3) AS "moment", ${moment}::timestamptz AS "metZone",
         ${dag}::date + 1 AS "morgen", (${moment}::timestamp(3) + interval '1 hour') AS "uurLater",
         count(*) OVER () AS "aantal", 12.50::numeric AS "bedrag", 7::int AS "geheel", 2.5::float8 AS "kommagetal",
         json_build_object('van', ${dag}::date, 'tot', NULL, 'n', 3) AS "json",
         ARRAY['a', NULL, 'c']::text[] AS "teksten", ARRAY[${dag}::date, ${dag}::date + 7] AS "dagen",
         ARRAY[${moment}::timestamp(3)] AS "momenten", ARRAY[1, 2]::int8[] AS "groot",
         gen_random_uuid() IS NOT NULL AS "waar", NULL::text AS "niets", 'VASTGESTELD'::text AS "status",
         ${['x', 'y']}::text[] AS "parameterlijst", ${42} AS "getal"
`;

describe('leesSql', () => {
  it('reads what prisma.$queryRaw reads, type for type', async () => {
    const [viaPrisma] = await prisma.$queryRaw<Record<string, unknown>[]>(statement());
    const [direct] = await leesSql<Record<string, unknown>>(statement());
    expect(direct).toEqual(viaPrisma);
    // And the values are what they should be, so the comparison is not between two equal mistakes.
    expect(direct.dag).toEqual(dag);
    expect(direct.moment).toEqual(moment);
    expect(direct.metZone).toEqual(moment);
    expect(direct.morgen).toEqual(new Date('2026-11-23T00:00:00Z'));
    expect(direct.aantal).toBe(1n);
    expect(String(direct.bedrag)).toBe('12.5');
    expect(direct.dagen).toEqual([dag, new Date('2026-11-29T00:00:00Z')]);
    expect(direct.teksten).toEqual(['a', null, 'c']);
    expect(direct.json).toEqual({ van: '2026-11-22', tot: null, n: 3 });
  });

  it('reads rows of the database with Prisma.join and an empty result', async () => {
    const ids = (await prisma.gemeente.findMany({ select: { id: true }, take: 3 })).map((g) => g.id);
    const query = (lijst: string[]) => Prisma.sql`SELECT g."id", g."naam", g."createdAt" FROM "Gemeente" g WHERE g."id" IN (${Prisma.join([...lijst, '00000000-0000-0000-0000-000000000000'])}) ORDER BY g."id"`;
    expect(await leesSql(query(ids))).toEqual(await prisma.$queryRaw(query(ids)));
    expect(await leesSql(query([]))).toEqual([]);
  });

  it("keeps the plan of a statement (plan: 'bewaren') and still reads each call's own values", async () => {
    const [viaPrisma] = await prisma.$queryRaw<Record<string, unknown>[]>(statement());
    // More calls than a pooled connection needs before PostgreSQL may switch to a generic plan (five), on every
    // connection the calls land on, and two texts side by side: each text is its own prepared statement.
    const getal = (n: number) => Prisma.sql`SELECT ${n}::int + 1 AS "volgende", ${`tekst ${n}`}::text AS "tekst"`;
    const uitkomsten = await Promise.all(Array.from({ length: 24 }, (_, n) => leesSql<{ volgende: number; tekst: string }>(getal(n), { plan: 'bewaren' })));
    expect(uitkomsten.map(([r]) => r)).toEqual(Array.from({ length: 24 }, (_, n) => ({ volgende: n + 1, tekst: `tekst ${n}` })));
    for (let i = 0; i < 6; i++) expect((await leesSql<Record<string, unknown>>(statement(), { plan: 'bewaren' }))[0]).toEqual(viaPrisma);
    const [voorbereid] = await leesSql<{ aantal: bigint }>(Prisma.sql`SELECT count(*) AS "aantal" FROM pg_prepared_statements WHERE name LIKE 'lees\_%'`, { plan: 'bewaren' });
    expect(voorbereid.aantal).toBeGreaterThan(0n);
  });

  it('plans a kept statement once, with its parameters unknown, on connections of its own; every other read as before', async () => {
    const stand = Prisma.sql`SELECT current_setting('plan_cache_mode') AS "stand", (SELECT count(*) FROM pg_prepared_statements WHERE name LIKE 'lees\_%') AS "bewaard"`;
    const [bewaard] = await leesSql<{ stand: string; bewaard: bigint }>(stand, { plan: 'bewaren' });
    expect(bewaard.stand).toBe('force_generic_plan');
    expect(bewaard.bewaard).toBeGreaterThan(0n);
    // The shared pool (Prisma's writes and their PL/pgSQL triggers, and the other reads) keeps PostgreSQL's default,
    // and never holds a kept statement.
    const gedeeld = [...(await leesSql<{ stand: string; bewaard: bigint }>(stand)), ...(await prisma.$queryRaw<{ stand: string; bewaard: bigint }[]>(stand))];
    expect(gedeeld).toEqual([{ stand: 'auto', bewaard: 0n }, { stand: 'auto', bewaard: 0n }]);
  });
});
