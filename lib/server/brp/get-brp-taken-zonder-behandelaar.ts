import 'server-only';
import { leesSql } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { Prisma } from '@/lib/generated/prisma/client';
import { householdAccessSql } from '@/lib/server/access/household-access';

export type BrpTaakZonderBehandelaar = {
  id: string; titel: string; uiterlijkOp: Date; huishoudenId: string; huishoudenNaam: string; wijk: string | null; casusNummer: string | null;
};

/**
 * Open tasks of the nightly BRP check that nobody got (issue 20: a casus with neither a regisseur nor a teamlead in
 * its team or wijk), for the teamlead's Casusverdeling. Need-to-know: only households the teamlead has a ground for.
 * On node-postgres (leesSql, issue 23): the casusverdeling asks on every view.
 */
export async function getBrpTakenZonderBehandelaar(actor: Actor, now = new Date()): Promise<BrpTaakZonderBehandelaar[]> {
  assertPermission(actor, 'regie:assign');
  return leesSql<BrpTaakZonderBehandelaar>(brpTakenZonderBehandelaarSql(actor, now));
}

/** The statement of getBrpTakenZonderBehandelaar, for the casusverdeling's own statement (its dates then as text). */
export function brpTakenZonderBehandelaarSql(actor: Actor, now = new Date()): Prisma.Sql {
  assertPermission(actor, 'regie:assign');
  return Prisma.sql`
    SELECT t."id", t."titel", t."uiterlijkOp", h."id" AS "huishoudenId", h."naam" AS "huishoudenNaam", w."naam" AS "wijk", c."nummer" AS "casusNummer"
    FROM "Taak" t
    JOIN "Huishouden" h ON h."id" = t."huishoudenId"
    LEFT JOIN "Wijk" w ON w."id" = h."wijkId"
    LEFT JOIN "Casus" c ON c."id" = t."casusId"
    WHERE t."gemeenteId" = ${actor.gemeenteId}::uuid AND t."brpSignaal" IS NOT NULL AND t."toegewezenAanId" IS NULL AND t."afgerondOp" IS NULL
      AND ${householdAccessSql(actor, Prisma.sql`h`, now)}
    ORDER BY t."uiterlijkOp", t."createdAt"
    LIMIT 100`;
}
