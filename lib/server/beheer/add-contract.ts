import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { formatDatumKort } from '@/lib/domain/dates';
import { periodesOverlappen } from '@/lib/domain/catalogus';
import { DomainError } from '@/lib/errors';
import type { AddContractInput } from '@/lib/validations/beheer';
import { auditCreate } from './audit';
import { eenVoorEen } from '@/lib/server/een-voor-een';

/**
 * A contracted product of an aanbieder, with its tariff and period. One contract per product per day, so that the
 * tariff of a toewijzing is never in doubt; a new tariff is a new contract after the old one ends.
 */
export async function addContract(actor: Actor, input: AddContractInput) {
  assertPermission(actor, 'beheer:manage');
  return prisma.$transaction(async (tx) => {
    const [aanbieder, product] = await eenVoorEen([
      tx.aanbieder.findFirst({ where: { id: input.aanbiederId, gemeenteId: actor.gemeenteId }, select: { id: true } }),
      tx.product.findFirst({ where: { id: input.productId, gemeenteId: actor.gemeenteId }, select: { id: true, code: true } }),
    ]);
    if (!aanbieder) throw new DomainError('NOT_FOUND');
    if (!product) throw new DomainError('INVALID', ['Kies een product uit de catalogus.'], { productId: ['Kies een product uit de catalogus.'] });
    await tx.$queryRaw`SELECT id FROM "Aanbieder" WHERE id = ${aanbieder.id}::uuid FOR UPDATE`;
    const lopend = await tx.contract.findMany({ where: { aanbiederId: aanbieder.id, productId: product.id } });
    const overlap = lopend.find((c) => periodesOverlappen({ van: c.van, tot: c.tot }, { van: input.van, tot: input.tot }));
    if (overlap) {
      const message = `Er is al een contract voor ${product.code} vanaf ${formatDatumKort(overlap.van)}${overlap.tot ? ` tot en met ${formatDatumKort(overlap.tot)}` : ''}. Beëindig dat eerst.`;
      throw new DomainError('CONFLICT', [message], { van: [message] });
    }
    const contract = await tx.contract.create({ data: { aanbiederId: aanbieder.id, productId: product.id, tariefCent: input.tariefCent, van: input.van, tot: input.tot } });
    await auditCreate(tx, actor, { actie: 'CONTRACT_ADDED', entiteit: 'Contract', entiteitId: contract.id }, { ...input });
    return contract;
  });
}
