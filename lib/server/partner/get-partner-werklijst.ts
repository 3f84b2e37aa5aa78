import 'server-only';
import { leesSql } from '@/lib/db';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { actieTermijn, type ActieTermijn } from '@/lib/domain/partner-toegang';
import { GELDENDE_STATUSSEN } from '@/lib/domain/plan';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ActieStatus } from '@/lib/generated/prisma/enums';
import { partnerHuishoudenSql, recordPartnerAudits } from '@/lib/server/access/partner-access';
import { bekendeNamen } from './shared';

/** At most this many actions on the worklist (the oldest due first); beyond that the partner narrows by household. */
export const WERKLIJST_MAX = 200;

export type WerklijstActie = {
  id: string; huishoudenId: string; wat: string; uiterlijk: Date | null; status: ActieStatus; doel: string | null;
  termijn: ActieTermijn; namen: string[];
};

/**
 * Issue 22, the partner's worklist: its organisation's actions in the plans in force of the households it sees
 * (partnerHuishoudenSql), late first, then due, then the rest, done last. Driven from the organisation's actions (an
 * index), so it stays fast with 100,000 households. Every household shown is in the access log.
 */
export async function getPartnerWerklijst(partner: PartnerActor, now = new Date()): Promise<WerklijstActie[]> {
  return leesZonderTransactie(async (tx) => {
    const rows = await leesSql<{ id: string; huishoudenId: string; wat: string; uiterlijk: Date | null; status: ActieStatus; doel: string | null }>(Prisma.sql`
      SELECT a."id", o."huishoudenId", a."wat", a."uiterlijk", a."status"::text AS "status", d."omschrijving" AS "doel"
      FROM "Actie" a
      JOIN "PlanVersie" pv ON pv."id" = a."planVersieId"
      JOIN "Ondersteuningsplan" o ON o."id" = pv."planId" AND o."actueel"
      JOIN "Huishouden" h ON h."id" = o."huishoudenId"
      LEFT JOIN "Doel" d ON d."id" = a."doelId"
      WHERE a."partnerOrganisatieId" = ${partner.organisatieId}::uuid
        AND pv."status"::text = ANY(${[...GELDENDE_STATUSSEN]}::text[])
        AND NOT EXISTS (SELECT 1 FROM "PlanVersie" later WHERE later."planId" = pv."planId" AND later."versienummer" > pv."versienummer"
                        AND later."status"::text = ANY(${[...GELDENDE_STATUSSEN]}::text[]))
        AND ${partnerHuishoudenSql(partner, Prisma.sql`h`, now)}
      ORDER BY (a."status" IN ('GEDAAN', 'VERVALLEN')), a."uiterlijk" ASC NULLS LAST, a."id"
      LIMIT ${WERKLIJST_MAX}`);
    const huishoudenIds = [...new Set(rows.map((r) => r.huishoudenId))];
    const namen = await bekendeNamen(tx, partner, huishoudenIds, now);
    await recordPartnerAudits(tx, partner, huishoudenIds.map((huishoudenId) => ({ actie: 'READ' as const, entiteit: 'PartnerWerklijst', huishoudenId })));
    return rows.map((r) => ({ ...r, termijn: actieTermijn(r, now), namen: namen.get(r.huishoudenId) ?? [] }));
  });
}
