import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import type { CreateLeefgebiedInput } from '@/lib/validations/beheer';
import { auditCreate } from './audit';

export const LEEFGEBIED_CODE_IN_USE = 'Er is al een leefgebied met deze code.';

/** A leefgebied of the gemeente's own list. Its code is a stable key (the sociale kaart refers to it) and never changes. */
export async function createLeefgebied(actor: Actor, input: CreateLeefgebiedInput) {
  assertPermission(actor, 'beheer:manage');
  try {
    return await prisma.$transaction(async (tx) => {
      if (await tx.leefgebied.findFirst({ where: { gemeenteId: actor.gemeenteId, code: input.code } })) {
        throw new DomainError('CONFLICT', [LEEFGEBIED_CODE_IN_USE], { code: [LEEFGEBIED_CODE_IN_USE] });
      }
      const leefgebied = await tx.leefgebied.create({ data: { gemeenteId: actor.gemeenteId, ...input }, select: { id: true } });
      await auditCreate(tx, actor, { actie: 'LEEFGEBIED_CREATED', entiteit: 'Leefgebied', entiteitId: leefgebied.id }, { ...input });
      return leefgebied;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', [LEEFGEBIED_CODE_IN_USE], { code: [LEEFGEBIED_CODE_IN_USE] });
    throw error;
  }
}
