import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { ACTIE_STATUS_LABELS } from '@/lib/domain/labels';
import { DomainError } from '@/lib/errors';
import { staleVersionError } from '@/lib/server/concurrency/stale-version';
import type { ActieStatusInput } from '@/lib/validations/plan';
import { toCalendarDay } from '@/lib/domain/dates';
import { applyTransition } from '@/lib/server/transition/apply-transition';
import { loadVersie, planAudit, planFacts, planToegang } from './shared';

/**
 * The progress of an action while the plan is carried out (open, bezig, gedaan, vervallen). What was agreed (who,
 * what, by when) stays as vastgesteld; only the status moves, which the database allows on a vastgesteld version
 * for Actie.status alone. Each change is in the access log with the old and the new status. The first progress
 * marks the plan as in uitvoering.
 */
export async function updateActieStatus(actor: Actor, input: ActieStatusInput): Promise<void> {
  assertPermission(actor, 'plan:write');
  await prisma.$transaction(async (tx) => {
    await planToegang(tx, actor, input.huishoudenId);
    const actie = await tx.actie.findFirst({
      where: { id: input.actieId, planVersie: { gemeenteId: actor.gemeenteId, plan: { huishoudenId: input.huishoudenId } } },
      select: { id: true, status: true, planVersie: { select: { id: true, status: true } } },
    });
    if (!actie) throw new DomainError('NOT_FOUND', ['Deze actie bestaat niet (meer).']);
    const versie = actie.planVersie;
    if (versie.status !== 'VASTGESTELD' && versie.status !== 'IN_UITVOERING') {
      throw new DomainError('TRANSITION_REFUSED', [
        versie.status === 'CONCEPT' ? 'Pas de status in het concept aan.' : 'Deze versie is niet meer in uitvoering; de voortgang ligt vast.',
      ]);
    }
    if (input.status === input.vorigeStatus) return;
    const { count } = await tx.actie.updateMany({ where: { id: actie.id, status: input.vorigeStatus }, data: { status: input.status } });
    if (count === 0) {
      // Who set the status in between, when, and to what (the status read above may predate their change).
      throw await staleVersionError(tx, actor, {
        entiteit: 'Actie', entiteitId: actie.id, wat: 'deze actie',
        details: ({ after }) => {
          const status = (after as { status?: keyof typeof ACTIE_STATUS_LABELS } | null)?.status;
          return status && ACTIE_STATUS_LABELS[status] ? [`de status is nu ${ACTIE_STATUS_LABELS[status].toLowerCase()}`] : [];
        },
      });
    }
    if (versie.status === 'VASTGESTELD') {
      // The first progress marks the plan as in uitvoering (PLAN_TRANSITIONS: VASTGESTELD → IN_UITVOERING). Progress
      // on two actions at once: the second waits on the row and finds it in uitvoering already.
      await tx.$queryRaw`SELECT 1 FROM "PlanVersie" WHERE id = ${versie.id}::uuid FOR UPDATE`;
      const nu = await loadVersie(tx, actor, input.huishoudenId, versie.id);
      if (nu.status === 'VASTGESTELD') {
        await applyTransition(tx, actor, {
          object: 'planVersie', id: nu.id, version: nu.version, van: nu.status, naar: 'IN_UITVOERING',
          facts: planFacts(nu, [], toCalendarDay(new Date())),
          audit: null, // PLAN_ACTIE_STATUS below
        });
      }
    }
    await planAudit(tx, actor, input.huishoudenId, {
      actie: 'PLAN_ACTIE_STATUS',
      entiteit: 'Actie',
      entiteitId: actie.id,
      before: { status: input.vorigeStatus },
      after: { status: input.status },
    });
  });
}
