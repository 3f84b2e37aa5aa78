import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { paginering, wachttijdDagen } from '@/lib/domain/casusverdeling';
import type { Prisma } from '@/lib/generated/prisma/client';
import { loadTeamleden } from './team-caseload';
import { userNames } from './user-names';

/**
 * The teamlead's board (DOMAIN.md §1 Teamlead): the casussen of their teams waiting for regie, most urgent and
 * oldest first, a page at a time; the open opschalingsverzoeken; the team's wijkcoaches with their caseload.
 * Need-to-know: a casus of the actor's own team is the TEAM ground of householdAccessWhere, so the team filter is
 * the access filter. A fixed number of queries, whatever the page holds.
 */
export async function getCasusverdeling(actor: Actor, options: { pagina?: number } = {}, today = new Date()) {
  assertPermission(actor, 'regie:assign');
  // Waiting for regie: every casus in WACHT_OP_REGIE, and a casus in vraagverheldering that nobody holds yet
  // (after triage the teamlead decides who goes to the kitchen table).
  const where: Prisma.CasusWhereInput = {
    gemeenteId: actor.gemeenteId,
    teamId: { in: actor.teamIds },
    OR: [
      { fase: 'WACHT_OP_REGIE' },
      { fase: 'VRAAGVERHELDERING', huishouden: { regie: { none: { lead: true, tot: null } } } },
    ],
  };
  const [totaal, urgent] = await Promise.all([
    prisma.casus.count({ where }),
    prisma.casus.count({ where: { ...where, urgentie: { in: ['HOOG', 'CRISIS'] } } }),
  ]);
  const page = paginering(totaal, options.pagina ?? 1);
  const [casussen, verzoeken, leden] = await Promise.all([
    prisma.casus.findMany({
      where,
      orderBy: [{ urgentie: 'desc' }, { meldingOntvangenOp: 'asc' }, { nummer: 'asc' }],
      skip: page.skip,
      take: page.take,
      select: {
        id: true, nummer: true, urgentie: true, complexiteit: true, veiligheid: true, meldingOntvangenOp: true,
        huishouden: { select: { id: true, naam: true, wijk: { select: { id: true, naam: true } } } },
        team: { select: { naam: true } },
        triages: { orderBy: { op: 'desc' }, take: 1, select: { uitkomst: true, leefgebieden: { select: { label: true } } } },
      },
    }),
    prisma.opschalingsverzoek.findMany({
      where: { gemeenteId: actor.gemeenteId, status: 'OPEN', casus: { teamId: { in: actor.teamIds } } },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true, reden: true, createdAt: true, aangevraagdDoorId: true,
        casus: { select: { id: true, nummer: true, huishouden: { select: { id: true, naam: true } } } },
      },
    }),
    loadTeamleden(prisma, actor.gemeenteId, actor.teamIds, today),
  ]);
  const namen = await userNames(prisma, verzoeken.map((v) => v.aangevraagdDoorId));
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
      huishouden: { id: c.huishouden.id, naam: c.huishouden.naam },
      wijk: c.huishouden.wijk,
      team: c.team?.naam ?? null,
      uitkomst: c.triages[0]?.uitkomst ?? null,
      leefgebieden: c.triages[0]?.leefgebieden.map((l) => l.label).sort((a, b) => a.localeCompare(b, 'nl')) ?? [],
    })),
    verzoeken: verzoeken.map((v) => ({ ...v, aangevraagdDoor: namen.get(v.aangevraagdDoorId) ?? 'Onbekend' })),
    leden,
  };
}
