import 'server-only';
import { prisma } from '@/lib/db';
import type { InwonerActor } from '@/lib/auth/inwoner-actor';
import type { Weigering } from '@/lib/domain/inwoner';
import { findInwoner, recordInwonerAudit } from '@/lib/server/access/inwoner-access';
import { getPublicGemeente } from '@/lib/server/melding/get-public-gemeente';

/**
 * After DigiD: the resident behind the BSN of the verified ID token, with the sign-in in the access log; or why
 * there is no Mijn plan for them (a BSN we do not know, no current household, younger than 16).
 */
export async function signInInwoner(bsn: string, now = new Date()): Promise<{ inwoner: InwonerActor } | { weigering: Weigering }> {
  const gemeente = await getPublicGemeente();
  return prisma.$transaction(async (tx) => {
    const found = await findInwoner(gemeente.id, bsn, now, tx);
    if ('inwoner' in found) {
      await recordInwonerAudit(tx, found.inwoner, { actie: 'INWONER_SIGNED_IN', entiteit: 'Persoon', entiteitId: found.inwoner.persoonId });
    }
    return found;
  });
}
