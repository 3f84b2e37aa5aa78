import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';

export async function getTeam(actor: Actor, teamId: string) {
  assertPermission(actor, 'beheer:manage');
  const team = await prisma.team.findFirst({
    where: { id: teamId, gemeenteId: actor.gemeenteId },
    select: {
      id: true,
      naam: true,
      soort: true,
      actief: true,
      version: true,
      wijken: { select: { wijkId: true } },
      leden: {
        where: { tot: null },
        orderBy: { user: { naam: 'asc' } },
        select: { id: true, isLead: true, vanaf: true, user: { select: { id: true, naam: true, rollen: true, actief: true } } },
      },
      _count: { select: { casussen: { where: { fase: { not: 'AFGESLOTEN' } } } } },
    },
  });
  if (!team) throw new DomainError('NOT_FOUND', ['Dit team bestaat niet (meer).']);
  const wijken = await prisma.wijk.findMany({ where: { gemeenteId: actor.gemeenteId }, orderBy: { naam: 'asc' }, select: { id: true, naam: true, actief: true } });
  const { _count, ...rest } = team;
  return { team: { ...rest, openCasussen: _count.casussen }, wijken };
}
