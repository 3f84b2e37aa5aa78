import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay } from '@/lib/domain/dates';
import { akkoordDatumProblem } from '@/lib/domain/plan';
import { DomainError } from '@/lib/errors';
import type { AkkoordInput } from '@/lib/validations/plan';
import { conflict, loadVersie, planAudit, planToegang } from './shared';

/**
 * Records that the household agreed to the plan that lies ter akkoord: on which day and how (mondeling, schriftelijk,
 * digitaal). The plan is the household's own (DOMAIN.md §2); without this akkoord it cannot be vastgesteld.
 */
export async function recordAkkoordInwoner(actor: Actor, input: AkkoordInput, now = new Date()): Promise<{ version: number }> {
  assertPermission(actor, 'plan:write');
  const problem = akkoordDatumProblem(input.akkoordInwonerOp, now);
  if (problem) throw new DomainError('INVALID', [problem], { akkoordInwonerOp: [problem] });
  return prisma.$transaction(async (tx) => {
    await planToegang(tx, actor, input.huishoudenId);
    const versie = await loadVersie(tx, actor, input.huishoudenId, input.versieId);
    if (versie.version !== input.version) throw await conflict(tx, versie.id, input.version, [], now, actor.id);
    if (versie.status !== 'TER_AKKOORD') throw new DomainError('TRANSITION_REFUSED', ['Het akkoord van het huishouden leg je vast als het plan ter akkoord ligt.']);
    const { count } = await tx.planVersie.updateMany({
      where: { id: versie.id, version: input.version, status: 'TER_AKKOORD' },
      data: { akkoordInwonerOp: input.akkoordInwonerOp, akkoordWijze: input.akkoordWijze, version: { increment: 1 } },
    });
    if (count === 0) throw await conflict(tx, versie.id, input.version, [], now, actor.id);
    await planAudit(tx, actor, input.huishoudenId, {
      actie: 'PLAN_AKKOORD_INWONER',
      entiteit: 'PlanVersie',
      entiteitId: versie.id,
      after: { version: input.version + 1, akkoordWijze: input.akkoordWijze },
    });
    return { version: input.version + 1 };
  });
}
