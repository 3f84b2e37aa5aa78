import 'server-only';
import { prisma } from '@/lib/db';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { toCalendarDay } from '@/lib/domain/dates';
import { isUuid } from '@/lib/domain/ids';
import { nietGevonden, recordPartnerAudit } from '@/lib/server/access/partner-access';
import { rij, RIJ_SELECT } from './get-partner-toewijzingen';

/**
 * One toewijzing of the aanbieder, running (the same ground as the list), with its product, omvang, period, client,
 * the beschikking's status, the start/stop history and the organisation's verzoeken for this client. Anything else
 * is "niet gevonden".
 */
export async function getPartnerToewijzing(partner: PartnerActor, toewijzingId: string, now = new Date()) {
  if (!partner.aanbiederId || !isUuid(toewijzingId)) nietGevonden();
  const today = toCalendarDay(now);
  return prisma.$transaction(async (tx) => {
    const t = await tx.toewijzing.findFirst({
      where: { id: toewijzingId, aanbiederId: partner.aanbiederId!, gemeenteId: partner.gemeenteId, status: { not: 'INGETROKKEN' }, OR: [{ einddatum: null }, { einddatum: { gte: today } }] },
      select: {
        ...RIJ_SELECT, persoonId: true, redenWijziging: true, budgetCent: true,
        persoon: { select: { ...RIJ_SELECT.persoon.select, bsn: true, geboortedatum: true } },
        beschiktProduct: { select: { beschikking: { select: { status: true, identificatie: true, ingangsdatum: true, vervaldatum: true } } } },
      },
    });
    if (!t) nietGevonden();
    const verzoeken = await tx.aanbiederVerzoek.findMany({
      where: { aanbiederId: partner.aanbiederId!, gemeenteId: partner.gemeenteId, persoonId: t.persoonId },
      orderBy: [{ ontvangenOp: 'desc' }, { id: 'asc' }],
      take: 20,
      select: { id: true, soort: true, status: true, referentieAanbieder: true, ontvangenOp: true },
    });
    const huishoudenId = t.persoon.lidmaatschappen[0]?.huishoudenId ?? null;
    await recordPartnerAudit(tx, partner, { actie: 'READ', entiteit: 'Toewijzing', entiteitId: t.id, persoonId: t.persoonId, huishoudenId }, { gronden: ['TOEWIJZING'], betrokkenheid: ['TOEWIJZING'] });
    return {
      ...rij(t), persoonId: t.persoonId, bsn: t.persoon.bsn, geboortedatum: t.persoon.geboortedatum, budgetCent: t.budgetCent, redenWijziging: t.redenWijziging,
      beschikking: t.beschiktProduct.beschikking, verzoeken,
    };
  });
}

export type PartnerToewijzingDetail = Awaited<ReturnType<typeof getPartnerToewijzing>>;
