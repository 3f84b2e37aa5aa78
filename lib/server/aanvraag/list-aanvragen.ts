import 'server-only';
import { leesSql } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { Prisma } from '@/lib/generated/prisma/client';
import { OPEN_AANVRAAG_STATUSSEN } from '@/lib/domain/aanvraag-termijn';
import { toIsoDate } from '@/lib/domain/dates';
import { DUE_SOON_DAYS } from '@/lib/domain/deadlines';
import type { AanvraagStatus, Wet } from '@/lib/domain/enums';
import { normalizeKenmerk } from '@/lib/domain/nummering';
import { householdAccessSql, zietElkeAanvraag } from '@/lib/server/access/household-access';
import type { AanvraagFilters } from '@/lib/validations/aanvraag';
import { persoonNaam, termijnVan, uiterlijkSql, uiterlijkZonderOpschortingSql } from './shared';
import { alsBesluitdagen, BESLUITDAGEN_SQL } from '@/lib/server/termijnwet/besluitdagen';
import { fromJson, fromJsonOrNull } from '@/lib/server/sql-json';

export const PAGINA_GROOTTE = 15; // issue 9: 50 rows doubled the page to render and send; issue 23: 25 still rendered at 3.3x the floor

const TELLINGEN = ['open', 'verlopen', 'bijnaVerlopen', 'opgeschort', 'total'] as const;

type Telling = { open: number; verlopen: number; bijnaVerlopen: number; opgeschort: number; total: number; page: number; pages: number };
/** One page row, or only the counts (every column below null) when the page is empty. */
type Rij = Telling & {
  id: string | null; nummer: string; wet: Wet; status: AanvraagStatus; ontvangenOp: Date; verdaagd: boolean; verdagingDagen: number | null;
  huishoudenId: string; productCode: string; productNaam: string; voornamen: string; tussenvoegsel: string | null; achternaam: string;
  heeftConcept: boolean; uiterlijk: Date; opschortingen: { van: string; tot: string | null }[] | null;
  wmoBeschikkingTermijnDagen: number; awbBeschikkingTermijnDagen: number; besluitdagen: string[];
};

/** For ILIKE: the typed text matches itself, `%` and `_` included (as Prisma's `contains` did). */
const ilikeBevat = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

/**
 * The backoffice queue (DOMAIN.md §4): open aanvragen with their legal due date (moved by opschortingen, extended by a
 * verdaging) and the days left, the earliest due date first so that overdue ones lead; paginated. Only households
 * the actor may see (need-to-know). A kenmerk in the search box finds that aanvraag in any status.
 *
 * The order and the counts need the due date of every open aanvraag (about a thousand in a large city, issue 9), so
 * PostgreSQL orders, filters, counts and pages in one statement, and returns only the rows of the page shown with the
 * counts. The due date is stored on the aanvraag (Aanvraag.uiterlijk, kept by triggers: prisma/migrations/
 * 20261208200000_…) while it is open and not paused; the few with an open opschorting (their date moves each day) and
 * a closed one found by its kenmerk get it computed here (aanvraag_uiterlijk, the domain's dueDate in SQL). The page's
 * rows then get the full domain answer (termijnVan) from their own opschortingen;
 * tests/integration/aanvraag-uiterlijk-sql.test.ts and aanvraag-uiterlijk-opgeslagen.test.ts hold the SQL to the rule.
 */
export async function listAanvragen(actor: Actor, filters: AanvraagFilters, today = new Date()) {
  assertPermission(actor, 'aanvraag:read');
  const kenmerk = filters.zoek ? normalizeKenmerk(filters.zoek) : null;
  const vandaag = toIsoDate(today); // the Amsterdam calendar day
  const open = Prisma.sql`r."status" = ANY(${[...OPEN_AANVRAAG_STATUSSEN]}::"AanvraagStatus"[])`;

  // The open statuses as literals, so that the planner can use the partial index of the paused ones.
  const openLiteral = Prisma.raw(`a."status" IN (${OPEN_AANVRAAG_STATUSSEN.map((s) => `'${s}'`).join(', ')})`);
  const voorwaarden: Prisma.Sql[] = [Prisma.sql`a."gemeenteId" = ${actor.gemeenteId}::uuid`];
  if (kenmerk) voorwaarden.push(Prisma.sql`a."nummer" = ${kenmerk}`);
  if (filters.wet) voorwaarden.push(Prisma.sql`a."wet" = ${filters.wet}::"Wet"`);
  if (filters.zoek && !kenmerk) {
    const bevat = ilikeBevat(filters.zoek);
    voorwaarden.push(Prisma.sql`(a."nummer" ILIKE ${bevat}
      OR EXISTS (SELECT 1 FROM "Persoon" zp WHERE zp."id" = a."persoonId" AND zp."achternaam" ILIKE ${bevat})
      OR EXISTS (SELECT 1 FROM "Product" zq WHERE zq."id" = a."productId" AND zq."code" = ${filters.zoek.toUpperCase()}))`);
  }
  // Need-to-know: the backoffice's ground is "the household has an aanvraag", which every aanvraag's household has,
  // so for them the condition adds nothing but cost (an EXISTS per household); a teamleider is filtered.
  const zonderNeedToKnow = zietElkeAanvraag(actor);
  const huishouden = zonderNeedToKnow
    ? Prisma.empty
    : Prisma.sql`JOIN "Huishouden" h ON h."id" = a."huishoudenId" AND ${householdAccessSql(actor, Prisma.sql`h`, today)}`;
  const verlopen = Prisma.sql`(NOT r."opgeschort" AND r."uiterlijk" < ${vandaag}::date)`;
  const termijn =
    filters.termijn === 'verlopen' ? verlopen : filters.termijn === 'opgeschort' ? Prisma.sql`r."opgeschort"` : Prisma.sql`true`;
  const volgorde = Prisma.sql`r."uiterlijk", r."ontvangenOp", r."nummer" COLLATE "C"`;
  const [a, i] = [Prisma.sql`a`, Prisma.sql`i`];

  // The paused ones past the requested page keep their lower bound (see grens below); not when the page lists only
  // paused ones (their order among themselves needs today's dates), nor for a kenmerk (one row).
  const pruning = !kenmerk && filters.termijn !== 'opgeschort';
  const laatste = Math.min(Math.max(1, filters.pagina), 2 ** 31 / PAGINA_GROOTTE - 1) * PAGINA_GROOTTE - 1;
  const kolommen = Prisma.sql`a."id", a."nummer", a."status", a."ontvangenOp", a."wet", a."verdaagdOp", a."verdagingDagen", a."huishoudenId", a."persoonId", a."productId"`;
  const waar = Prisma.join(voorwaarden, ' AND ');
  // Issue 23: the stored ones are read where they are needed (the count, the page's bound, the page) straight from the
  // index "Aanvraag_wachtrij", which holds the queue's order and the status: the count without reading the table, the
  // page in order and cut. When each row needs more than the index (need-to-know per household, a search on the
  // client's name), they are read once and kept, as before.
  const zonderRijcontrole = zonderNeedToKnow && !filters.zoek; // no need-to-know per household, no search on a name
  const opgeslagenCte = zonderRijcontrole ? Prisma.sql`NOT MATERIALIZED` : Prisma.sql`MATERIALIZED`;

  // A paused aanvraag past the page: its lower bound, computed on a day up to today, lies after the page's bound.
  const voorbijGrens = Prisma.sql`(a."uiterlijkMinstensOp" <= ${vandaag}::date AND a."uiterlijkMinstens" > gr."uiterlijk")`;
  const tellingenSql = Prisma.sql`(count(*) FILTER (WHERE ${open})) AS "open",
             (count(*) FILTER (WHERE ${open} AND ${verlopen})) AS "verlopen",
             (count(*) FILTER (WHERE ${open} AND NOT r."opgeschort" AND r."uiterlijk" - ${vandaag}::date BETWEEN 0 AND ${DUE_SOON_DAYS}::int)) AS "bijnaVerlopen",
             (count(*) FILTER (WHERE ${open} AND r."opgeschort")) AS "opgeschort",
             (count(*) FILTER (WHERE ${termijn})) AS "total"`;

  // The backoffice's queue keeps its plan (lib/db.ts; at 100,000 households 3.8 → 1.2 ms per view). A search, and a
  // teamleider's view with need-to-know per household, are planned for their own values on every view.
  const rijen = await leesSql<Rij>(Prisma.sql`
    WITH instellingen AS (
      SELECT g."wmoBeschikkingTermijnDagen", g."awbBeschikkingTermijnDagen", ${BESLUITDAGEN_SQL} AS "besluitdagen" FROM "Gemeente" g WHERE g."id" = ${actor.gemeenteId}::uuid
    ),
    opgeslagen AS ${opgeslagenCte} (
      -- Open and not paused: the stored date (only such an aanvraag has one), no opschorting open.
      SELECT ${kolommen}, a."uiterlijk" AS "uiterlijk", false AS "opgeschort"
      FROM "Aanvraag" a
      ${huishouden}
      WHERE ${waar} AND a."uiterlijk" IS NOT NULL
    ),
    -- The date of the last row of the requested page among the stored ones (none: no such row, or the page lists the
    -- paused ones). Every row of the page is due on or before it, so a paused aanvraag whose lower bound
    -- (uiterlijkMinstens, computed on a day up to today) lies after it is not on the page: it keeps that bound to be
    -- counted after the page (achteraan), and today's date is computed only for the others (gepauzeerd).
    grens AS (
      SELECT ${pruning ? Prisma.sql`(SELECT o."uiterlijk" FROM opgeslagen o ORDER BY o."uiterlijk" OFFSET ${laatste}::int LIMIT 1)` : Prisma.sql`NULL::date`} AS "uiterlijk"
    ),
    gepauzeerd AS MATERIALIZED (
      -- Paused (an open opschorting), or closed and found by its kenmerk, and not past the page: computed for today.
      SELECT ${kolommen},
             -- Without opschortingen the due date is the start plus the term moved by the Atw, plus the verdaging (what
             -- aanvraag_uiterlijk returns then, without looking up opschortingen).
             CASE WHEN os.aantal = 0 THEN ${uiterlijkZonderOpschortingSql(a, i)} ELSE ${uiterlijkSql(a, i, vandaag)} END AS "uiterlijk",
             os.opgeschort AS "opgeschort"
      FROM "Aanvraag" a
      CROSS JOIN instellingen i
      CROSS JOIN grens gr
      CROSS JOIN LATERAL (SELECT count(*) AS aantal, COALESCE(bool_or(o."tot" IS NULL), false) AS opgeschort
                          FROM "Opschorting" o WHERE o."aanvraagId" = a."id") os
      ${huishouden}
      WHERE ${waar} AND a."uiterlijk" IS NULL${kenmerk ? Prisma.empty : Prisma.sql` AND ${openLiteral}`} AND ${voorbijGrens} IS NOT TRUE
    ),
    -- Paused and past the page (their lower bound after the bound of the page): only counted, with that bound as their
    -- date; read from the index "Aanvraag_gepauzeerd_minstens" and the open opschortingen' "Opschorting_open".
    achteraan AS MATERIALIZED (
      SELECT a."status", a."uiterlijkMinstens" AS "uiterlijk",
             EXISTS (SELECT 1 FROM "Opschorting" o WHERE o."aanvraagId" = a."id" AND o."tot" IS NULL) AS "opgeschort"
      FROM "Aanvraag" a
      CROSS JOIN grens gr
      ${huishouden}
      WHERE ${waar} AND a."uiterlijk" IS NULL${kenmerk ? Prisma.empty : Prisma.sql` AND ${openLiteral}`} AND ${voorbijGrens}
    ),
    -- Counted per part (the stored ones from the index alone) and added up.
    telling AS (
      SELECT ${Prisma.join(TELLINGEN.map((n) => Prisma.sql`(sum(r.${Prisma.raw(`"${n}"`)}))::int AS ${Prisma.raw(`"${n}"`)}`))}
      FROM (SELECT ${tellingenSql} FROM opgeslagen r UNION ALL SELECT ${tellingenSql} FROM gepauzeerd r UNION ALL SELECT ${tellingenSql} FROM achteraan r) r
    ),
    paging AS (
      SELECT t.*, LEAST(${Math.min(filters.pagina, 2 ** 31 - 1)}::int, p.pages) AS "page", p.pages AS "pages"
      FROM telling t CROSS JOIN LATERAL (SELECT GREATEST(1, ceil(t."total" / ${PAGINA_GROOTTE}::numeric))::int AS pages) p
    ),
    -- The requested page: the first rows up to its end of each part, in order, then merged and cut.
    pagina AS (
      SELECT r.* FROM (
        (SELECT r.* FROM opgeslagen r WHERE ${termijn} ORDER BY ${volgorde} LIMIT (SELECT GREATEST(1, "page") * ${PAGINA_GROOTTE}::int FROM paging))
        UNION ALL
        (SELECT r.* FROM gepauzeerd r WHERE ${termijn} ORDER BY ${volgorde} LIMIT (SELECT GREATEST(1, "page") * ${PAGINA_GROOTTE}::int FROM paging))
      ) r
      ORDER BY ${volgorde}
      LIMIT ${PAGINA_GROOTTE}::int OFFSET (SELECT GREATEST(0, "page" - 1) * ${PAGINA_GROOTTE}::int FROM paging)
    )
    SELECT t.*, r."id", r."nummer", r."wet"::text AS "wet", r."status"::text AS "status", r."ontvangenOp",
           r."verdaagdOp" IS NOT NULL AS "verdaagd", r."verdagingDagen", r."huishoudenId", r."uiterlijk",
           pr."code" AS "productCode", pr."naam" AS "productNaam", pe."voornamen", pe."tussenvoegsel", pe."achternaam",
           EXISTS (SELECT 1 FROM "Beschikking" b WHERE b."aanvraagId" = r."id" AND b."status" = 'CONCEPT') AS "heeftConcept",
           (SELECT json_agg(json_build_object('van', o."van", 'tot', o."tot")) FROM "Opschorting" o WHERE o."aanvraagId" = r."id") AS "opschortingen",
           i."wmoBeschikkingTermijnDagen", i."awbBeschikkingTermijnDagen", i."besluitdagen"
    FROM paging t
    CROSS JOIN instellingen i
    LEFT JOIN pagina r ON true
    LEFT JOIN "Product" pr ON pr."id" = r."productId"
    LEFT JOIN "Persoon" pe ON pe."id" = r."persoonId"
    ORDER BY ${volgorde}`, { plan: zonderRijcontrole ? 'bewaren' : undefined });

  const [{ total, page, pages, ...tellingen }] = rijen;
  const besluitdagen = alsBesluitdagen(rijen[0].besluitdagen);
  return {
    aanvragen: rijen
      .filter((r) => r.id !== null)
      .map((r) => {
        const termijn = termijnVan(
          { wet: r.wet, ontvangenOp: r.ontvangenOp, verdagingDagen: r.verdagingDagen, opschortingen: (r.opschortingen ?? []).map((o) => ({ van: fromJson(o.van), tot: fromJsonOrNull(o.tot) })) },
          { ...r, besluitdagen },
          today,
        );
        return {
          id: r.id!,
          nummer: r.nummer,
          wet: r.wet,
          status: r.status,
          ontvangenOp: r.ontvangenOp,
          verdaagd: r.verdaagd,
          huishoudenId: r.huishoudenId,
          product: { code: r.productCode, naam: r.productNaam },
          inwoner: persoonNaam(r),
          heeftConcept: r.heeftConcept,
          /** The due date the queue is ordered by (SQL); the same day as termijn.uiterlijk (the domain's). */
          uiterlijk: r.uiterlijk,
          termijn,
        };
      }),
    total,
    page,
    pages,
    tellingen: { open: tellingen.open, verlopen: tellingen.verlopen, bijnaVerlopen: tellingen.bijnaVerlopen, opgeschort: tellingen.opgeschort },
  };
}
