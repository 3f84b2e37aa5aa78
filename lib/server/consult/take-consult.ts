import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import type { TakeConsultInput } from '@/lib/validations/consult';
import { applyTransition } from '@/lib/server/transition/apply-transition';

/** A gedragswetenschapper takes a consult: it shows as in behandeling with their name, so colleagues skip it. */
export async function takeConsult(actor: Actor, input: TakeConsultInput) {
  assertPermission(actor, 'consult:answer');
  return prisma.$transaction(async (tx) => {
    const consult = await tx.consult.findFirst({ where: { id: input.consultId, gemeenteId: actor.gemeenteId, partnerOrganisatieId: null }, select: { id: true, huishoudenId: true, status: true } });
    if (!consult) throw new DomainError('NOT_FOUND', ['Dit consult bestaat niet (meer).']);
    await assertHouseholdAccess(tx, actor, consult.huishoudenId, { actie: 'CONSULT_IN_BEHANDELING', entiteit: 'Consult', entiteitId: consult.id });
    // OPEN → IN_BEHANDELING, or taken over by a colleague (it stays in behandeling); an answered one is refused.
    await applyTransition(tx, actor, {
      object: 'consult', id: consult.id, version: input.version, van: consult.status, naar: 'IN_BEHANDELING',
      data: { gedragswetenschapperId: actor.id },
      audit: null, // CONSULT_IN_BEHANDELING above (need-to-know)
    });
  });
}
