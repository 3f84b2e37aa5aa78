import 'server-only';
import { prisma } from '@/lib/db';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { toCalendarDay } from '@/lib/domain/dates';
import { partnerDoelen } from '@/lib/domain/partner-toegang';
import { DomainError } from '@/lib/errors';
import { recordPartnerAudit, requirePartnerToegang } from '@/lib/server/access/partner-access';
import type { PlanVoorstelInput } from '@/lib/validations/partner';

/**
 * Issue 22: a partner proposes a new action (for a goal it serves) or a change of one of its own actions; the
 * regisseur takes it into the next plan version or declines it. Nothing in the plan changes by the proposal itself.
 */
export async function doePlanVoorstel(partner: PartnerActor, input: PlanVoorstelInput, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const toegang = await requirePartnerToegang(tx, partner, input.huishoudenId, now);
    const { versieId } = toegang.gelezen;
    const eigenActies = versieId
      ? await tx.actie.findMany({ where: { planVersieId: versieId, partnerOrganisatieId: partner.organisatieId }, select: { id: true, doelId: true, partnerOrganisatieId: true } })
      : [];
    if (input.actieId && !eigenActies.some((a) => a.id === input.actieId)) {
      throw new DomainError('INVALID', ['Kies een actie van je eigen organisatie.'], { actieId: ['Kies een actie van je eigen organisatie.'] });
    }
    if (input.doelId && !partnerDoelen(eigenActies, partner.organisatieId).has(input.doelId)) {
      throw new DomainError('INVALID', ['Kies een doel waar je organisatie aan werkt.'], { doelId: ['Kies een doel waar je organisatie aan werkt.'] });
    }
    if (input.uiterlijk && toCalendarDay(input.uiterlijk) < toCalendarDay(now)) {
      throw new DomainError('INVALID', ['De datum ligt in het verleden.'], { uiterlijk: ['Vul een datum vanaf vandaag in.'] });
    }
    const voorstel = await tx.partnerVoorstel.create({
      data: {
        gemeenteId: partner.gemeenteId, huishoudenId: input.huishoudenId, organisatieId: partner.organisatieId, gebruikerId: partner.gebruikerId,
        actieId: input.actieId, doelId: input.doelId, wat: input.wat, uiterlijk: input.uiterlijk ? toCalendarDay(input.uiterlijk) : null,
        toelichting: input.waarom, createdAt: now,
      },
      select: { id: true },
    });
    await recordPartnerAudit(tx, partner, {
      actie: 'PARTNER_VOORSTEL', entiteit: 'PartnerVoorstel', entiteitId: voorstel.id, huishoudenId: input.huishoudenId,
      after: { actieId: input.actieId, doelId: input.doelId },
    }, toegang);
    return voorstel;
  });
}
