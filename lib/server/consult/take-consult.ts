import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import type { TakeConsultInput } from '@/lib/validations/consult';
import { staleVersionError } from '@/lib/server/concurrency/stale-version';

/** A gedragswetenschapper takes a consult: it shows as in behandeling with their name, so colleagues skip it. */
export async function takeConsult(actor: Actor, input: TakeConsultInput) {
  assertPermission(actor, 'consult:answer');
  return prisma.$transaction(async (tx) => {
    const consult = await tx.consult.findFirst({ where: { id: input.consultId, gemeenteId: actor.gemeenteId }, select: { id: true, huishoudenId: true, status: true } });
    if (!consult) throw new DomainError('NOT_FOUND', ['Dit consult bestaat niet (meer).']);
    await assertHouseholdAccess(tx, actor, consult.huishoudenId, { actie: 'CONSULT_IN_BEHANDELING', entiteit: 'Consult', entiteitId: consult.id });
    if (consult.status === 'AFGEROND') throw new DomainError('TRANSITION_REFUSED', ['Dit consult is al beantwoord.']);
    const { count } = await tx.consult.updateMany({
      where: { id: consult.id, version: input.version },
      data: { status: 'IN_BEHANDELING', gedragswetenschapperId: actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw await staleVersionError(tx, actor, { entiteit: 'Consult', entiteitId: consult.id, wat: 'dit consult' });
  });
}
