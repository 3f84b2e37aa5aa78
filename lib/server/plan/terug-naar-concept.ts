import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay } from '@/lib/domain/dates';
import type { PlanStapInput } from '@/lib/validations/plan';
import { loadVersie, planFacts, planToegang } from './shared';
import { zetPlanStatus } from './stap';

/**
 * Ter akkoord → concept, to change the plan after all. An akkoord recorded on the old text no longer counts: the
 * household agrees again to what they will read next.
 */
export async function terugNaarConcept(actor: Actor, input: PlanStapInput, now = new Date()): Promise<{ version: number }> {
  assertPermission(actor, 'plan:write');
  return prisma.$transaction(async (tx) => {
    await planToegang(tx, actor, input.huishoudenId);
    const versie = await loadVersie(tx, actor, input.huishoudenId, input.versieId);
    const version = await zetPlanStatus(tx, actor, versie, input, 'CONCEPT', planFacts(versie, [], toCalendarDay(now)), {
      actie: 'PLAN_TERUG_NAAR_CONCEPT',
      data: { akkoordInwonerOp: null, akkoordWijze: null },
    }, now);
    return { version };
  });
}
