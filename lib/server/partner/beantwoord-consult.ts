import 'server-only';
import { prisma } from '@/lib/db';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { toCalendarDay, toIsoDate } from '@/lib/domain/dates';
import { isUuid } from '@/lib/domain/ids';
import { DomainError } from '@/lib/errors';
import { nietGevonden, recordPartnerAudit, requirePartnerToegang } from '@/lib/server/access/partner-access';
import { applyTransition } from '@/lib/server/transition/apply-transition';
import type { PartnerConsultAntwoordInput } from '@/lib/validations/partner';

/**
 * Issue 22: a user of the ketenpartner answers the consult the regisseur asked of its organisation: the advice and the
 * day it was given. The consult's step (→ AFGEROND) goes through its state machine; the regisseur reads the answer where
 * consult answers appear (veiligheid tab, tijdlijn) and in the plan's Ketenpartners section. "Niet gevonden" for a
 * consult of another organisation or outside the partner's access (consent withdrawn: the consult gives no ground).
 */
export async function beantwoordConsult(partner: PartnerActor, input: PartnerConsultAntwoordInput, now = new Date()) {
  if (!isUuid(input.consultId)) nietGevonden();
  return prisma.$transaction(async (tx) => {
    const consult = await tx.consult.findFirst({
      where: { id: input.consultId, gemeenteId: partner.gemeenteId, partnerOrganisatieId: partner.organisatieId },
      select: { id: true, huishoudenId: true, status: true, createdAt: true },
    });
    if (!consult) nietGevonden();
    const toegang = await requirePartnerToegang(tx, partner, consult.huishoudenId, now);
    const adviesOp = toCalendarDay(input.adviesOp);
    if (adviesOp > toCalendarDay(now)) throw new DomainError('INVALID', ['De datum ligt in de toekomst.'], { adviesOp: ['Vul een datum in tot en met vandaag.'] });
    if (adviesOp < toCalendarDay(consult.createdAt)) {
      throw new DomainError('INVALID', ['De datum ligt voor de vraag.'], { adviesOp: ['Vul een datum in vanaf de dag van de vraag.'] });
    }
    await applyTransition(tx, partner, {
      object: 'consult', id: consult.id, version: input.version, van: consult.status, naar: 'AFGEROND',
      data: { advies: input.advies, afgerondOp: now, adviesOp, partnerGebruikerId: partner.gebruikerId },
      audit: null, // the partner's row below
      conflict: async () => new DomainError('STALE_VERSION', ['Iemand van je organisatie heeft deze vraag net beantwoord. Bekijk het antwoord op de pagina.']),
    });
    await recordPartnerAudit(tx, partner, {
      actie: 'PARTNER_CONSULT_BEANTWOORD', entiteit: 'Consult', entiteitId: consult.id, huishoudenId: consult.huishoudenId,
      before: { status: consult.status }, after: { status: 'AFGEROND', adviesOp: toIsoDate(adviesOp) },
    }, toegang);
    return { huishoudenId: consult.huishoudenId };
  });
}
