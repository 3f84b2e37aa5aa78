import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { addCalendarDays, toCalendarDay } from '@/lib/domain/dates';
import { DomainError } from '@/lib/errors';
import type { EndMandaatInput } from '@/lib/validations/beheer';
import { auditChange, auditRemove, beheerConflict } from './audit';

/**
 * Ends a mandate at once: it was valid up to and including yesterday (tot is inclusive, lib/domain/mandaat), and
 * the row stays as history. A mandate that had not started before today never took effect and is removed (the
 * audit row keeps its values).
 */
export async function endMandaat(actor: Actor, input: EndMandaatInput) {
  assertPermission(actor, 'beheer:manage');
  return prisma.$transaction(async (tx) => {
    const mandaat = await tx.mandaat.findFirst({ where: { id: input.mandaatId, user: { gemeenteId: actor.gemeenteId } } });
    if (!mandaat) throw new DomainError('NOT_FOUND');
    const yesterday = addCalendarDays(new Date(), -1);
    if (mandaat.tot && mandaat.tot.getTime() <= yesterday.getTime()) throw new DomainError('TRANSITION_REFUSED', ['Dit mandaat is al beëindigd.']);
    const what = { entiteit: 'Mandaat', entiteitId: mandaat.id };
    if (mandaat.vanaf.getTime() >= toCalendarDay(new Date()).getTime()) {
      await tx.mandaat.delete({ where: { id: mandaat.id } });
      await auditRemove(tx, actor, { ...what, actie: 'MANDAAT_REMOVED' }, { ...mandaat });
      return;
    }
    const { count } = await tx.mandaat.updateMany({ where: { id: mandaat.id, tot: mandaat.tot }, data: { tot: yesterday } });
    if (count === 0) throw await beheerConflict(tx, actor, 'Mandaat', mandaat.id, 'dit mandaat');
    await auditChange(tx, actor, { ...what, actie: 'MANDAAT_ENDED' }, { tot: mandaat.tot }, { tot: yesterday });
  });
}
