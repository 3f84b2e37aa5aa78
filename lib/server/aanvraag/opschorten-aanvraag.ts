import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay } from '@/lib/domain/dates';
import { opschortenProblem, REDENEN } from '@/lib/domain/aanvraag-termijn';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import type { OpschortenInput } from '@/lib/validations/aanvraag';
import { loadAanvraag, termijnInstellingen, termijnVan } from './shared';
import { applyTransition } from '@/lib/server/transition/apply-transition';

/**
 * Awb 4:15: the beslistermijn is suspended from `van` (for example while the inwoner supplies information); the due
 * date moves by every paused day until the term is resumed. One Opschorting row (open: tot null), the aanvraag
 * OPGESCHORT, and the access-log row, in one transaction.
 */
export async function opschortenAanvraag(actor: Actor, input: OpschortenInput, now = new Date()) {
  assertPermission(actor, 'aanvraag:behandelen');
  const today = toCalendarDay(now);
  return prisma.$transaction(async (tx) => {
    const aanvraag = await loadAanvraag(tx, actor, input.aanvraagId);
    await assertHouseholdAccess(tx, actor, aanvraag.huishoudenId, {
      actie: 'AANVRAAG_OPGESCHORT', entiteit: 'Aanvraag', entiteitId: aanvraag.id, persoonId: aanvraag.persoonId,
      after: { van: input.van.toISOString().slice(0, 10) },
    });
    // The due date as it stood before: an opschorting that starts after it cannot revive the term.
    const termijn = termijnVan(aanvraag, await termijnInstellingen(tx, actor.gemeenteId), today);
    const probleem = opschortenProblem(
      { status: aanvraag.status, ontvangenOp: aanvraag.ontvangenOp, opschortingen: aanvraag.opschortingen, uiterlijk: termijn.uiterlijk, today },
      input.van,
    );
    if (probleem) {
      const bijDatum = [REDENEN.vanVoorOntvangst, REDENEN.vanInToekomst, REDENEN.termijnVerlopen] as string[];
      throw new DomainError('TRANSITION_REFUSED', [probleem], bijDatum.includes(probleem) ? { van: [probleem] } : {});
    }
    const version = await applyTransition(tx, actor, {
      object: 'aanvraag', id: aanvraag.id, version: input.version, van: aanvraag.status, naar: 'OPGESCHORT',
      data: { behandelaarId: aanvraag.behandelaarId ?? actor.id },
      audit: null, // AANVRAAG_OPGESCHORT above (need-to-know)
    });
    await tx.opschorting.create({
      data: { gemeenteId: actor.gemeenteId, aanvraagId: aanvraag.id, van: toCalendarDay(input.van), tot: null, reden: input.reden, doorId: actor.id },
    });
    return { version };
  });
}
