// Issue 9: the backoffice queue is ordered, filtered, counted and paged by PostgreSQL, with the legal due date of an
// aanvraag computed in SQL (aanvraag_uiterlijk, now in prisma/migrations/20261206100000_algemene_termijnenwet with the
// Algemene termijnenwet; tests/integration/termijnwet-sql.test.ts compares the rule itself on thousands of cases). These tests hold
// that SQL to the domain rule (dueDate / aanvraagTermijn of lib/domain) on generated cases, and check what the queue
// does with it: the order, the counts with and without the termijn filter, need-to-know for a teamleider, and a
// search text with ILIKE's wildcards in it.
import { beforeAll, describe, expect, it } from 'vitest';
import { BESLUITDAGEN_2026_2028 } from '@/lib/domain/termijnwet';
import fc from 'fast-check';
import { prisma } from '@/lib/db';
import { aanvraagTermijn, isOpenAanvraag, vergelijkWachtrij } from '@/lib/domain/aanvraag-termijn';
import { toIsoDate } from '@/lib/domain/dates';
import { dueDate } from '@/lib/domain/deadlines';
import type { AanvraagStatus } from '@/lib/domain/enums';
import { listAanvragen, PAGINA_GROOTTE } from '@/lib/server/aanvraag/list-aanvragen';
import { createAanvraag, createBeschikkingWereld, dag, type BeschikkingWereld } from '../support/beschikking-factories';

const DAG = 86_400_000;
const BASIS = dag('2026-01-01').getTime();
const opDag = (n: number) => new Date(BASIS + n * DAG);
const iso = (d: Date) => d.toISOString().slice(0, 10);
// Atw art. 3 lid 3: the decree days the migration preloads into "Besluitdag", which aanvraag_uiterlijk reads.
const KB = new Set<string>(BESLUITDAGEN_2026_2028.map((b) => b.datum));

/**
 * An opschorting relative to the start: before it, during the term, after the term ran out; open or closed. Small
 * ranges, so that opschortingen often overlap, touch, or begin on the very day the (moved) term ends.
 */
const opschorting = fc.record({
  van: fc.integer({ min: -10, max: 60 }),
  duur: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), // null: still open
});

type Opschorting = { van: number; duur: number | null };

async function zetOpschortingen(w: BeschikkingWereld, aanvraagId: string, start: number, lijst: Opschorting[]) {
  await prisma.opschorting.deleteMany({ where: { aanvraagId } });
  const rows = lijst.map((o) => ({ van: opDag(start + o.van), tot: o.duur === null ? null : opDag(start + o.van + o.duur) }));
  await prisma.opschorting.createMany({ data: rows.map((r) => ({ ...r, gemeenteId: w.gemeenteId, aanvraagId, reden: 'Wachten op informatie', doorId: w.opsteller.id })) });
  return rows;
}

describe('aanvraag_uiterlijk: the domain due date in SQL', () => {
  let w: BeschikkingWereld;
  let aanvraagId: string;
  beforeAll(async () => {
    w = await createBeschikkingWereld();
    aanvraagId = (await createAanvraag(w, { ontvangenOp: dag('2026-01-01') })).aanvraag.id;
  });

  const sqlUiterlijk = async (start: Date, dagen: number, today: Date, verdaging = 0) =>
    (await prisma.$queryRaw<{ d: Date }[]>`SELECT aanvraag_uiterlijk(${aanvraagId}::uuid, ${iso(start)}::date, ${dagen}::int, ${verdaging}::int, ${toIsoDate(today)}::date) AS d`)[0].d;

  it('equals dueDate for generated starts, terms, verdagingen, opschortingen and days', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 700 }), // start
        fc.integer({ min: 0, max: 30 }), // term
        fc.integer({ min: 0, max: 20 }), // verdaging
        fc.array(opschorting, { maxLength: 4 }),
        fc.integer({ min: -10, max: 120 }), // today, in days after the start
        fc.integer({ min: 0, max: DAG - 1 }), // and the time of day (after 22:00 UTC it is tomorrow in Amsterdam)
        async (s, term, verdaging, lijst, na, tijd) => {
          const start = opDag(s);
          const today = new Date(start.getTime() + na * DAG + tijd);
          const suspensions = await zetOpschortingen(w, aanvraagId, s, lijst);
          const verwacht = dueDate({ start, termDays: term, extensionDays: verdaging, suspensions, today, besluitdagen: KB });
          expect(iso(await sqlUiterlijk(start, term, today, verdaging))).toBe(iso(verwacht));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('counts overlapping and touching opschortingen once, ignores days before the start, and does not revive a term that ran out', async () => {
    const start = dag('2026-03-02'); // + 14 = 16 March
    const today = new Date('2026-06-01T10:00:00Z');
    const geval = async (lijst: Opschorting[]) => {
      await zetOpschortingen(w, aanvraagId, (start.getTime() - BASIS) / DAG, lijst);
      return iso(await sqlUiterlijk(start, 14, today));
    };
    expect(await geval([])).toBe('2026-03-16');
    expect(await geval([{ van: 2, duur: 5 }, { van: 4, duur: 5 }])).toBe('2026-03-23'); // 2..9: 7 days
    expect(await geval([{ van: 2, duur: 3 }, { van: 5, duur: 3 }])).toBe('2026-03-23'); // touching: 2..8, 6 days: Sunday 22nd, so Monday
    expect(await geval([{ van: -10, duur: 12 }])).toBe('2026-03-18'); // only the 2 days from the start count
    expect(await geval([{ van: 20, duur: 10 }])).toBe('2026-03-16'); // began after 16 March: the term had run out
    expect(await geval([{ van: 14, duur: 10 }])).toBe('2026-03-26'); // began on the last day: still counts
    // The first moves the last day to 19 March; a second that begins on 19 March counts, one on 20 March does not.
    expect(await geval([{ van: 2, duur: 3 }, { van: 17, duur: 4 }])).toBe('2026-03-23');
    expect(await geval([{ van: 2, duur: 3 }, { van: 18, duur: 4 }])).toBe('2026-03-19');
    expect(await geval([{ van: 2, duur: 3 }, { van: 17, duur: 4 }, { van: 30, duur: 1 }])).toBe('2026-03-23');
    expect(await geval([{ van: 80, duur: null }])).toBe('2026-03-16');
    expect(await geval([{ van: 10, duur: null }])).toBe(iso(dueDate({ start, termDays: 14, suspensions: [{ van: dag('2026-03-12'), tot: null }], today, besluitdagen: KB })));
  });
});

describe('listAanvragen: ordered, counted and paged in SQL', () => {
  const today = new Date('2026-05-20T22:30:00Z'); // 00:30 in Amsterdam: 21 May there

  it('orders, filters and counts generated queues as the domain rule does', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            ontvangen: fc.integer({ min: -90, max: 0 }),
            jeugd: fc.boolean(),
            status: fc.constantFrom<AanvraagStatus>('ONTVANGEN', 'IN_BEHANDELING', 'OPGESCHORT', 'BESCHIKT'),
            verdaging: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
            opschortingen: fc.array(opschorting, { maxLength: 3 }),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        fc.constantFrom(undefined, 'verlopen' as const, 'opgeschort' as const),
        async (gevallen, termijnFilter) => {
          const w = await createBeschikkingWereld();
          // The gemeente's own terms, different from the law's, so that the SQL must read them per wet.
          const instellingen = { wmoBeschikkingTermijnDagen: 10, awbBeschikkingTermijnDagen: 30 };
          await prisma.gemeente.update({ where: { id: w.gemeenteId }, data: instellingen });
          const vandaag = dag('2026-05-20');
          const alle = [];
          for (const g of gevallen) {
            const start = new Date(vandaag.getTime() + g.ontvangen * DAG);
            const { aanvraag } = await createAanvraag(w, { ontvangenOp: start, status: g.status, product: g.jeugd ? w.producten.jeugdhulp : undefined });
            if (g.verdaging) await prisma.aanvraag.update({ where: { id: aanvraag.id }, data: { verdaagdOp: start, verdagingDagen: g.verdaging } });
            const opschortingen = await zetOpschortingen(w, aanvraag.id, (start.getTime() - BASIS) / DAG, g.opschortingen);
            const termijn = aanvraagTermijn({ wet: aanvraag.wet, ontvangenOp: start, verdagingDagen: g.verdaging, opschortingen }, instellingen, today, KB);
            alle.push({ id: aanvraag.id, nummer: aanvraag.nummer, ontvangenOp: start, status: g.status, uiterlijk: termijn.uiterlijk, termijn });
          }
          const open = alle.filter((a) => isOpenAanvraag(a.status)).sort(vergelijkWachtrij);
          const gefilterd = open.filter((a) =>
            termijnFilter === 'verlopen' ? !a.termijn.opgeschort && a.termijn.dagenOver < 0 : termijnFilter === 'opgeschort' ? a.termijn.opgeschort : true,
          );

          const result = await listAanvragen(w.opsteller, { pagina: 1, termijn: termijnFilter }, today);
          expect(result.aanvragen.map((a) => a.id)).toEqual(gefilterd.map((a) => a.id));
          expect(result.aanvragen.map((a) => a.termijn)).toEqual(gefilterd.map((a) => a.termijn));
          expect(result.aanvragen.map((a) => iso(a.uiterlijk))).toEqual(gefilterd.map((a) => iso(a.termijn.uiterlijk)));
          expect(result.total).toBe(gefilterd.length);
          expect(result.tellingen).toEqual({
            open: open.length,
            verlopen: open.filter((a) => !a.termijn.opgeschort && a.termijn.status === 'OVERDUE').length,
            bijnaVerlopen: open.filter((a) => !a.termijn.opgeschort && a.termijn.status === 'DUE_SOON').length,
            opgeschort: open.filter((a) => a.termijn.opgeschort).length,
          });
        },
      ),
      { numRuns: 12 },
    );
  });

  it('counts the whole queue whatever the termijn filter, and pages within the filter', async () => {
    const w = await createBeschikkingWereld();
    // 27 overdue (received 1 April), 2 suspended, 3 on track: the overdue ones fill page 1 and 2 of 'verlopen'.
    for (let i = 0; i < PAGINA_GROOTTE + 2; i++) await createAanvraag(w, { ontvangenOp: dag('2026-04-01') });
    for (let i = 0; i < 2; i++) {
      const { aanvraag } = await createAanvraag(w, { ontvangenOp: dag('2026-04-01'), status: 'OPGESCHORT' });
      await prisma.opschorting.create({ data: { gemeenteId: w.gemeenteId, aanvraagId: aanvraag.id, van: dag('2026-04-03'), reden: 'Wachten', doorId: w.opsteller.id } });
    }
    for (let i = 0; i < 3; i++) await createAanvraag(w, { ontvangenOp: dag('2026-05-18') });
    const beschikt = await createAanvraag(w, { ontvangenOp: dag('2026-04-01'), status: 'BESCHIKT' });
    const tellingen = { open: PAGINA_GROOTTE + 7, verlopen: PAGINA_GROOTTE + 2, bijnaVerlopen: 0, opgeschort: 2 };

    const verlopen2 = await listAanvragen(w.opsteller, { pagina: 2, termijn: 'verlopen' }, today);
    expect([verlopen2.total, verlopen2.page, verlopen2.pages, verlopen2.aanvragen.length]).toEqual([PAGINA_GROOTTE + 2, 2, 2, 2]);
    expect(verlopen2.tellingen).toEqual(tellingen);
    expect(verlopen2.aanvragen.every((a) => a.termijn.status === 'OVERDUE' && !a.termijn.opgeschort)).toBe(true);
    const opgeschort = await listAanvragen(w.opsteller, { pagina: 7, termijn: 'opgeschort' }, today);
    expect([opgeschort.total, opgeschort.page, opgeschort.pages, opgeschort.aanvragen.length]).toEqual([2, 1, 1, 2]);
    expect(opgeschort.tellingen).toEqual(tellingen);
    expect((await listAanvragen(w.opsteller, { pagina: 1 }, today)).total).toBe(PAGINA_GROOTTE + 7);

    // A decided aanvraag found by its number is listed, but is no part of the queue's counts.
    const gevonden = await listAanvragen(w.opsteller, { pagina: 1, zoek: beschikt.aanvraag.nummer.toLowerCase() }, today);
    expect(gevonden.aanvragen.map((a) => a.id)).toEqual([beschikt.aanvraag.id]);
    expect([gevonden.total, gevonden.tellingen.open]).toEqual([1, 0]);
    // No match: an empty page, the counts still there.
    const niets = await listAanvragen(w.opsteller, { pagina: 3, zoek: 'Niemand' }, today);
    expect(niets).toEqual({ aanvragen: [], total: 0, page: 1, pages: 1, tellingen: { open: 0, verlopen: 0, bijnaVerlopen: 0, opgeschort: 0 } });
    // A page number beyond any integer is the last page, not an error.
    expect((await listAanvragen(w.opsteller, { pagina: 99_999_999_999 }, today)).page).toBe(2);
  });

  it('shows a teamleider only the households the team may see; the backoffice sees every aanvraag', async () => {
    const w = await createBeschikkingWereld();
    const anderTeam = await prisma.team.create({ data: { gemeenteId: w.gemeenteId, naam: 'Ander team', soort: 'WIJKTEAM' } });
    const eigen = await createAanvraag(w, { ontvangenOp: dag('2026-05-18') });
    const vreemd = await createAanvraag(w, { ontvangenOp: dag('2026-05-11') });
    await prisma.casus.update({ where: { id: vreemd.casus.id }, data: { teamId: anderTeam.id } });

    const lead = await listAanvragen(w.teamlead, { pagina: 1 }, today);
    expect(lead.aanvragen.map((a) => a.id)).toEqual([eigen.aanvraag.id]);
    expect(lead.tellingen.open).toBe(1);
    expect((await listAanvragen(w.teamlead, { pagina: 1, zoek: vreemd.aanvraag.nummer }, today)).aanvragen).toEqual([]);
    expect((await listAanvragen(w.opsteller, { pagina: 1 }, today)).aanvragen.map((a) => a.id)).toEqual([vreemd.aanvraag.id, eigen.aanvraag.id]);

    // A break the glass is a ground until it expires.
    await prisma.breakTheGlass.create({ data: { gemeenteId: w.gemeenteId, userId: w.teamlead.id, huishoudenId: vreemd.huishouden.id, reden: 'Spoed', verlooptOp: new Date(today.getTime() + 3_600_000) } });
    expect((await listAanvragen(w.teamlead, { pagina: 1 }, today)).aanvragen.map((a) => a.id)).toEqual([vreemd.aanvraag.id, eigen.aanvraag.id]);
    expect((await listAanvragen(w.teamlead, { pagina: 1 }, new Date(today.getTime() + 2 * 3_600_000))).aanvragen.map((a) => a.id)).toEqual([eigen.aanvraag.id]);
  });

  it('searches % and _ as the characters they are, by nummer, achternaam and product code', async () => {
    const w = await createBeschikkingWereld();
    const gewoon = await createAanvraag(w, { ontvangenOp: dag('2026-05-18') });
    const vreemd = await createAanvraag(w, { ontvangenOp: dag('2026-05-19'), product: w.producten.jeugdhulp });
    await prisma.persoon.update({ where: { id: vreemd.persoon.id }, data: { achternaam: 'Ber_g 100%\\' } });
    const zoek = async (tekst: string) => (await listAanvragen(w.opsteller, { pagina: 1, zoek: tekst }, today)).aanvragen.map((a) => a.id);

    expect(await zoek('_')).toEqual([vreemd.aanvraag.id]);
    expect(await zoek('%')).toEqual([vreemd.aanvraag.id]);
    expect(await zoek('0%')).toEqual([vreemd.aanvraag.id]);
    expect(await zoek('\\')).toEqual([vreemd.aanvraag.id]);
    expect(await zoek('r_g')).toEqual([vreemd.aanvraag.id]);
    expect(await zoek('e_g')).toEqual([]); // an unescaped _ would match "Berg"
    expect(await zoek('b%g')).toEqual([]); // an unescaped % would match both
    expect(await zoek('BERG')).toEqual([gewoon.aanvraag.id]);
    expect(await zoek('45a01')).toEqual([vreemd.aanvraag.id]);
    expect(await zoek(gewoon.aanvraag.nummer.slice(-4))).toEqual([gewoon.aanvraag.id]);
  });
});
