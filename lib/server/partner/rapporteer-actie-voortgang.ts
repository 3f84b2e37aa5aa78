import 'server-only';
import { prisma } from '@/lib/db';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { toCalendarDay, toIsoDate } from '@/lib/domain/dates';
import { isUuid } from '@/lib/domain/ids';
import { DomainError } from '@/lib/errors';
import { nietGevonden, recordPartnerAudit, requirePartnerToegang } from '@/lib/server/access/partner-access';
import type { ActieVoortgangInput } from '@/lib/validations/partner';

/**
 * Issue 22: a partner reports progress on one of its own actions in the plan in force: the action's new status, a
 * short note and the day. The regisseur sees it in the plan and the tijdlijn. Refused as "niet gevonden" for an action
 * of another organisation or outside the partner's access; STALE_VERSION when someone reported in between.
 */
export async function rapporteerActieVoortgang(partner: PartnerActor, input: ActieVoortgangInput, now = new Date()) {
  if (!isUuid(input.actieId)) nietGevonden();
  if (toCalendarDay(input.op) > toCalendarDay(now)) {
    throw new DomainError('INVALID', ['De datum ligt in de toekomst.'], { op: ['Vul een datum in tot en met vandaag.'] });
  }
  return prisma.$transaction(async (tx) => {
    const actie = await tx.actie.findFirst({
      where: { id: input.actieId, partnerOrganisatieId: partner.organisatieId, planVersie: { gemeenteId: partner.gemeenteId } },
      select: { id: true, status: true, planVersieId: true, planVersie: { select: { plan: { select: { huishoudenId: true } } } } },
    });
    if (!actie) nietGevonden();
    const huishoudenId = actie.planVersie.plan.huishoudenId;
    const toegang = await requirePartnerToegang(tx, partner, huishoudenId, now);
    if (toegang.gelezen.versieId !== actie.planVersieId) nietGevonden();
    const { count } = await tx.actie.updateMany({ where: { id: actie.id, status: input.vorigeStatus }, data: { status: input.status } });
    if (count === 0) throw new DomainError('STALE_VERSION');
    const voortgang = await tx.partnerVoortgang.create({
      data: {
        gemeenteId: partner.gemeenteId, huishoudenId, actieId: actie.id, organisatieId: partner.organisatieId, gebruikerId: partner.gebruikerId,
        status: input.status, notitie: input.notitie, op: toCalendarDay(input.op), createdAt: now,
      },
      select: { id: true },
    });
    await recordPartnerAudit(tx, partner, {
      actie: 'PARTNER_VOORTGANG', entiteit: 'Actie', entiteitId: actie.id, huishoudenId,
      before: { status: actie.status }, after: { status: input.status, op: toIsoDate(input.op), voortgangId: voortgang.id },
    }, toegang);
    return { huishoudenId, voortgangId: voortgang.id };
  });
}
