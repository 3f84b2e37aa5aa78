import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { isBevroren, kanNieuweVersie } from '@/lib/domain/plan';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import type { PlanStapInput } from '@/lib/validations/plan';
import { conflict, kopieerVersie, loadVersie, planAudit, planToegang, VERSIE_IN_BEWERKING } from './shared';

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
      if (!kanNieuweVersie(bron.status)) {
        throw new DomainError('TRANSITION_REFUSED', [
          bron.status === 'VERVANGEN' ? 'Deze versie is al vervangen. Maak een nieuwe versie vanuit de geldende versie.' : 'Deze versie is nog niet vastgesteld. Werk in deze versie verder.',
        ]);
      }
      const casus = await tx.casus.findUniqueOrThrow({ where: { id: bron.plan.casusId }, select: { fase: true } });
      if (casus.fase === 'AFGESLOTEN') throw new DomainError('TRANSITION_REFUSED', ['De casus is afgesloten. Heropen de casus eerst.']);
      if (!bron.plan.actueel) throw new DomainError('TRANSITION_REFUSED', ['Dit plan is niet meer het actuele plan van het huishouden.']);
      const nieuw = await kopieerVersie(tx, actor, bron);
      await planAudit(tx, actor, input.huishoudenId, {
        actie: 'PLAN_NIEUWE_VERSIE',
        entiteit: 'PlanVersie',
        entiteitId: nieuw.id,
        after: { version: 1, status: 'CONCEPT', versienummer: nieuw.versienummer, vorigeVersieId: bron.id },
      });
      return { versieId: nieuw.id, versienummer: nieuw.versienummer };
    });
  } catch (error) {
    // PlanVersie_een_versie_in_bewerking: someone else just made a new version.
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', [VERSIE_IN_BEWERKING]);
    throw error;
  }
}
