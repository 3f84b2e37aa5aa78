import 'server-only';
import type { Tx } from '@/lib/db';
import type { InwonerActor } from '@/lib/auth/inwoner-actor';
import { INWONER_RATE_LIMIT } from '@/lib/domain/inwoner';
import { DomainError } from '@/lib/errors';

/** The codes of the resident's own changes in the access log: what the rate limit counts. */
export const INWONER_WIJZIGINGEN = ['INWONER_PLAN_AKKOORD', 'INWONER_PLAN_WIJZIGING', 'INWONER_DOEL_VOORTGANG', 'INWONER_BERICHT', 'INWONER_TOESTEMMING_INGETROKKEN'];

/** Refuses a resident's change beyond INWONER_RATE_LIMIT in the last hour (counted from the access log). */
export async function assertInwonerRateLimit(tx: Tx, inwoner: InwonerActor, now: Date) {
  const recent = await tx.auditEntry.count({
    where: {
      huishoudenId: inwoner.huishoudenId, persoonId: inwoner.persoonId, actorRol: 'INWONER',
      actie: { in: INWONER_WIJZIGINGEN }, op: { gt: new Date(now.getTime() - INWONER_RATE_LIMIT.windowMs) },
    },
  });
  if (recent >= INWONER_RATE_LIMIT.max) throw new DomainError('THROTTLED', ['U heeft veel tegelijk verstuurd. Probeer het over een uur opnieuw.']);
}

export const PLAN_NIET_GEVONDEN = 'Dit plan hebben we niet gevonden.';
export const PLAN_GEWIJZIGD = 'Uw regisseur heeft het plan net gewijzigd. Lees het opnieuw en geef dan uw antwoord.';
