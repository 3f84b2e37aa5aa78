import 'server-only';
import { prisma } from '@/lib/db';
import type { InwonerActor } from '@/lib/auth/inwoner-actor';
import { recordInwonerAudit } from '@/lib/server/access/inwoner-access';
import { berichtenVan } from './berichten';

/**
 * Issue 21: the household's conversation with its regisseur, as a resident reads it. Opening it is the read receipt
 * of the staff's messages (gelezenOp). Logged.
 */
export async function getMijnBerichten(inwoner: InwonerActor, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    await tx.portaalBericht.updateMany({ where: { huishoudenId: inwoner.huishoudenId, medewerkerId: { not: null }, gelezenOp: null }, data: { gelezenOp: now } });
    await recordInwonerAudit(tx, inwoner, { actie: 'READ', entiteit: 'PortaalBericht' });
    return berichtenVan(tx, inwoner.huishoudenId);
  });
}
