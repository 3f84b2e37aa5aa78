import 'server-only';
import { leesSql, prisma } from '@/lib/db';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { Prisma } from '@/lib/generated/prisma/client';
import { partnerHuishoudenSql, recordPartnerAudits } from '@/lib/server/access/partner-access';
import { bekendeNamen } from './shared';

/** At most this many open questions on the worklist (the earliest due first). */
export const CONSULTEN_MAX = 100;

/**
 * Issue 22, the partner's worklist: the open questions (consults) the regisseurs asked of its organisation, in the
 * households it sees (partnerHuishoudenSql: a consult makes it involved, the consent or toewijzing is still needed).
 * Driven from the organisation's consults (an index). Every household shown is in the access log.
 */
export async function getPartnerConsulten(partner: PartnerActor, now = new Date()) {
  // Issue 23: without an interactive transaction (lib/server/lees-zonder-transactie.ts: its only write is the
  // access-log rows), the statements on node-postgres.
  const rows = await leesSql<{ id: string; huishoudenId: string; vraag: string; uiterlijkOp: Date; createdAt: Date }>(Prisma.sql`
    SELECT k."id", k."huishoudenId", k."vraag", k."uiterlijkOp", k."createdAt"
    FROM "Consult" k
    JOIN "Huishouden" h ON h."id" = k."huishoudenId"
    WHERE k."partnerOrganisatieId" = ${partner.organisatieId}::uuid AND k."status" <> 'AFGEROND'
      AND ${partnerHuishoudenSql(partner, Prisma.sql`h`, now)}
    ORDER BY k."uiterlijkOp" ASC, k."createdAt" ASC
    LIMIT ${CONSULTEN_MAX}`);
  const huishoudenIds = [...new Set(rows.map((r) => r.huishoudenId))];
  const namen = await bekendeNamen(prisma, partner, huishoudenIds, now);
  await recordPartnerAudits(prisma, partner, huishoudenIds.map((huishoudenId) => ({ actie: 'READ' as const, entiteit: 'PartnerConsulten', huishoudenId })));
  return rows.map((r) => ({ ...r, namen: namen.get(r.huishoudenId) ?? [] }));
}
