import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import type { UpdateWijkInput } from '@/lib/validations/beheer';
import { auditChange } from './audit';
import { WIJK_CODE_IN_USE } from './create-wijk';

/** Code, name, inhabitants and active flag of a wijk (Wijk has no version column; the audit row keeps the old values). */
export async function updateWijk(actor: Actor, input: UpdateWijkInput) {
  assertPermission(actor, 'beheer:manage');
  const { wijkId, ...data } = input;
  try {
    return await prisma.$transaction(async (tx) => {
      const wijk = await tx.wijk.findFirst({ where: { id: wijkId, gemeenteId: actor.gemeenteId } });
      if (!wijk) throw new DomainError('NOT_FOUND');
      if (data.code !== wijk.code && (await tx.wijk.findFirst({ where: { gemeenteId: actor.gemeenteId, code: data.code } }))) {
        throw new DomainError('CONFLICT', [WIJK_CODE_IN_USE], { code: [WIJK_CODE_IN_USE] });
      }
      await tx.wijk.update({ where: { id: wijk.id }, data });
      await auditChange(tx, actor, { actie: 'WIJK_UPDATED', entiteit: 'Wijk', entiteitId: wijk.id }, wijk, data);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', [WIJK_CODE_IN_USE], { code: [WIJK_CODE_IN_USE] });
    throw error;
  }
}
