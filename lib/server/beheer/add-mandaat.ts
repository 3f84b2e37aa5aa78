import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { mandaatProductProblem, mandaatRolProblem } from '@/lib/domain/mandaat';
import { DomainError } from '@/lib/errors';
import type { AddMandaatInput } from '@/lib/validations/beheer';
import { auditCreate } from './audit';

/**
 * Gives a staff member a mandate (DOMAIN.md §3 rule 7): a soort, a law (or every law) and optionally one product,
 * for a period. A product-specific mandate takes the product's law.
 */
export async function addMandaat(actor: Actor, input: AddMandaatInput) {
  assertPermission(actor, 'beheer:manage');
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: input.userId, gemeenteId: actor.gemeenteId }, select: { id: true, rollen: true } });
    if (!user) throw new DomainError('NOT_FOUND');
    const rolProblem = mandaatRolProblem(input.soort, user.rollen);
    if (rolProblem) throw new DomainError('INVALID', [rolProblem], { soort: [rolProblem] });
    let wet = input.wet;
    if (input.productId) {
      const product = await tx.product.findFirst({ where: { id: input.productId, gemeenteId: actor.gemeenteId }, select: { wet: true } });
      if (!product) throw new DomainError('INVALID', ['Kies een product uit de catalogus.'], { productId: ['Kies een product uit de catalogus.'] });
      const problem = mandaatProductProblem(wet, product.wet);
      if (problem) throw new DomainError('INVALID', [problem], { productId: [problem] });
      wet = product.wet;
    }
    const mandaat = await tx.mandaat.create({
      data: { userId: user.id, soort: input.soort, wet, productId: input.productId, vanaf: input.vanaf, tot: input.tot },
    });
    await auditCreate(tx, actor, { actie: 'MANDAAT_ADDED', entiteit: 'Mandaat', entiteitId: mandaat.id }, {
      userId: user.id,
      soort: input.soort,
      wet,
      productId: input.productId,
      vanaf: input.vanaf,
      tot: input.tot,
    });
    return mandaat;
  });
}
