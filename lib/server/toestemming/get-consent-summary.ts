import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { consentSummary, type ConsentSummary } from '@/lib/domain/toestemming';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';

export type { ConsentSummary };

/**
 * Consent at a glance for the dossier header: { besprekenInTeam: 'GELDIG' | 'VERLOPEN' | 'INGETROKKEN' |
 * 'ONTBREEKT', delen: number of valid toestemmingen to share, partijen: their parties }.
 * Use consentSummaryIn inside a use case that already passed assertHouseholdAccess in its transaction (one access-log
 * row per page view); use getConsentSummary on its own.
 */
export async function consentSummaryIn(db: Tx | typeof prisma, huishoudenId: string, today = new Date()): Promise<ConsentSummary> {
  const toestemmingen = await db.toestemming.findMany({
    where: { huishoudenId },
    select: { soort: true, partij: true, doel: true, gegevenOp: true, geldigTot: true, ingetrokkenOp: true },
  });
  return consentSummary(toestemmingen, today);
}

export async function getConsentSummary(actor: Actor, huishoudenId: string, today = new Date()): Promise<ConsentSummary> {
  assertPermission(actor, 'dossier:read');
  return prisma.$transaction(async (tx) => {
    await assertHouseholdAccess(tx, actor, huishoudenId, { actie: 'READ', entiteit: 'Toestemming' });
    return consentSummaryIn(tx, huishoudenId, today);
  });
}
