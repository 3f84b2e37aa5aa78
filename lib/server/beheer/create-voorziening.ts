import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import type { CreateVoorzieningInput } from '@/lib/validations/beheer';
import { auditCreate } from './audit';
import { assertVoorzieningVerwijzingen } from './voorziening-checks';

/**
 * An algemene voorziening or voorliggende partner on the sociale kaart: what it offers, for whom, on which
 * leefgebieden, in which wijk (none: the whole gemeente), contact and opening hours. Active at once: triage and
 * the plan offer it from the next page load.
 */
export async function createVoorziening(actor: Actor, input: CreateVoorzieningInput) {
  assertPermission(actor, 'beheer:manage');
  return prisma.$transaction(async (tx) => {
    const leefgebiedCodes = await assertVoorzieningVerwijzingen(tx, actor.gemeenteId, input);
    const voorziening = await tx.voorziening.create({ data: { gemeenteId: actor.gemeenteId, ...input, leefgebiedCodes }, select: { id: true } });
    await auditCreate(tx, actor, { actie: 'VOORZIENING_CREATED', entiteit: 'Voorziening', entiteitId: voorziening.id }, { ...input, leefgebiedCodes });
    return voorziening;
  });
}
