import 'server-only';
import type { Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { PlanStatus } from '@/lib/generated/prisma/enums';
import type { PlanFacts } from '@/lib/domain/plan';
import { applyTransition } from '@/lib/server/transition/apply-transition';
import { conflict, planAudit, type VersieMetInhoud } from './shared';
import type { AuditAction } from '@/lib/domain/audit-actions';

/**
 * One step of a plan version along lib/domain/plan PLAN_TRANSITIONS through applyTransition: the version the form was
 * loaded with, the guards of the table, the update with optimistic locking and the access-log row with the new
 * version number (the conflict message of a later save reads it), with the plan's own conflict message.
 */
export async function zetPlanStatus(
  tx: Tx,
  actor: Actor,
  versie: VersieMetInhoud,
  input: { huishoudenId: string; version: number },
  naar: PlanStatus,
  facts: PlanFacts,
  stap: { actie: AuditAction; data?: Omit<Prisma.PlanVersieUpdateManyMutationInput, 'status' | 'version'>; after?: Record<string, Prisma.InputJsonValue> },
  now = new Date(),
): Promise<number> {
  if (versie.version !== input.version) throw await conflict(tx, versie.id, input.version, [], now, actor.id);
  return applyTransition(tx, actor, {
    object: 'planVersie', id: versie.id, version: input.version, van: versie.status, naar, facts, data: stap.data,
    audit: { actie: stap.actie, after: stap.after },
    schrijfAudit: (row) => planAudit(tx, actor, input.huishoudenId, row),
    conflict: () => conflict(tx, versie.id, input.version, [], now, actor.id),
  });
}
