import 'server-only';
import { prisma } from '@/lib/db';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { toIsoDate } from '@/lib/domain/dates';
import { isUuid } from '@/lib/domain/ids';
import { nietGevonden, recordPartnerAudit } from '@/lib/server/access/partner-access';
import { startZorgIn } from '@/lib/server/toewijzing/registreer-start-zorg';
import type { StartZorgInput } from '@/lib/validations/partner';

/**
 * Issue 22: an aanbieder's user confirms by hand that care started on a toewijzing to their organisation: the same
 * use case (startZorgIn) and rules as the incoming 305 startbericht, so a small aanbieder works by hand and a large one
 * by messages. A toewijzing to another aanbieder is "niet gevonden".
 */
export async function bevestigStartZorg(partner: PartnerActor, input: StartZorgInput, now = new Date()) {
  if (!partner.aanbiederId || !isUuid(input.toewijzingId)) nietGevonden();
  return prisma.$transaction(async (tx) => {
    const toewijzing = await tx.toewijzing.findFirst({
      where: { id: input.toewijzingId, aanbiederId: partner.aanbiederId!, gemeenteId: partner.gemeenteId },
      select: { id: true, toewijzingNummer: true, persoonId: true, persoon: { select: { lidmaatschappen: { where: { tot: null }, select: { huishoudenId: true }, take: 1 } } } },
    });
    if (!toewijzing) nietGevonden();
    const uitkomst = await startZorgIn(tx, { gemeenteId: partner.gemeenteId, actor: null, inkomendBerichtId: null, now }, { toewijzingId: toewijzing.id, begindatum: input.begindatum });
    await recordPartnerAudit(tx, partner, {
      actie: 'PARTNER_ZORG_BEVESTIGD', entiteit: 'Toewijzing', entiteitId: toewijzing.id, persoonId: toewijzing.persoonId,
      huishoudenId: toewijzing.persoon.lidmaatschappen[0]?.huishoudenId ?? null,
      after: { toewijzingNummer: toewijzing.toewijzingNummer, start: toIsoDate(input.begindatum), uitkomst },
    }, { gronden: ['TOEWIJZING'], betrokkenheid: ['TOEWIJZING'] });
    return uitkomst;
  });
}
