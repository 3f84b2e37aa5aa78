import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import type { CreateWijkInput } from '@/lib/validations/beheer';
import { auditCreate } from './audit';

export const WIJK_CODE_IN_USE = 'Er is al een wijk met deze code.';

export async function createWijk(actor: Actor, input: CreateWijkInput) {
  assertPermission(actor, 'beheer:manage');
  try {
    return await prisma.$transaction(async (tx) => {
      if (await tx.wijk.findFirst({ where: { gemeenteId: actor.gemeenteId, code: input.code } })) {
        throw new DomainError('CONFLICT', [WIJK_CODE_IN_USE], { code: [WIJK_CODE_IN_USE] });
      }
      const wijk = await tx.wijk.create({ data: { gemeenteId: actor.gemeenteId, ...input }, select: { id: true } });
      await auditCreate(tx, actor, { actie: 'WIJK_CREATED', entiteit: 'Wijk', entiteitId: wijk.id }, { ...input });
      return wijk;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', [WIJK_CODE_IN_USE], { code: [WIJK_CODE_IN_USE] });
    throw error;
  }
}
