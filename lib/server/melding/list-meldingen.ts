import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { OPEN_MELDING_STATUSES, pagination } from '@/lib/domain/melding';
import type { Kanaal, MeldingStatus } from '@/lib/domain/enums';
import type { Prisma } from '@/lib/generated/prisma/client';

export const PAGE_SIZE = 25;

/** 'open' (not yet triaged, the default), 'alle', or one status. */
export type StatusFilter = 'open' | 'alle' | MeldingStatus;

export type MeldingFilters = { wijkId?: string; kanaal?: Kanaal; status: StatusFilter; pagina: number; kenmerk?: string };

const SELECT = {
  id: true, kenmerk: true, kanaal: true, naam: true, urgent: true, status: true, ontvangenOp: true, postcode: true,
  wijk: { select: { naam: true } },
} as const satisfies Prisma.MeldingSelect;

const CLOSED_STATUSES: MeldingStatus[] = ['AFGEHANDELD', 'GEKOPPELD'];

/**
 * The meldingen worklist (front office, teamlead): untriaged first, urgent first among them, then oldest first;
 * triaged meldingen after that, newest first. Filters by wijk, channel and status; one page at a time. Each part
 * is one indexed range scan (Melding_gemeenteId_status_urgent_ontvangenOp_idx and its wijk and kanaal siblings), so
 * the page stays fast with 100,000 meldingen in the table.
 */
export async function listMeldingen(actor: Actor, filters: MeldingFilters) {
  assertPermission(actor, 'melding:read');
  const base: Prisma.MeldingWhereInput = {
    gemeenteId: actor.gemeenteId,
    ...(filters.wijkId ? { wijkId: filters.wijkId } : {}),
    ...(filters.kanaal ? { kanaal: filters.kanaal } : {}),
    ...(filters.kenmerk ? { kenmerk: filters.kenmerk } : {}),
  };
  const openWhere: Prisma.MeldingWhereInput = { ...base, status: { in: [...OPEN_MELDING_STATUSES] } };
  const closedWhere: Prisma.MeldingWhereInput = { ...base, status: { in: CLOSED_STATUSES } };
  const openOrder: Prisma.MeldingOrderByWithRelationInput[] = [{ urgent: 'desc' }, { ontvangenOp: 'asc' }, { id: 'asc' }];
  const closedOrder: Prisma.MeldingOrderByWithRelationInput[] = [{ ontvangenOp: 'desc' }, { id: 'asc' }];

  const [openCount, urgentCount, wijken, closedCount] = await Promise.all([
    prisma.melding.count({ where: openWhere }),
    prisma.melding.count({ where: { ...openWhere, urgent: true } }),
    prisma.wijk.findMany({ where: { gemeenteId: actor.gemeenteId, actief: true }, orderBy: { naam: 'asc' }, select: { id: true, naam: true } }),
    filters.status === 'alle' ? prisma.melding.count({ where: closedWhere }) : Promise.resolve(0),
  ]);

  let total: number;
  let rows: Prisma.MeldingGetPayload<{ select: typeof SELECT }>[];
  let page: ReturnType<typeof pagination>;
  if (filters.status === 'open') {
    total = openCount;
    page = pagination(total, filters.pagina, PAGE_SIZE);
    rows = await prisma.melding.findMany({ where: openWhere, orderBy: openOrder, skip: page.skip, take: page.take, select: SELECT });
  } else if (filters.status === 'alle') {
    // Open ones first, then the rest: two ranges glued together at the page boundary.
    total = openCount + closedCount;
    page = pagination(total, filters.pagina, PAGE_SIZE);
    const fromOpen = Math.max(0, Math.min(page.take, openCount - page.skip));
    const closedSkip = Math.max(0, page.skip - openCount);
    const [open, closed] = await Promise.all([
      fromOpen > 0 ? prisma.melding.findMany({ where: openWhere, orderBy: openOrder, skip: page.skip, take: fromOpen, select: SELECT }) : [],
      page.take - fromOpen > 0 ? prisma.melding.findMany({ where: closedWhere, orderBy: closedOrder, skip: closedSkip, take: page.take - fromOpen, select: SELECT }) : [],
    ]);
    rows = [...open, ...closed];
  } else {
    const where = { ...base, status: filters.status };
    total = await prisma.melding.count({ where });
    page = pagination(total, filters.pagina, PAGE_SIZE);
    const order = (OPEN_MELDING_STATUSES as readonly string[]).includes(filters.status) ? openOrder : closedOrder;
    rows = await prisma.melding.findMany({ where, orderBy: order, skip: page.skip, take: page.take, select: SELECT });
  }

  return { meldingen: rows, total, openCount, urgentCount, page: page.page, pages: page.pages, wijken };
}
