import 'server-only';
import { prisma } from '@/lib/db';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { toCalendarDay } from '@/lib/domain/dates';
import { pagination } from '@/lib/domain/melding';
import { volledigeNaam } from '@/lib/domain/naam';
import { recordPartnerAudits } from '@/lib/server/access/partner-access';

export const PARTNER_VERZOEKEN_PER_PAGINA = 25;

/**
 * Issue 22 item 4: the organisation's own verzoeken om toewijzing of wijziging (by hand or by message), newest first,
 * with the gemeente's answer: open, toegewezen, or afgewezen with the reason and the day. Along AanbiederVerzoek's
 * (aanbiederId, ontvangenOp) index; the households of the clients shown by name are in the access log.
 */
export async function getPartnerVerzoeken(partner: PartnerActor, pagina = 1, now = new Date()) {
  if (!partner.aanbiederId) return { rijen: [], page: 1, pages: 1, total: 0 };
  const where = { aanbiederId: partner.aanbiederId, gemeenteId: partner.gemeenteId };
  return prisma.$transaction(async (tx) => {
    const total = await tx.aanbiederVerzoek.count({ where });
    const { page, pages, skip, take } = pagination(total, pagina, PARTNER_VERZOEKEN_PER_PAGINA);
    const rijen = await tx.aanbiederVerzoek.findMany({
      where, orderBy: [{ ontvangenOp: 'desc' }, { id: 'asc' }], skip, take,
      select: {
        id: true, soort: true, kanaal: true, status: true, referentieAanbieder: true, ontvangenOp: true, uiterlijkOp: true, beantwoordOp: true, redenAfwijzing: true, motivatie: true, bsn: true,
        persoonId: true, ingediendDoor: { select: { naam: true } },
      },
    });
    // The clients named, by name only while the organisation still has its legal ground for them (a running
    // toewijzing of this aanbieder); otherwise the BSN the aanbieder gave itself. Two statements for the page.
    const persoonIds = [...new Set(rijen.flatMap((v) => (v.persoonId ? [v.persoonId] : [])))];
    const today = toCalendarDay(now);
    const lopend = new Set((persoonIds.length ? await tx.toewijzing.findMany({
      where: { persoonId: { in: persoonIds }, aanbiederId: partner.aanbiederId!, gemeenteId: partner.gemeenteId, status: { not: 'INGETROKKEN' }, OR: [{ einddatum: null }, { einddatum: { gte: today } }] },
      select: { persoonId: true },
    }) : []).map((t) => t.persoonId));
    const personen = new Map((lopend.size ? await tx.persoon.findMany({
      where: { id: { in: [...lopend] }, gemeenteId: partner.gemeenteId },
      select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true, lidmaatschappen: { where: { tot: null }, select: { huishoudenId: true }, take: 1 } },
    }) : []).map((p) => [p.id, p]));
    const huishoudenIds = [...new Set([...personen.values()].flatMap((p) => (p.lidmaatschappen[0] ? [p.lidmaatschappen[0].huishoudenId] : [])))];
    await recordPartnerAudits(tx, partner, huishoudenIds.map((huishoudenId) => ({ actie: 'READ' as const, entiteit: 'AanbiederVerzoek', huishoudenId })));
    return {
      page, pages, total,
      rijen: rijen.map((v) => {
        const persoon = v.persoonId ? personen.get(v.persoonId) : undefined;
        return { ...v, client: persoon ? volledigeNaam(persoon) : null, huishoudenId: persoon?.lidmaatschappen[0]?.huishoudenId ?? null };
      }),
    };
  });
}
