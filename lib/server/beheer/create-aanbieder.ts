import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import type { CreateAanbiederInput } from '@/lib/validations/beheer';
import { auditCreate } from './audit';

export const AGB_IN_USE = 'Er is al een aanbieder met deze AGB-code.';

/** A care provider with its AGB code: the Ontvanger of every iWmo/iJw toewijzing sent to it. */
export async function createAanbieder(actor: Actor, input: CreateAanbiederInput) {
  assertPermission(actor, 'beheer:manage');
  try {
    return await prisma.$transaction(async (tx) => {
      if (await tx.aanbieder.findFirst({ where: { gemeenteId: actor.gemeenteId, agbCode: input.agbCode } })) {
        throw new DomainError('CONFLICT', [AGB_IN_USE], { agbCode: [AGB_IN_USE] });
      }
      const aanbieder = await tx.aanbieder.create({ data: { gemeenteId: actor.gemeenteId, ...input }, select: { id: true } });
      await auditCreate(tx, actor, { actie: 'AANBIEDER_CREATED', entiteit: 'Aanbieder', entiteitId: aanbieder.id }, { ...input });
      return aanbieder;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', [AGB_IN_USE], { agbCode: [AGB_IN_USE] });
    throw error;
  }
}
