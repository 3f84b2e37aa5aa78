import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay } from '@/lib/domain/dates';
import { DomainError } from '@/lib/errors';
import type { EndTeamlidmaatschapInput } from '@/lib/validations/beheer';
import { auditChange, auditRemove, beheerConflict } from './audit';

/**
 * Ends a team membership as of today (the app reads tot = null as current, so it takes effect at once); the row
 * stays as history. A membership that was to start later never took effect and is removed (the audit row keeps it).
 */
export async function endTeamlidmaatschap(actor: Actor, input: EndTeamlidmaatschapInput) {
  assertPermission(actor, 'beheer:manage');
  return prisma.$transaction(async (tx) => {
    const lid = await tx.teamLidmaatschap.findFirst({ where: { id: input.lidmaatschapId, user: { gemeenteId: actor.gemeenteId } } });
    if (!lid) throw new DomainError('NOT_FOUND');
    if (lid.tot) throw new DomainError('TRANSITION_REFUSED', ['Dit lidmaatschap is al beëindigd.']);
    const today = toCalendarDay(new Date());
    const what = { entiteit: 'TeamLidmaatschap', entiteitId: lid.id };
    if (lid.vanaf.getTime() > today.getTime()) {
      await tx.teamLidmaatschap.delete({ where: { id: lid.id } });
      await auditRemove(tx, actor, { ...what, actie: 'TEAMLIDMAATSCHAP_REMOVED' }, { ...lid });
      return;
    }
    const { count } = await tx.teamLidmaatschap.updateMany({ where: { id: lid.id, tot: null }, data: { tot: today } });
    if (count === 0) throw await beheerConflict(tx, actor, 'TeamLidmaatschap', lid.id, 'dit teamlidmaatschap');
    await auditChange(tx, actor, { ...what, actie: 'TEAMLIDMAATSCHAP_ENDED' }, { tot: null }, { tot: today });
  });
}
