import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import { staleVersionError } from '@/lib/server/concurrency/stale-version';
import type { HeropenenInput } from '@/lib/validations/plan';
import { planAudit, planToegang } from '@/lib/server/plan/shared';
import { applyTransition } from '@/lib/server/transition/apply-transition';
import { casusFacts } from './casus-facts';

export const AL_OPEN_CASUS = 'Dit huishouden heeft al een open casus. Werk daarin verder.';

/**
 * Reopens a closed casus with its whole history (DOMAIN.md §2: the waakvlam found a new question, or a new melding
 * came in): the same casus, its regie history, plan versions, evaluations and fase history. Regie ended at closing, so
 * it goes back to vraagverheldering or to waiting for regie (the teamleider assigns it again; straight to the plan
 * only when a lead regisseur is in place). The waakvlam is done; the closing reason stays in the fase history and
 * the gebeurtenissen.
 */
export async function heropenenCasus(actor: Actor, input: HeropenenInput, now = new Date()): Promise<void> {
  assertPermission(actor, 'casus:heropenen');
  try {
    await prisma.$transaction(async (tx) => {
      await planToegang(tx, actor, input.huishoudenId);
      const casus = await tx.casus.findFirst({
        where: { id: input.casusId, huishoudenId: input.huishoudenId, gemeenteId: actor.gemeenteId },
        select: { id: true, huishoudenId: true, fase: true, version: true, veiligheid: true },
      });
      if (!casus) throw new DomainError('NOT_FOUND', ['Deze casus bestaat niet (meer).']);
      if (casus.version !== input.version) throw await staleVersionError(tx, actor, { entiteit: 'Casus', entiteitId: casus.id, wat: 'deze casus' });
      if (casus.fase !== 'AFGESLOTEN') throw new DomainError('TRANSITION_REFUSED', ['Deze casus is niet afgesloten.']);
      await applyTransition(tx, actor, {
        object: 'casus', id: casus.id, version: casus.version, van: casus.fase, naar: input.naar, facts: await casusFacts(tx, actor, casus), reden: input.reden,
        data: { afgeslotenOp: null, afsluitreden: null, waakvlamOp: null, heropendOp: now },
        audit: { actie: 'CASUS_HEROPEND' },
        schrijfAudit: (row) => planAudit(tx, actor, input.huishoudenId, row),
      });
      await tx.casusGebeurtenis.create({ data: { casusId: casus.id, soort: 'HEROPEND', omschrijving: `Heropend: ${input.reden}`, doorId: actor.id } });
    });
  } catch (error) {
    // Casus_een_open_casus_per_huishouden: a new casus was opened after this one closed.
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', [AL_OPEN_CASUS]);
    throw error;
  }
}
