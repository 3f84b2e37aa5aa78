import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { findValidConsent, sharingRefusal } from '@/lib/domain/toestemming';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import type { ShareWithPartyInput } from '@/lib/validations/toestemming';

/**
 * Records sharing data with, or consulting, an outside party (DOMAIN.md §3 rule 5). Refused without a valid
 * toestemming that covers the party and the purpose (not expired, not withdrawn), unless a legal ground with a
 * toelichting is recorded (a safety concern under the meldcode). The database refuses a row without either
 * (Gegevensdeling_grondslag); this use case refuses it with the reason first.
 */
export async function shareWithParty(actor: Actor, input: ShareWithPartyInput, today = new Date()) {
  assertPermission(actor, 'gegevensdeling:write');
  return prisma.$transaction(async (tx) => {
    const id = crypto.randomUUID();
    await assertHouseholdAccess(tx, actor, input.huishoudenId, {
      actie: 'GEGEVENS_GEDEELD', entiteit: 'Gegevensdeling', entiteitId: id,
      after: { grondslag: input.grondslag, wettelijkeGrond: input.wettelijkeGrond ?? null },
    });
    const toestemmingen = await tx.toestemming.findMany({
      where: { huishoudenId: input.huishoudenId, soort: 'DELEN_MET_PARTIJ' },
      orderBy: { gegevenOp: 'desc' },
    });
    const request = { partij: input.partij, doel: input.doel };
    const ground =
      input.grondslag === 'WETTELIJK'
        ? { kind: 'WETTELIJK' as const, wettelijkeGrond: input.wettelijkeGrond ?? null, toelichting: input.grondToelichting }
        : { kind: 'TOESTEMMING' as const };
    const refusal = sharingRefusal(toestemmingen, request, ground, today);
    if (refusal) throw new DomainError('TRANSITION_REFUSED', [refusal]);
    const toestemming = input.grondslag === 'TOESTEMMING' ? findValidConsent(toestemmingen, request, today) : null;
    return tx.gegevensdeling.create({
      data: {
        id,
        gemeenteId: actor.gemeenteId,
        huishoudenId: input.huishoudenId,
        partij: input.partij,
        doel: input.doel,
        toestemmingId: toestemming?.id ?? null,
        wettelijkeGrond: input.grondslag === 'WETTELIJK' ? input.wettelijkeGrond : null,
        grondToelichting: input.grondslag === 'WETTELIJK' ? input.grondToelichting : null,
        doorId: actor.id,
      },
    });
  });
}
