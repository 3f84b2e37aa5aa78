import 'server-only';
import type { Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { PlanStatus } from '@/lib/generated/prisma/enums';
import { planRefusalReasons, type PlanFacts } from '@/lib/domain/plan';
import { conflict, planAudit, type VersieMetInhoud } from './shared';
import type { AuditAction } from '@/lib/domain/audit-actions';

/**
 * One step of a plan version along lib/domain/plan PLAN_TRANSITIONS: the version the form was loaded with, the
 * guards of the table, the update with optimistic locking and the access-log row with the new version number (the
 * conflict message of a later save reads it).
 */
export async function zetPlanStatus(
  tx: Tx,
  actor: Actor,
  versie: VersieMetInhoud,
  input: { huishoudenId: string; version: number },
  naar: PlanStatus,
  facts: PlanFacts,
  stap: { actie: AuditAction; data?: Prisma.PlanVersieUpdateManyMutationInput; after?: Record<string, Prisma.InputJsonValue> },
  now = new Date(),
): Promise<number> {
  if (versie.version !== input.version) throw await conflict(tx, versie.id, input.version, [], now, actor.id);
  const reasons = planRefusalReasons(facts, naar);
  if (reasons.length) throw new DomainError('TRANSITION_REFUSED', reasons);
  const { count } = await tx.planVersie.updateMany({
    where: { id: versie.id, version: input.version, status: versie.status },
    data: { ...stap.data, status: naar, version: { increment: 1 } },
  });
  if (count === 0) throw await conflict(tx, versie.id, input.version, [], now, actor.id);
  await planAudit(tx, actor, input.huishoudenId, {
    actie: stap.actie,
    entiteit: 'PlanVersie',
    entiteitId: versie.id,
    before: { version: input.version, status: versie.status },
    after: { version: input.version + 1, status: naar, ...stap.after },
  });
  return input.version + 1;
}
