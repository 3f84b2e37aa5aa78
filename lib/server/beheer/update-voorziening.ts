import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import type { UpdateVoorzieningInput } from '@/lib/validations/beheer';
import { auditChange, beheerConflict } from './audit';
import { assertVoorzieningVerwijzingen } from './voorziening-checks';

/** Changes a voorziening; an inactive one is no longer offered, while triages and plans that named it keep it. */
export async function updateVoorziening(actor: Actor, input: UpdateVoorzieningInput) {
  assertPermission(actor, 'beheer:manage');
  const { voorzieningId, version, ...data } = input;
  return prisma.$transaction(async (tx) => {
    const voorziening = await tx.voorziening.findFirst({ where: { id: voorzieningId, gemeenteId: actor.gemeenteId } });
    if (!voorziening) throw new DomainError('NOT_FOUND');
    // A leefgebied made inactive since may stay on a voorziening that already named it.
    const leefgebiedCodes = await assertVoorzieningVerwijzingen(tx, actor.gemeenteId, data, voorziening.leefgebiedCodes);
    const { count } = await tx.voorziening.updateMany({ where: { id: voorziening.id, version }, data: { ...data, leefgebiedCodes, version: { increment: 1 } } });
    if (count === 0) throw await beheerConflict(tx, actor, 'Voorziening', voorziening.id, 'deze voorziening');
    await auditChange(tx, actor, { actie: 'VOORZIENING_UPDATED', entiteit: 'Voorziening', entiteitId: voorziening.id }, voorziening, { ...data, leefgebiedCodes });
  });
}
