import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';

export async function getProduct(actor: Actor, productId: string) {
  assertPermission(actor, 'beheer:manage');
  const product = await prisma.product.findFirst({
    where: { id: productId, gemeenteId: actor.gemeenteId },
    include: {
      contracten: { orderBy: { van: 'desc' }, select: { id: true, tariefCent: true, van: true, tot: true, aanbieder: { select: { id: true, naam: true } } } },
      _count: { select: { aanvragen: true, arrangementItems: true } },
    },
  });
  if (!product) throw new DomainError('NOT_FOUND', ['Dit product bestaat niet (meer).']);
  return product;
}
