import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import type { AnswerConsultInput } from '@/lib/validations/consult';
import { applyTransition } from '@/lib/server/transition/apply-transition';

/**
 * The gedragswetenschapper answers a consult. Answering closes it (AFGEROND), which lifts the block on closing the
 * casus that an open VEILIGHEID consult holds (DOMAIN.md §3 rule 6; casus-transitions hasOpenVeiligheidsconsult).
 */
export async function answerConsult(actor: Actor, input: AnswerConsultInput, now = new Date()) {
  assertPermission(actor, 'consult:answer');
  return prisma.$transaction(async (tx) => {
    const consult = await tx.consult.findFirst({ where: { id: input.consultId, gemeenteId: actor.gemeenteId, partnerOrganisatieId: null }, select: { id: true, huishoudenId: true, status: true, soort: true } });
    if (!consult) throw new DomainError('NOT_FOUND', ['Dit consult bestaat niet (meer).']);
    await assertHouseholdAccess(tx, actor, consult.huishoudenId, { actie: 'CONSULT_BEANTWOORD', entiteit: 'Consult', entiteitId: consult.id, after: { status: 'AFGEROND' } });
    await applyTransition(tx, actor, {
      object: 'consult', id: consult.id, version: input.version, van: consult.status, naar: 'AFGEROND',
      data: { advies: input.advies, afgerondOp: now, gedragswetenschapperId: actor.id },
      audit: null, // CONSULT_BEANTWOORD above (need-to-know)
    });
    return consult.huishoudenId;
  });
}
