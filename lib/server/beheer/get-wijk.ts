import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';

export async function getWijk(actor: Actor, wijkId: string) {
  assertPermission(actor, 'beheer:manage');
  const wijk = await prisma.wijk.findFirst({
    where: { id: wijkId, gemeenteId: actor.gemeenteId },
    select: {
      id: true,
      code: true,
      naam: true,
      inwoners: true,
      actief: true,
      postcodeGebieden: { orderBy: { postcodeVan: 'asc' }, select: { id: true, postcodeVan: true, postcodeTot: true } },
      teams: { select: { team: { select: { id: true, naam: true } } } },
      _count: { select: { huishoudens: true } },
    },
  });
  if (!wijk) throw new DomainError('NOT_FOUND', ['Deze wijk bestaat niet (meer).']);
  const { _count, ...rest } = wijk;
  return { ...rest, huishoudens: _count.huishoudens };
}
