import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import type { Rol } from '@/lib/domain/enums';
import type { Prisma } from '@/lib/generated/prisma/client';

export type MedewerkerFilter = { status?: 'actief' | 'gedeactiveerd' | 'alle'; q?: string | null; rol?: Rol | null };

/** Staff of the gemeente for beheer, with their current teams and how many households they hold regie for. */
export async function listMedewerkers(actor: Actor, filter: MedewerkerFilter = {}) {
  assertPermission(actor, 'beheer:manage');
  const where: Prisma.UserWhereInput = { gemeenteId: actor.gemeenteId };
  if (filter.status !== 'alle') where.actief = filter.status !== 'gedeactiveerd';
  if (filter.q) where.OR = [{ naam: { contains: filter.q, mode: 'insensitive' } }, { email: { contains: filter.q, mode: 'insensitive' } }];
  if (filter.rol) where.rollen = { has: filter.rol };
  return prisma.user.findMany({
    where,
    orderBy: { naam: 'asc' },
    select: {
      id: true,
      naam: true,
      email: true,
      functie: true,
      rollen: true,
      actief: true,
      gedeactiveerdOp: true,
      teams: { where: { tot: null }, select: { isLead: true, team: { select: { naam: true } } } },
      _count: { select: { regie: { where: { tot: null, casus: { fase: { not: 'AFGESLOTEN' } } } } } },
    },
  });
}
