import 'server-only';
import type { Tx } from '@/lib/db';
import { prisma } from '@/lib/db';
import { heeftGeldigMandaat, type TeamlidFacts } from '@/lib/domain/casusverdeling';
import type { MandaatSoort, Regievorm } from '@/lib/domain/enums';
import { caseload, type Caseload } from '@/lib/domain/regie';
import { fromJson, fromJsonOrNull } from '@/lib/server/sql-json';
import { Prisma } from '@/lib/generated/prisma/client';

type Db = Tx | typeof prisma;

export type Teamlid = TeamlidFacts & {
  functie: string | null;
  focuswijken: { id: string; naam: string }[];
  procesregieMandaat: boolean;
  doorzettingsmacht: boolean;
  teamIds: string[];
};

/**
 * The wijkcoaches of these teams with their caseload (DOMAIN.md §6: caseload per professional, weighted by
 * intensity). One statement whatever the team's size (issue 9: as a nested Prisma read with a caseload query it took
 * six round trips on every view of the casusverdeling): the members with their teams, focuswijken, mandates and
 * current assignments counted per regievorm. A current assignment is one in an open casus: the database holds it
 * (migration 20261210100000_regie_in_open_casus), so the count reads RegieToewijzing alone (issue 23: looking up the
 * casus of each of a team's ~900 assignments was a quarter of the casusverdeling's statement at 100,000 households).
 */
export async function loadTeamleden(db: Db, gemeenteId: string, teamIds: string[], today = new Date()): Promise<Teamlid[]> {
  if (teamIds.length === 0) return [];
  return (await db.$queryRaw<TeamlidRij[]>(teamledenSql(gemeenteId, teamIds))).map((u) => alsTeamlid(u, today));
}

/** The statement of loadTeamleden, for a page that reads it as one part of its own statement (issue 23). */
export const teamledenSql = (gemeenteId: string, teamIds: string[]) => Prisma.sql`
    SELECT u."id", u."naam", u."functie", u."beschikbaarheid", u."afwezigTot",
           (SELECT json_agg(tl."teamId") FROM "TeamLidmaatschap" tl WHERE tl."userId" = u."id" AND tl."teamId" = ANY(${teamIds}::uuid[]) AND tl."tot" IS NULL) AS "teamIds",
           COALESCE((SELECT json_agg(json_build_object('id', w."id", 'naam', w."naam")) FROM "Focuswijk" f JOIN "Wijk" w ON w."id" = f."wijkId" WHERE f."userId" = u."id"), '[]'::json) AS "focuswijken",
           COALESCE((SELECT json_agg(json_build_object('soort', m."soort", 'vanaf', m."vanaf", 'tot', m."tot"))
                     FROM "Mandaat" m WHERE m."userId" = u."id" AND m."soort" IN ('PROCESREGIE', 'DOORZETTINGSMACHT')), '[]'::json) AS "mandaten",
           COALESCE((SELECT json_agg(json_build_object('vorm', x."vorm", 'aantal', x."aantal"))
                     FROM (SELECT r."vorm", count(*)::int AS "aantal" FROM "RegieToewijzing" r
                           WHERE r."regisseurId" = u."id" AND r."tot" IS NULL GROUP BY r."vorm") x), '[]'::json) AS "toewijzingen"
    FROM "User" u
    WHERE u."gemeenteId" = ${gemeenteId}::uuid AND u."actief" AND 'WIJKCOACH' = ANY(u."rollen")
      AND EXISTS (SELECT 1 FROM "TeamLidmaatschap" tl WHERE tl."userId" = u."id" AND tl."teamId" = ANY(${teamIds}::uuid[]) AND tl."tot" IS NULL)
    ORDER BY u."naam" ASC, u."id"`;

/** A row of teamledenSql as a Teamlid; `afwezigTot` as a column (a Date) or inside json (its text). */
export function alsTeamlid(u: TeamlidRij | (Omit<TeamlidRij, 'afwezigTot'> & { afwezigTot: string | null }), today: Date): Teamlid {
  const mandaten = u.mandaten.map((m) => ({ soort: m.soort, vanaf: fromJson(m.vanaf), tot: fromJsonOrNull(m.tot) }));
  return {
    id: u.id,
    naam: u.naam,
    functie: u.functie,
    beschikbaarheid: u.beschikbaarheid,
    afwezigTot: typeof u.afwezigTot === 'string' ? fromJson(u.afwezigTot) : u.afwezigTot,
    focuswijkIds: u.focuswijken.map((f) => f.id),
    focuswijken: [...u.focuswijken].sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
    mandaten,
    caseload: caseload(u.toewijzingen.flatMap((t) => Array.from({ length: t.aantal }, () => ({ vorm: t.vorm, regisseurId: u.id })))),
    procesregieMandaat: heeftGeldigMandaat(mandaten, 'PROCESREGIE', today),
    doorzettingsmacht: heeftGeldigMandaat(mandaten, 'DOORZETTINGSMACHT', today),
    teamIds: u.teamIds,
  };
}

export type TeamlidRij = {
  id: string; naam: string; functie: string | null; beschikbaarheid: number; afwezigTot: Date | null; teamIds: string[];
  focuswijken: { id: string; naam: string }[];
  mandaten: { soort: MandaatSoort; vanaf: string; tot: string | null }[];
  toewijzingen: { vorm: Regievorm; aantal: number }[];
};

/**
 * Current assignments (tot null; the database keeps them to open casussen), counted and weighted per regisseur
 * (lib/domain/regie caseload): one grouped query, however many households the team holds.
 */
export async function loadCaseloads(db: Db, regisseurIds: string[]): Promise<Map<string, Caseload>> {
  if (regisseurIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ regisseurId: string; vorm: Regievorm; aantal: number }[]>`
    SELECT r."regisseurId", r."vorm"::text AS "vorm", count(*)::int AS "aantal"
    FROM "RegieToewijzing" r
    WHERE r."regisseurId" = ANY(${regisseurIds}::uuid[]) AND r."tot" IS NULL
    GROUP BY r."regisseurId", r."vorm"`;
  const perRegisseur = new Map<string, { vorm: Regievorm; regisseurId: string }[]>();
  for (const row of rows) {
    const list = perRegisseur.get(row.regisseurId) ?? [];
    for (let i = 0; i < row.aantal; i++) list.push({ vorm: row.vorm, regisseurId: row.regisseurId });
    perRegisseur.set(row.regisseurId, list);
  }
  return new Map([...perRegisseur].map(([id, list]) => [id, caseload(list)]));
}
