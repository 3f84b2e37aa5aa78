import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import type { AnswerConsultInput } from '@/lib/validations/consult';
import { staleVersionError } from '@/lib/server/concurrency/stale-version';

/**
 * The gedragswetenschapper answers a consult. Answering closes it (AFGEROND), which lifts the block on closing the
 * casus that an open VEILIGHEID consult holds (DOMAIN.md §3 rule 6; casus-transitions hasOpenVeiligheidsconsult).
 */
export async function answerConsult(actor: Actor, input: AnswerConsultInput, now = new Date()) {
  assertPermission(actor, 'consult:answer');
  return prisma.$transaction(async (tx) => {
    const consult = await tx.consult.findFirst({ where: { id: input.consultId, gemeenteId: actor.gemeenteId }, select: { id: true, huishoudenId: true, status: true, soort: true } });
    if (!consult) throw new DomainError('NOT_FOUND', ['Dit consult bestaat niet (meer).']);
    await assertHouseholdAccess(tx, actor, consult.huishoudenId, { actie: 'CONSULT_BEANTWOORD', entiteit: 'Consult', entiteitId: consult.id, after: { status: 'AFGEROND' } });
    if (consult.status === 'AFGEROND') throw new DomainError('TRANSITION_REFUSED', ['Dit consult is al beantwoord.']);
    const { count } = await tx.consult.updateMany({
      where: { id: consult.id, version: input.version },
      data: { status: 'AFGEROND', advies: input.advies, afgerondOp: now, gedragswetenschapperId: actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw await staleVersionError(tx, actor, { entiteit: 'Consult', entiteitId: consult.id, wat: 'dit consult' });
    return consult.huishoudenId;
  });
}
