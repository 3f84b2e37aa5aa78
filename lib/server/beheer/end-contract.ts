import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { PERIODE_ERROR } from '@/lib/domain/catalogus';
import { DomainError } from '@/lib/errors';
import type { EndContractInput } from '@/lib/validations/beheer';
import { auditChange } from './audit';

/** Gives a contract its last day (today or a later day the contract runs out); the row stays. */
export async function endContract(actor: Actor, input: EndContractInput) {
  assertPermission(actor, 'beheer:manage');
  return prisma.$transaction(async (tx) => {
    const contract = await tx.contract.findFirst({ where: { id: input.contractId, aanbieder: { gemeenteId: actor.gemeenteId } } });
    if (!contract) throw new DomainError('NOT_FOUND');
    if (input.tot.getTime() < contract.van.getTime()) throw new DomainError('INVALID', [PERIODE_ERROR], { tot: [PERIODE_ERROR] });
    if (contract.tot && contract.tot.getTime() <= input.tot.getTime()) {
      throw new DomainError('TRANSITION_REFUSED', ['Dit contract eindigt al eerder.'], { tot: ['Dit contract eindigt al eerder.'] });
    }
    await tx.contract.update({ where: { id: contract.id }, data: { tot: input.tot } });
    await auditChange(tx, actor, { actie: 'CONTRACT_ENDED', entiteit: 'Contract', entiteitId: contract.id }, contract, { tot: input.tot });
    return { aanbiederId: contract.aanbiederId };
  });
}
