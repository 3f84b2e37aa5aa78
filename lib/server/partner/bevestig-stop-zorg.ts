import 'server-only';
import { prisma } from '@/lib/db';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { toIsoDate } from '@/lib/domain/dates';
import { isUuid } from '@/lib/domain/ids';
import { DomainError } from '@/lib/errors';
import { REDEN_BEEINDIGING_LABELS } from '@/lib/iwmo/inkomend';
import { nietGevonden, recordPartnerAudit } from '@/lib/server/access/partner-access';
import { stopZorgIn } from '@/lib/server/toewijzing/registreer-stop-zorg';
import type { StopZorgInput } from '@/lib/validations/partner';

/**
 * Issue 22: an aanbieder's user confirms by hand that care stopped, with the reason: the same use case (stopZorgIn)
 * and rules as the incoming 307 stopbericht. A toewijzing to another aanbieder is "niet gevonden".
 */
export async function bevestigStopZorg(partner: PartnerActor, input: StopZorgInput, now = new Date()) {
  if (!partner.aanbiederId || !isUuid(input.toewijzingId)) nietGevonden();
  return prisma.$transaction(async (tx) => {
    const toewijzing = await tx.toewijzing.findFirst({
      where: { id: input.toewijzingId, aanbiederId: partner.aanbiederId!, gemeenteId: partner.gemeenteId },
      select: { id: true, toewijzingNummer: true, persoonId: true, wet: true, persoon: { select: { lidmaatschappen: { where: { tot: null }, select: { huishoudenId: true }, take: 1 } } } },
    });
    if (!toewijzing) nietGevonden();
    // The reason from the standard's list for this law (LDT_RedenBeeindiging), as a 307 must carry.
    if (!REDEN_BEEINDIGING_LABELS[toewijzing.wet][input.redenBeeindiging]) {
      throw new DomainError('INVALID', ['Kies een reden uit de lijst.'], { redenBeeindiging: ['Kies een reden uit de lijst.'] });
    }
    const uitkomst = await stopZorgIn(tx, { gemeenteId: partner.gemeenteId, actor: null, inkomendBerichtId: null, now }, { toewijzingId: toewijzing.id, begindatum: input.begindatum, einddatum: input.einddatum, redenBeeindiging: input.redenBeeindiging });
    await recordPartnerAudit(tx, partner, {
      actie: 'PARTNER_ZORG_BEVESTIGD', entiteit: 'Toewijzing', entiteitId: toewijzing.id, persoonId: toewijzing.persoonId,
      huishoudenId: toewijzing.persoon.lidmaatschappen[0]?.huishoudenId ?? null,
      after: { toewijzingNummer: toewijzing.toewijzingNummer, stop: toIsoDate(input.einddatum), reden: input.redenBeeindiging, uitkomst },
    }, { gronden: ['TOEWIJZING'], betrokkenheid: ['TOEWIJZING'] });
    return uitkomst;
  });
}
