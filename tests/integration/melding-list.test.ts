import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { listMeldingen, PAGE_SIZE } from '@/lib/server/melding/list-meldingen';
import { createFrontDoor, createMelding, type FrontDoor } from '../support/melding-factories';

let door: FrontDoor;
const dag = (n: number) => new Date(Date.UTC(2026, 10, n, 9));

beforeAll(async () => {
  door = await createFrontDoor();
  await createMelding(door.gemeenteId, { naam: 'oud-nieuw', ontvangenOp: dag(1) });
  await createMelding(door.gemeenteId, { naam: 'jong-urgent', urgent: true, ontvangenOp: dag(20) });
  await createMelding(door.gemeenteId, { naam: 'oud-urgent', urgent: true, status: 'IN_TRIAGE', ontvangenOp: dag(10) });
  await createMelding(door.gemeenteId, { naam: 'jong-nieuw-zuid', postcode: '1785AB', kanaal: 'EMAIL', ontvangenOp: dag(21) });
  await createMelding(door.gemeenteId, { naam: 'getrieerd-oud', status: 'GEKOPPELD', urgent: true, ontvangenOp: dag(2) });
  await createMelding(door.gemeenteId, { naam: 'getrieerd-jong', status: 'AFGEHANDELD', ontvangenOp: dag(15) });
});

const names = (rows: { naam: string }[]) => rows.map((r) => r.naam);

describe('the meldingen worklist', () => {
  it('shows untriaged meldingen, urgent first, then oldest first', async () => {
    const result = await listMeldingen(door.frontoffice, { status: 'open', pagina: 1 });
    expect(names(result.meldingen)).toEqual(['oud-urgent', 'jong-urgent', 'oud-nieuw', 'jong-nieuw-zuid']);
    expect(result).toMatchObject({ total: 4, openCount: 4, urgentCount: 2, page: 1, pages: 1 });
  });

  it('shows all meldingen with the untriaged ones first, then triaged newest first', async () => {
    const result = await listMeldingen(door.teamlead, { status: 'alle', pagina: 1 });
    expect(names(result.meldingen)).toEqual(['oud-urgent', 'jong-urgent', 'oud-nieuw', 'jong-nieuw-zuid', 'getrieerd-jong', 'getrieerd-oud']);
  });

  it('filters by wijk (derived from the postcode), channel and status', async () => {
    expect(names((await listMeldingen(door.frontoffice, { status: 'open', wijkId: door.otherWijkId, pagina: 1 })).meldingen)).toEqual(['jong-nieuw-zuid']);
    expect(names((await listMeldingen(door.frontoffice, { status: 'alle', kanaal: 'EMAIL', pagina: 1 })).meldingen)).toEqual(['jong-nieuw-zuid']);
    expect(names((await listMeldingen(door.frontoffice, { status: 'AFGEHANDELD', pagina: 1 })).meldingen)).toEqual(['getrieerd-jong']);
  });

  it('refuses a role without the worklist', async () => {
    await expect(listMeldingen(door.backoffice, { status: 'open', pagina: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('the worklist with 100,000 meldingen', () => {
  it('pages through open and triaged meldingen without a gap or a repeat, and answers each page quickly', async () => {
    // 100,000 meldingen over three years: 2% still open, a tenth of those urgent; spread over both wijken.
    await prisma.$executeRawUnsafe(`
      INSERT INTO "Melding" ("id", "gemeenteId", "kenmerk", "kanaal", "naam", "vraag", "status", "urgent", "ontvangenOp", "postcode", "huisnummer", "updatedAt")
      SELECT gen_random_uuid(), '${door.gemeenteId}', 'M-BULK-' || i, (ARRAY['TELEFOON','EMAIL','WEBSITE','PARTNER']::"Kanaal"[])[1 + i % 4],
             'Bulk ' || i, 'Vraag', CASE WHEN i % 50 = 0 THEN 'NIEUW'::"MeldingStatus" WHEN i % 2 = 0 THEN 'GEKOPPELD'::"MeldingStatus" ELSE 'AFGEHANDELD'::"MeldingStatus" END,
             i % 500 = 0, now() - (i || ' minutes')::interval * 15, CASE WHEN i % 3 = 0 THEN '1785AB' ELSE '1781AB' END, 1, now()
        FROM generate_series(1, 100000) AS i`);
    await prisma.$executeRawUnsafe('VACUUM ANALYZE "Melding"');
    // The default view (open meldingen, optionally per wijk) reads its index, never the whole table.
    const plan = async (sql: string) => (await prisma.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${sql}`)).map((r) => r['QUERY PLAN']).join('\n');
    const open = `"gemeenteId" = '${door.gemeenteId}' AND status IN ('NIEUW','IN_TRIAGE')`;
    expect(await plan(`SELECT id FROM "Melding" WHERE ${open} ORDER BY urgent DESC, "ontvangenOp", id LIMIT 25`)).toContain('Melding_gemeenteId_status_urgent_ontvangenOp_idx');
    expect(await plan(`SELECT id FROM "Melding" WHERE ${open} AND "wijkId" = '${door.otherWijkId}' ORDER BY urgent DESC, "ontvangenOp", id LIMIT 25`)).toContain('Melding_gemeenteId_wijkId_status_urgent_ontvangenOp_idx');
    expect(await plan(`SELECT id FROM "Melding" WHERE "gemeenteId" = '${door.gemeenteId}' AND status IN ('AFGEHANDELD','GEKOPPELD') ORDER BY "ontvangenOp" DESC, id LIMIT 25`)).toContain('Melding_gemeenteId_ontvangenOp_idx');

    const timings: number[] = [];
    const timed = async <T>(fn: () => Promise<T>) => {
      const start = performance.now();
      const result = await fn();
      timings.push(performance.now() - start);
      return result;
    };
    // Warm up the connection pool and plan cache once.
    await listMeldingen(door.frontoffice, { status: 'open', pagina: 1 });

    const first = await timed(() => listMeldingen(door.frontoffice, { status: 'open', pagina: 1 }));
    expect(first.openCount).toBe(2000 + 4);
    expect(first.meldingen[0].urgent).toBe(true);
    await timed(() => listMeldingen(door.frontoffice, { status: 'open', wijkId: door.otherWijkId, pagina: 3 }));
    await timed(() => listMeldingen(door.frontoffice, { status: 'open', kanaal: 'EMAIL', pagina: 2 }));
    const deep = await timed(() => listMeldingen(door.frontoffice, { status: 'alle', pagina: 2000 }));
    expect(deep.meldingen).toHaveLength(PAGE_SIZE);

    // The seam between open and triaged on the page that holds both: no gap, no repeat.
    const seamPage = Math.ceil(first.openCount / PAGE_SIZE);
    const a = await timed(() => listMeldingen(door.frontoffice, { status: 'alle', pagina: seamPage }));
    const b = await timed(() => listMeldingen(door.frontoffice, { status: 'alle', pagina: seamPage + 1 }));
    const ids = [...a.meldingen, ...b.meldingen].map((m) => m.id);
    expect(new Set(ids).size).toBe(PAGE_SIZE * 2);
    expect(a.meldingen.filter((m) => m.status === 'NIEUW' || m.status === 'IN_TRIAGE')).toHaveLength(first.openCount - (seamPage - 1) * PAGE_SIZE);

    console.log(`worklist page timings (ms): ${timings.map((t) => t.toFixed(1)).join(', ')}`);
    // Measured on an idle two-core machine: 10–30 ms for the open list, up to ~130 ms for page 2,000 of all 100,000;
    // several times that while other test runs share the cores. The bound only catches a missing index (a sort of
    // the whole table); the plans above are the real guarantee.
    expect(Math.max(...timings)).toBeLessThan(2000);
  }, 120_000);
});
