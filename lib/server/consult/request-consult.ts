import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { consultDueDate } from '@/lib/domain/veiligheid';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import type { RequestConsultInput } from '@/lib/validations/consult';

/**
 * A wijkcoach asks the gedragswetenschapper to think along (niet-pluis, meedenken, or a safety question of their
 * own), due within the gemeente's consult term. A VEILIGHEID consult blocks closing the casus like one raised by
 * the checklist.
 */
export async function requestConsult(actor: Actor, input: RequestConsultInput, today = new Date()) {
  assertPermission(actor, 'veiligheid:write');
  return prisma.$transaction(async (tx) => {
    const id = crypto.randomUUID();
    await assertHouseholdAccess(tx, actor, input.huishoudenId, { actie: 'CONSULT_AANGEVRAAGD', entiteit: 'Consult', entiteitId: id, after: { soort: input.soort } });
    const casus = await tx.casus.findFirst({ where: { huishoudenId: input.huishoudenId, gemeenteId: actor.gemeenteId, fase: { not: 'AFGESLOTEN' } }, select: { id: true } });
    if (!casus) throw new DomainError('TRANSITION_REFUSED', ['Dit huishouden heeft geen open casus. Een consult hoort bij een casus.']);
    const gemeente = await tx.gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId }, select: { consultTermijnDagen: true } });
    return tx.consult.create({
      data: {
        id, gemeenteId: actor.gemeenteId, huishoudenId: input.huishoudenId, casusId: casus.id, soort: input.soort, vraag: input.vraag,
        aangevraagdDoorId: actor.id, uiterlijkOp: consultDueDate(today, 'TWIJFEL', gemeente.consultTermijnDagen),
      },
    });
  });
}
