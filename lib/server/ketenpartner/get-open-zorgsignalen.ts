import 'server-only';
import { leesSql } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { Prisma } from '@/lib/generated/prisma/client';
import type { PartnerSignaalSoort } from '@/lib/generated/prisma/enums';
import { householdAccessSql } from '@/lib/server/access/household-access';
import { fromJson } from '@/lib/server/sql-json';

/**
 * Issue 22: unhandled zorgsignalen of ketenpartners for the werkvoorraad (households the actor is regisseur of) and
 * the casusverdeling (a teamleider: casussen of their teams), crisis first, then the oldest. One statement from the
 * signals still open (index gemeenteId+afgehandeldOp+createdAt), within need-to-know; on node-postgres (leesSql, issue 23).
 */
export type OpenZorgsignaal = { id: string; huishoudenId: string; huishoudenNaam: string; casusNummer: string | null; soort: PartnerSignaalSoort; organisatie: string; createdAt: Date };

export async function getOpenZorgsignalen(actor: Actor, now = new Date()): Promise<OpenZorgsignaal[]> {
  return leesSql<OpenZorgsignaal>(openZorgsignalenSql(actor, now));
}

/** The statement of getOpenZorgsignalen, for a worklist that reads it as a json column of its own statement (issue 23). */
export function openZorgsignalenSql(actor: Actor, now = new Date()): Prisma.Sql {
  assertPermission(actor, 'werkvoorraad:read');
  const teamlead = actor.rollen.includes('TEAMLEAD') && actor.teamIds.length > 0;
  return Prisma.sql`
    SELECT s."id", h."id" AS "huishoudenId", h."naam" AS "huishoudenNaam", c."nummer" AS "casusNummer", s."soort"::text AS "soort", o."naam" AS "organisatie", s."createdAt"
    FROM "PartnerSignaal" s
    JOIN "Huishouden" h ON h."id" = s."huishoudenId"
    JOIN "PartnerOrganisatie" o ON o."id" = s."organisatieId"
    LEFT JOIN "Casus" c ON c."id" = s."casusId"
    WHERE s."gemeenteId" = ${actor.gemeenteId}::uuid AND s."afgehandeldOp" IS NULL
      AND (EXISTS (SELECT 1 FROM "RegieToewijzing" r WHERE r."huishoudenId" = h."id" AND r."regisseurId" = ${actor.id}::uuid AND r."tot" IS NULL)
           OR (${teamlead} AND c."teamId" = ANY(${actor.teamIds}::uuid[])))
      AND ${householdAccessSql(actor, Prisma.sql`h`, now)}
    ORDER BY (s."soort" = 'CRISIS') DESC, s."createdAt" ASC
    LIMIT 100`;
}

/** Rows of openZorgsignalenSql read inside json (createdAt as text). */
export const alsZorgsignalen = (rijen: (Omit<OpenZorgsignaal, 'createdAt'> & { createdAt: string })[]): OpenZorgsignaal[] =>
  rijen.map((s) => ({ ...s, createdAt: fromJson(s.createdAt) }));
