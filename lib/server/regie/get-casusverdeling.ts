import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { paginering, wachttijdDagen } from '@/lib/domain/casusverdeling';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Complexiteit, TriageUitkomst, Urgentie, Veiligheid } from '@/lib/domain/enums';
import { loadTeamleden } from './team-caseload';

type CasusRij = {
  id: string; nummer: string; urgentie: Urgentie; complexiteit: Complexiteit; veiligheid: Veiligheid; meldingOntvangenOp: Date;
  huishoudenId: string; huishoudenNaam: string; wijkId: string | null; wijkNaam: string | null; team: string | null;
  uitkomst: TriageUitkomst | null; leefgebieden: string[];
};

type VerzoekRij = {
  id: string; reden: string; createdAt: Date; aangevraagdDoorId: string; aangevraagdDoor: string;
  casusId: string; nummer: string; huishoudenId: string; huishoudenNaam: string;
};

/**
 * The teamlead's board (DOMAIN.md §1 Teamlead): the casussen of their teams waiting for regie, most urgent and
 * oldest first, a page at a time; the open opschalingsverzoeken; the team's wijkcoaches with their caseload.
 * Need-to-know: a casus of the actor's own team is the TEAM ground of householdAccessWhere, so the team filter is
 * the access filter. A fixed number of queries, whatever the page holds.
 */
export async function getCasusverdeling(actor: Actor, options: { pagina?: number } = {}, today = new Date()) {
  assertPermission(actor, 'regie:assign');
  // Waiting for regie: every casus in WACHT_OP_REGIE, and a casus in vraagverheldering that nobody holds yet
  // (after triage the teamlead decides who goes to the kitchen table). One definition for the counts and the page.
  const wachtend = Prisma.sql`
    c."gemeenteId" = ${actor.gemeenteId}::uuid AND c."teamId" = ANY(${actor.teamIds}::uuid[])
    AND (c."fase" = 'WACHT_OP_REGIE'
         OR (c."fase" = 'VRAAGVERHELDERING'
             AND NOT EXISTS (SELECT 1 FROM "RegieToewijzing" r WHERE r."huishoudenId" = c."huishoudenId" AND r."lead" AND r."tot" IS NULL)))`;
  const [{ totaal, urgent }] = await prisma.$queryRaw<{ totaal: number; urgent: number }[]>`
    SELECT count(*)::int AS "totaal", (count(*) FILTER (WHERE c."urgentie" IN ('HOOG', 'CRISIS')))::int AS "urgent" FROM "Casus" c WHERE ${wachtend}`;
  const page = paginering(totaal, options.pagina ?? 1);
  const [casussen, verzoeken, leden] = await Promise.all([
    // The page of casussen with household, wijk, team and the latest triage in one statement (issue 9: Prisma's
    // nested read took six round trips).
    prisma.$queryRaw<CasusRij[]>`
      SELECT c."id", c."nummer", c."urgentie"::text AS "urgentie", c."complexiteit"::text AS "complexiteit", c."veiligheid"::text AS "veiligheid",
             c."meldingOntvangenOp", h."id" AS "huishoudenId", h."naam" AS "huishoudenNaam", w."id" AS "wijkId", w."naam" AS "wijkNaam",
             t."naam" AS "team", tr."uitkomst",
             COALESCE((SELECT json_agg(l."label") FROM "TriageLeefgebied" l WHERE l."triageId" = tr."id"), '[]'::json) AS "leefgebieden"
      FROM "Casus" c
      JOIN "Huishouden" h ON h."id" = c."huishoudenId"
      LEFT JOIN "Wijk" w ON w."id" = h."wijkId"
      LEFT JOIN "Team" t ON t."id" = c."teamId"
      LEFT JOIN LATERAL (SELECT x."id", x."uitkomst"::text AS "uitkomst" FROM "Triage" x WHERE x."casusId" = c."id" ORDER BY x."op" DESC LIMIT 1) tr ON true
      WHERE ${wachtend}
      ORDER BY c."urgentie" DESC, c."meldingOntvangenOp" ASC, c."nummer" ASC
      OFFSET ${page.skip} LIMIT ${page.take}`,
    // The open opschalingsverzoeken of the teams with casus, household and who asked, in one statement.
    prisma.$queryRaw<VerzoekRij[]>`
      SELECT v."id", v."reden", v."createdAt", v."aangevraagdDoorId", COALESCE(u."naam", 'Onbekend') AS "aangevraagdDoor",
             c."id" AS "casusId", c."nummer", h."id" AS "huishoudenId", h."naam" AS "huishoudenNaam"
      FROM "Opschalingsverzoek" v
      JOIN "Casus" c ON c."id" = v."casusId"
      JOIN "Huishouden" h ON h."id" = c."huishoudenId"
      LEFT JOIN "User" u ON u."id" = v."aangevraagdDoorId"
      WHERE v."gemeenteId" = ${actor.gemeenteId}::uuid AND v."status" = 'OPEN' AND c."teamId" = ANY(${actor.teamIds}::uuid[])
      ORDER BY v."createdAt" ASC, v."id"`,
    loadTeamleden(prisma, actor.gemeenteId, actor.teamIds, today),
  ]);
  return {
    paginering: page,
    urgent,
    casussen: casussen.map((c) => ({
      id: c.id,
      nummer: c.nummer,
      urgentie: c.urgentie,
      complexiteit: c.complexiteit,
      veiligheid: c.veiligheid,
      meldingOntvangenOp: c.meldingOntvangenOp,
      wachttijdDagen: wachttijdDagen(c.meldingOntvangenOp, today),
      huishouden: { id: c.huishoudenId, naam: c.huishoudenNaam },
      wijk: c.wijkId ? { id: c.wijkId, naam: c.wijkNaam! } : null,
      team: c.team,
      uitkomst: c.uitkomst,
      leefgebieden: [...c.leefgebieden].sort((a, b) => a.localeCompare(b, 'nl')),
    })),
    verzoeken: verzoeken.map((v) => ({
      id: v.id, reden: v.reden, createdAt: v.createdAt, aangevraagdDoorId: v.aangevraagdDoorId, aangevraagdDoor: v.aangevraagdDoor,
      casus: { id: v.casusId, nummer: v.nummer, huishouden: { id: v.huishoudenId, naam: v.huishoudenNaam } },
    })),
    leden,
  };
}
