import 'server-only';
import { leesSql, prisma } from '@/lib/db';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { toCalendarDay } from '@/lib/domain/dates';
import { volledigeNaam } from '@/lib/domain/naam';
import { pagination } from '@/lib/domain/melding';
import { PARTNER_TOEWIJZINGEN_PER_PAGINA, zoekSoort, zorgStand, type PartnerToewijzingFilters, type ZorgStand } from '@/lib/domain/partner-toewijzingen';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ToewijzingStatus, Wet } from '@/lib/domain/enums';
import { recordPartnerAudits } from '@/lib/server/access/partner-access';
import { fromJson, fromJsonOrNull } from '@/lib/server/sql-json';

// Issue 22: an aanbieder's users see the running toewijzingen to their organisation (the legal ground itself): a
// worklist of 25 per page, not yet started first and then the oldest ingangsdatum, searchable by ToewijzingNummer,
// BSN or name and filtered on where care stands. Another kind of organisation has none. Every household shown is in
// the access log.

/** A running toewijzing of the aanbieder: not withdrawn, not ended before today (the partner's legal ground). */
const lopend = (aanbiederId: string, gemeenteId: string, today: Date) => Prisma.sql`
  t."aanbiederId" = ${aanbiederId}::uuid AND t."gemeenteId" = ${gemeenteId}::uuid AND t.status <> 'INGETROKKEN'
  AND (t.einddatum IS NULL OR t.einddatum >= ${today}::date)`;

// Where care stands, stored on the toewijzing (Toewijzing."zorgStand", kept by triggers from its Zorglevering: prisma/
// migrations/20261209210000_toewijzing_zorg_stand; the same as zorgStand in lib/domain/partner-toewijzingen.ts):
// 0 not started, 1 in care, 2 stopped.
const STAND_NUMMER: Record<ZorgStand, number> = { NIET_GESTART: 0, IN_ZORG: 1, GESTOPT: 2 };

/**
 * One page of the aanbieder's running toewijzingen with the total, in one statement: the requested page, or the last
 * one when it lies past the end (a filter changed), with the page's 25 rows whole (RIJ_SQL); then the access-log row.
 * Issue 23: was a Prisma read of ids, a findMany of five statements for the rows and the log in a transaction (11 per
 * request); then where care stands was computed for every running toewijzing to count and order them (18,000 of the
 * busiest aanbieder at a million households). Now the list is read along "Toewijzing_aanbieder_lopend" (aanbieder,
 * stored zorgStand, ingangsdatum, id): the count from the index alone, the page in order and cut; the client is joined
 * only to search on.
 */
export async function getPartnerToewijzingen(partner: PartnerActor, filters: PartnerToewijzingFilters = { stand: null, zoek: null, pagina: 1 }, now = new Date()) {
  const leeg = { rijen: [] as PartnerToewijzingRij[], page: 1, pages: 1, total: 0 };
  if (!partner.aanbiederId) return leeg;
  const aanbiederId = partner.aanbiederId;
  const today = toCalendarDay(now);
  const zoek = filters.zoek ? zoekSoort(filters.zoek) : null;
  const zoekSql = !zoek
    ? Prisma.empty
    : zoek.soort === 'cijfers'
      ? Prisma.sql`AND (t."toewijzingNummer" = ${zoek.nummer} OR EXISTS (SELECT 1 FROM "Persoon" p WHERE p.id = t."persoonId" AND p.bsn = ${zoek.tekst}))`
      : Prisma.sql`AND EXISTS (SELECT 1 FROM "Persoon" p WHERE p.id = t."persoonId"
          AND concat_ws(' ', p.voornamen, p.tussenvoegsel, p.achternaam) ILIKE ${`%${zoek.naam.replace(/[\\%_]/g, (c) => `\\${c}`)}%`})`;
  const standSql = filters.stand ? Prisma.sql`AND t."zorgStand" = ${STAND_NUMMER[filters.stand]}::smallint` : Prisma.empty;
  const per = PARTNER_TOEWIJZINGEN_PER_PAGINA;
  const gevraagd = Math.min(Math.max(1, Number.isFinite(filters.pagina) ? Math.floor(filters.pagina) : 1), 2 ** 31 - 1);
  // NOT MATERIALIZED: the count and the page each read the index with the conditions (a materialised list would be
  // every running toewijzing again).
  const rijen = await leesSql<RijSql & { total: number; id: string | null }>(Prisma.sql`
    WITH f AS NOT MATERIALIZED (
      SELECT t.id, t."zorgStand" AS stand, t.ingangsdatum
      FROM "Toewijzing" t
      WHERE ${lopend(aanbiederId, partner.gemeenteId, today)} ${standSql} ${zoekSql}
    ),
    telling AS (SELECT count(*)::int AS total FROM f),
    pagina AS (
      SELECT f.id, f.stand, f.ingangsdatum FROM f
      ORDER BY f.stand, f.ingangsdatum, f.id
      OFFSET (SELECT (LEAST(${gevraagd}::int, GREATEST(1, ceil(total / ${per}::numeric)::int)) - 1) * ${per}::int FROM telling) LIMIT ${per}::int
    )
    SELECT tl.total, ${RIJ_SQL}
    FROM telling tl
    LEFT JOIN pagina pg ON true
    LEFT JOIN "Toewijzing" t ON t.id = pg.id
    LEFT JOIN "Product" pr ON pr.id = t."productId"
    LEFT JOIN "Persoon" p ON p.id = t."persoonId"
    ORDER BY pg.stand, pg.ingangsdatum, pg.id`);
  const total = rijen[0]?.total ?? 0;
  const { page, pages } = pagination(total, filters.pagina, per);
  const pagina = rijen.filter((r) => r.id !== null).map(rij);
  const huishoudenIds = [...new Set(pagina.map((t) => t.huishoudenId).filter((id): id is string => Boolean(id)))];
  await recordPartnerAudits(prisma, partner, huishoudenIds.map((huishoudenId) => ({ actie: 'READ' as const, entiteit: 'Toewijzing', huishoudenId })), { gronden: ['TOEWIJZING'], betrokkenheid: ['TOEWIJZING'] });
  return { rijen: pagina, page, pages, total };
}

/**
 * The columns of one toewijzing row `t` with its product `pr` and client `p` joined: the client's household (a current
 * membership) and the start/stop history (newest first) in the same statement.
 */
export const RIJ_SQL = Prisma.sql`t."id", t."toewijzingNummer", t."ingangsdatum", t."einddatum", t."status"::text AS "status", t."volume", t."eenheid",
  t."frequentie", t."wet"::text AS "wet", pr."code" AS "productCode", pr."naam" AS "productNaam",
  p."voornamen", p."tussenvoegsel", p."achternaam",
  (SELECT hl."huishoudenId" FROM "HuishoudenLidmaatschap" hl WHERE hl."persoonId" = p."id" AND hl."tot" IS NULL LIMIT 1) AS "huishoudenId",
  (SELECT json_agg(json_build_object('id', z."id", 'begindatum', z."begindatum", 'einddatum', z."einddatum", 'redenBeeindiging', z."redenBeeindiging")
          ORDER BY z."begindatum" DESC) FROM "Zorglevering" z WHERE z."toewijzingId" = t."id") AS "leveringen"`;

export type RijSql = {
  id: string; toewijzingNummer: number; ingangsdatum: Date; einddatum: Date | null; status: ToewijzingStatus; volume: number | null; eenheid: string | null;
  frequentie: string | null; wet: Wet; productCode: string; productNaam: string; voornamen: string; tussenvoegsel: string | null; achternaam: string;
  huishoudenId: string | null; leveringen: { id: string; begindatum: string; einddatum: string | null; redenBeeindiging: string | null }[] | null;
};

export const rij = (t: RijSql) => {
  const leveringen = (t.leveringen ?? []).map((l) => ({ id: l.id, begindatum: fromJson(l.begindatum), einddatum: fromJsonOrNull(l.einddatum), redenBeeindiging: l.redenBeeindiging }));
  return {
    id: t.id, toewijzingNummer: t.toewijzingNummer, ingangsdatum: t.ingangsdatum, einddatum: t.einddatum, status: t.status,
    volume: t.volume, eenheid: t.eenheid, frequentie: t.frequentie, wet: t.wet, product: t.productNaam, productCode: t.productCode,
    persoon: volledigeNaam(t), huishoudenId: t.huishoudenId,
    leveringen, lopendeLevering: leveringen.find((l) => l.einddatum === null) ?? null, stand: zorgStand(leveringen),
  };
};

export type PartnerToewijzingRij = ReturnType<typeof rij>;
