import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { WET_VALUES } from '@/lib/domain/enums';
import { WET_LABELS } from '@/lib/domain/labels';
import type { UpdateBewaartermijnenInput } from '@/lib/validations/beheer';
import { recordAudit } from '@/lib/server/audit/record';
import { auditChange, beheerConflict } from './audit';

/** Retention terms per law (years after the casus closes), read by the retention job. */
export async function updateBewaartermijnen(actor: Actor, input: UpdateBewaartermijnenInput) {
  assertPermission(actor, 'beheer:manage');
  return prisma.$transaction(async (tx) => {
    for (const wet of WET_VALUES) {
      const jaren = input[wet];
      const version = input[`version_${wet}`];
      const bestaand = await tx.bewaartermijn.findUnique({ where: { gemeenteId_wet: { gemeenteId: actor.gemeenteId, wet } } });
      if (!bestaand) {
        if (version !== null) throw await beheerConflict(tx, actor, 'Bewaartermijn', '', `de bewaartermijn voor ${WET_LABELS[wet]}`);
        const row = await tx.bewaartermijn.create({ data: { gemeenteId: actor.gemeenteId, wet, jaren } });
        await recordAudit(tx, actor, { actie: 'BEWAARTERMIJN_UPDATED', entiteit: 'Bewaartermijn', entiteitId: row.id, before: { wet, jaren: null }, after: { wet, jaren } });
        continue;
      }
      if (bestaand.jaren === jaren) continue;
      const { count } = await tx.bewaartermijn.updateMany({ where: { id: bestaand.id, version: version ?? -1 }, data: { jaren, version: { increment: 1 } } });
      if (count === 0) throw await beheerConflict(tx, actor, 'Bewaartermijn', bestaand.id, `de bewaartermijn voor ${WET_LABELS[wet]}`);
      await auditChange(tx, actor, { actie: 'BEWAARTERMIJN_UPDATED', entiteit: 'Bewaartermijn', entiteitId: bestaand.id }, { wet, jaren: bestaand.jaren }, { wet: undefined, jaren });
    }
  });
}
