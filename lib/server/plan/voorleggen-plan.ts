import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay } from '@/lib/domain/dates';
import type { PlanStapInput } from '@/lib/validations/plan';
import { loadVersie, planFacts, planToegang } from './shared';
import { meldHuishouden } from '@/lib/server/mail/meld-nieuw-bericht';
import { zetPlanStatus } from './stap';

/** Concept → ter akkoord: the household reads the plan (on paper or as PDF) and says whether they agree. */
export async function voorleggenPlan(actor: Actor, input: PlanStapInput, now = new Date()): Promise<{ version: number }> {
  assertPermission(actor, 'plan:write');
  const { version, mails } = await prisma.$transaction(async (tx) => {
    await planToegang(tx, actor, input.huishoudenId);
    const versie = await loadVersie(tx, actor, input.huishoudenId, input.versieId);
    const version = await zetPlanStatus(tx, actor, versie, input, 'TER_AKKOORD', planFacts(versie, [], toCalendarDay(now)), { actie: 'PLAN_TER_AKKOORD' }, now);
    // Issue 21: the household hears by mail that its plan waits in Mijn plan (only that), after the commit.
    return { version, mails: await meldHuishouden(tx, actor.gemeenteId, input.huishoudenId, now, 'PLAN_TER_AKKOORD') };
  });
  await mails.verstuur();
  return { version };
}
