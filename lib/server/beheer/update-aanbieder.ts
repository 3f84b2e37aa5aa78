import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import type { UpdateAanbiederInput } from '@/lib/validations/beheer';
import { auditChange, beheerConflict } from './audit';
import { AGB_IN_USE } from './create-aanbieder';

export async function updateAanbieder(actor: Actor, input: UpdateAanbiederInput) {
  assertPermission(actor, 'beheer:manage');
  const { aanbiederId, version, ...data } = input;
  try {
    return await prisma.$transaction(async (tx) => {
      const aanbieder = await tx.aanbieder.findFirst({ where: { id: aanbiederId, gemeenteId: actor.gemeenteId } });
      if (!aanbieder) throw new DomainError('NOT_FOUND');
      if (data.agbCode !== aanbieder.agbCode && (await tx.aanbieder.findFirst({ where: { gemeenteId: actor.gemeenteId, agbCode: data.agbCode } }))) {
        throw new DomainError('CONFLICT', [AGB_IN_USE], { agbCode: [AGB_IN_USE] });
      }
      const { count } = await tx.aanbieder.updateMany({ where: { id: aanbieder.id, version }, data: { ...data, version: { increment: 1 } } });
      if (count === 0) throw await beheerConflict(tx, actor, 'Aanbieder', aanbieder.id, 'deze aanbieder');
      await auditChange(tx, actor, { actie: 'AANBIEDER_UPDATED', entiteit: 'Aanbieder', entiteitId: aanbieder.id }, aanbieder, data);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', [AGB_IN_USE], { agbCode: [AGB_IN_USE] });
    throw error;
  }
}
