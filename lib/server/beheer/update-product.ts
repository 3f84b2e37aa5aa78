import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { productPeriodeConflict } from '@/lib/domain/catalogus';
import { DomainError } from '@/lib/errors';
import type { UpdateProductInput } from '@/lib/validations/beheer';
import { auditChange, beheerConflict } from './audit';
import { periodeConflictMessage } from './create-product';

/**
 * Changes a product version. Law and code stay as they are (aanvragen, beschikkingen and toewijzingen point to the
 * version); a new tariff year is a new version with its own begindatum, and the old one gets an einddatum.
 */
export async function updateProduct(actor: Actor, input: UpdateProductInput) {
  assertPermission(actor, 'beheer:manage');
  const { productId, version, ...data } = input;
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('catalogus:' || ${actor.gemeenteId}))`;
    const product = await tx.product.findFirst({ where: { id: productId, gemeenteId: actor.gemeenteId } });
    if (!product) throw new DomainError('NOT_FOUND');
    const versies = await tx.product.findMany({ where: { gemeenteId: actor.gemeenteId, code: product.code }, select: { id: true, code: true, actiefVan: true, actiefTot: true } });
    const conflict = productPeriodeConflict({ id: product.id, code: product.code, actiefVan: data.actiefVan, actiefTot: data.actiefTot }, versies);
    if (conflict) {
      const message = periodeConflictMessage(product.code, conflict);
      throw new DomainError('CONFLICT', [message], { actiefVan: [message] });
    }
    const { count } = await tx.product.updateMany({ where: { id: product.id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw await beheerConflict(tx, actor, 'Product', product.id, 'dit product');
    await auditChange(tx, actor, { actie: 'PRODUCT_UPDATED', entiteit: 'Product', entiteitId: product.id }, product, data);
  });
}
