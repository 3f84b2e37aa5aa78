import 'server-only';
import { leesSql } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { paginering, wachttijdDagen } from '@/lib/domain/casusverdeling';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Complexiteit, TriageUitkomst, Urgentie, Veiligheid } from '@/lib/domain/enums';
import { fromJson, jsonRijen } from '@/lib/server/sql-json';
import { alsTeamlid, teamledenSql, type TeamlidRij } from './team-caseload';
import { alsOpenRegie, openRegieVanInactievenSql, type OpenRegieRijJson } from '@/lib/server/beheer/list-open-regie-of-inactive-users';
import { alsZorgsignalen, openZorgsignalenSql } from '@/lib/server/ketenpartner/get-open-zorgsignalen';
import { brpTakenZonderBehandelaarSql, type BrpTaakZonderBehandelaar } from '@/lib/server/brp/get-brp-taken-zonder-behandelaar';

type CasusRij = {
  id: string; nummer: string; urgentie: Urgentie; complexiteit: Complexiteit; veiligheid: Veiligheid; meldingOntvangenOp: string;
  huishoudenId: string; huishoudenNaam: string; wijkId: string | null; wijkNaam: string | null; team: string | null;
  uitkomst: TriageUitkomst | null; leefgebieden: string[];
};

type VerzoekRij = {
  id: string; reden: string; createdAt: string; aangevraagdDoorId: string; aangevraagdDoor: string;
  casusId: string; nummer: string; huishoudenId: string; huishoudenNaam: string;
};

type BordRij = {
  totaal: number; urgent: number; casussen: CasusRij[]; verzoeken: VerzoekRij[];
  leden: (Omit<TeamlidRij, 'afwezigTot'> & { afwezigTot: string | null })[];
  weesRegie: OpenRegieRijJson[];
  brpTaken: (Omit<BrpTaakZonderBehandelaar, 'uiterlijkOp'> & { uiterlijkOp: string })[];
  zorgsignalen: Parameters<typeof alsZorgsignalen>[0];
};

/**
 * Most urgent first, then the oldest. The page is cut from the casussen alone and only its rows are joined to their
 * household, wijk, team and triage (issue 23: joining all ~500 waiting casussen before the sort took ~8 ms of
 * PostgreSQL per view on 100,000 households).
 */
const VOLGORDE = Prisma.sql`c."urgentie" DESC, c."meldingOntvangenOp" ASC, c."nummer" ASC`;

/**
 * The teamlead's board (DOMAIN.md §1 Teamlead): the casussen of their teams waiting for regie, most urgent and
 * oldest first, a page at a time; the open opschalingsverzoeken; the team's wijkcoaches with their caseload.
 * Need-to-know: a casus of the actor's own team is the TEAM ground of householdAccessWhere, so the team filter is
 * the access filter. One statement, whatever the page holds (issue 23).
 */
export async function getCasusverdeling(actor: Actor, options: { pagina?: number } = {}, today = new Date()) {
  assertPermission(actor, 'regie:assign');
  // Waiting for regie: every casus in WACHT_OP_REGIE, and a casus in vraagverheldering that nobody holds yet
  // (after triage the teamlead decides who goes to the kitchen table). One definition for the counts and the page:
  // two index ranges (Casus_teamId_fase_idx) glued together. Issue 23: as one OR the NOT EXISTS could not become an
  // anti-join and PostgreSQL hashed every current lead of the city to test a few hundred casussen (~25 ms at
  // 1,000,000 households); on its own range it is one index probe per casus in vraagverheldering.
  const vanTeam = Prisma.sql`c."gemeenteId" = ${actor.gemeenteId}::uuid AND c."teamId" = ANY(${actor.teamIds}::uuid[])`;
  const wachtend = Prisma.sql`
    SELECT c.* FROM "Casus" c WHERE ${vanTeam} AND c."fase" = 'WACHT_OP_REGIE'
    UNION ALL
    SELECT c.* FROM "Casus" c WHERE ${vanTeam} AND c."fase" = 'VRAAGVERHELDERING'
      AND NOT EXISTS (SELECT 1 FROM "RegieToewijzing" r WHERE r."huishoudenId" = c."huishoudenId" AND r."lead" AND r."tot" IS NULL)`;
  // One statement (issue 23): the counts, the page asked for, the verzoeken and the team as json arrays, with the
  // page's other lists (regie of deactivated staff, BRP tasks without a handler, zorgsignalen: their own use cases'
  // statements). The waiting casussen are found once for the counts and the page. A page past the end shows the last
  // one: then the statement runs once more for that page. The statement keeps its plan (lib/db.ts): at 100,000
  // households PostgreSQL planned it in 4.6 ms on every view and ran it in 4.8 ms; kept, a view takes 4 ms.
  const lees = (skip: number, take: number) => leesSql<BordRij>(Prisma.sql`
    WITH "wachtend" AS MATERIALIZED (${wachtend})
    SELECT telling."totaal", telling."urgent",
           ${jsonRijen(Prisma.sql`
      SELECT c."id", c."nummer", c."urgentie"::text AS "urgentie", c."complexiteit"::text AS "complexiteit", c."veiligheid"::text AS "veiligheid",
             c."meldingOntvangenOp", h."id" AS "huishoudenId", h."naam" AS "huishoudenNaam", w."id" AS "wijkId", w."naam" AS "wijkNaam",
             t."naam" AS "team", tr."uitkomst",
             COALESCE((SELECT json_agg(l."label") FROM "TriageLeefgebied" l WHERE l."triageId" = tr."id"), '[]'::json) AS "leefgebieden"
      FROM (SELECT c.* FROM "wachtend" c ORDER BY ${VOLGORDE} OFFSET ${skip} LIMIT ${take}) c
      JOIN "Huishouden" h ON h."id" = c."huishoudenId"
      LEFT JOIN "Wijk" w ON w."id" = h."wijkId"
      LEFT JOIN "Team" t ON t."id" = c."teamId"
      LEFT JOIN LATERAL (SELECT x."id", x."uitkomst"::text AS "uitkomst" FROM "Triage" x WHERE x."casusId" = c."id" ORDER BY x."op" DESC LIMIT 1) tr ON true
      ORDER BY ${VOLGORDE}`)} AS "casussen",
           ${jsonRijen(Prisma.sql`
      SELECT v."id", v."reden", v."createdAt", v."aangevraagdDoorId", COALESCE(u."naam", 'Onbekend') AS "aangevraagdDoor",
             c."id" AS "casusId", c."nummer", h."id" AS "huishoudenId", h."naam" AS "huishoudenNaam"
      FROM "Opschalingsverzoek" v
      JOIN "Casus" c ON c."id" = v."casusId"
      JOIN "Huishouden" h ON h."id" = c."huishoudenId"
      LEFT JOIN "User" u ON u."id" = v."aangevraagdDoorId"
      WHERE v."gemeenteId" = ${actor.gemeenteId}::uuid AND v."status" = 'OPEN' AND c."teamId" = ANY(${actor.teamIds}::uuid[])
      ORDER BY v."createdAt" ASC, v."id"`)} AS "verzoeken",
           ${actor.teamIds.length ? jsonRijen(teamledenSql(actor.gemeenteId, actor.teamIds)) : Prisma.sql`'[]'::json`} AS "leden",
           ${jsonRijen(openRegieVanInactievenSql(actor))} AS "weesRegie",
           ${jsonRijen(brpTakenZonderBehandelaarSql(actor, today))} AS "brpTaken",
           ${jsonRijen(openZorgsignalenSql(actor, today))} AS "zorgsignalen"
    FROM (SELECT count(*)::int AS "totaal", (count(*) FILTER (WHERE c."urgentie" IN ('HOOG', 'CRISIS')))::int AS "urgent" FROM "wachtend" c) telling`, { plan: 'bewaren' });
  const gevraagd = paginering(Number.MAX_SAFE_INTEGER, options.pagina ?? 1);
  let [bord] = await lees(gevraagd.skip, gevraagd.take);
  const page = paginering(bord.totaal, options.pagina ?? 1);
  if (page.skip !== gevraagd.skip) [bord] = await lees(page.skip, page.take);
  const { urgent, casussen, verzoeken } = bord;
  const leden = bord.leden.map((u) => alsTeamlid(u, today));
  return {
    paginering: page,
    urgent,
    casussen: casussen.map((c) => ({
      id: c.id,
      nummer: c.nummer,
      urgentie: c.urgentie,
      complexiteit: c.complexiteit,
      veiligheid: c.veiligheid,
      meldingOntvangenOp: fromJson(c.meldingOntvangenOp),
      wachttijdDagen: wachttijdDagen(fromJson(c.meldingOntvangenOp), today),
      huishouden: { id: c.huishoudenId, naam: c.huishoudenNaam },
      wijk: c.wijkId ? { id: c.wijkId, naam: c.wijkNaam! } : null,
      team: c.team,
      uitkomst: c.uitkomst,
      leefgebieden: [...c.leefgebieden].sort((a, b) => a.localeCompare(b, 'nl')),
    })),
    verzoeken: verzoeken.map((v) => ({
      id: v.id, reden: v.reden, createdAt: fromJson(v.createdAt), aangevraagdDoorId: v.aangevraagdDoorId, aangevraagdDoor: v.aangevraagdDoor,
      casus: { id: v.casusId, nummer: v.nummer, huishouden: { id: v.huishoudenId, naam: v.huishoudenNaam } },
    })),
    leden,
    weesRegie: bord.weesRegie.map((r) => alsOpenRegie(r, true)),
    brpTaken: bord.brpTaken.map((t) => ({ ...t, uiterlijkOp: fromJson(t.uiterlijkOp) })),
    zorgsignalen: alsZorgsignalen(bord.zorgsignalen),
  };
}
