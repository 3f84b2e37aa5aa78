import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { recordAudit } from '@/lib/server/audit/record';
import type { BeoordeelBreakTheGlassInput } from '@/lib/validations/toegangslog';

/**
 * The privacy officer records that a break-the-glass access was reviewed, and whether it was justified (issue 16
 * item 18, NEN 7513: exceptional access is checked afterwards). A review is recorded once: a second one (someone
 * else was quicker) is refused and nothing is written. The explanation stays on the record, not in the log, which
 * keeps no free text.
 */
export async function beoordeelBreakTheGlass(actor: Actor, input: BeoordeelBreakTheGlassInput, now = new Date()) {
  assertPermission(actor, 'auditlog:review');
  return prisma.$transaction(async (tx) => {
    const btg = await tx.breakTheGlass.findFirst({
      where: { id: input.breakTheGlassId, gemeenteId: actor.gemeenteId },
      select: { id: true, huishoudenId: true, userId: true, beoordeeldOp: true },
    });
    if (!btg) throw new DomainError('NOT_FOUND', ['Deze break-the-glass-toegang bestaat niet.']);
    if (btg.userId === actor.id) throw new DomainError('FORBIDDEN', ['Je beoordeelt je eigen break-the-glass-toegang niet: dat doet een andere privacyfunctionaris.']);
    const { count } = await tx.breakTheGlass.updateMany({
      where: { id: btg.id, beoordeeldOp: null },
      data: { beoordeeldOp: now, beoordeeldDoorId: actor.id, uitkomst: input.uitkomst, beoordeling: input.beoordeling || null },
    });
    if (count === 0) throw new DomainError('STALE_VERSION', ['Deze toegang is net al beoordeeld. Bekijk de beoordeling in de lijst.']);
    await recordAudit(tx, actor, {
      actie: 'BREAK_THE_GLASS_BEOORDEELD', entiteit: 'BreakTheGlass', entiteitId: btg.id, huishoudenId: btg.huishoudenId,
      after: { uitkomst: input.uitkomst },
    });
  });
}
