import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, can, type Actor } from '@/lib/auth/permissions';
import { berichtenVan } from '@/lib/server/inwoner/berichten';
import { openDossier } from './common';

/**
 * Issue 21, the staff side of Mijn plan's conversation: the household's messages in the dossier. When the regisseur
 * (who may answer: plan:write) opens it, the household's messages count as read (their read receipt). Need-to-know
 * first; logged.
 */
export async function getPortaalBerichten(actor: Actor, huishoudenId: string, now = new Date()) {
  assertPermission(actor, 'dossier:read');
  return prisma.$transaction(async (tx) => {
    await openDossier(tx, actor, huishoudenId, { actie: 'READ', entiteit: 'PortaalBericht' });
    if (can(actor, 'plan:write')) {
      await tx.portaalBericht.updateMany({ where: { huishoudenId, persoonId: { not: null }, gelezenOp: null }, data: { gelezenOp: now } });
    }
    return berichtenVan(tx, huishoudenId);
  });
}
