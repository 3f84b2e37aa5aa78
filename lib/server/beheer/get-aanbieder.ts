import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';

export async function getAanbieder(actor: Actor, aanbiederId: string) {
  assertPermission(actor, 'beheer:manage');
  const aanbieder = await prisma.aanbieder.findFirst({
    where: { id: aanbiederId, gemeenteId: actor.gemeenteId },
    include: {
      contracten: {
        orderBy: [{ product: { code: 'asc' } }, { van: 'desc' }],
        select: { id: true, tariefCent: true, van: true, tot: true, product: { select: { id: true, code: true, naam: true, wet: true, eenheid: true } } },
      },
    },
  });
  if (!aanbieder) throw new DomainError('NOT_FOUND', ['Deze aanbieder bestaat niet (meer).']);
  const producten = await prisma.product.findMany({
    where: { gemeenteId: actor.gemeenteId },
    orderBy: [{ wet: 'asc' }, { code: 'asc' }, { actiefVan: 'desc' }],
    select: { id: true, code: true, naam: true, wet: true, actiefVan: true, actiefTot: true },
  });
  return { aanbieder, producten };
}
