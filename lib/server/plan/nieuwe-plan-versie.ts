import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { isBevroren } from '@/lib/domain/plan';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import type { PlanStapInput } from '@/lib/validations/plan';
import { conflict, loadVersie, planToegang, startVolgendeVersie, VERSIE_IN_BEWERKING } from './shared';

/**
 * A change to a vastgesteld plan makes a new version (DOMAIN.md §2): a concept that copies the binding version.
 * The binding version stays in force until the new one is vastgesteld, and never changes itself.
 */
export async function nieuwePlanVersie(actor: Actor, input: PlanStapInput, now = new Date()): Promise<{ versieId: string; versienummer: number }> {
  assertPermission(actor, 'plan:write');
  try {
    return await prisma.$transaction(async (tx) => {
      await planToegang(tx, actor, input.huishoudenId);
      const bron = await loadVersie(tx, actor, input.huishoudenId, input.versieId);
      // A vastgesteld version never changes its content (a trigger refuses it), so a page opened before it was
      // vastgesteld (the plan editor, issue 16 item 11) may copy it; a concept must still be the version seen.
      if (bron.version !== input.version && !isBevroren(bron.status)) throw await conflict(tx, bron.id, input.version, [], now, actor.id);
      const nieuw = await startVolgendeVersie(tx, actor, input.huishoudenId, bron);
      return { versieId: nieuw.id, versienummer: nieuw.versienummer };
    });
  } catch (error) {
    // PlanVersie_een_versie_in_bewerking: someone else just made a new version.
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', [VERSIE_IN_BEWERKING]);
    throw error;
  }
}
