import 'server-only';
import { leesSql } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { OPEN_MELDING_STATUSES, pagination } from '@/lib/domain/melding';
import type { Kanaal, MeldingStatus } from '@/lib/domain/enums';
import { Prisma } from '@/lib/generated/prisma/client';
import { fromJson, jsonRijen } from '@/lib/server/sql-json';
import { alsBesluitdagen, BESLUITDAGEN_SQL } from '@/lib/server/termijnwet/besluitdagen';

export const PAGE_SIZE = 20; // issue 23: 25 rows rendered the worklist at 2.6x the floor

/** 'open' (not yet triaged, the default), 'alle', or one status. */
export type StatusFilter = 'open' | 'alle' | MeldingStatus;

export type MeldingFilters = { wijkId?: string; kanaal?: Kanaal; status: StatusFilter; pagina: number; kenmerk?: string };

export type MeldingRij = {
  id: string; kenmerk: string; kanaal: Kanaal; naam: string; urgent: boolean; status: MeldingStatus; ontvangenOp: Date; postcode: string | null;
  wijk: { naam: string } | null;
};

type RijJson = Omit<MeldingRij, 'ontvangenOp' | 'wijk'> & { ontvangenOp: string; wijkNaam: string | null };

const CLOSED_STATUSES: MeldingStatus[] = ['AFGEHANDELD', 'GEKOPPELD'];
const OPEN_ORDER = Prisma.sql`m."urgent" DESC, m."ontvangenOp" ASC, m."id" ASC`;
const CLOSED_ORDER = Prisma.sql`m."ontvangenOp" DESC, m."id" ASC`;

/**
 * A range of the list in an order (the wijk's name per row, not a join: the rows keep the order of the index). The open
 * ones are read per status, each from its own ordered index range (Melding_gemeenteId_status_urgent_ontvangenOp_idx
 * and its wijk and kanaal siblings), and merged: issue 23, as one `status IN (…)` PostgreSQL fetched and sorted all
 * ~31,000 open meldingen of 1,000,000 households per view. The closed ones are most of the table: one range of
 * Melding_gemeenteId_ontvangenOp_idx reads them in order.
 */
const reeks = (base: Prisma.Sql, statussen: readonly string[], order: Prisma.Sql, skip: number, take: number) => {
  const bron = statussen.length > 1 && order === OPEN_ORDER
    ? Prisma.join(statussen.map((s) => Prisma.sql`(SELECT m.* FROM "Melding" m WHERE ${base} AND ${statusIn([s])} ORDER BY ${order} LIMIT ${skip + take})`), ' UNION ALL ')
    : Prisma.sql`SELECT m.* FROM "Melding" m WHERE ${base} AND ${statusIn(statussen)}`;
  return Prisma.sql`
  SELECT m."id", m."kenmerk", m."kanaal"::text AS "kanaal", m."naam", m."urgent", m."status"::text AS "status", m."ontvangenOp", m."postcode",
         (SELECT w."naam" FROM "Wijk" w WHERE w."id" = m."wijkId") AS "wijkNaam"
  FROM (${bron}) m ORDER BY ${order} OFFSET ${skip} LIMIT ${take}`;
};

const statusIn = (statussen: readonly string[]) => Prisma.sql`m."status" IN (${Prisma.join(statussen.map((s) => Prisma.sql`${s}::"MeldingStatus"`))})`;

const alsMelding = ({ wijkNaam, ...m }: RijJson): MeldingRij => ({ ...m, ontvangenOp: fromJson(m.ontvangenOp), wijk: wijkNaam === null ? null : { naam: wijkNaam } });

/**
 * The meldingen worklist (front office, teamlead): untriaged first, urgent first among them, then oldest first;
 * triaged meldingen after that, newest first. Filters by wijk, channel and status; one page at a time. Each part
 * is one indexed range scan (Melding_gemeenteId_status_urgent_ontvangenOp_idx and its wijk and kanaal siblings), so
 * the page stays fast with 100,000 meldingen in the table. One statement on node-postgres (issue 23: Prisma took five,
 * each a round trip and ~0.7 ms of server CPU): the counts, the wijken of the filter, the page asked for and the
 * decree days for its terms (lib/server/termijnwet/besluitdagen.ts); a page
 * past the end, or the list of all (whose page depends on the number of open ones), asks once more for its rows.
 */
export async function listMeldingen(actor: Actor, filters: MeldingFilters) {
  assertPermission(actor, 'melding:read');
  const base = Prisma.join(
    [
      Prisma.sql`m."gemeenteId" = ${actor.gemeenteId}::uuid`,
      filters.wijkId ? Prisma.sql`m."wijkId" = ${filters.wijkId}::uuid` : null,
      filters.kanaal ? Prisma.sql`m."kanaal" = ${filters.kanaal}::"Kanaal"` : null,
      filters.kenmerk ? Prisma.sql`m."kenmerk" = ${filters.kenmerk}` : null,
    ].filter((x): x is Prisma.Sql => x !== null),
    ' AND ',
  );
  const openWhere = Prisma.sql`${base} AND ${statusIn(OPEN_MELDING_STATUSES)}`;
  // The list itself when it is one range: the open ones, or one status.
  const enkel: { statussen: readonly string[]; order: Prisma.Sql } | null =
    filters.status === 'open' ? { statussen: OPEN_MELDING_STATUSES, order: OPEN_ORDER }
    : filters.status === 'alle' ? null
    : { statussen: [filters.status], order: (OPEN_MELDING_STATUSES as readonly string[]).includes(filters.status) ? OPEN_ORDER : CLOSED_ORDER };
  const andere = filters.status === 'alle' ? Prisma.sql`${base} AND ${statusIn(CLOSED_STATUSES)}` : enkel && filters.status !== 'open' ? Prisma.sql`${base} AND ${statusIn(enkel.statussen)}` : null;
  const gevraagd = pagination(Number.MAX_SAFE_INTEGER, filters.pagina, PAGE_SIZE);

  // The open and the urgent ones counted in one pass over the open range of the index.
  const [kop] = await leesSql<{ openCount: number; urgentCount: number; andereCount: number; wijken: { id: string; naam: string }[]; rijen: RijJson[]; besluitdagen: string[] }>(Prisma.sql`
    SELECT ${BESLUITDAGEN_SQL} AS "besluitdagen", telling."openCount", telling."urgentCount",
           ${andere ? Prisma.sql`(SELECT count(*)::int FROM "Melding" m WHERE ${andere})` : Prisma.sql`0`} AS "andereCount",
           ${jsonRijen(Prisma.sql`SELECT w."id", w."naam" FROM "Wijk" w WHERE w."gemeenteId" = ${actor.gemeenteId}::uuid AND w."actief" ORDER BY w."naam" ASC`)} AS "wijken",
           ${enkel ? jsonRijen(reeks(base, enkel.statussen, enkel.order, gevraagd.skip, gevraagd.take)) : Prisma.sql`'[]'::json`} AS "rijen"
    FROM (SELECT count(*)::int AS "openCount", (count(*) FILTER (WHERE m."urgent"))::int AS "urgentCount" FROM "Melding" m WHERE ${openWhere}) telling`);
  const { openCount, urgentCount, wijken } = kop;

  let total: number;
  let rows: RijJson[];
  let page: ReturnType<typeof pagination>;
  if (enkel) {
    total = filters.status === 'open' ? openCount : kop.andereCount;
    page = pagination(total, filters.pagina, PAGE_SIZE);
    rows = page.skip === gevraagd.skip ? kop.rijen : (await leesSql<{ rijen: RijJson[] }>(Prisma.sql`SELECT ${jsonRijen(reeks(base, enkel.statussen, enkel.order, page.skip, page.take))} AS "rijen"`))[0].rijen;
  } else {
    // Open ones first, then the rest: two ranges glued together at the page boundary.
    total = openCount + kop.andereCount;
    page = pagination(total, filters.pagina, PAGE_SIZE);
    const fromOpen = Math.max(0, Math.min(page.take, openCount - page.skip));
    const closedSkip = Math.max(0, page.skip - openCount);
    const [{ open, closed }] = await leesSql<{ open: RijJson[]; closed: RijJson[] }>(Prisma.sql`
      SELECT ${fromOpen > 0 ? jsonRijen(reeks(base, OPEN_MELDING_STATUSES, OPEN_ORDER, page.skip, fromOpen)) : Prisma.sql`'[]'::json`} AS "open",
             ${page.take - fromOpen > 0 ? jsonRijen(reeks(base, CLOSED_STATUSES, CLOSED_ORDER, closedSkip, page.take - fromOpen)) : Prisma.sql`'[]'::json`} AS "closed"`);
    rows = [...open, ...closed];
  }

  return { meldingen: rows.map(alsMelding), total, openCount, urgentCount, page: page.page, pages: page.pages, wijken, besluitdagen: alsBesluitdagen(kop.besluitdagen) };
}
