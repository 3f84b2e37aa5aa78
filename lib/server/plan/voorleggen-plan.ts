import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay } from '@/lib/domain/dates';
import type { PlanStapInput } from '@/lib/validations/plan';
import { loadVersie, planFacts, planToegang } from './shared';
import { zetPlanStatus } from './stap';

/** Concept → ter akkoord: the household reads the plan (on paper or as PDF) and says whether they agree. */
export async function voorleggenPlan(actor: Actor, input: PlanStapInput, now = new Date()): Promise<{ version: number }> {
  assertPermission(actor, 'plan:write');
  return prisma.$transaction(async (tx) => {
    await planToegang(tx, actor, input.huishoudenId);
    const versie = await loadVersie(tx, actor, input.huishoudenId, input.versieId);
    const version = await zetPlanStatus(tx, actor, versie, input, 'TER_AKKOORD', planFacts(versie, [], toCalendarDay(now)), { actie: 'PLAN_TER_AKKOORD' }, now);
    return { version };
  });
}
