import 'server-only';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { toCalendarDay } from '@/lib/domain/dates';
import { volledigeNaam } from '@/lib/domain/naam';
import { recordPartnerAudits } from '@/lib/server/access/partner-access';

/** At most this many toewijzingen on the page (newest first). */
export const TOEWIJZINGEN_MAX = 200;

/**
 * Issue 22: an aanbieder's users see the running toewijzingen to their organisation (the legal ground itself), with
 * the care started and stopped on each, to confirm start and stop by hand. Another kind of organisation has none.
 * Driven from the aanbieder's toewijzingen (index aanbiederId+status). Every household shown is in the access log.
 */
export async function getPartnerToewijzingen(partner: PartnerActor, now = new Date()) {
  if (!partner.aanbiederId) return [];
  const aanbiederId = partner.aanbiederId;
  return leesZonderTransactie(async (tx) => {
    const today = toCalendarDay(now);
    const toewijzingen = await tx.toewijzing.findMany({
      where: { aanbiederId, gemeenteId: partner.gemeenteId, status: { not: 'INGETROKKEN' }, OR: [{ einddatum: null }, { einddatum: { gte: today } }] },
      orderBy: [{ ingangsdatum: 'desc' }, { id: 'asc' }],
      take: TOEWIJZINGEN_MAX,
      select: {
        id: true, toewijzingNummer: true, ingangsdatum: true, einddatum: true, status: true, volume: true, eenheid: true, frequentie: true, wet: true,
        product: { select: { naam: true } },
        persoon: { select: { voornamen: true, tussenvoegsel: true, achternaam: true, lidmaatschappen: { where: { tot: null }, select: { huishoudenId: true }, take: 1 } } },
        leveringen: { orderBy: { begindatum: 'desc' }, select: { id: true, begindatum: true, einddatum: true, redenBeeindiging: true } },
      },
    });
    const huishoudenIds = [...new Set(toewijzingen.map((t) => t.persoon.lidmaatschappen[0]?.huishoudenId).filter((id): id is string => Boolean(id)))];
    await recordPartnerAudits(tx, partner, huishoudenIds.map((huishoudenId) => ({ actie: 'READ' as const, entiteit: 'Toewijzing', huishoudenId })), { gronden: ['TOEWIJZING'], betrokkenheid: ['TOEWIJZING'] });
    return toewijzingen.map((t) => ({
      id: t.id, toewijzingNummer: t.toewijzingNummer, ingangsdatum: t.ingangsdatum, einddatum: t.einddatum, status: t.status,
      volume: t.volume, eenheid: t.eenheid, frequentie: t.frequentie, wet: t.wet, product: t.product.naam,
      persoon: volledigeNaam(t.persoon), huishoudenId: t.persoon.lidmaatschappen[0]?.huishoudenId ?? null,
      leveringen: t.leveringen, lopendeLevering: t.leveringen.find((l) => l.einddatum === null) ?? null,
    }));
  });
}

export type PartnerToewijzing = Awaited<ReturnType<typeof getPartnerToewijzingen>>[number];
