import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { heeftGeldigMandaat } from '@/lib/domain/casusverdeling';
import { doorzettingsmachtRefusals } from '@/lib/domain/opschaling';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import type { RecordDoorzettingsmachtInput } from '@/lib/validations/regie';

// Doorzettingsmacht (DOMAIN.md §1 Procesregisseur, §8): forcing progress is recorded as an event on the casus, by
// someone who holds that mandate today.
export async function recordDoorzettingsmacht(actor: Actor, input: RecordDoorzettingsmachtInput) {
  assertPermission(actor, 'regie:doorzettingsmacht');
  return prisma.$transaction(async (tx) => {
    const casus = await tx.casus.findFirst({
      where: { id: input.casusId, gemeenteId: actor.gemeenteId },
      select: { id: true, huishoudenId: true, fase: true },
    });
    if (!casus) throw new DomainError('NOT_FOUND', ['Deze casus bestaat niet (meer).']);
    const id = crypto.randomUUID();
    await assertHouseholdAccess(tx, actor, casus.huishoudenId, {
      actie: 'DOORZETTINGSMACHT_INGEZET', entiteit: 'CasusGebeurtenis', entiteitId: id, after: { casusId: casus.id },
    });
    const mandaten = await tx.mandaat.findMany({ where: { userId: actor.id, soort: 'DOORZETTINGSMACHT' }, select: { soort: true, vanaf: true, tot: true } });
    const reasons = doorzettingsmachtRefusals({
      hasMandaat: heeftGeldigMandaat(mandaten, 'DOORZETTINGSMACHT', new Date()), fase: casus.fase, omschrijving: input.omschrijving,
    });
    if (reasons.length) throw new DomainError('FORBIDDEN', reasons);
    return tx.casusGebeurtenis.create({
      data: { id, casusId: casus.id, soort: 'DOORZETTINGSMACHT', omschrijving: input.omschrijving, doorId: actor.id },
    });
  });
}
