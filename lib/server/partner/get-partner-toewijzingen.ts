import 'server-only';
import type { Tx } from '@/lib/db';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { toCalendarDay } from '@/lib/domain/dates';
import { volledigeNaam } from '@/lib/domain/naam';
import { pagination } from '@/lib/domain/melding';
import { PARTNER_TOEWIJZINGEN_PER_PAGINA, zoekSoort, zorgStand, type PartnerToewijzingFilters, type ZorgStand } from '@/lib/domain/partner-toewijzingen';
import { Prisma } from '@/lib/generated/prisma/client';
import { recordPartnerAudits } from '@/lib/server/access/partner-access';

// Issue 22: an aanbieder's users see the running toewijzingen to their organisation (the legal ground itself): a
// worklist of 25 per page, not yet started first and then the oldest ingangsdatum, searchable by ToewijzingNummer,
// BSN or name and filtered on where care stands. Another kind of organisation has none. Every household shown is in
// the access log.

/** A running toewijzing of the aanbieder: not withdrawn, not ended before today (the partner's legal ground). */
const lopend = (aanbiederId: string, gemeenteId: string, today: Date) => Prisma.sql`
  t."aanbiederId" = ${aanbiederId}::uuid AND t."gemeenteId" = ${gemeenteId}::uuid AND t.status <> 'INGETROKKEN'
  AND (t.einddatum IS NULL OR t.einddatum >= ${today}::date)`;

// Where care stands, in SQL (the same as zorgStand in lib/domain/partner-toewijzingen.ts): 0 not started, 1 in care, 2 stopped.
const STAND_SQL = Prisma.sql`CASE
  WHEN NOT EXISTS (SELECT 1 FROM "Zorglevering" z WHERE z."toewijzingId" = t.id) THEN 0
  WHEN EXISTS (SELECT 1 FROM "Zorglevering" z WHERE z."toewijzingId" = t.id AND z.einddatum IS NULL) THEN 1
  ELSE 2 END`;
const STAND_NUMMER: Record<ZorgStand, number> = { NIET_GESTART: 0, IN_ZORG: 1, GESTOPT: 2 };

/**
 * One page of the aanbieder's running toewijzingen and the total, in one statement along Toewijzing(aanbiederId,
 * status) (the stand from Zorglevering's (toewijzingId, begindatum) index), then the page's 25 rows in one more.
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
      ? Prisma.sql`AND (t."toewijzingNummer" = ${zoek.nummer} OR p.bsn = ${zoek.tekst})`
      : Prisma.sql`AND concat_ws(' ', p.voornamen, p.tussenvoegsel, p.achternaam) ILIKE ${`%${zoek.naam.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`;
  const standSql = filters.stand ? Prisma.sql`AND s.stand = ${STAND_NUMMER[filters.stand]}` : Prisma.empty;
  return leesZonderTransactie(async (tx) => {
    const per = PARTNER_TOEWIJZINGEN_PER_PAGINA;
    // The requested page may lie past the end (a filter changed): then the last page, in a second statement.
    const lees = (skip: number) => tx.$queryRaw<{ id: string; total: bigint }[]>`
      SELECT s.id, count(*) OVER () AS total FROM (
        SELECT t.id, t.ingangsdatum, ${STAND_SQL} AS stand
        FROM "Toewijzing" t JOIN "Persoon" p ON p.id = t."persoonId"
        WHERE ${lopend(aanbiederId, partner.gemeenteId, today)} ${zoekSql}
      ) s
      WHERE true ${standSql}
      ORDER BY s.stand, s.ingangsdatum, s.id
      OFFSET ${skip} LIMIT ${per}`;
    let ids = await lees((filters.pagina - 1) * per);
    let total = Number(ids[0]?.total ?? 0);
    if (!ids.length && filters.pagina > 1) {
      const telling = await tx.$queryRaw<{ total: bigint }[]>`
        SELECT count(*) AS total FROM (SELECT ${STAND_SQL} AS stand FROM "Toewijzing" t JOIN "Persoon" p ON p.id = t."persoonId" WHERE ${lopend(aanbiederId, partner.gemeenteId, today)} ${zoekSql}) s WHERE true ${standSql}`;
      total = Number(telling[0]?.total ?? 0);
      if (total > 0) ids = await lees(pagination(total, filters.pagina, per).skip);
    }
    const { page, pages } = pagination(total, filters.pagina, per);
    const rijen = ids.length ? await leesRijen(tx, ids.map((r) => r.id)) : [];
    const huishoudenIds = [...new Set(rijen.map((t) => t.huishoudenId).filter((id): id is string => Boolean(id)))];
    await recordPartnerAudits(tx, partner, huishoudenIds.map((huishoudenId) => ({ actie: 'READ' as const, entiteit: 'Toewijzing', huishoudenId })), { gronden: ['TOEWIJZING'], betrokkenheid: ['TOEWIJZING'] });
    return { rijen, page, pages, total };
  });
}

export const RIJ_SELECT = {
  id: true, toewijzingNummer: true, ingangsdatum: true, einddatum: true, status: true, volume: true, eenheid: true, frequentie: true, wet: true,
  product: { select: { code: true, naam: true } },
  persoon: { select: { voornamen: true, tussenvoegsel: true, achternaam: true, lidmaatschappen: { where: { tot: null }, select: { huishoudenId: true }, take: 1 } } },
  leveringen: { orderBy: { begindatum: 'desc' }, select: { id: true, begindatum: true, einddatum: true, redenBeeindiging: true } },
} satisfies Prisma.ToewijzingSelect;

type RijData = Prisma.ToewijzingGetPayload<{ select: typeof RIJ_SELECT }>;

export const rij = (t: RijData) => ({
  id: t.id, toewijzingNummer: t.toewijzingNummer, ingangsdatum: t.ingangsdatum, einddatum: t.einddatum, status: t.status,
  volume: t.volume, eenheid: t.eenheid, frequentie: t.frequentie, wet: t.wet, product: t.product.naam, productCode: t.product.code,
  persoon: volledigeNaam(t.persoon), huishoudenId: t.persoon.lidmaatschappen[0]?.huishoudenId ?? null,
  leveringen: t.leveringen, lopendeLevering: t.leveringen.find((l) => l.einddatum === null) ?? null, stand: zorgStand(t.leveringen),
});

async function leesRijen(tx: Tx, ids: string[]) {
  const rows = await tx.toewijzing.findMany({ where: { id: { in: ids } }, select: RIJ_SELECT });
  const volgorde = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((a, b) => volgorde.get(a.id)! - volgorde.get(b.id)!).map(rij);
}

export type PartnerToewijzingRij = ReturnType<typeof rij>;

