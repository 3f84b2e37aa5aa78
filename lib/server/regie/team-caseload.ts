import 'server-only';
import type { Tx } from '@/lib/db';
import { prisma } from '@/lib/db';
import { heeftGeldigMandaat, type TeamlidFacts } from '@/lib/domain/casusverdeling';
import type { Regievorm } from '@/lib/domain/enums';
import { caseload, type Caseload } from '@/lib/domain/regie';

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
 * intensity). Two queries whatever the team's size: the members, and their current assignments in open casussen.
 */
export async function loadTeamleden(db: Db, gemeenteId: string, teamIds: string[], today = new Date()): Promise<Teamlid[]> {
  if (teamIds.length === 0) return [];
  const users = await db.user.findMany({
    where: { gemeenteId, actief: true, rollen: { has: 'WIJKCOACH' }, teams: { some: { teamId: { in: teamIds }, tot: null } } },
    orderBy: { naam: 'asc' },
    select: {
      id: true, naam: true, functie: true, beschikbaarheid: true, afwezigTot: true,
      teams: { where: { teamId: { in: teamIds }, tot: null }, select: { teamId: true } },
      focuswijken: { select: { wijk: { select: { id: true, naam: true } } } },
      mandaten: { where: { soort: { in: ['PROCESREGIE', 'DOORZETTINGSMACHT'] } }, select: { soort: true, vanaf: true, tot: true } },
    },
  });
  const loads = await loadCaseloads(db, users.map((u) => u.id));
  return users.map((u) => ({
    id: u.id,
    naam: u.naam,
    functie: u.functie,
    beschikbaarheid: u.beschikbaarheid,
    afwezigTot: u.afwezigTot,
    focuswijkIds: u.focuswijken.map((f) => f.wijk.id),
    focuswijken: u.focuswijken.map((f) => f.wijk).sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
    mandaten: u.mandaten,
    caseload: loads.get(u.id) ?? { count: 0, weighted: 0 },
    procesregieMandaat: heeftGeldigMandaat(u.mandaten, 'PROCESREGIE', today),
    doorzettingsmacht: heeftGeldigMandaat(u.mandaten, 'DOORZETTINGSMACHT', today),
    teamIds: u.teams.map((t) => t.teamId),
  }));
}

/**
 * Current assignments (tot null) in open casussen, counted and weighted per regisseur (lib/domain/regie caseload):
 * one grouped query, however many households the team holds.
 */
export async function loadCaseloads(db: Db, regisseurIds: string[]): Promise<Map<string, Caseload>> {
  if (regisseurIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ regisseurId: string; vorm: Regievorm; aantal: number }[]>`
    SELECT r."regisseurId", r."vorm"::text AS "vorm", count(*)::int AS "aantal"
    FROM "RegieToewijzing" r JOIN "Casus" c ON c."id" = r."casusId"
    WHERE r."regisseurId" = ANY(${regisseurIds}::uuid[]) AND r."tot" IS NULL AND c."fase" <> 'AFGESLOTEN'
    GROUP BY r."regisseurId", r."vorm"`;
  const perRegisseur = new Map<string, { vorm: Regievorm; regisseurId: string }[]>();
  for (const row of rows) {
    const list = perRegisseur.get(row.regisseurId) ?? [];
    for (let i = 0; i < row.aantal; i++) list.push({ vorm: row.vorm, regisseurId: row.regisseurId });
    perRegisseur.set(row.regisseurId, list);
  }
  return new Map([...perRegisseur].map(([id, list]) => [id, caseload(list)]));
}
