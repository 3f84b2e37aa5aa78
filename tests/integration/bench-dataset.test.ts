import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidBsn } from '@/lib/domain/bsn';
import { generateDataset, type GenerateResult, splitEvenly } from '@/bench/dataset/generate-dataset';

// Issue 9: the benchmark's dataset generator (bench/dataset) on a small city. The database refuses anything that
// breaks an invariant, so the generation succeeding proves those; these tests check what the database cannot: that
// the city looks like the one the benchmark claims to measure (every stage of the route, the demo accounts with a
// real workload, numbering, test BSNs, addresses, the access log).

const HUISHOUDENS = 5_000;
let client: pg.Client;
let result: GenerateResult;
const one = async <T = Record<string, unknown>>(sql: string, values: unknown[] = []) => (await client.query(sql, values)).rows[0] as T;
const count = async (sql: string, values: unknown[] = []) => Number((await one<{ n: string }>(sql, values)).n);

beforeAll(async () => {
  result = await generateDataset({ databaseUrl: process.env.DATABASE_URL!, households: HUISHOUDENS });
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
}, 180_000);

afterAll(async () => {
  await client?.end();
});

describe(`the bench dataset of ${HUISHOUDENS.toLocaleString('en')} households`, () => {
  it('has the berichtenverkeer of a city: toewijzingberichten with retours (some refused), starts, a declaratie per aanbieder with rejected prestaties', async () => {
    const berichten = await count('SELECT count(*) AS n FROM "Bericht"');
    expect(berichten).toBeGreaterThan(100);
    expect(await count(`SELECT count(*) AS n FROM "Bericht" WHERE "retourGoedgekeurd" = false`)).toBeGreaterThanOrEqual(Math.floor(berichten / 60));
    expect(await count(`SELECT count(*) AS n FROM "InkomendBericht" WHERE soort LIKE '%302'`)).toBeGreaterThan(berichten / 2);
    expect(await count(`SELECT count(*) AS n FROM "InkomendBericht" WHERE soort LIKE '%305'`)).toBeGreaterThan(10);
    expect(await count('SELECT count(DISTINCT "aanbiederId") AS n FROM "Declaratie"')).toBe(await count('SELECT count(*) AS n FROM "Declaratie"'));
    expect(await count('SELECT count(*) AS n FROM "Declaratie"')).toBeGreaterThan(1);
    expect(await count('SELECT count(*) AS n FROM "DeclaratiePrestatie" WHERE NOT toegekend')).toBeGreaterThan(0);
    expect(await count('SELECT count(*) AS n FROM "DeclaratiePrestatie" WHERE toegekend')).toBeGreaterThan(await count('SELECT count(*) AS n FROM "DeclaratiePrestatie" WHERE NOT toegekend'));
  });

  it('has the households asked for, the demo ones included', async () => {
    expect(result.households).toBe(await count('SELECT count(*) AS n FROM "Huishouden"'));
    // The demo's closed households may hand a person to a new household of their own (a few more than asked).
    expect(result.households).toBeGreaterThanOrEqual(HUISHOUDENS);
    expect(result.households).toBeLessThan(HUISHOUDENS * 1.01);
  });

  it('spreads the casussen over every stage of the route, most of them closed', async () => {
    const perFase = new Map((await client.query('SELECT fase::text AS fase, count(*)::int AS n FROM "Casus" GROUP BY fase')).rows.map((r) => [r.fase, r.n]));
    for (const fase of ['TRIAGE', 'KORTDURENDE_HULP', 'VRAAGVERHELDERING', 'WACHT_OP_REGIE', 'PLAN', 'UITVOERING', 'EVALUATIE', 'AFGESLOTEN']) {
      expect(perFase.get(fase) ?? 0, fase).toBeGreaterThan(0);
    }
    const total = [...perFase.values()].reduce((a, b) => a + b, 0);
    expect(perFase.get('AFGESLOTEN')! / total).toBeGreaterThan(0.4);
    expect(await count(`SELECT count(*) AS n FROM "Melding" WHERE status = 'NIEUW' AND "huishoudenId" IS NULL`)).toBeGreaterThan(0);
    for (const table of ['PlanVersie', 'Doel', 'Aanvraag', 'Beschikking', 'Toewijzing', 'Evaluatie', 'Consult', 'Contactmoment']) {
      expect(await count(`SELECT count(*) AS n FROM "${table}"`), table).toBeGreaterThan(0);
    }
  });

  it('gives wijkcoach@ a caseload of 30 to 60 households in regie and teamlead@ a queue waiting for regie', async () => {
    const coach = await count(`
      SELECT count(*) AS n FROM "RegieToewijzing" r JOIN "User" u ON u.id = r."regisseurId" JOIN "Casus" c ON c.id = r."casusId"
      WHERE u.email = 'wijkcoach@wijkregie.test' AND r.tot IS NULL AND c.fase <> 'AFGESLOTEN'`);
    expect(coach).toBeGreaterThanOrEqual(30);
    expect(coach).toBeLessThanOrEqual(60);
    const wachtend = await count(`
      SELECT count(*) AS n FROM "Casus" c JOIN "TeamLidmaatschap" t ON t."teamId" = c."teamId" JOIN "User" u ON u.id = t."userId"
      WHERE u.email = 'teamlead@wijkregie.test' AND c.fase = 'WACHT_OP_REGIE'`);
    expect(wachtend).toBeGreaterThan(40);
    // Every wijkcoach in regie somewhere carries a caseload in the same range as the demo's.
    const loads = (await client.query(`
      SELECT count(*)::int AS n FROM "RegieToewijzing" r JOIN "Casus" c ON c.id = r."casusId"
      WHERE r.tot IS NULL AND c.fase <> 'AFGESLOTEN' AND r."regisseurId" IS NOT NULL GROUP BY r."regisseurId"`)).rows.map((r) => r.n as number);
    expect(Math.max(...loads)).toBeLessThanOrEqual(80);
  });

  it('numbers every kind in one series and leaves the Nummering counters at the last number', async () => {
    const checks: [string, string, string][] = [
      ['melding', 'Melding', 'kenmerk'], ['casus', 'Casus', 'nummer'], ['aanvraag', 'Aanvraag', 'nummer'], ['beschikking', 'Beschikking', 'identificatie'],
    ];
    expect(checks).toHaveLength(4);
    for (const [soort, table, column] of checks) {
      const { laatste } = await one<{ laatste: number }>(`SELECT laatste FROM "Nummering" WHERE soort = $1`, [soort]);
      const { hoogste, aantal } = await one<{ hoogste: number; aantal: number }>(
        `SELECT max(split_part("${column}", '-', 3)::int) AS hoogste, count(*)::int AS aantal FROM "${table}"`);
      expect(hoogste, soort).toBe(laatste);
      expect(aantal, soort).toBe(laatste); // gapless
    }
    const { laatste } = await one<{ laatste: number }>(`SELECT laatste FROM "Nummering" WHERE soort = 'toewijzing'`);
    expect(await count('SELECT max("toewijzingNummer") AS n FROM "Toewijzing"')).toBe(laatste);
  });

  it('gives every person a valid test BSN and every household its own address', async () => {
    const bsns = (await client.query('SELECT bsn FROM "Persoon"')).rows.map((r) => r.bsn as string);
    expect(bsns.length).toBeGreaterThan(2 * HUISHOUDENS);
    expect(bsns.filter((b) => !isValidBsn(b))).toEqual([]);
    expect(await count(`
      SELECT count(*) AS n FROM (SELECT 1 FROM "Huishouden" GROUP BY postcode, huisnummer, "huisnummerToevoeging" HAVING count(*) > 1) x`)).toBe(0);
    // The melding trigger and the postcode ranges agree: every household's postcode lies in its own wijk.
    expect(await count(`
      SELECT count(*) AS n FROM "Huishouden" h
      WHERE NOT EXISTS (SELECT 1 FROM "PostcodeGebied" p WHERE p."wijkId" = h."wijkId" AND h.postcode BETWEEN p."postcodeVan" AND p."postcodeTot")`)).toBe(0);
  });

  it('gives every household exactly one current hoofdbewoner', async () => {
    expect(await count(`
      SELECT count(*) AS n FROM "Huishouden" h
      WHERE (SELECT count(*) FROM "HuishoudenLidmaatschap" l WHERE l."huishoudenId" = h.id AND l.tot IS NULL AND l.rol = 'HOOFDBEWONER') <> 1
        AND EXISTS (SELECT 1 FROM "HuishoudenLidmaatschap" l WHERE l."huishoudenId" = h.id AND l.tot IS NULL)`)).toBe(0);
  });

  it('keeps an access log of the work, by the people who did it', async () => {
    expect(await count('SELECT count(*) AS n FROM "AuditEntry"')).toBeGreaterThan(HUISHOUDENS / 2);
    expect(await count(`SELECT count(*) AS n FROM "AuditEntry" a WHERE a."actorId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = a."actorId")`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "AuditEntry" a WHERE a."huishoudenId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Huishouden" h WHERE h.id = a."huishoudenId")`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "AuditEntry" WHERE op > now()`)).toBe(0);
  });

  it('refuses to write into a database that already holds a gemeente', async () => {
    await expect(generateDataset({ databaseUrl: process.env.DATABASE_URL!, households: 50 })).rejects.toThrow(/not empty/);
  });
});

describe('splitEvenly', () => {
  it.each([
    [10, 3, [4, 3, 3]],
    [2, 4, [1, 1, 0, 0]],
    [0, 2, [0, 0]],
    [7, 0, []],
  ])('splits %i into %i parts', (n, k, parts) => {
    expect(splitEvenly(n, k)).toEqual(parts);
  });
});
