import 'server-only';
import { leesSql } from '@/lib/db';
import { assertPermission, can, type Actor } from '@/lib/auth/permissions';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Fase, Regievorm } from '@/lib/domain/enums';
import { householdAccessSql } from '@/lib/server/access/household-access';
import { fromJson } from '@/lib/server/sql-json';

/**
 * Current regie (RegieToewijzing with tot = null on an open casus) held by deactivated staff: deactivating someone
 * leaves their regie in place on purpose, and this is the list to reassign it from.
 *
 * - A teamleider (regie:assign; casusverdeling calls this) sees the rows of the households they may see
 *   (householdAccessSql), with the household's name and wijk.
 * - A beheerder (beheer:manage) sees every row of the gemeente, but without the household: beheer has no
 *   need-to-know for a dossier, only the casus number and team to tell the teamleider.
 */
export async function listOpenRegieOfInactiveUsers(actor: Actor, filter: { userId?: string } = {}) {
  const teamleider = can(actor, 'regie:assign');
  if (!teamleider) assertPermission(actor, 'beheer:manage');
  // One statement (issue 9: the casusverdeling asks on every view, and Prisma's nested read took six round trips even
  // when there was nothing to show), on node-postgres (leesSql, issue 23).
  return (await leesSql<Rij>(openRegieVanInactievenSql(actor, filter))).map((r) => alsOpenRegie(r, teamleider));
}

/** The statement of listOpenRegieOfInactiveUsers, for the casusverdeling's own statement (its dates then as text). */
export function openRegieVanInactievenSql(actor: Actor, filter: { userId?: string } = {}): Prisma.Sql {
  const teamleider = can(actor, 'regie:assign');
  if (!teamleider) assertPermission(actor, 'beheer:manage');
  return Prisma.sql`
    SELECT r."id", r."version", r."vorm"::text AS "vorm", r."lead", r."vanaf",
           u."id" AS "regisseurId", u."naam" AS "regisseurNaam", u."gedeactiveerdOp",
           c."id" AS "casusId", c."nummer", c."fase"::text AS "fase", t."id" AS "teamId", t."naam" AS "teamNaam",
           h."id" AS "huishoudenId", h."naam" AS "huishoudenNaam", w."naam" AS "wijk"
    FROM "RegieToewijzing" r
    JOIN "User" u ON u."id" = r."regisseurId"
    JOIN "Casus" c ON c."id" = r."casusId"
    LEFT JOIN "Team" t ON t."id" = c."teamId"
    JOIN "Huishouden" h ON h."id" = r."huishoudenId"
    LEFT JOIN "Wijk" w ON w."id" = h."wijkId"
    WHERE r."gemeenteId" = ${actor.gemeenteId}::uuid AND r."tot" IS NULL AND NOT u."actief" AND c."fase" <> 'AFGESLOTEN'
      ${filter.userId ? Prisma.sql`AND u."id" = ${filter.userId}::uuid` : Prisma.empty}
      ${teamleider ? Prisma.sql`AND ${householdAccessSql(actor, Prisma.sql`h`)}` : Prisma.empty}
    ORDER BY u."naam" ASC, r."vanaf" ASC, r."id"`;
}

/** A row of openRegieVanInactievenSql; `vanaf` and `gedeactiveerdOp` as columns (Dates) or inside json (text). */
export function alsOpenRegie(r: Rij | OpenRegieRijJson, teamleider: boolean) {
  const datum = (v: Date | string | null) => (typeof v === 'string' ? fromJson(v) : v);
  return {
    id: r.id,
    version: r.version,
    vorm: r.vorm,
    lead: r.lead,
    vanaf: datum(r.vanaf)!,
    regisseur: { id: r.regisseurId, naam: r.regisseurNaam, gedeactiveerdOp: datum(r.gedeactiveerdOp) },
    casus: { id: r.casusId, nummer: r.nummer, fase: r.fase, team: r.teamId ? { id: r.teamId, naam: r.teamNaam! } : null },
    huishouden: teamleider ? { id: r.huishoudenId, naam: r.huishoudenNaam, wijk: r.wijk } : null,
  };
}

type Rij = {
  id: string; version: number; vorm: Regievorm; lead: boolean; vanaf: Date;
  regisseurId: string; regisseurNaam: string; gedeactiveerdOp: Date | null;
  casusId: string; nummer: string; fase: Fase; teamId: string | null; teamNaam: string | null;
  huishoudenId: string; huishoudenNaam: string; wijk: string | null;
};

export type OpenRegieRijJson = Omit<Rij, 'vanaf' | 'gedeactiveerdOp'> & { vanaf: string; gedeactiveerdOp: string | null };

export type OpenRegieVanInactieve = Awaited<ReturnType<typeof listOpenRegieOfInactiveUsers>>[number];
