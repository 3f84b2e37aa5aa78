import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { BTG_GELDIG_UREN } from '@/lib/domain/dossier';
import { DomainError } from '@/lib/errors';
import { findHouseholdAccess } from '@/lib/server/access/household-access';
import { recordAudit } from '@/lib/server/audit/record';
import type { BreakTheGlassInput } from '@/lib/validations/dossier';
import { isUuid } from '@/lib/domain/ids';
import { HUISHOUDEN_NIET_GEVONDEN } from './common';

/**
 * Break the glass (ARCHITECTURE.md need-to-know): someone without a ground opens a household anyway, for a stated
 * reason, for a few hours. The access itself is logged by every read after this (flagged, with the reason); this
 * row logs the decision. The privacy officer reviews these afterwards (issue 8).
 */
export async function breakTheGlass(actor: Actor, input: BreakTheGlassInput, now = new Date()) {
  assertPermission(actor, 'dossier:break-the-glass');
  if (!isUuid(input.huishoudenId)) throw new DomainError('NOT_FOUND', [HUISHOUDEN_NIET_GEVONDEN]);
  return prisma.$transaction(async (tx) => {
    const huishouden = await tx.huishouden.findFirst({ where: { id: input.huishoudenId, gemeenteId: actor.gemeenteId }, select: { id: true } });
    if (!huishouden) throw new DomainError('NOT_FOUND', [HUISHOUDEN_NIET_GEVONDEN]);
    const ground = await findHouseholdAccess(actor, huishouden.id, tx);
    // Already allowed on another ground: nothing to break, and no row that would look like an exception.
    if (ground && ground !== 'BREAK_THE_GLASS') return { id: null, verlooptOp: null };
    const verlooptOp = new Date(now.getTime() + BTG_GELDIG_UREN * 3600_000);
    const btg = await tx.breakTheGlass.create({
      data: { gemeenteId: actor.gemeenteId, userId: actor.id, huishoudenId: huishouden.id, reden: input.reden, op: now, verlooptOp },
    });
    await recordAudit(tx, actor, {
      actie: 'BREAK_THE_GLASS', entiteit: 'Huishouden', entiteitId: huishouden.id, huishoudenId: huishouden.id,
      context: input.reden, breakTheGlass: true, after: { breakTheGlassId: btg.id, verlooptOp: verlooptOp.toISOString() },
    });
    return { id: btg.id, verlooptOp };
  });
}
