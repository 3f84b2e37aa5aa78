import 'server-only';
import { leesSql, prisma } from '@/lib/db';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { toCalendarDay } from '@/lib/domain/dates';
import type { AanbiederVerzoekStatus, BeschikkingStatus } from '@/lib/domain/enums';
import { isUuid } from '@/lib/domain/ids';
import { Prisma } from '@/lib/generated/prisma/client';
import { nietGevonden, recordPartnerAudit } from '@/lib/server/access/partner-access';
import { fromJson } from '@/lib/server/sql-json';
import { rij, RIJ_SQL, type RijSql } from './get-partner-toewijzingen';

type DetailSql = RijSql & {
  persoonId: string; bsn: string | null; geboortedatum: Date | null; budgetCent: number | null; redenWijziging: string | null;
  beschikkingStatus: BeschikkingStatus; beschikkingIdentificatie: string; beschikkingIngangsdatum: Date | null; beschikkingVervaldatum: Date | null;
  verzoeken: { id: string; soort: string; status: AanbiederVerzoekStatus; referentieAanbieder: string; ontvangenOp: string }[] | null;
};

/**
 * One toewijzing of the aanbieder, running (the same ground as the list), with its product, omvang, period, client,
 * the beschikking's status, the start/stop history and the organisation's verzoeken for this client. Anything else
 * is "niet gevonden". Issue 23: one statement on node-postgres (was a transaction of eleven), then the access-log row.
 */
export async function getPartnerToewijzing(partner: PartnerActor, toewijzingId: string, now = new Date()) {
  if (!partner.aanbiederId || !isUuid(toewijzingId)) nietGevonden();
  const today = toCalendarDay(now);
  const [t] = await leesSql<DetailSql>(Prisma.sql`
    SELECT ${RIJ_SQL}, t."persoonId", p."bsn", p."geboortedatum", t."budgetCent", t."redenWijziging",
           b."status"::text AS "beschikkingStatus", b."identificatie" AS "beschikkingIdentificatie",
           b."ingangsdatum" AS "beschikkingIngangsdatum", b."vervaldatum" AS "beschikkingVervaldatum",
           (SELECT json_agg(json_build_object('id', v."id", 'soort', v."soort", 'status', v."status", 'referentieAanbieder', v."referentieAanbieder", 'ontvangenOp', v."ontvangenOp")
                   ORDER BY v."ontvangenOp" DESC, v."id")
            FROM (SELECT * FROM "AanbiederVerzoek" v
                  WHERE v."aanbiederId" = t."aanbiederId" AND v."gemeenteId" = t."gemeenteId" AND v."persoonId" = t."persoonId"
                  ORDER BY v."ontvangenOp" DESC, v."id" LIMIT 20) v) AS "verzoeken"
    FROM "Toewijzing" t
    JOIN "Product" pr ON pr.id = t."productId"
    JOIN "Persoon" p ON p.id = t."persoonId"
    JOIN "BeschiktProduct" bp ON bp.id = t."beschiktProductId"
    JOIN "Beschikking" b ON b.id = bp."beschikkingId"
    WHERE t."id" = ${toewijzingId}::uuid AND t."aanbiederId" = ${partner.aanbiederId}::uuid AND t."gemeenteId" = ${partner.gemeenteId}::uuid
      AND t."status" <> 'INGETROKKEN' AND (t."einddatum" IS NULL OR t."einddatum" >= ${today}::date)`);
  if (!t) nietGevonden();
  await recordPartnerAudit(prisma, partner, { actie: 'READ', entiteit: 'Toewijzing', entiteitId: t.id, persoonId: t.persoonId, huishoudenId: t.huishoudenId }, { gronden: ['TOEWIJZING'], betrokkenheid: ['TOEWIJZING'] });
  return {
    ...rij(t), persoonId: t.persoonId, bsn: t.bsn, geboortedatum: t.geboortedatum, budgetCent: t.budgetCent, redenWijziging: t.redenWijziging,
    beschikking: { status: t.beschikkingStatus, identificatie: t.beschikkingIdentificatie, ingangsdatum: t.beschikkingIngangsdatum, vervaldatum: t.beschikkingVervaldatum },
    verzoeken: (t.verzoeken ?? []).map((v) => ({ ...v, ontvangenOp: fromJson(v.ontvangenOp) })),
  };
}

export type PartnerToewijzingDetail = Awaited<ReturnType<typeof getPartnerToewijzing>>;
