import 'server-only';
import { prisma } from '@/lib/db';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { toCalendarDay } from '@/lib/domain/dates';

/** Issue 22 item 4: the products the aanbieder has a current contract for (what a new toewijzing may be asked for). */
export async function getContractProducten(partner: PartnerActor, now = new Date()) {
  if (!partner.aanbiederId) return [];
  const today = toCalendarDay(now);
  return prisma.product.findMany({
    where: { gemeenteId: partner.gemeenteId, contracten: { some: { aanbiederId: partner.aanbiederId, van: { lte: today }, OR: [{ tot: null }, { tot: { gte: today } }] } } },
    orderBy: [{ code: 'asc' }],
    select: { id: true, code: true, naam: true, wet: true },
  });
}
