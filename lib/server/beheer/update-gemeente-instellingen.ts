import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import type { UpdateGemeenteInput } from '@/lib/validations/beheer';
import { auditChange, beheerConflict } from './audit';

const CODE_IN_USE = 'Deze gemeentecode is al in gebruik.';

/**
 * Name, gemeentecode (the Afzender of iWmo/iJw messages), contact, letterhead and signature of letters, and the
 * legal terms where the verordening differs. New deadlines use the new terms; dates already set keep theirs.
 */
export async function updateGemeenteInstellingen(actor: Actor, input: UpdateGemeenteInput) {
  assertPermission(actor, 'beheer:manage');
  const { version, ...data } = input;
  try {
    return await prisma.$transaction(async (tx) => {
      const gemeente = await tx.gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId } });
      const { count } = await tx.gemeente.updateMany({ where: { id: gemeente.id, version }, data: { ...data, version: { increment: 1 } } });
      if (count === 0) throw await beheerConflict(tx, actor, 'Gemeente', gemeente.id, 'de instellingen van de gemeente');
      await auditChange(tx, actor, { actie: 'GEMEENTE_UPDATED', entiteit: 'Gemeente', entiteitId: gemeente.id }, gemeente, data);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', [CODE_IN_USE], { gemeentecode: [CODE_IN_USE] });
    throw error;
  }
}
