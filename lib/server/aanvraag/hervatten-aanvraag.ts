import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay } from '@/lib/domain/dates';
import { hervattenProblem } from '@/lib/domain/aanvraag-termijn';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import type { HervattenInput } from '@/lib/validations/aanvraag';
import { loadAanvraag } from './shared';
import { applyTransition } from '@/lib/server/transition/apply-transition';

/**
 * The term runs again from `tot` (the opschorting covered van up to but not including tot). The aanvraag goes back
 * to in behandeling, or to ontvangen when nobody has picked it up yet.
 */
export async function hervattenAanvraag(actor: Actor, input: HervattenInput, now = new Date()) {
  assertPermission(actor, 'aanvraag:behandelen');
  const today = toCalendarDay(now);
  return prisma.$transaction(async (tx) => {
    const aanvraag = await loadAanvraag(tx, actor, input.aanvraagId);
    await assertHouseholdAccess(tx, actor, aanvraag.huishoudenId, {
      actie: 'AANVRAAG_HERVAT', entiteit: 'Aanvraag', entiteitId: aanvraag.id, persoonId: aanvraag.persoonId,
      after: { tot: input.tot.toISOString().slice(0, 10) },
    });
    const open = aanvraag.opschortingen.find((o) => o.tot === null) ?? null;
    const probleem = hervattenProblem(open, input.tot, today);
    if (probleem) throw new DomainError('TRANSITION_REFUSED', [probleem], open ? { tot: [probleem] } : {});
    const concept = await tx.beschikking.count({ where: { aanvraagId: aanvraag.id, status: 'CONCEPT' } });
    const version = await applyTransition(tx, actor, {
      object: 'aanvraag', id: aanvraag.id, version: input.version, van: aanvraag.status, naar: aanvraag.behandelaarId || concept > 0 ? 'IN_BEHANDELING' : 'ONTVANGEN',
      audit: null, // AANVRAAG_HERVAT above (need-to-know)
    });
    await tx.opschorting.update({ where: { id: open!.id }, data: { tot: toCalendarDay(input.tot) } });
    return { version };
  });
}
