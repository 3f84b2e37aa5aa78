import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';

/** Casussen of the teamlead's teams waiting for regie, and the team's members with their current caseload. */
export async function listWachtendOpRegie(actor: Actor) {
  assertPermission(actor, 'regie:assign');
  const [casussen, leden] = await Promise.all([
    prisma.casus.findMany({
      where: { gemeenteId: actor.gemeenteId, fase: 'WACHT_OP_REGIE', teamId: { in: actor.teamIds } },
      orderBy: [{ urgentie: 'desc' }, { meldingOntvangenOp: 'asc' }],
      select: {
        id: true, nummer: true, urgentie: true, complexiteit: true, meldingOntvangenOp: true,
        huishouden: { select: { id: true, naam: true, wijk: { select: { naam: true } } } },
      },
    }),
    prisma.user.findMany({
      where: { actief: true, rollen: { has: 'WIJKCOACH' }, teams: { some: { teamId: { in: actor.teamIds }, tot: null } } },
      orderBy: { naam: 'asc' },
      select: {
        id: true, naam: true, beschikbaarheid: true, afwezigTot: true,
        focuswijken: { select: { wijk: { select: { naam: true } } } },
        _count: { select: { regie: { where: { tot: null, casus: { fase: { not: 'AFGESLOTEN' } } } } } },
      },
    }),
  ]);
  return { casussen, leden };
}
